// Whether a scored passage answers the question. Only names can refuse an answer alone: a passage whose
// document never mentions a place, organisation or person the question names speaks of something else.
// Other words lower the coverage instead; the answer must cover enough of the question, hold the kind
// of answer asked for, and speak of the noun the question asks about.
import { TELEPHONE_NUMBER } from './answerEvidence.ts';
import { type AnswerType, FIGURE_TYPES, TIME_TYPES } from './answerTypes.ts';
import type { ScoredPassage } from './scorePassages.ts';
import { CONTACT_LABELS } from '../language/questionVocabulary.ts';
import { MAIL_ADDRESS } from './webAddresses.ts';

/**
 * Share of the question (weighted by rarity, placed in its document) an answer must cover, counting
 * EVIDENCE_CREDIT for each unit of evidence of the kind asked for: an amount found for "combien coûte"
 * is itself part of the answer, so a typed question needs 0.45 of its words, an untyped one 0.55.
 */
export const MIN_COVERAGE = 0.5;
export const EVIDENCE_CREDIT = 0.15;
/** Evidence an answer of a given kind needs: a year alone answers "quand" less surely than a date. */
export const MIN_EVIDENCE = 0.5;
/**
 * A figure or a time of a kind near the one asked — a number that names nothing it counts ("ils sont
 * désormais au nombre de 14", 0.4), a decade for "depuis quand" — has weak evidence (WEAK_EVIDENCE). It
 * answers when the sentence itself says much of the question (OWN_FOR_WEAK_EVIDENCE) and a fair share of its
 * words other than names (LOCAL_FOR_WEAK_EVIDENCE): then the number is of what is asked. A number before a
 * noun of its own ("3 850 prises" for "combien de pylônes", 0.3) counts that noun, and never answers so.
 */
export const WEAK_EVIDENCE = 0.4;
export const OWN_FOR_WEAK_EVIDENCE = 0.4;
export const LOCAL_FOR_WEAK_EVIDENCE = 0.3;

/** Whether a passage may be cited at all: its document names what the question names, and it asks nothing. */
export function canCite(s: ScoredPassage): boolean {
  return !s.missesName && !/\?\s*["»”]?\s*$/.test(s.passage.text);
}

/** A passage of a few words (a heading, a dateline) names a subject; it does not state a fact. */
const MIN_ANSWER_WORDS = 5;

/** JavaScript's \s, by code point. */
function isWhitespace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether splitting the text at its runs of whitespace gives `count` pieces or more (counted, not built: many passages are asked). */
export function hasPieces(text: string, count: number): boolean {
  let pieces = 1;
  let inRun = false;
  for (let i = 0; i < text.length && pieces < count; i++) {
    const space = isWhitespace(text.charCodeAt(i));
    if (space && !inRun) pieces++;
    inRun = space;
  }
  return pieces >= count;
}

/**
 * A line that is mostly its answer ("Odile Marchetti" under "Contact presse") answers, short as it is;
 * the mail address and phone number a contact line adds are its details, not more words.
 */
function spanIsMostOf(s: ScoredPassage): boolean {
  if (s.span === undefined) return false;
  const said = s.passage.text.slice(0, s.span.start) + s.passage.text.slice(s.span.end);
  // (a contact line is short: a long run without spaces is no such line, and is not searched for details)
  const rest = said.length > CONTACT_LINE_LENGTH ? said.trim().length : said.replace(CONTACT_DETAILS, ' ').trim().length;
  return s.span.end - s.span.start >= rest;
}

const CONTACT_LINE_LENGTH = 160;

// A mail address and a telephone number, as the answers to those questions are found, their labels ("Tél. :")
// and what separates them ("–", "|").
const CONTACT_DETAILS = new RegExp(
  `${MAIL_ADDRESS.source}|${TELEPHONE_NUMBER}|(?<![\\p{L}])(?:${CONTACT_LABELS.join('|')})(?![\\p{L}])\\.?\\s*:?|[–—|•·:,;/]`,
  'giu',
);

/**
 * Whether a passage of a few words holds its whole answer: mostly the answer, or a figure standing by what
 * is asked (a heading "43 mètres de haut" states it).
 */
function shortAnswer(s: ScoredPassage, answerType: AnswerType): boolean {
  return spanIsMostOf(s) || (FIGURE_TYPES.has(answerType) && s.evidence >= 1);
}

/**
 * Whether an answer must hold evidence of the kind asked for. What a question asks with "que" has no
 * form of its own, and a cause is often told without a connective ("Toute action est vouée à l'échec,
 * la société bénéficiant d'une autorisation"): evidence ranks those answers, it does not decide them.
 */
export function needsEvidence(answerType: AnswerType, nameAsked = false): boolean {
  // ("quel est le nom de…" asks a name: a sentence naming none does not answer it)
  return nameAsked || (answerType !== 'other' && answerType !== 'reason');
}

/**
 * "L'accueil dure deux heures.": a few words ending as a sentence ends state a fact, as a heading does not —
 * quoted too (« Le bourg fait 3 km2. »).
 */
function shortSentence(text: string): boolean {
  if (!hasPieces(text, MIN_SENTENCE_WORDS)) return false;
  const trimmed = text.trim();
  const opening = /^["«“]?\s*\p{Lu}/u.exec(trimmed);
  const stop = /[.!]\s*["»”]?$/u.exec(trimmed);
  if (!opening || !stop || stop.index < opening[0].length) return false;
  // One full stop after its last word ("…" and "..." leave a sentence unfinished): a letter after any
  // earlier stop. Read by positions, not by one pattern, whose backtracking took seconds on a long run of letters.
  const body = trimmed.slice(0, stop.index);
  const lastStop = Math.max(body.lastIndexOf('.'), body.lastIndexOf('!'), body.lastIndexOf('?'));
  return /\p{L}/u.test(body.slice(Math.max(lastStop + 1, opening[0].length)));
}

const MIN_SENTENCE_WORDS = 3;

/** Whether a citable passage answers: enough coverage, the kind of answer asked for, the noun asked about. */
export function answers(s: ScoredPassage, answerType: AnswerType, nameAsked = false): boolean {
  return (
    canCite(s) &&
    s.coverage + EVIDENCE_CREDIT * s.evidence >= MIN_COVERAGE &&
    !s.nameInPassing &&
    s.focusFound &&
    (hasPieces(s.passage.text, MIN_ANSWER_WORDS) || shortSentence(s.passage.text) || shortAnswer(s, answerType)) &&
    (!needsEvidence(answerType, nameAsked) || s.evidence >= MIN_EVIDENCE || weakEvidenceSuffices(s, answerType))
  );
}

/** Whether a figure or a time of weak evidence answers: the sentence itself speaks of what is asked (WEAK_EVIDENCE). */
function weakEvidenceSuffices(s: ScoredPassage, answerType: AnswerType): boolean {
  return (
    (FIGURE_TYPES.has(answerType) || TIME_TYPES.has(answerType) || answerType === 'age') &&
    s.evidence >= WEAK_EVIDENCE &&
    s.own >= OWN_FOR_WEAK_EVIDENCE &&
    s.local >= LOCAL_FOR_WEAK_EVIDENCE
  );
}

/**
 * The answer is decided among the best passages only: when the passage that fits the question best
 * does not answer it, a much weaker one that happens to pass the bar is no sure answer either. Within a
 * fifth of the best, it may be: the best often restates the question, and the answer is a sentence nearby.
 */
export const ANSWER_WINDOW = 0.8;
