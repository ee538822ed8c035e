// Scores every sentence of the documents read. A sentence is read with its document: a concept counts
// fully when the sentence says it, less when a neighbouring sentence or the heading above does, and
// less again when only the document does (its title, its lead, or elsewhere) — a name the document is
// about still holds for every sentence of it. On top comes the evidence that the sentence holds the kind
// of answer asked for (an amount for "combien coûte", a date for "quand"…).
import { type AnalyzedToken, analyzeFrench, analyzeFrenchTerms } from '../analysis/analyzeFrench.ts';
import type { PassageWithTerms } from '../search/searchBackend.ts';
import type { Passage } from '../search/splitPassages.ts';
import {
  type AnswerSpan,
  answerSpan,
  findAnswerSpans,
  findAnswerSpansFolded,
  findNumbers,
  introducedAsOrganisation,
  isPersonName,
  withStrength,
} from './answerEvidence.ts';
import { type AnswerType, typeOfNoun } from './answerTypes.ts';
import { foldKeepingOffsets, foldWord } from '../language/foldText.ts';
import { FRENCH_STOPWORDS, leansOnPrevious, opensOnDescription } from '../language/functionWords.ts';
import { FRENCH_PEOPLE_NOUNS, FRENCH_PEOPLE_WORDS, FRENCH_TYPE_NOUNS, OFFICE_TITLES } from '../language/questionVocabulary.ts';
import { FRENCH_WEEKDAYS, type RatePeriod, ratePeriodsSaid } from '../language/months.ts';
import { FRENCH_NUMBER_WORDS } from '../language/numberWords.ts';
import type { DocumentView } from './gatherCandidates.ts';
import { passageTokens } from './passageTokens.ts';
import { columnHeadingTokens, isRowOf } from './tableColumns.ts';
import { quotationGroups, quotationMembers } from './quotations.ts';
import type { ResolvedConcept } from './resolveConcepts.ts';

/** How much a concept counts when found only around the sentence (explained in the README). */
export const PLACEMENT = {
  /** In the sentence before or after, or the heading above. */
  near: 0.7,
  /** A name in the document's title or lead, or named twice: what the document is about. */
  nameInDocumentSubject: 0.9,
  /** A name mentioned once elsewhere in the document. */
  nameElsewhere: 0.5,
  /** Another word in the title or lead. */
  wordInDocumentSubject: 0.5,
  /** Another word elsewhere in the document. */
  wordElsewhere: 0.25,
};
/** A name in the sentence before one that opens on a pronoun ("Il", "Ce dernier") counts almost as said in it. */
const PRONOUN_FACTOR = 0.9;
/** The title and the first sentences of the text (past datelines and bylines): what a press release is about. */
const LEAD_SENTENCES = 2;
/** Evidence of the kind of answer asked for, added to coverage. */
const EVIDENCE_WEIGHT = 0.4;
/** Among equals, the sentence that says more of the question itself. */
const OWN_WEIGHT = 0.1;
/** A title or heading names a subject; a sentence states a fact. */
const NOT_SENTENCE_PENALTY = { title: 0.3, heading: 0.1, sentence: 0 };
/** A passage of a few words (a dateline, a caption, a name) rarely states a fact. */
const SHORT_PASSAGE_WORDS = 5;
const SHORT_PASSAGE_PENALTY = 0.15;
/** A number stands for what it counts when that word is among the next few words ("273 millions de clients"). */
const COUNTED_REACH = 3;
/** A number right before a noun the question does not ask about counts that noun: hardly an answer. */
const OTHER_COUNT_STRENGTH = 0.3;
/**
 * "Combien de personnes" names no kind of person: a number right before the noun of what the question says
 * they did ("87 signatures", "300 participants" for "ont signé", "ont participé") counts them, nearly as
 * surely as "87 personnes" would.
 */
const PEOPLE_BY_ACTION = 0.8;
const PEOPLE_TERMS: ReadonlySet<string> = new Set(analyzeFrenchTerms(FRENCH_PEOPLE_WORDS.join(' ')));
const PEOPLE_NOUN_TERMS: ReadonlySet<string> = new Set(analyzeFrenchTerms(FRENCH_PEOPLE_NOUNS.join(' ')));
/** How surely "personnes" says the people of a kind asked for ("4 150 personnes" for "combien d'usagers"). */
const PEOPLE_FOR_KIND = 0.75;
const COUNTED_CHARACTERS = 30;

export interface ScoredPassage {
  view: DocumentView;
  passage: Passage;
  /** Weighted share of the question found in or around the sentence (0–1). */
  coverage: number;
  /** The same, counting only the sentence itself. */
  own: number;
  /** How surely the sentence holds the kind of answer asked for (0–1; 0 for 'other'). */
  evidence: number;
  span?: AnswerSpan;
  /** A name of the question its document never mentions: it cannot answer. */
  missesName: boolean;
  /** Terms of the question's names its document's title and opening lines do not say (withListedNames). */
  untitledNameTerms: ReadonlySet<string>;
  /** A name the document mentions only in passing, away from this sentence. */
  nameInPassing: boolean;
  /** Whether the noun asked about ("quel est le *loyer*") is in or next to the sentence. */
  focusFound: boolean;
  /** Whether the sentence itself says any word of the question. */
  saysQuestionWords: boolean;
  /** Weighted share of the nouns naming the kind of answer found as words (an answer may stand for them). */
  typeWords: number;
  /** Weighted share of the question's words other than names said in or next to the sentence. */
  local: number;
  /** Weighted share of the question's nouns its document says elsewhere but not in or next to this sentence. */
  displaced: number;
  /** Whether the document names what "combien de…" counts. */
  countedInDocument: boolean;
  /** Whether the heading above (or, for a few words, the line before) names a noun the question is about. */
  subjectAbove: boolean;
  score: number;
}

function match(terms: ReadonlySet<string>, concept: ResolvedConcept): number {
  let best = 0;
  // A name is said whole or not at all: "haut" alone is not "Hautes-Alpes".
  const whole = concept.concept.kind === 'name';
  for (const alt of concept.alternatives) {
    let found = 0;
    for (const t of alt.terms) if (terms.has(t)) found++;
    if (found === 0 || (whole && found < alt.terms.length)) continue;
    best = Math.max(best, (alt.factor * found) / alt.terms.length);
  }
  return best;
}

// Typed arrays, not arrays of numbers or booleans: an array's hidden class follows what it holds (small
// integers, doubles, objects), so per-concept values of 0 and 1 for one question and 0.85 for the next gave
// the scoring code two kinds of array, and V8 threw its compiled code away each time a new kind came by.
interface DocumentProfile {
  /** own[k][c]: how well passage k says concept c. */
  own: Float64Array[];
  /** Best own value of each concept over the document. */
  anywhere: Float64Array;
  /** Whether each concept is in the title or lead, or said twice (1 or 0). */
  subject: Uint8Array;
  /** Whether each concept is in the title or lead (1 or 0). */
  inLead: Uint8Array;
  /** Whether each concept is in the title or the lines before the first sentence (1 or 0): what the page is about. */
  inOpening: Uint8Array;
  /** Position of each passage's context (heading or previous sentence) in the document, or -1. */
  contextAt: Int32Array;
  /** Which quotation each passage belongs to (quotations.ts). */
  quotations: Int32Array;
}

function profile(view: DocumentView, concepts: readonly ResolvedConcept[]): DocumentProfile {
  const n = concepts.length;
  const own: Float64Array[] = [];
  for (const p of view.passages) {
    const row = new Float64Array(n);
    for (let c = 0; c < n; c++) row[c] = match(p.terms, concepts[c]!);
    own.push(row);
  }
  const lead = leadPassages(view);
  const opening = openingLines(view);
  const anywhere = new Float64Array(n);
  const inLead = new Uint8Array(n);
  const saidIn = new Uint8Array(n);
  const inOpening = new Uint8Array(n);
  for (let k = 0; k < own.length; k++) {
    const row = own[k]!;
    for (let c = 0; c < n; c++) {
      if (row[c]! <= 0) continue;
      anywhere[c] = Math.max(anywhere[c]!, row[c]!);
      if (lead.has(k)) inLead[c] = 1;
      if (k < opening) inOpening[c] = 1;
      if (saidIn[c]! < 2) saidIn[c]!++;
    }
  }
  // The lines before the first sentence (a dateline, "Communiqué – Préfecture de l'Aubrac") name who
  // speaks and from where: the whole release is theirs, as it is about what its title and lead say.
  const subject = new Uint8Array(n);
  for (let c = 0; c < n; c++) subject[c] = inLead[c] === 1 || inOpening[c] === 1 || saidIn[c] === 2 ? 1 : 0;
  const first = view.document.firstPassage;
  const contextAt = new Int32Array(view.passages.length);
  view.passages.forEach((p, k) => (contextAt[k] = p.passage.contextId >= first ? p.passage.contextId - first : -1));
  withHeaderWords(view, own, contextAt);
  withListedNames(view, concepts, own, inOpening);
  return {
    own,
    anywhere,
    subject,
    inLead,
    inOpening,
    contextAt,
    quotations: quotationGroups(Array.from(view.passages, (p) => p.passage.text)),
  };
}

/**
 * A name said only as one item of a list of several ("6 000 prises réparties entre Arvieu, Brévalon,
 * Castans et Pouzac") is named in passing: what the sentence says, it says of them all.
 */
const LISTED_NAME = 0.6;
// An item: a capitalised name of one or more words, after its article or not, an adjective after it or not
// ("le Haut-Allier", "l'Aubrac lozérien", "Saint-Paul de Varax").
const LISTED_ITEM =
  "(?:(?:le|la|les)\\s+|l['’])?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:de|du|des|la|le|les|sur|en)\\s+|d['’])?\\p{Lu}[\\p{L}'’-]*)*(?:\\s+\\p{Ll}[\\p{L}'’-]*)?";
/** Three names or more, separated by commas, the last after "et" or "ou". */
const NAME_LIST = new RegExp(`${LISTED_ITEM}(?:\\s*,\\s*${LISTED_ITEM})+\\s*,?\\s+(?:et|ou)\\s+${LISTED_ITEM}`, 'gu');

/**
 * A name said in a passage only as an item of a list counts LISTED_NAME there, unless the page's title
 * or opening lines name it: a page about Lescouzac counts "1 480 habitants de Lescouzac, Combelongue et
 * La Bastide" for Lescouzac, a page about six communes does not count its total for one of them.
 */
function withListedNames(view: DocumentView, concepts: readonly ResolvedConcept[], own: Float64Array[], titled: Uint8Array): void {
  for (let c = 0; c < concepts.length; c++) {
    if (concepts[c]!.concept.kind !== 'name' || titled[c] === 1) continue;
    for (let k = 0; k < own.length; k++) {
      if (own[k]![c]! > 0 && onlyListed(view.passages[k]!.passage, concepts[c]!)) own[k]![c] = own[k]![c]! * LISTED_NAME;
    }
  }
}

function onlyListed(passage: Passage, concept: ResolvedConcept): boolean {
  if (!passage.text.includes(',')) return false;
  return namedOnlyInLists(passage.text, passageTokens(passage), new Set(concept.alternatives.flatMap((a) => a.terms)));
}

/** Whether the text says the terms, and only inside lists of three names or more. */
function namedOnlyInLists(text: string, tokens: readonly AnalyzedToken[], terms: ReadonlySet<string>): boolean {
  if (terms.size === 0 || !text.includes(',')) return false;
  const said = tokens.filter((t) => terms.has(t.term));
  if (said.length === 0) return false;
  const lists = Array.from(text.matchAll(NAME_LIST), (m) => [m.index, m.index + m[0].length] as const);
  return said.every((t) => lists.some(([start, end]) => t.start >= start && t.end <= end));
}

/**
 * A table row says what its header row says of it: "Pouzac | 538 | 9 décembre" under "Commune | Prises
 * raccordables | Ouverture" says the prises raccordables of Pouzac. The header's words count as the row's
 * own (after the document's counts: a header said once is not said by every row).
 */
function withHeaderWords(view: DocumentView, own: Float64Array[], contextAt: Int32Array): void {
  for (let k = 0; k < own.length; k++) {
    const h = contextAt[k]!;
    if (h < 0 || !isRowOf(view.passages[k]!.passage.text, view.passages[h]!.passage.text)) continue;
    const row = own[k]!;
    const header = own[h]!;
    for (let c = 0; c < row.length; c++) row[c] = Math.max(row[c]!, header[c]!);
  }
}

/** The title and the first real sentences: a dateline ("Vannes, le 3 mai") or a "COMMUNIQUÉ" line is not the lead. */
function leadPassages(view: DocumentView): Set<number> {
  const lead = new Set<number>();
  let sentences = 0;
  for (const [k, item] of view.passages.entries()) {
    if (item.passage.kind === 'title') lead.add(k);
    else if (item.passage.kind === 'sentence' && !isShort(item.passage.text)) {
      lead.add(k);
      if (++sentences === LEAD_SENTENCES) break;
    }
  }
  return lead;
}

/** How many passages open the document before its first real sentence (the title, datelines, subtitles). */
function openingLines(view: DocumentView): number {
  const first = view.passages.findIndex((item) => item.passage.kind === 'sentence' && !isShort(item.passage.text));
  return first < 0 ? 0 : first;
}

const AT_LEAST_SHORT_WORDS = new RegExp(`^\\s*(?:\\S+\\s+){${SHORT_PASSAGE_WORDS - 1}}\\S`);

function isShort(text: string): boolean {
  return !AT_LEAST_SHORT_WORDS.test(text);
}

/** The passages around passage `k`: the sentences before and after, its heading, its quotation. */
function around(p: DocumentProfile, k: number): number[] {
  const out = [k - 1, k + 1, p.contextAt[k]!].filter((m) => m >= 0 && m < p.own.length);
  for (const m of quotationMembers(p.quotations, k)) if (m !== k) out.push(m);
  return out;
}

/** The best value of concept `i` in the passages around one. */
function nearValue(p: DocumentProfile, nearby: readonly number[], i: number): number {
  let near = 0;
  for (const m of nearby) near = Math.max(near, p.own[m]![i]!);
  return near;
}

function placed(concept: ResolvedConcept, own: number, near: number, anywhere: number, subject: boolean): number {
  if (concept.concept.kind === 'figure') return Math.max(own, PLACEMENT.near * near);
  const isName = concept.concept.kind === 'name';
  const documentLevel =
    anywhere *
    (isName
      ? subject
        ? PLACEMENT.nameInDocumentSubject
        : PLACEMENT.nameElsewhere
      : subject
        ? PLACEMENT.wordInDocumentSubject
        : PLACEMENT.wordElsewhere);
  return Math.max(own, PLACEMENT.near * near, documentLevel);
}

// Counting reads a passage twice (for its document's counts, then as a candidate answer): once per
// passage, keyed by its tokens, which passageTokens keeps as long as the index keeps the passage.
const countsByTokens = new WeakMap<readonly AnalyzedToken[], AnswerSpan[]>();

/** Numbers that count something: not amounts of money, percentages, years or dates. */
function countNumbers(text: string, tokens: readonly AnalyzedToken[]): AnswerSpan[] {
  let numbers = countsByTokens.get(tokens);
  if (!numbers) countsByTokens.set(tokens, (numbers = numbersCounting(text)));
  return numbers;
}

function numbersCounting(text: string): AnswerSpan[] {
  const folded = foldKeepingOffsets(text);
  const measures = [...findAnswerSpansFolded(folded, 'money'), ...findAnswerSpansFolded(folded, 'percent')].filter(
    (m) => m.strength >= 0.8,
  );
  return findNumbers(folded).filter((n) => !measures.some((m) => n.start < m.end && n.end > m.start) && !endsName(text, n.start));
}

/**
 * Whether a number at `start` ends a name ("Bouclier 72", "Paris 2030"): it follows a capitalised word
 * that does not open the sentence, and names something rather than counting it.
 */
function endsName(text: string, start: number): boolean {
  const words = /(\S*)\s+\p{Lu}[\p{L}'’-]*\s+$/u.exec(text.slice(Math.max(0, start - 60), start));
  return words !== null && words[1] !== '' && !/[.!?:]$/.test(words[1]!);
}

/** How surely a number counts X when its document says the same number right before X elsewhere. */
const SAME_COUNT_STRENGTH = 0.85;

/** A number as its digits ("3 400", "3.400" → "3400"). */
function numberKey(written: string): string {
  return foldWord(written)
    .replace(/^(?:plus de|pres de|environ|quelque|au moins) /, '')
    .replace(/[\s.\u202f\u00a0]/g, '');
}

/**
 * Whether a number is one its document puts before what is counted. Only a number in digits from 10 up
 * is told apart that way: "trois" or "2" before the counted noun and again in "trois semaines" are two counts.
 */
function isSameCount(written: string, countsInDocument: ReadonlySet<string> | undefined): boolean {
  const key = numberKey(written);
  return countsInDocument !== undefined && /^\d{2,}/.test(key) && countsInDocument.has(key);
}

/** The numbers a document puts right before what is counted ("3 400 tablettes"), as digits. */
function countsOfDocument(view: DocumentView, request: EvidenceRequest): Set<string> {
  const out = new Set<string>();
  const counted = (request.counted?.alternatives ?? []).flatMap((a) => a.terms);
  const withoutCounts = requestInDocument(request, request.countedInDocument, request.subjectAbove, undefined, 0);
  for (const item of view.passages) {
    // Only a passage that says what is counted can put a number right before it (and analysing is the cost).
    if (!counted.some((t) => item.terms.has(t))) continue;
    const text = item.passage.text;
    const spans = countEvidence(text, passageTokens(item.passage), withoutCounts);
    for (const span of spans) if (span.strength >= 0.75) out.add(numberKey(text.slice(span.start, span.end)));
  }
  return out;
}

/**
 * A number standing for its noun, the subject of a plural verb: "Parmi elles, 35 sont situées en zone
 * rurale", "19 ont encore un tableau noir", "12 d'entre elles", "Six autres doivent être allumés" (a plural
 * auxiliary or modal, "autres" before it or not). French leaves the noun out when the
 * sentence before (or this one, earlier) has just said it; the number counts part of what that sentence counted.
 */
const PLURAL_VERB_AFTER_NUMBER =
  "\\s+(?:autres\\s+)?(?:(?:ne|n')\\s*)?(?:sont|ont|seront|auront|etaient|avaient|furent|eurent|restent|resteront|demeurent|" +
  "doivent|devront|devraient|vont|pourront|peuvent|pourraient|d'entre (?:eux|elles))(?![\\p{L}])";
const ELIDED_NOUN_SUBJECT = new RegExp(`^${PLURAL_VERB_AFTER_NUMBER}`, 'u');
/** The same anywhere in a sentence (folded): the sentence speaks of what the one before counted. */
const ELIDED_COUNT = new RegExp(`(?:\\d|\\b(?:${[...FRENCH_NUMBER_WORDS.keys()].join('|')}))${PLURAL_VERB_AFTER_NUMBER}`, 'u');
/** How surely such a number counts X, said just before: less than a number said beside X. */
const ELIDED_COUNT_STRENGTH = 0.9;
const ELIDED_REACH = 24;

/** The strength of an elided count of the counted noun (0 when the number is not one). */
function elidedCountStrength(
  text: string,
  span: AnswerSpan,
  tokens: readonly AnalyzedToken[],
  countedTerms: ReadonlyMap<string, number>,
  countedAbove: number,
): number {
  if (!ELIDED_NOUN_SUBJECT.test(foldWord(text.slice(span.end, span.end + ELIDED_REACH)))) return 0;
  let said = countedAbove;
  for (const t of tokens) if (t.end <= span.start) said = Math.max(said, countedTerms.get(t.term) ?? 0);
  return ELIDED_COUNT_STRENGTH * said;
}

/**
 * The words before a number that may say what it counts: "les communes adhérentes sont au nombre de 42",
 * not "la mairie, fermée trois semaines" (a comma ends it) nor "les habitants des 22 communes" (a number
 * written right before a noun counts that noun).
 */
function countedBefore(text: string, span: AnswerSpan, before: AnalyzedToken[], after: AnalyzedToken[]): AnalyzedToken[] {
  const first = after[0];
  if (first !== undefined && first.role === 'word' && /^\s+$/.test(text.slice(span.end, first.start))) return [];
  return before.filter((t) => !text.slice(t.end, span.start).includes(','));
}

/**
 * For "combien de X": a number standing by X ("27.000 prises", "chantier parmi les quatorze") is the
 * answer; a number by another word of the question is likely ("100 u-cities"); any other number, weakly.
 */
function countEvidence(text: string, tokens: readonly AnalyzedToken[], request: EvidenceRequest): AnswerSpan[] {
  // Each way of saying what is counted, with how surely it says it: "gens" typed counts fully, "visiteurs" less.
  const countedTerms = new Map<string, number>();
  for (const alt of request.counted?.alternatives ?? []) {
    for (const t of alt.terms) countedTerms.set(t, Math.max(countedTerms.get(t) ?? 0, alt.factor));
  }
  const countedFirst = request.counted?.alternatives[0]?.terms ?? [];
  const peopleCounted = countedFirst.some((t) => PEOPLE_TERMS.has(t));
  // People of a kind may be counted as people: "4 150 personnes accompagnées" for "combien d'usagers".
  if (countedFirst.some((t) => PEOPLE_NOUN_TERMS.has(t)))
    for (const t of PEOPLE_TERMS) countedTerms.set(t, Math.max(countedTerms.get(t) ?? 0, PEOPLE_FOR_KIND));
  const attached = (tokens: readonly AnalyzedToken[]) => Math.max(0, ...Array.from(tokens, (t) => countedTerms.get(t.term) ?? 0));
  // A document that never names what is counted cannot count it: its numbers count something else.
  if (request.countedInDocument === false) return Array.from(countNumbers(text, tokens), (s) => withStrength(s, 0.4));
  return Array.from(countNumbers(text, tokens), (s) => {
    // Within a few words and the same clause: "1 600 accompagnements", not "Trois rendez-vous… le technicien".
    const { before, after } = wordsAround(text, s, tokens, COUNTED_REACH, COUNTED_CHARACTERS);
    // In a table, the header cell above the number says what it counts as a noun after it would.
    const following = Math.max(attached(after), headingCount(text, s, request, attached));
    if (following > 0) return withStrength(s, following);
    // "3 400 appareils seront distribués" where the title says "3 400 tablettes": the same count.
    if (isSameCount(text.slice(s.start, s.end), request.countsInDocument)) return withStrength(s, SAME_COUNT_STRENGTH);
    const elided = elidedCountStrength(text, s, tokens, countedTerms, request.countedAbove ?? 0);
    if (elided > 0) return withStrength(s, elided);
    const preceding = attached(countedBefore(text, s, before, after));
    if (preceding > 0) return withStrength(s, 0.9 * preceding);
    const next = after.find((t) => t.role !== 'number');
    // "75 bornes" for "bornes recharge nombre": a question that names no counted noun but asks
    // for a number by a noun ("nombre", "total") counts the noun a number stands by.
    const countsByNoun = countedTerms.size === 0 && request.typeTerms.size > 0;
    if (peopleCounted && countsByAction(next, after, request)) return withStrength(s, PEOPLE_BY_ACTION);
    if (next && request.questionTerms.has(next.term) && !request.perTerms.has(next.term)) {
      return withStrength(s, countsByNoun ? 0.8 : 0.45);
    }
    // "(3 800 habitants)" when candidacies are counted: the number stands by a noun of its own and counts that.
    if (next && next === after[0] && next.role === 'word' && !FRENCH_STOPWORDS.has(next.term)) return withStrength(s, OTHER_COUNT_STRENGTH);
    // A rate ("combien par conseiller") is an amount or a share more often than a count.
    return withStrength(s, countedTerms.size > 0 || request.perTerms.size > 0 ? 0.4 : 0.6);
  });
}

/** "combien de personnes ont signé" — "87 signatures": the number stands right before the noun of what they did. */
function countsByAction(next: AnalyzedToken | undefined, after: readonly AnalyzedToken[], request: EvidenceRequest): boolean {
  return next !== undefined && next === after[0] && request.actionTerms.has(next.term);
}

/**
 * A span that is mostly a name the question gives ("Laval Agglomération" when Laval is asked
 * about) is not its answer; a name that only shares a common word with it ("Tarn Réseaux Numériques"
 * for a question on the Tarn network) may be.
 */
function isQuestionEcho(text: string, span: AnswerSpan, request: EvidenceRequest): boolean {
  const said = text.slice(span.start, span.end);
  if (isQuestionAcronym(said, request.questionInitials)) return true;
  // A hyphenated name counts as its whole ("Numéri-Bus"), not as its words too.
  const terms = Array.from(
    analyzeFrench(said).filter((t) => t.role !== 'part'),
    (t) => t.term,
  );
  return terms.length > 0 && terms.filter((t) => request.nameTerms.has(t)).length * 2 >= terms.length;
}

/** The nouns an organisation is introduced by ("la société", "le groupe", "l'opérateur"), as terms. */
const ORGANISATION_NOUN_TERMS: readonly string[] = Array.from(
  [...FRENCH_TYPE_NOUNS].filter(([, type]) => type === 'organisation'),
  ([noun]) => analyzeFrench(noun)[0]?.term ?? noun,
);

/** A single word in capitals: an organisation's acronym, not the person a role noun asks for. */
const ROLE_HOLDER_ACRONYM = /^\p{Lu}[\p{Lu}\d-]+$/u;
const ACRONYM_FOR_ROLE = 0.3;

/** Whether a word of the question names a role held by a person ("président", "mayor"). */
function namesRole(label: string): boolean {
  const folded = foldWord(label);
  return typeOfNoun(folded, 'fr') === 'person' || typeOfNoun(folded, 'en') === 'person';
}

/**
 * An acronym, a name introduced as an organisation ("la société X"), or one word no first name opens
 * (a place in a dateline: "Privas, le 3 mai"): not who holds the role asked for — a role holder is a first
 * and last name.
 */
function holdsNoRole(text: string, span: AnswerSpan): boolean {
  const name = text.slice(span.start, span.end);
  return ROLE_HOLDER_ACRONYM.test(name) || introducedAsOrganisation(text, span.start) || (!/\s/.test(name.trim()) && !isPersonName(name));
}

/** The nouns a person is introduced by ("le maire", "X, responsable de…"), as terms. */
const PERSON_NOUN_TERMS: ReadonlySet<string> = new Set(
  Array.from(
    [...FRENCH_TYPE_NOUNS].filter(([noun, type]) => type === 'person' && noun !== 'personne'),
    ([noun]) => analyzeFrench(noun)[0]?.term ?? noun,
  ),
);
/** A person introduced with another office than the one asked ("Y, adjointe au maire" for "qui est le maire"). */
const OTHER_OFFICE_FACTOR = 0.3;
/** Words beside a name read for the office it is introduced with: "X, vice-présidente du Département", "le directeur de Y, X". */
const OFFICE_REACH = 4;
const OFFICE_CHARACTERS = 60;

/**
 * Whether the name at `span` does not hold the office asked: it is introduced, in its clause, with
 * another office and never with the one asked ("Y, adjointe au maire" for "qui est le maire"), or
 * neither its sentence nor those around it say the office at all (a press contact, "Manche Numérique").
 */
function holdsOtherOffice(text: string, span: AnswerSpan, tokens: readonly AnalyzedToken[], request: EvidenceRequest): boolean {
  const { officeTerms } = request;
  const { before, after } = wordsAround(text, span, tokens, OFFICE_REACH, OFFICE_CHARACTERS);
  const beside = [...before, ...after];
  if (beside.some((t) => namesOfficeAsked(t, tokens, officeTerms))) return false;
  if (beside.some((t) => PERSON_NOUN_TERMS.has(t.term))) return true;
  return request.officeBeside !== true && !tokens.some((t) => officeTerms.has(t.term));
}

/**
 * Whether a token says an office asked itself, not inside another: a word of a compound ("maire-adjoint"
 * is not "maire") or the complement of a role noun ("adjointe au maire") names another office.
 */
function namesOfficeAsked(t: AnalyzedToken, tokens: readonly AnalyzedToken[], officeTerms: ReadonlySet<string>): boolean {
  if (t.role === 'part' || !officeTerms.has(t.term)) return false;
  const previous = tokens[tokens.indexOf(t) - 1];
  return previous === undefined || !PERSON_NOUN_TERMS.has(previous.term);
}

/**
 * The terms an office the question names is said with: its own word, its family and the glossary's
 * ("préside" → président); not the thesaurus's looser synonyms ("président" → responsable, gouverneur).
 */
function officeTermsOf(concepts: readonly ResolvedConcept[]): Set<string> {
  const offices = concepts.filter(
    (c) => (c.concept.kind === 'content' || c.concept.kind === 'type') && OFFICE_TITLES.has(foldWord(c.concept.label)),
  );
  return new Set(offices.flatMap((c) => c.alternatives.filter((a) => a.factor >= OFFICE_FACTOR).flatMap((a) => a.terms)));
}
/** The least factor of a way of saying an office that still names it (a word of its family: 0.75). */
const OFFICE_FACTOR = 0.75;

/** An acronym of three letters or more. */
const ACRONYM = /^\p{Lu}{3,}$/u;

/**
 * The acronym of words the question types in a row ("FEPC" for "la Fédération des élus des petites
 * communes"): the question's own subject under its short name, not an answer to it.
 */
function isQuestionAcronym(said: string, questionInitials: string): boolean {
  return ACRONYM.test(said) && questionInitials.includes(foldWord(said));
}

/** The first letters of the question's words, in order (its function words left out, as its concepts leave them). */
function initialsOf(concepts: readonly ResolvedConcept[]): string {
  return Array.from(
    concepts.flatMap((c) => foldWord(c.concept.label).split(/[\s'-]+/)),
    (word) => word.charAt(0),
  ).join('');
}

export interface EvidenceRequest {
  answerType: AnswerType;
  counted?: ResolvedConcept;
  /** Whether the passage's document names what is counted (set per document while scoring). */
  countedInDocument?: boolean;
  /** Numbers the passage's document puts right before what is counted, as digits (set per document). */
  countsInDocument?: ReadonlySet<string>;
  /** How surely the sentence before the passage says what is counted (0: not at all; set per passage). */
  countedAbove?: number;
  /** Whether the heading above the passage (or, for a line of a few words, the line before) names a noun the question is about. */
  subjectAbove?: boolean;
  /** Every term of the question. */
  questionTerms: ReadonlySet<string>;
  /** Terms of the names the question gives (an answer does not repeat them). */
  nameTerms: ReadonlySet<string>;
  /** The first letters of the question's words, in order: an acronym of them repeats the question. */
  questionInitials: string;
  /** Terms of the question's other words (an answer stands near them). */
  wordTerms: ReadonlySet<string>;
  /** Terms of the nouns the question is about ("le coût des *capteurs*"): an answer is about them. */
  subjectTerms: ReadonlySet<string>;
  /** Terms of the nouns naming the kind of answer ("quel *opérateur*"): a name beside them is one. */
  typeTerms: ReadonlySet<string>;
  /** The same, with every noun naming an organisation when one is asked for: "quelle boîte" is said "la société X". */
  kindTerms: ReadonlySet<string>;
  /** Whether "quel jour" is asked, in the word or its family: not a thesaurus synonym of "date". */
  dayAsked?: boolean;
  /** For a table row, its table's header row: the cell above a value says what it is (tableColumns.ts). */
  tableHeader?: string;
  /** Terms of the question's names the passage's document does not name in its title or opening lines. */
  untitledNameTerms?: ReadonlySet<string>;
  /** Whether the date asked for is a deadline: a date said as one ("avant le 15 octobre") is surer. */
  deadline?: boolean;
  /** The period a rate is asked per ("prix mensuel"): an amount per another period, or per none, is not it. */
  period?: RatePeriod;
  /** Terms of what a rate is per ("combien par *conseiller*"): "24 conseillers" does not answer it. */
  perTerms: ReadonlySet<string>;
  /** Terms of what the question says as a verb ("ont *signé*"), in the word's own family (factor ≥ 0.75). */
  actionTerms: ReadonlySet<string>;
  /** Whether a whole is asked for ("au total"): an amount said per item is not it. */
  total?: boolean;
  /** Whether a share asked may be said as an amount ("la part de la Région"): amounts answer it too. */
  shareOfMoney?: boolean;
  /** Whether the amount asked is a price (readQuestion): "gratuit" is then as sure an answer as a sum. */
  priceAsked?: boolean;
  /** Whether a word of the question names a role a person holds ("qui est le *maire*", "the *president*") without being the kind asked. */
  roleAsked?: boolean;
  /** Terms of the offices the question names ("le *maire*", "quel *président*"), with their other ways of being said. */
  officeTerms: ReadonlySet<string>;
  /** Whether the sentence right before or after the passage says an office asked (set per passage). */
  officeBeside?: boolean;
}

/**
 * How much a name counts when the question names its kind ("quel opérateur") and the passage does not
 * say it beside the name: "Altitude Infra, désigné opérateur leader" is an operator; "Les Sorbiers" may not be.
 */
const KIND_APART_FACTOR = 0.85;
const KIND_REACH = 3;

/** Whether one of the question's kind nouns stands within a few words of a span, in the same clause. */
function kindBeside(text: string, span: AnswerSpan, tokens: readonly AnalyzedToken[], typeTerms: ReadonlySet<string>): boolean {
  const { before, after } = wordsAround(text, span, tokens, KIND_REACH, Infinity);
  return [...before, ...after].some((t) => typeTerms.has(t.term));
}

/**
 * The `reach` words before and after a span that stand in its clause (no sentence or clause mark between)
 * and within `characters` of it.
 */
function wordsAround(
  text: string,
  span: AnswerSpan,
  tokens: readonly AnalyzedToken[],
  reach: number,
  characters: number,
): { before: AnalyzedToken[]; after: AnalyzedToken[] } {
  const sameClause = (from: number, to: number) => to - from <= characters && !/[.!?;:()]/.test(text.slice(from, to));
  const after = tokens
    .filter((t) => t.start >= span.end)
    .slice(0, reach)
    .filter((t) => sameClause(span.end, t.start));
  const before = tokens
    .filter((t) => t.end <= span.start)
    .slice(-reach)
    .filter((t) => sameClause(t.end, span.start));
  return { before, after };
}

/**
 * How much an answer counts in a sentence that names none of the nouns the question is about and does
 * not refer back to them: "le projet représente 1,15 M€" may be the cost of the project, not of the sensors.
 */
const ABOUT_ELSE_FACTOR = 0.75;

/** How much a date counts for "date limite" when nothing says it is one. */
const NOT_DEADLINE_FACTOR = 0.8;
// "avant le 15 octobre", "jusqu'au 8 novembre", "au plus tard le…", "d'ici au…", "by 15 October".
const DEADLINE_BEFORE =
  /(?:avant|jusqu'(?:a|au|en)|au plus tard|d'ici(?: au| a| le)?|date limite|limite|cloture|clos|before|until|by|no later than|deadline)\s*(?:le |la |l'|fin |mi-|the )?$/;

/** How much an amount counts for a rate question when the sentence states no rate, and for a total question when it is said per item. */
const NO_RATE_FACTOR = 0.6;
/** An amount for a period asked ("mensuel") said for another period or for none: below the evidence an answer needs. */
const OTHER_PERIOD_FACTOR = 0.4;
// "par mois", "chaque poste", "par habitant", "mensuel", "/an": a rate; "par l'État" is an agent, not a rate.
// "prix unitaire", "à l'unité", "pièce", "chacun": a price per item.
const RATE_MARKER =
  /\b(?:par|chaque|pour chaque)\s+(?!l'|le\b|la\b|les\b|des\b|du\b|un\b|une\b|son\b|sa\b|ses\b|leur\b|leurs\b)\p{L}|\b(?:mensuel|annuel|hebdomadaire|quotidien|journalier|trimestriel|unitaire)|\b(?:a l'unite|la piece|chacune?)\b|\/\s*(?:mois|an|jour|semaine|habitant|prise|logement)\b/u;

// An amount said per item right after it: "une aide de 300 € par foyer", "45 €/mois".
const PER_ITEM_AFTER =
  /^\s*(?:(?:de|d')\s*\p{L}+\s+)?(?:(?:par|chaque|pour chaque)\s+(?!l'|le\b|la\b|les\b|des\b|du\b|un\b|une\b|son\b|sa\b|ses\b|leur\b|leurs\b)\p{L}|\/\s*\p{L})/u;

/** Whether the amount `span` is said per item ("… par logement"): a rate, not the total a question asks. */
function saidPerItem(text: string, span: AnswerSpan): boolean {
  return PER_ITEM_AFTER.test(foldWord(text.slice(span.end, span.end + 40)));
}

/** Within this many characters of the question's words, an answer is about them; further, less surely. */
const NEAR_QUESTION = 40;
const FAR_QUESTION = 200;
/** How much an answer far from every word of the question still counts. */
const FAR_FACTOR = 0.6;

/** Characters between a span and the nearest word of the question in the passage. */
function distanceToQuestion(span: AnswerSpan, tokens: readonly AnalyzedToken[], questionTerms: ReadonlySet<string>): number {
  let best = Infinity;
  for (const t of tokens) {
    if (!questionTerms.has(t.term) || (t.start >= span.start && t.end <= span.end)) continue;
    best = Math.min(best, t.end <= span.start ? span.start - t.end : Math.max(0, t.start - span.end));
  }
  return best;
}

/**
 * Candidates for a bare "combien…" with no noun counted: a count, an amount ("L'État met combien…") or
 * a share ("de combien ont baissé…").
 */
function numberEvidence(text: string, tokens: readonly AnalyzedToken[], request: EvidenceRequest): AnswerSpan[] {
  const counts = countEvidence(text, tokens, request);
  if (request.counted) return counts;
  const measures = [...spansOfType(text, tokens, 'money'), ...spansOfType(text, tokens, 'percent')];
  return [...counts, ...Array.from(measures, (s) => withStrength(s, s.strength * 0.8))];
}

/** What an apposition says of the term asked about: "des zones grises, couvertes par un seul opérateur". */
const APPOSITION_STRENGTH = 0.8;

/** The apposition or bracket right after a noun the question asks to define. */
function appositions(text: string, tokens: readonly AnalyzedToken[], subjectTerms: ReadonlySet<string>): AnswerSpan[] {
  const out: AnswerSpan[] = [];
  for (const t of tokens) {
    if (!subjectTerms.has(t.term)) continue;
    const after = /^\s*(?:,|\(|:|–|—)\s*(?=\p{Ll})([^,;.()!?]+)/u.exec(text.slice(t.end));
    if (!after?.[1]) continue;
    const start = t.end + after[0].length - after[1].length;
    out.push(answerSpan(start, start + after[1].trimEnd().length, APPOSITION_STRENGTH));
  }
  return out;
}

/** What holds for every candidate of one sentence, read once before the candidates are weighed. */
interface SentenceReading {
  tokens: readonly AnalyzedToken[];
  /** Whether the sentence says any of the question's other words (distance is measured to them). */
  wordsHere: boolean;
  /** NO_RATE_FACTOR when a rate is asked for and the sentence states none, else 1. */
  rate: number;
  /** Whether the sentence names none of the nouns asked about and does not refer back to them. */
  aboutElse: boolean;
  /** Whether the question names the kind of a name it asks for ("quel opérateur"). */
  namesKind: boolean;
  /** Whether the sentence names a name of the question its page is not about only as an item of a list (LISTED_NAME). */
  namesListed: boolean;
}

/**
 * The strongest answer candidate of the kind asked for in a passage. Its strength is lowered when it
 * stands far from every word of the question: "45 000 euros" next to "conseiller" answers a question
 * on advisers; an amount at the other end of a long sentence may be about something else.
 */
export function bestEvidence(
  text: string,
  request: EvidenceRequest,
  tokens: readonly AnalyzedToken[] = analyzeFrench(text),
): AnswerSpan | undefined {
  if (request.answerType === 'other' || /\?\s*["»”]?\s*$/.test(text)) return undefined;
  const spans = candidateSpans(text, tokens, request);
  const sentence = readSentence(text, tokens, request);
  let best: AnswerSpan | undefined;
  for (const span of spans) {
    const strength = weighSpan(text, span, sentence, request);
    if (!best || strength > best.strength) best = withStrength(span, strength);
  }
  return best;
}

// The spans of each kind a passage holds depend on its text alone: kept with its tokens (passageTokens.ts),
// which live as long as the index keeps the passage, so a passage read again is not searched again.
const spansByTokens = new WeakMap<readonly AnalyzedToken[], Map<AnswerType, readonly AnswerSpan[]>>();

function spansOfType(text: string, tokens: readonly AnalyzedToken[], type: AnswerType): readonly AnswerSpan[] {
  let byType = spansByTokens.get(tokens);
  if (!byType) spansByTokens.set(tokens, (byType = new Map()));
  let spans = byType.get(type);
  if (!spans) byType.set(type, (spans = findAnswerSpans(text, type)));
  return spans;
}

/** The candidates of the kind asked for, less those that only repeat a name the question gives. */
function candidateSpans(text: string, tokens: readonly AnalyzedToken[], request: EvidenceRequest): AnswerSpan[] {
  const { answerType } = request;
  let found = answerType === 'number' ? numberEvidence(text, tokens, request) : [...spansOfType(text, tokens, answerType)];
  if (request.deadline) {
    found = Array.from(found, (s) => (saidAsDeadline(text, s) ? s : withStrength(s, s.strength * NOT_DEADLINE_FACTOR)));
  }
  if (answerType === 'definition') found.push(...appositions(text, tokens, request.subjectTerms));
  if (request.shareOfMoney === true) found.push(...spansOfType(text, tokens, 'money'));
  if (request.priceAsked === true) found = Array.from(found, (s) => (isFree(text, s) ? withStrength(s, 1) : s));
  if (answerType === 'date')
    found = Array.from(found, (s) => (inDateline(text, s) ? withStrength(s, s.strength * datelineFactor(tokens, request)) : s));
  // "Quel jour passe le bus ?" asks a day of the week: "le mardi" answers it, as it answers no other date question.
  if (answerType === 'date' && request.dayAsked === true)
    found = Array.from(found, (s) => (isWeekday(text, s) ? withStrength(s, WEEKDAY_ASKED) : s));
  return found.filter((s) => !isQuestionEcho(text, s, request));
}

/**
 * "Rodez, le 3 mars 2025 – La préfète a présenté…": a date in the dateline is the day the release was
 * issued. It answers when what the release announces was announced, and often nothing else: a date the
 * text gives further on ("ouverte à partir du 2 juin") is surer.
 */
const DATELINE_DATE_FACTOR = 0.8;
/**
 * When the question asks when something is done ("quand le réseau sera-t-il terminé") and the sentence
 * does not say that verb, the release's day is the day of another event: no answer alone (below MIN_EVIDENCE).
 */
const DATELINE_OTHER_EVENT = 0.45;

function datelineFactor(tokens: readonly AnalyzedToken[], request: EvidenceRequest): number {
  const verbSaid = request.actionTerms.size === 0 || tokens.some((t) => request.actionTerms.has(t.term));
  return verbSaid ? DATELINE_DATE_FACTOR : DATELINE_OTHER_EVENT;
}
const DATELINE_BEFORE = /^\s*\p{Lu}[\p{L}'’\s-]{1,40},\s*(?:le\s+)?(?:\p{L}+\s+)?$/u;

function inDateline(text: string, span: AnswerSpan): boolean {
  return DATELINE_BEFORE.test(text.slice(0, span.start)) && /^\s*[–—-]/.test(text.slice(span.end, span.end + 4));
}

/**
 * Whether a span says a thing is free ("le raccordement est gratuit", "des ateliers gratuits"): the
 * adjective, said of the thing; "aide gratuitement" says how someone acts, not what anything costs.
 */
function isFree(text: string, span: AnswerSpan): boolean {
  return /^gratuite?s?$/.test(foldWord(text.slice(span.start, span.end)));
}

const DAY_TERM = 'jour';
const WEEKDAY = new RegExp(`^(?:${FRENCH_WEEKDAYS.join('|')})s?$`);
/** How surely a day of the week answers "quel jour": below a full date said with it ("mardi 3 mars", 1). */
const WEEKDAY_ASKED = 0.9;

function isWeekday(text: string, span: AnswerSpan): boolean {
  return WEEKDAY.test(foldWord(text.slice(span.start, span.end)));
}

/** Whether the words right before a date say it is a deadline ("avant le", "jusqu'au"). */
function saidAsDeadline(text: string, span: AnswerSpan): boolean {
  return DEADLINE_BEFORE.test(foldWord(text.slice(Math.max(0, span.start - 30), span.start)));
}

function readSentence(text: string, tokens: readonly AnalyzedToken[], request: EvidenceRequest): SentenceReading {
  const { answerType } = request;
  // "combien par mois": an amount said per nothing ("170 millions d'euros") is a total, not the rate asked for.
  const rateAsked = request.perTerms.size > 0 && (answerType === 'money' || answerType === 'number');
  // Folded only when a rate is asked for: most questions ask none, and this runs for every candidate sentence.
  const folded = rateAsked || request.period !== undefined ? foldWord(text) : '';
  const statesNoRate = rateAsked && !RATE_MARKER.test(folded);
  // "le prix mensuel" and "100 € par prise", "210 000 euros par an" or a total: not per the month asked.
  const otherPeriod = request.period !== undefined && !ratePeriodsSaid(folded).includes(request.period);
  const aboutElse =
    request.subjectTerms.size > 0 &&
    !tokens.some((t) => request.subjectTerms.has(t.term)) &&
    !leansOnPrevious(text) &&
    !request.subjectAbove &&
    !((request.countedAbove ?? 0) > 0 && ELIDED_COUNT.test(foldWord(text)));
  const namesKind = request.typeTerms.size > 0 && (answerType === 'person' || answerType === 'organisation' || answerType === 'place');
  const wordsHere = tokens.some((t) => request.wordTerms.has(t.term));
  const rate = otherPeriod ? OTHER_PERIOD_FACTOR : statesNoRate ? NO_RATE_FACTOR : 1;
  const namesListed = request.untitledNameTerms !== undefined && namedOnlyInLists(text, tokens, request.untitledNameTerms);
  return { tokens, wordsHere, rate, aboutElse, namesKind, namesListed };
}

/** A candidate's strength once its sentence and its distance to the question's words are counted. */
function weighSpan(text: string, span: AnswerSpan, sentence: SentenceReading, request: EvidenceRequest): number {
  const { tokens } = sentence;
  // A name said with the kind asked for ("la société Numéris") is the answer even where the sentence does not repeat the subject.
  const typed = sentence.namesKind && kindBeside(text, span, tokens, request.kindTerms);
  const kind = sentence.namesKind && !typed ? KIND_APART_FACTOR : 1;
  // "le maire", "la présidente": a role asked for is held by a person; an acronym names an organisation.
  if (request.answerType === 'person' && (request.typeTerms.size > 0 || request.roleAsked === true) && holdsNoRole(text, span))
    return span.strength * ACRONYM_FOR_ROLE;
  if (request.answerType === 'person' && request.officeTerms.size > 0 && holdsOtherOffice(text, span, tokens, request))
    return span.strength * OTHER_OFFICE_FACTOR;
  const strength = isAgentOfQuestion(text, span, tokens, request) ? Math.max(span.strength, AGENT_STRENGTH) : span.strength;
  const distance =
    sentence.wordsHere && !headedByQuestion(text, span, request) ? distanceToQuestion(span, tokens, request.wordTerms) : NEAR_QUESTION;
  const far = Math.min(1, Math.max(0, distance - NEAR_QUESTION) / (FAR_QUESTION - NEAR_QUESTION));
  const rate = request.total === true && saidPerItem(text, span) ? NO_RATE_FACTOR : sentence.rate;
  const listed = sentence.namesListed ? LISTED_NAME : 1;
  return strength * kind * rate * listed * (1 - (1 - FAR_FACTOR) * far) * (sentence.aboutElse && !typed ? ABOUT_ELSE_FACTOR : 1);
}

/**
 * How surely the header cell above a number counts what is asked: as its counted noun would after the
 * number, a little less when the cell says more than the question ("Prises prévues" for "combien de
 * prises raccordables", where "Prises raccordables" is the column asked).
 */
function headingCount(
  text: string,
  span: AnswerSpan,
  request: EvidenceRequest,
  attached: (tokens: readonly AnalyzedToken[]) => number,
): number {
  const heading = columnHeadingTokens(text, request.tableHeader, span.start).filter((t) => !FRENCH_STOPWORDS.has(t.term));
  if (heading.length === 0) return 0;
  const said = heading.filter((t) => request.questionTerms.has(t.term)).length / heading.length;
  return attached(heading) * (1 - HEADING_UNSAID * (1 - said));
}

/** What a header cell's words the question does not say take from its count, at most. */
const HEADING_UNSAID = 0.2;

/** Whether the header cell above a span in a table says a word of the question ("Fin des travaux" for "quand finissent les travaux"). */
function headedByQuestion(text: string, span: AnswerSpan, request: EvidenceRequest): boolean {
  return columnHeadingTokens(text, request.tableHeader, span.start).some((t) => request.wordTerms.has(t.term));
}

/** How surely the agent of the question's own verb answers "qui": fully, as a name beside its kind does. */
const AGENT_STRENGTH = 1;
// "financé à 80 % par l'État", "réalisé par la société X": the agent of a passive, right before the name.
const AGENT_BEFORE = /(?:^|\s)par\s+(?:l['’]\s*|la\s+|le\s+|les\s+)?$/;
/** Characters between a word of the question and the "par" of its agent: "financé à 80 % par". */
const AGENT_REACH = 30;

/**
 * Whether a name is the agent of a word of the question said just before it ("qui finance…" and
 * "financé à 80 % par l'État"): who does what is asked, whatever else the sentence names.
 */
function isAgentOfQuestion(text: string, span: AnswerSpan, tokens: readonly AnalyzedToken[], request: EvidenceRequest): boolean {
  if (request.answerType !== 'person' && request.answerType !== 'organisation') return false;
  const before = foldWord(text.slice(Math.max(0, span.start - 12), span.start));
  const par = AGENT_BEFORE.exec(before);
  if (!par) return false;
  const parAt = span.start - before.length + par.index;
  return tokens.some(
    (t) => t.end <= parAt && parAt - t.end <= AGENT_REACH && request.wordTerms.has(t.term) && !/[.;:!?]/.test(text.slice(t.end, parAt)),
  );
}

/** Best first; among equals, the earlier passage. */
export function byScore(a: ScoredPassage, b: ScoredPassage): number {
  return b.score - a.score || a.passage.id - b.passage.id;
}

type QuestionReading = Pick<
  EvidenceRequest,
  'answerType' | 'counted' | 'questionTerms' | 'deadline' | 'period' | 'total' | 'shareOfMoney' | 'priceAsked'
>;

export function scorePassages(
  views: readonly DocumentView[],
  concepts: readonly ResolvedConcept[],
  question: QuestionReading,
  /** Share of the best score within which the answer is decided: those passages need their evidence. */
  answerWindow: number,
): ScoredPassage[] {
  const request = evidenceRequest(question, concepts);
  const total = concepts.reduce((sum, c) => sum + c.weight, 0) || 1;
  const countedIndex = concepts.findIndex((c) => c.concept.counted);
  const out: ScoredPassage[] = [];
  for (const view of views) {
    const p = profile(view, concepts);
    const missesName =
      concepts.some((c, i) => c.concept.kind === 'name' && c.present && p.anywhere[i] === 0) ||
      concepts.some((c) => c.concept.kind === 'name' && !c.present);
    const untitledNameTerms = new Set(
      concepts.filter((c, i) => c.concept.kind === 'name' && p.inOpening[i] === 0).flatMap((c) => c.alternatives.flatMap((a) => a.terms)),
    );
    const countedInDocument = countedIndex < 0 || p.anywhere[countedIndex]! > 0;
    const document: ScoredDocument = { view, profile: p, missesName, untitledNameTerms, countedInDocument };
    for (let k = 0; k < view.passages.length; k++) out.push(scorePassage(document, k, concepts, total));
  }
  addEvidence(out, concepts, request, total, answerWindow);
  return out.sort(byScore);
}

/** The question's terms sorted by the part they play, drawn once from its concepts. */
function evidenceRequest(question: QuestionReading, concepts: readonly ResolvedConcept[]): EvidenceRequest {
  const termsOf = (keep: (c: ResolvedConcept) => boolean) =>
    new Set(concepts.filter(keep).flatMap((c) => c.alternatives.flatMap((a) => a.terms)));
  const typeTerms = termsOf((c) => c.concept.kind === 'type');
  return {
    answerType: question.answerType,
    counted: question.counted,
    countedInDocument: undefined,
    countsInDocument: undefined,
    countedAbove: 0,
    subjectAbove: undefined,
    questionTerms: question.questionTerms,
    nameTerms: termsOf((c) => c.concept.kind === 'name'),
    questionInitials: initialsOf(concepts),
    wordTerms: termsOf((c) => c.concept.kind !== 'name' && c.concept.kind !== 'figure'),
    subjectTerms: termsOf((c) => c.concept.kind === 'content' && c.present),
    typeTerms,
    dayAsked: concepts.some(
      (c) => c.concept.kind === 'type' && c.alternatives.some((a) => a.factor >= FOCUS_SAID && a.terms.includes(DAY_TERM)),
    ),
    kindTerms:
      question.answerType === 'organisation' && typeTerms.size > 0 ? new Set([...typeTerms, ...ORGANISATION_NOUN_TERMS]) : typeTerms,
    deadline: question.deadline,
    period: question.period,
    perTerms: termsOf((c) => c.concept.per === true),
    actionTerms: new Set(
      concepts
        .filter((c) => c.concept.verbal === true)
        .flatMap((c) => c.alternatives.filter((a) => a.factor >= FOCUS_SAID).flatMap((a) => a.terms)),
    ),
    total: question.total,
    shareOfMoney: question.shareOfMoney,
    priceAsked: question.priceAsked,
    roleAsked: concepts.some((c) => c.concept.kind === 'content' && namesRole(c.concept.label)),
    officeTerms: officeTermsOf(concepts),
    officeBeside: undefined,
  };
}

/**
 * The request for one passage: what its document adds. Spelt out field by field, as evidenceRequest
 * builds it, so every request has one shape: spreading gave most questions' requests a hidden class
 * of their own, and the evidence code, compiled for the earlier ones, was thrown away again and again.
 */
function requestInDocument(
  request: EvidenceRequest,
  countedInDocument: boolean | undefined,
  subjectAbove: boolean | undefined,
  countsInDocument: ReadonlySet<string> | undefined,
  countedAbove: number,
  officeBeside = false,
  tableHeader?: string,
  untitledNameTerms?: ReadonlySet<string>,
): EvidenceRequest {
  return {
    answerType: request.answerType,
    counted: request.counted,
    countedInDocument,
    countsInDocument,
    countedAbove,
    subjectAbove,
    questionTerms: request.questionTerms,
    nameTerms: request.nameTerms,
    questionInitials: request.questionInitials,
    wordTerms: request.wordTerms,
    subjectTerms: request.subjectTerms,
    typeTerms: request.typeTerms,
    dayAsked: request.dayAsked,
    kindTerms: request.kindTerms,
    deadline: request.deadline,
    period: request.period,
    perTerms: request.perTerms,
    actionTerms: request.actionTerms,
    total: request.total,
    shareOfMoney: request.shareOfMoney,
    priceAsked: request.priceAsked,
    roleAsked: request.roleAsked,
    officeTerms: request.officeTerms,
    officeBeside,
    tableHeader,
    untitledNameTerms,
  };
}

/** What is known of a document before its passages are scored one by one. */
interface ScoredDocument {
  view: DocumentView;
  profile: DocumentProfile;
  missesName: boolean;
  untitledNameTerms: ReadonlySet<string>;
  countedInDocument: boolean;
}

/** Where one passage stands in its document, as each concept of the question is looked for around it. */
interface PassageSite {
  profile: DocumentProfile;
  k: number;
  text: string;
  /** Position of the passage's heading or previous line (-1: none), and whether it may name the subject. */
  context: number;
  contextCounts: boolean;
  /** The previous sentence's own values when this one refers back to it with a pronoun. */
  previous: Float64Array | undefined;
  /** The passages around it (see around). */
  nearby: readonly number[];
}

/** The sums and flags the concepts of the question add up to in one passage, before evidence. */
interface PassageTally {
  coverage: number;
  typeWords: number;
  own: number;
  local: number;
  localTotal: number;
  displaced: number;
  nounTotal: number;
  nameInPassing: boolean;
  focusFound: boolean;
  subjectAbove: boolean;
}

function scorePassage(document: ScoredDocument, k: number, concepts: readonly ResolvedConcept[], total: number): ScoredPassage {
  const { view, profile: p } = document;
  const item = view.passages[k]!;
  const text = item.passage.text;
  const context = p.contextAt[k]!;
  const contextCounts = context >= 0 && (view.passages[context]!.passage.kind !== 'sentence' || isShort(text));
  // "Il a signé pour douze ans" after "c'est VRO qui gère le réseau": the pronoun says the name again.
  const refersBack = p.contextAt[k] === k - 1 && (leansOnPrevious(text) || opensOnDescription(text));
  const previous = refersBack ? saidJustBefore(p, k) : undefined;
  const t = tallyConcepts({ profile: p, k, text, context, contextCounts, previous, nearby: around(p, k) }, concepts);
  return {
    view,
    passage: item.passage,
    coverage: (t.coverage + t.typeWords) / total,
    own: t.own / total,
    evidence: 0,
    missesName: document.missesName,
    untitledNameTerms: document.untitledNameTerms,
    nameInPassing: t.nameInPassing,
    focusFound: t.focusFound,
    saysQuestionWords: p.own[k]!.some((v) => v > 0),
    typeWords: t.typeWords / total,
    score: 0,
    local: t.localTotal > 0 ? t.local / t.localTotal : 1,
    displaced: t.nounTotal > 0 ? t.displaced / t.nounTotal : 0,
    countedInDocument: document.countedInDocument,
    subjectAbove: t.subjectAbove,
    // Set by addEvidence; present from the start so every scored passage keeps one hidden class.
    span: undefined,
  };
}

/**
 * What the sentences a referring one may point back to say: the one before, and the one before that
 * when they follow on ("…attribué à la société X. Le contrat prévoit une visite par an. Le prestataire
 * s'engage…": the description names X, two sentences up).
 */
function saidJustBefore(p: DocumentProfile, k: number): Float64Array {
  const before = p.own[k - 1]!;
  if (k < 2 || p.contextAt[k - 1] !== k - 2) return before;
  const earlier = p.own[k - 2]!;
  const merged = new Float64Array(before.length);
  for (let i = 0; i < before.length; i++) merged[i] = Math.max(before[i]!, earlier[i]!);
  return merged;
}

function tallyConcepts(site: PassageSite, concepts: readonly ResolvedConcept[]): PassageTally {
  const p = site.profile;
  const tally: PassageTally = {
    coverage: 0,
    typeWords: 0,
    own: 0,
    local: 0,
    localTotal: 0,
    displaced: 0,
    nounTotal: 0,
    nameInPassing: false,
    focusFound: true,
    subjectAbove: false,
  };
  concepts.forEach((c, i) => {
    const here = Math.max(p.own[site.k]![i]!, c.concept.kind === 'name' ? PRONOUN_FACTOR * (site.previous?.[i] ?? 0) : 0);
    const near = nearValue(p, site.nearby, i);
    addCoverage(tally, c, here, near, c.weight * placed(c, here, near, p.anywhere[i]!, p.subject[i] === 1));
    if (c.concept.kind === 'content' && c.present) addSubjectNoun(tally, site, c, i, here, near);
    markWhatIsMissing(tally, site, c, i, here, near);
  });
  return tally;
}

/** The weighted value of one concept in the sums: coverage (or kind words), local words, own words. */
function addCoverage(tally: PassageTally, c: ResolvedConcept, here: number, near: number, value: number): void {
  if (c.concept.kind === 'type') tally.typeWords += value;
  else tally.coverage += value;
  if (c.concept.kind !== 'name' && c.concept.kind !== 'type') {
    tally.localTotal += c.weight;
    tally.local += c.weight * Math.max(here, PLACEMENT.near * near);
  }
  tally.own += c.weight * here;
}

/** A noun the question is about: said in the heading above, or said elsewhere in the document but not here. */
function addSubjectNoun(tally: PassageTally, site: PassageSite, c: ResolvedConcept, i: number, here: number, near: number): void {
  const p = site.profile;
  if (site.contextCounts && p.own[site.context]![i]! > 0) tally.subjectAbove = true;
  tally.nounTotal += c.weight;
  if (here === 0 && near === 0 && p.anywhere[i]! > 0) tally.displaced += c.weight;
}

/** The least factor of a way of saying the noun asked about that says it: its family's (0.75), not a thesaurus synonym's (0.5). */
const FOCUS_SAID = 0.75;

/** A name or figure said only away from the passage, or a focus noun not said in it. */
function markWhatIsMissing(tally: PassageTally, site: PassageSite, c: ResolvedConcept, i: number, here: number, near: number): void {
  const p = site.profile;
  const { kind, focus } = c.concept;
  if (kind === 'name' && here === 0 && near === 0 && p.subject[i] === 0) tally.nameInPassing = true;
  // A figure of the question ("en 2023") holds only where it is said: "2023" elsewhere is another year —
  // unless the title or lead says it: the whole document is then about it ("le salon 2024").
  if (kind === 'figure' && here === 0 && near === 0 && p.inLead[i] === 0) tally.nameInPassing = true;
  // The noun asked about must be said here, when the corpus uses it at all.
  // ("quel est le loyer…": the sentence says "loyer", or refers back to the one that does).
  const nearEnough = near > 0 && leansOnPrevious(site.text);
  // A thesaurus synonym does not say it ("salaire" is listed with "dépense" and "mois"), nor does it
  // make the corpus use it: a noun the corpus knows only through one is asked of nothing it says.
  const saidInCorpus = c.present && c.alternatives.some((a) => a.factor >= FOCUS_SAID);
  if (focus && saidInCorpus && here < FOCUS_SAID && !nearEnough && (focus === 'passage' || p.anywhere[i] === 0)) tally.focusFound = false;
}

/**
 * Evidence costs regexes and analysis: passages are taken by coverage, and evidence is looked for only
 * where it could still lift a passage to the best score found so far — and in the first few passages of
 * each document, which may be items of a list.
 */
function addEvidence(
  scored: ScoredPassage[],
  concepts: readonly ResolvedConcept[],
  request: EvidenceRequest,
  total: number,
  answerWindow: number,
): void {
  const typeWeight = concepts.filter((c) => c.concept.kind === 'type').reduce((s, c) => s + c.weight, 0) / total;
  scored.sort((a, b) => b.coverage - a.coverage);
  const perDocument = new Map<number, number>();
  const documentCounts = new Map<number, Set<string>>();
  let bestScore = -Infinity;
  for (const s of scored) {
    const penalty = passagePenalty(s);
    const seen = perDocument.get(s.view.doc) ?? 0;
    perDocument.set(s.view.doc, seen + 1);
    const bound = s.coverage + typeWeight + EVIDENCE_WEIGHT + OWN_WEIGHT * s.own - penalty;
    // (the answer is decided among passages within the answer window of the best: those need their evidence).
    if (!s.missesName && (bound >= answerWindow * bestScore || seen < EVIDENCE_PER_DOCUMENT)) {
      let counts = documentCounts.get(s.view.doc);
      if (!counts && request.counted && s.countedInDocument) documentCounts.set(s.view.doc, (counts = countsOfDocument(s.view, request)));
      const passageRequest = requestInDocument(
        request,
        s.countedInDocument,
        s.subjectAbove,
        counts,
        countedAbove(s, request),
        saidBeside(s, request.officeTerms),
        s.passage.context || undefined,
        s.untitledNameTerms,
      );
      const span =
        bestEvidence(s.passage.text, passageRequest, passageTokens(s.passage)) ??
        (request.answerType === 'place' ? documentPlaceEvidence(s.view) : undefined);
      if (span) {
        s.span = span;
        s.evidence = span.strength;
        // The noun naming the kind of answer ("quel budget") is said by the answer itself.
        s.coverage += Math.max(0, typeWeight * span.strength - s.typeWords);
      }
    }
    s.score = s.coverage + EVIDENCE_WEIGHT * s.evidence + OWN_WEIGHT * s.own - penalty + (isStandingAnswer(s) ? SHORT_PASSAGE_PENALTY : 0);
    if (!s.missesName) bestScore = Math.max(bestScore, s.score);
  }
}

/** How surely the sentence right before a passage, in its document, says what the question counts. */
function countedAbove(s: ScoredPassage, request: EvidenceRequest): number {
  const counted = s.countedInDocument ? request.counted : undefined;
  const before = counted && s.view.passages[s.passage.id - s.view.document.firstPassage - 1];
  if (!counted || !before || before.passage.kind !== 'sentence') return 0;
  let strength = 0;
  for (const alt of counted.alternatives) if (alt.terms.some((t) => before.terms.has(t))) strength = Math.max(strength, alt.factor);
  return strength;
}

/**
 * Whether the sentence right before a passage, or right after it, holds one of the terms: "Y est élue
 * présidente. Marie Durand…", "…explique Marie Durand. La vice-présidente rappelle…".
 */
function saidBeside(s: ScoredPassage, terms: ReadonlySet<string>): boolean {
  if (terms.size === 0) return false;
  const k = s.passage.id - s.view.document.firstPassage;
  return [s.view.passages[k - 1], s.view.passages[k + 1]].some(
    (p) => p !== undefined && p.passage.kind === 'sentence' && [...terms].some((t) => p.terms.has(t)),
  );
}

/**
 * A few words that are mostly the answer ("Cécile Guillemain" under "Contact presse") are not a
 * fragment: they are the answer standing alone, and lose nothing for being short.
 */
function isStandingAnswer(s: ScoredPassage): boolean {
  const text = s.passage.text;
  return s.span !== undefined && isShort(text) && (s.span.end - s.span.start) * 2 >= text.trim().length;
}

/**
 * Where a sentence names no place, it happens where its document does: the place a press release opens
 * its title or dateline with ("Morlaix : le Numéri-Bus…", "Vannes, le 3 mai 2021"),
 * or its territory. Less sure than a place in the sentence; no span to show in it.
 */
const DOCUMENT_PLACE_STRENGTH = 0.6;
const PLACE_OPENING =
  /^\s*(\p{Lu}[\p{L}'’-]*(?:[\s-]+(?:\p{Lu}[\p{L}'’-]*|de|du|des|la|le|les|sur|en|d['’]\p{Lu}[\p{L}-]*))*)\s*(?::|,\s*le\s+\d)/u;

function documentPlaceEvidence(view: DocumentView): AnswerSpan | undefined {
  const opening = view.passages.slice(0, 3).some((p) => PLACE_OPENING.test(p.passage.text));
  return view.document.territory || opening ? answerSpan(0, 0, DOCUMENT_PLACE_STRENGTH) : undefined;
}

/** Passages evidence is always looked for in, per document: a list's item is one document's best. */
const EVIDENCE_PER_DOCUMENT = 3;

/** What a passage loses for not being a plain sentence, for being a few words, for asking. */
function passagePenalty(s: ScoredPassage): number {
  const notSentence = NOT_SENTENCE_PENALTY[s.passage.kind];
  const short = isShort(s.passage.text) ? SHORT_PASSAGE_PENALTY : 0;
  const asks = /\?\s*["»”]?\s*$/.test(s.passage.text) ? EVIDENCE_WEIGHT : 0;
  return notSentence + short + asks;
}
