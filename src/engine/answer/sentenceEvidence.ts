// The strongest answer candidate of the kind asked for in one sentence, weighed by where it stands:
// beside the question's words or far from them, said as a rate, a deadline, a dateline, an agent…
import { givenNameSpans, namedMembers } from './givenNames.ts';
import { type AnalyzedToken, analyzeFrench, analyzeFrenchTerms } from '../analysis/analyzeFrench.ts';
import { foldedBefore, foldKeepingOffsets, foldWord } from '../language/foldText.ts';
import { isTerritoryName, isWiderThanCommune } from '../language/territories.ts';
import {
  BROAD_MONEY_KINDS,
  FRENCH_CHANGE_SAID,
  FRENCH_INVESTED_WORDS,
  FRENCH_PEOPLE_NOUNS,
  FRENCH_PEOPLE_WORDS,
  FRENCH_PRICE_NOUNS,
  FRENCH_RANK_NOUNS,
  mayBeSumAsked,
} from '../language/questionVocabulary.ts';
import { FRENCH_STOPWORDS, leansOnPrevious, nameWordsWithoutJoins, opensOnScheme } from '../language/functionWords.ts';
import {
  ANY_CENTURY_YEAR,
  YEAR_OF_ANY_CENTURY,
  FRENCH_AT_FIRST,
  FRENCH_NOW,
  FRENCH_WEEKDAYS,
  FRENCH_YEARLY_TIMES,
  ratePeriodsSaid,
  relativeYearsSaid,
  saysTotal,
} from '../language/months.ts';
import {
  type AnswerSpan,
  answerSpan,
  findAnswerSpans,
  isPublicBody,
  multipleSpans,
  saidAsAddress,
  saidAsStreet,
  withStrength,
} from './answerEvidence.ts';
import { type AnswerType, FIGURE_TYPES, TIME_TYPES } from './answerTypes.ts';
import { countEvidence, ELIDED_COUNT, TIMES_TERM } from './countEvidence.ts';
import { ownerSpans } from './ownerSpans.ts';
import { buildingPhrases } from './buildingPhrases.ts';
import { mailAddressSpans, webAddressSpans } from './webAddresses.ts';
import { LISTED_NAME, namedOnlyInLists } from './documentProfile.ts';
import { type EvidenceRequest, isTimeTerm, MONEY_KIND_OF_TERM, sameTimeKind } from './evidenceRequest.ts';
import { isQuestionAcronym, personFactor, roleSpans } from './officeEvidence.ts';
import { columnHeadingTokens } from './tableColumns.ts';
import { wordsAround } from './wordsAround.ts';
import { datesOtherEndpoint, saysEndpoint } from './endpointWords.ts';
import { openingPlace } from '../language/placeOpenings.ts';

/**
 * How much a name counts when the question names its kind ("quel opérateur") and the passage does not
 * say it beside the name: "Altitude Infra, désigné opérateur leader" is an operator; "Les Sorbiers" may not be.
 */
const KIND_APART_FACTOR = 0.85;
/** The same when the name of that kind is asked ("le nom de la société délégataire"): below the evidence an answer needs. */
const NAMED_KIND_APART_FACTOR = 0.45;
const KIND_REACH = 3;

/**
 * Whether one of the question's kind nouns stands within a few words of a span, in the same clause, or
 * is part of it ("L’association Kéops Numérique": the name was found with its kind).
 */
function kindBeside(text: string, span: AnswerSpan, tokens: readonly AnalyzedToken[], typeTerms: ReadonlySet<string>): boolean {
  if (tokens.some((t) => t.start >= span.start && t.end <= span.end && typeTerms.has(t.term))) return true;
  const { before, after } = wordsAround(text, span, tokens, KIND_REACH, Infinity);
  return [...before, ...after].some((t) => typeTerms.has(t.term));
}

/**
 * How much an answer counts in a sentence that names none of the nouns the question is about and does
 * not refer back to them: "le projet représente 1,15 M€" may be the cost of the project, not of the sensors.
 */
const ABOUT_ELSE_FACTOR = 0.75;

/**
 * How much a figure or a name counts in a sentence that opens on a place of its own ("Dans la commune de
 * X, 470 locaux…", "À Y, le maire…") and says none of the names the question gives: a page on several communes
 * gives each its own figures.
 */
const OTHER_PLACE_FACTOR = 0.6;

/**
 * How much a date counts for "date limite" when nothing says it is one: a page on a call for projects
 * dates its launch in the sentence that says most of the question's words, and its deadline in a shorter one.
 */
const NOT_DEADLINE_FACTOR = 0.6;
// "avant le 15 octobre", "jusqu'au 8 novembre", "au plus tard le…", "d'ici au…", "by 15 October".
const DEADLINE_BEFORE =
  /(?:avant|jusqu'(?:a|au|en)?|au plus tard|d'ici(?: au| a| le)?|date limite|limite|cloture|clos|before|until|by|no later than|deadline)\s*(?:le |la |l'|fin |mi-|the )?$/;

/**
 * How much a date counts for "depuis quand" when nothing says something started then: an inauguration
 * dates the day of a ceremony, not the months the antenna has worked since.
 */
const NOT_SINCE_FACTOR = 0.6;
// "depuis avril 2022", "dès le 3 mars", "à compter du 1er juin", "mis en service le 11 septembre",
// "entrée en fonction fin février", "allumée le 4 mars", "since May"; "les boîtiers vendus après 2031
// fonctionnent": after a date, something holds from it on.
const SINCE_BEFORE =
  /(?:depuis|des|apres|a partir(?: d[ue'])?|a compter(?: d[ue'])?|(?:mise?s?|entree?s?) en (?:service|fonctionnement|fonction|route|vigueur)|ouverte?s?|allumee?s?|activee?s?|lancee?s?|since|from|after)\s*(?:le |la |l'|les |en |au |ce |cette |the |fin |debut |mi-)?$/;
// (a date span may hold its preposition: "depuis 2031", "jusqu'en 2031"; "d'ici l'été" says when
// something is expected, not a limit set)
const SINCE_OPENING = /^(?:depuis|des|apres|a partir d|a compter d|since|from|after)(?![\p{L}])/u;
const DEADLINE_OPENING = /^(?:avant|jusqu['’]\s*(?:a|au|en)?|until|before|by)(?![\p{L}])/u;

// "la date limite de dépôt des dossiers, fixée au 14 juin": the deadline named earlier in the clause, its date
// after a participle of setting.
/** Characters read before a date for a deadline named earlier in its clause. */
const DEADLINE_REACH = 150;
const DEADLINE_NAMED_BEFORE =
  /(?:date limite|date butoir|echeance|cloture|deadline)\b[^.;:!?]{0,90}\b(?:fixee?s?|arretee?s?|prevue?s?|programmee?s?|set|fixed)\s+(?:au|a|le|à|for|on)\s*$/;

/** How much an amount counts for a rate question when the sentence states no rate, and for a total question when it is said per item. */
const NO_RATE_FACTOR = 0.6;
/** An amount for a period asked ("mensuel") said for another period or for none: below the evidence an answer needs. */
const OTHER_PERIOD_FACTOR = 0.4;
// "par mois", "chaque poste", "par habitant", "mensuel", "/an": a rate; "par l'État" is an agent, not a rate.
// "prix unitaire", "à l'unité", "pièce", "chacun": a price per item.
const RATE_MARKER =
  /\b(?:par|chaque|pour chaque)\s+(?!l'|le\b|la\b|les\b|des\b|du\b|un\b|une\b|son\b|sa\b|ses\b|leur\b|leurs\b)\p{L}|\b(?:mensuel|annuel|hebdomadaire|quotidien|journalier|trimestriel|unitaire)|\b(?:a l'unite|la piece|chacune?)\b|\/\s*(?:mois|an|jour|semaine|habitant|prise|logement)\b/u;

// An amount said per item right after it: "une aide de 300 € par foyer", "45 €/mois", "20 euros chacun".
const PER_ITEM_AFTER =
  /^\s*(?:(?:de|d')\s*\p{L}+\s+)?(?:(?:par|chaque|pour chaque)\s+(?!l'|le\b|la\b|les\b|des\b|du\b|un\b|une\b|son\b|sa\b|ses\b|leur\b|leurs\b)\p{L}|\/\s*\p{L}|chacune?s?\b)/u;

// "l'État abondera à hauteur de 45 M€", "une participation de…", "dont 640 000 €", "17 M€ de plus":
// one party's share, or a difference, not the whole a total asks for.
const SHARE_BEFORE = /(?:a hauteur de|participation de|contribution de|apport de|dont)\s*$/;
const SHARE_AFTER = /^\s*(?:de plus|supplementaires?|en plus)(?![a-z])/;

/** Whether the amount `span` is said as a share of a whole, or as a difference. */
function saidAsShare(text: string, span: AnswerSpan): boolean {
  const before = foldedBefore(text, span.start, 30);
  const after = foldWord(text.slice(span.end, span.end + 20));
  return SHARE_BEFORE.test(before) || SHARE_AFTER.test(after);
}

/**
 * For a total asked ("combien en tout"), a figure the sentence does not mark as a whole counts this much: a
 * page often gives a part first and the whole after ("12 pour la commune… au total, 45").
 */
const TOTAL_UNMARKED_FACTOR = 0.9;

/** A total's weight: a share, a difference or a per-item figure is not one; an unmarked figure may be a part. */
function totalFactor(text: string, span: AnswerSpan): number {
  if (saidPerItem(text, span) || saidAsShare(text, span)) return NO_RATE_FACTOR;
  return saysTotal(foldWord(text)) ? 1 : TOTAL_UNMARKED_FACTOR;
}

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
 * Candidates for "combien…": counts, and ranks said of times ("la quatrième fois"); with no noun
 * counted, an amount too ("L'État met combien…") or a share ("de combien ont baissé…").
 */
function numberEvidence(text: string, tokens: readonly AnalyzedToken[], request: EvidenceRequest): AnswerSpan[] {
  // ("de combien a augmenté le trafic": "le trafic a triplé" says by how much)
  const change = request.change === true;
  const levels = countEvidence(text, tokens, request);
  // (a count in a sentence that says no change is a level: "1 200 dossiers reçus" for "de combien a augmenté")
  const said =
    change && !FRENCH_CHANGE_SAID.test(foldWord(text)) ? Array.from(levels, (s) => withStrength(s, s.strength * LEVEL_FOR_CHANGE)) : levels;
  const counts = [...said, ...(change ? multipleSpans(foldKeepingOffsets(text)) : [])];
  if (!request.counted)
    return [...counts, ...neighbouringFigures(text, tokens, AMOUNT_OR_SHARE, 0.8), ...timesByRank(text, tokens, request)];
  // A change of a count is said as a share as often as a count ("le nombre d'abonnés a augmenté de 6 %").
  const shares = change ? neighbouringFigures(text, tokens, ['percent'], CHANGE_AS_SHARE) : [];
  return [...counts, ...shares, ...timesByRank(text, tokens, request)];
}

/** How surely a count said with no word of change answers the change of a count asked: it may be a level. */
const LEVEL_FOR_CHANGE = 0.6;

/** How surely a share answers a change of a count asked: it may be the share of something else. */
const CHANGE_AS_SHARE = 0.8;

/** How surely a rank counts times: "pour la quatrième fois" is four times, the count "combien de fois" asks. */
const RANK_AS_TIMES = 0.9;

/** For "combien de fois": a rank said of "fois" ("pour la quatrième fois", "la 3e fois") is how many times. */
function timesByRank(text: string, tokens: readonly AnalyzedToken[], request: EvidenceRequest): AnswerSpan[] {
  if (!request.questionTerms.has(TIMES_TERM) || !tokens.some((t) => t.term === TIMES_TERM)) return [];
  const folded = foldKeepingOffsets(text);
  const ranks = spansOfType(text, tokens, 'ordinal').filter((s) => /^\s+fois(?![\p{L}])/u.test(folded.slice(s.end, s.end + 8)));
  return Array.from(ranks, (s) => withStrength(s, RANK_AS_TIMES));
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

// People of a kind something is for: "pour les riverains isolés", "destinés aux seniors", "à l'intention des familles".
const PEOPLE = Array.from([...FRENCH_PEOPLE_NOUNS, ...FRENCH_PEOPLE_WORDS, 'familles', 'entreprises', 'associations', 'communes'], (w) =>
  foldWord(w),
).join('|');
const FOR_PEOPLE = new RegExp(
  `(?<![\\p{L}])(?:pour (?:les|des|ces|nos|vos|leurs)|aux|(?:a destination|a l'intention|au profit|au service) des|destine(?:e|s|es)? aux)\\s+((?:${PEOPLE})(?![\\p{L}])(?:\\s+[\\p{L}-]+)?)`,
  'gu',
);

/**
 * How surely a figure of a neighbouring kind answers. For keywords, whose kind of figure is a guess from a
 * noun ("financement conseil départemental" asks an amount; the page says "financé à 38 %"), a share or an
 * amount (NEIGHBOURING_FIGURE). For "quelle part du coût", an amount, less surely than a share in words
 * ("les deux tiers", 0.8): the sum of the whole plan is no part of it (AMOUNT_FOR_SHARE, above the bar).
 */
const NEIGHBOURING_FIGURE = 0.75;
const AMOUNT_FOR_SHARE = 0.6;
const AMOUNT_OR_SHARE: readonly AnswerType[] = ['money', 'percent'];

/** The spans of the given kinds of figure, as answers of a neighbouring kind (counted `factor`). */
function neighbouringFigures(text: string, tokens: readonly AnalyzedToken[], kinds: readonly AnswerType[], factor: number): AnswerSpan[] {
  return kinds.flatMap((t) => Array.from(spansOfType(text, tokens, t), (s) => withStrength(s, s.strength * factor)));
}

/** How surely a name answers "pour qui": half as surely as the people of a kind something is for. */
const NAME_FOR_WHOM = 0.5;

/** The people a sentence says something is for ("pour les riverains isolés"), as answers to "pour qui". */
function peopleServed(text: string): AnswerSpan[] {
  const folded = foldKeepingOffsets(text);
  return Array.from(folded.matchAll(FOR_PEOPLE), (m) => {
    const start = m.index + m[0].length - m[1]!.length;
    return answerSpan(start, start + m[1]!.length, 1);
  });
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
  /** For a list of items between semicolons, the items that say a name of the question (others hold other items' figures). */
  namedItems?: readonly (readonly [number, number])[];
  /**
   * What the sentence's time and place do to its figures: another month or year than the question's
   * (OTHER_TIME_FACTOR), what has been done when what is still to come is asked (DONE_FOR_FUTURE),
   * another place than the one asked (OTHER_PLACE_FACTOR); 1 when none.
   */
  settingFactor: number;
  /** The stretches of the sentence that say what would be rather than what is (HYPOTHETICAL_FACTOR on figures in them). */
  supposed: readonly (readonly [number, number])[];
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
  // A kind of thing has no span of its own; its name, when its name is asked, has (givenNames), and so
  // have the members a sentence lists of the kind the question names ("quelles écoles").
  const other = request.answerType === 'other';
  const nothingOfItsOwn = other && request.nameAsked !== true && request.ownerAsked !== true && request.kindTerms.size === 0;
  if (nothingOfItsOwn || /\?\s*["»”]?\s*$/.test(text)) return undefined;
  const spans = candidateSpans(text, tokens, request);
  // Most sentences hold no candidate of the kind asked: no need to read them further.
  if (spans.length === 0) return undefined;
  const sentence = readSentence(text, tokens, request);
  let best: AnswerSpan | undefined;
  for (const span of spans) {
    if (inQuestionAsked(text, span)) continue;
    const strength = weighSpan(text, span, sentence, request);
    if (!best || strength > best.strength) best = withStrength(span, strength);
  }
  return best;
}

/**
 * Whether a span stands in a question the text asks ("« et si 30 foyers seulement signent, on paie pour
 * combien ? », questionne une élue"): a figure in a question is a supposition, not a fact. A question
 * quoted after the span is a title, not the span's ("lancée en mai 2024, l'appli « On se connecte ? »").
 */
function inQuestionAsked(text: string, span: AnswerSpan): boolean {
  return /^[^.!?;«"“]*\?/.test(text.slice(span.end));
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

/**
 * A thing's name when its name is asked ("comment s'appelle…": given by a verb of naming, else said beside
 * the thing's noun), else the members listed of the kind asked ("quelles écoles").
 */
function namesOfThings(text: string, tokens: readonly AnalyzedToken[], request: EvidenceRequest): AnswerSpan[] {
  const members = namedMembers(text, tokens, request.kindTerms);
  return request.nameAsked === true ? [...givenNameSpans(text), ...members] : members;
}

/** Candidates of another's doing or counting than the question's: who did another act, a count of another name. */
function weighedByWhose(text: string, tokens: readonly AnalyzedToken[], found: AnswerSpan[], request: EvidenceRequest): AnswerSpan[] {
  if (doesOtherAct(tokens, request)) return Array.from(found, (s) => withStrength(s, s.strength * AGENT_OF_ANOTHER_ACT));
  if (request.answerType !== 'number' || request.nameTerms.size === 0) return found;
  return Array.from(found, (s) => (countOfOtherName(text, s, request) ? withStrength(s, s.strength * COUNT_OF_OTHER_NAME) : s));
}

/**
 * How much a count counts when the name it is said of, in apposition, is another than the question's ("avec 250
 * salariés, la Fromagerie X a été raccordée" for the staff of the operator asked): below the bar.
 */
const COUNT_OF_OTHER_NAME = 0.45;
// The count's noun phrase, a comma, then a name of two capitalised words or more: "250 salariés, la Fromagerie
// des Causses" (not "le Groupe", a capitalised noun for a body already named).
const APPOSED_NAME =
  /^[^.;:,!?]{0,30},\s+(?:(?:la|le|les)\s+|l['’]\s*)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:de|du|des|d['’])?\s*\p{Lu}[\p{L}'’-]*)+)/u;

function countOfOtherName(text: string, span: AnswerSpan, request: EvidenceRequest): boolean {
  const apposed = APPOSED_NAME.exec(text.slice(span.end, span.end + 90));
  if (!apposed) return false;
  return !analyzeFrenchTerms(apposed[1]!).some((t) => request.nameTerms.has(t));
}

/**
 * "Who paid for the mast?": "Orange, SFR et Free Mobile y ont installé leurs antennes" names who did
 * something else there; "supporté par les opérateurs" says who paid. A person or body in a sentence
 * that does not say the act asked answers less surely (still above the bar: the act may be said before).
 */
const AGENT_OF_ANOTHER_ACT = 0.8;

function doesOtherAct(tokens: readonly AnalyzedToken[], request: EvidenceRequest): boolean {
  if (request.answerType !== 'person' && request.answerType !== 'organisation') return false;
  return request.actionTerms.size > 0 && !tokens.some((t) => request.actionTerms.has(t.term));
}

/** Kinds of answer given by a name. */
const NAMED_TYPES: ReadonlySet<AnswerType> = new Set(['person', 'organisation', 'place']);

/** The names found less those of things ("LED", "WiFi", "4G"): "dotés de LED" names no company. */
function withoutThings(text: string, found: AnswerSpan[], request: EvidenceRequest): AnswerSpan[] {
  const things = request.thingNames;
  if (!NAMED_TYPES.has(request.answerType) || !things || things.size === 0) return found;
  return found.filter((s) => !things.has(foldWord(text.slice(s.start, s.end))));
}

/** The candidates of the kind asked for, less those that only repeat a name the question gives. */
function candidateSpans(text: string, tokens: readonly AnalyzedToken[], request: EvidenceRequest): AnswerSpan[] {
  const { answerType } = request;
  // "Qui est Marie Durand ?" asks the role her sentence gives her, not another person's name.
  if (request.identity === true) return roleSpans(text, tokens, request.holderTerms ?? request.nameTerms, request.namedBefore === true);
  let found =
    answerType === 'number'
      ? numberEvidence(text, tokens, request)
      : answerType === 'other'
        ? namesOfThings(text, tokens, request)
        : [...spansOfType(text, tokens, answerType)];
  found = withoutThings(text, found, request);
  // (by kind first: a year lifted for "quelle année" is still lowered when the question asks a start it is not)
  found = weighedByKind(text, tokens, found, request);
  if (weighsAsAsked(request)) found = Array.from(found, (s) => weighedAsAsked(text, s, tokens, request));
  if (answerType === 'definition') found.push(...appositions(text, tokens, request.subjectTerms));
  found = weighedByWhose(text, tokens, found, request);
  // Whom something is for is seldom one person's name: people of a kind answer first.
  if (request.beneficiary === true)
    found = [...Array.from(found, (s) => withStrength(s, s.strength * NAME_FOR_WHOM)), ...peopleServed(text)];
  if (request.keywords === true && FIGURE_TYPES.has(answerType))
    found.push(
      ...neighbouringFigures(
        text,
        tokens,
        AMOUNT_OR_SHARE.filter((t) => t !== answerType),
        NEIGHBOURING_FIGURE,
      ),
    );
  if (request.shareOfMoney === true) found.push(...neighbouringFigures(text, tokens, ['money'], AMOUNT_FOR_SHARE));
  if (request.priceAsked === true) found = Array.from(found, (s) => priceWeighed(text, s, tokens, request));
  if (request.ownerAsked === true) found.push(...ownerSpans(text));
  if (answerType === 'place' && request.placeAsked) found = asPlaceAsked(text, found, request.placeAsked);
  // "Quel est le nom de la société…": a name, written with its capital, not "le syndicat".
  if (request.nameAsked === true) found = found.filter((s) => /^\P{Ll}/u.test(text.slice(s.start, s.end)));
  // A cause is told by a connective ("étant donné", "en raison de"): the words of one are no echo of the question's.
  const answers = answerType === 'reason' ? found : found.filter((s) => !isQuestionEcho(text, s, tokens, request));
  // A web address spells the name it is of ("data.exemple.fr" for the portal of Exemple): no echo.
  if (request.onlineAddressAsked === 'mail') return [...answers, ...mailAddressSpans(text)];
  return request.onlineAddressAsked === 'web' ? [...answers, ...webAddressSpans(text)] : answers;
}

/** Candidates weighed by what their kind asks of them: dates by the time asked, ranks and lengths by what they are of. */
function weighedByKind(text: string, tokens: readonly AnalyzedToken[], found: AnswerSpan[], request: EvidenceRequest): AnswerSpan[] {
  if (request.answerType === 'date') return weighDates(text, tokens, found, request);
  if (request.answerType === 'organisation')
    return Array.from(found, (s) => (citedAsSource(text, s) ? withStrength(s, s.strength * SOURCE_OF_NEWS) : s));
  const measured = MEASURED_NOUN[request.answerType];
  if (!measured) return found;
  return Array.from(found, (s) =>
    measuresOtherThing(text, s, request, measured) ? withStrength(s, s.strength * OTHER_THING_MEASURED) : s,
  );
}

/** How much a body counts that a sentence cites as its source ("Selon Le Télégramme, …"): it reports the fact, it did not do it. */
const SOURCE_OF_NEWS = 0.6;
const SOURCE_BEFORE = /(?:^|[^a-z])(?:selon|d'apres|according to)\s+(?:la\s+|le\s+|les\s+|l'\s*|the\s+)?$/;

function citedAsSource(text: string, span: AnswerSpan): boolean {
  return SOURCE_BEFORE.test(foldedBefore(text, span.start, 24));
}

/**
 * How much a rank or a length counts when it is of a thing the question does not name: "une deuxième
 * version de la carte" for "à quel rang", "dix mois de discussions" for how long a contract lasts.
 */
const OTHER_THING_MEASURED = 0.75;
/**
 * Where a rank or a length says what it is of, and the nouns that say nothing of it: "la 2e région", "une
 * deuxième version" (the noun right after a rank; "en 3e position", "la 2e fois" rank nothing); "dix mois de
 * discussions", "deux ans d’études" (the noun after "de" a length is said of).
 */
interface MeasuredNoun {
  /** The noun the measure is said of, right after it. */
  after: RegExp;
  /** Terms of nouns that say nothing of what is measured. */
  neutral: ReadonlySet<string>;
}
const MEASURED_NOUN: Partial<Record<AnswerType, MeasuredNoun>> = {
  ordinal: { after: /^\s+(\p{Ll}[\p{L}-]*)/u, neutral: new Set(analyzeFrenchTerms(FRENCH_RANK_NOUNS.join(' '))) },
  duration: { after: /^\s+d(?:e|['’])\s*(\p{Ll}[\p{L}-]*)/u, neutral: new Set() },
};

/** Characters after a rank or a length read for its noun ("de" and one word). */
const MEASURED_NOUN_REACH = 60;

/** Whether a rank or a length is said of a noun the question does not say (nor one of those that say nothing). */
function measuresOtherThing(text: string, span: AnswerSpan, request: EvidenceRequest, measured: MeasuredNoun): boolean {
  const noun = measured.after.exec(text.slice(span.end, span.end + MEASURED_NOUN_REACH))?.[1];
  if (noun === undefined || FRENCH_STOPWORDS.has(foldWord(noun))) return false;
  return !analyzeFrenchTerms(noun).some((t) => request.questionTerms.has(t) || measured.neutral.has(t));
}

/** Dates weighed by what the question asks of them: the day of the release, a year, a day of the week, a season. */
function weighDates(text: string, tokens: readonly AnalyzedToken[], spans: AnswerSpan[], request: EvidenceRequest): AnswerSpan[] {
  let found = Array.from(spans, (s) => (inDateline(text, s) ? withStrength(s, s.strength * datelineFactor(tokens, request)) : s));
  // (a sentence that tells only what was done dates what was done: "En 2017, TDF avait annoncé…")
  if (request.timeAsked === 'to-come') {
    const done = tellsOnlyDone(text);
    found = Array.from(found, (s) =>
      done || saidAsPast(text, s, request.documentYear) ? withStrength(s, s.strength * PAST_FOR_FUTURE) : s,
    );
  }
  // "Quel jour passe le bus ?" asks a day of the week: "le mardi" answers it, as it answers no other date question.
  if (request.dateUnitAsked === 'day') found = Array.from(found, (s) => withStrength(s, dayFactor(text, s)));
  if (request.dateUnitAsked === 'season')
    found = Array.from(found, (s) => withStrength(s, isSeasonal(text, s) ? SEASON_ASKED : s.strength * DATED_FOR_SEASON));
  if (request.dateUnitAsked === 'year') found = Array.from(found, (s) => withStrength(s, yearFactor(text, s)));
  return found;
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
 * "Quand le réseau sera-t-il achevé ?" on a page of February 2025: "à la fin de l'année 2024" is what was
 * done, not what is to come; so is "le 11 décembre dernier". A date said as past counts this much.
 */
const PAST_FOR_FUTURE = 0.6;

// "le 11 décembre dernier", "l'an passé": a date its own words put in the past.
const PAST_AFTER = /^\s*(?:dernier|derniere|passe|passee)(?![a-z])/;
const PAST_SAID = /(?:^|\s)(?:l'an|l'annee) (?:dernier|derniere|passee?)$/;

/** Whether a date is past for a question about what is to come: said as past, or of a year before its page's. */
function saidAsPast(text: string, span: AnswerSpan, documentYear: number | undefined): boolean {
  if (documentYear !== undefined && yearSaid(text, span) < documentYear) return true;
  const said = foldWord(text.slice(span.start, span.end));
  return PAST_SAID.test(said) || PAST_AFTER.test(foldWord(text.slice(span.end, span.end + 12)));
}

/** The year a date span says (Infinity when it says none: "le 3 mars" may be any year). */
function yearSaid(text: string, span: AnswerSpan): number {
  const year = YEAR_OF_ANY_CENTURY.exec(text.slice(span.start, span.end));
  return year ? Number(year[0]) : Infinity;
}

/**
 * Whether a span says a thing is free ("le raccordement est gratuit", "des ateliers gratuits"): the
 * adjective, said of the thing; the adverb only after a verb of the question's ("raccorder gratuitement"
 * for what a connection costs): "aide gratuitement" says how someone acts, not what anything costs.
 */
function isFree(text: string, span: AnswerSpan, tokens: readonly AnalyzedToken[], request: EvidenceRequest): boolean {
  const word = foldWord(text.slice(span.start, span.end));
  if (/^gratuite?s?$/.test(word)) return true;
  if (word !== 'gratuitement') return false;
  let before: AnalyzedToken | undefined;
  for (const t of tokens) if (t.end <= span.start) before = t;
  return before !== undefined && request.wordTerms.has(before.term);
}

/** How much a name counts when a building is asked: the town it stands in ("de Saint-Nazaire"), seldom the building. */
const NAME_FOR_BUILDING = 0.5;

/** How much a place that is no street ("à Villé") counts when an address is asked: the town is half of it. */
const TOWN_FOR_ADDRESS = 0.5;
/** A street without its number ("place du Marché") is most of an address. */
const STREET_FOR_ADDRESS = 0.8;

/** The places of a sentence weighed as the kind of place asked: a street for an address; a building said by its noun. */
function asPlaceAsked(text: string, found: AnswerSpan[], asked: 'address' | 'building' | 'commune'): AnswerSpan[] {
  if (asked === 'address') return Array.from(found, (s) => withStrength(s, s.strength * addressFactor(text, s)));
  // "Quelles communes…": "en France", "dans le Cantal" say where they are, not which they are.
  if (asked === 'commune')
    return Array.from(found, (s) => (isWiderThanCommune(text.slice(s.start, s.end)) ? withStrength(s, s.strength * WIDER_FOR_COMMUNE) : s));
  return [...Array.from(found, (s) => withStrength(s, s.strength * NAME_FOR_BUILDING)), ...buildingPhrases(text)];
}

/** How much a département, a région or a country counts when communes are asked. */
const WIDER_FOR_COMMUNE = 0.4;

function addressFactor(text: string, span: AnswerSpan): number {
  if (saidAsAddress(text, span.start)) return 1;
  return saidAsStreet(text, span.start) ? STREET_FOR_ADDRESS : TOWN_FOR_ADDRESS;
}

const WEEKDAY = new RegExp(`^(?:${FRENCH_WEEKDAYS.join('|')})s?$`);
/** How surely a day of the week answers "quel jour": below a full date said with it ("mardi 3 mars", 1). */
const WEEKDAY_ASKED = 0.9;
/** How much a date that says no day ("en septembre 2019") counts when the day is asked. */
const DAYLESS_FOR_DAY = 0.6;

// A day of the month in a date, its year set aside: "le 12 septembre", "1er mars 2024".
const DAY_OF_MONTH = /(?:^|\D)(?:1er|\d{1,2})(?:\D|$)/;

function dayFactor(text: string, span: AnswerSpan): number {
  if (isWeekday(text, span)) return WEEKDAY_ASKED;
  const said = text.slice(span.start, span.end).replace(/(?:19|20)\d{2}/g, '');
  return DAY_OF_MONTH.test(said) ? span.strength : span.strength * DAYLESS_FOR_DAY;
}

/** How much a date that says no year ("le 15 juin") counts when the year is asked: only its page's date would say it. */
const YEARLESS_FOR_YEAR = 0.6;
/** How surely a year said alone ("cette année 2019") answers "quelle année": it is all that is asked. */
const YEAR_FOR_YEAR = 0.9;

/** A date's strength when its year is asked: a year alone answers it fully, a date without one hardly. */
function yearFactor(text: string, span: AnswerSpan): number {
  if (yearSaid(text, span) === Infinity) return span.strength * YEARLESS_FOR_YEAR;
  return YEAR_ALONE.test(foldWord(text.slice(span.start, span.end))) ? Math.max(span.strength, YEAR_FOR_YEAR) : span.strength;
}

// A year alone, after the preposition that places something in it or from it ("en 2031", "depuis 1847", "dès 2031").
const YEAR_ALONE = new RegExp(`^(?:(?:en|depuis|des|a partir de|a compter de)\\s+)?${ANY_CENTURY_YEAR}$`);

/**
 * "À quelle période de l'année", "quelle saison": a time of every year ("l'été", "les fêtes de fin
 * d'année") answers it, as surely as a weekday answers "quel jour"; a dated event less.
 */
const SEASON_ASKED = 0.9;
const DATED_FOR_SEASON = 0.6;
const SEASONAL = new RegExp(`(?:^|[\\s'])(?:${FRENCH_YEARLY_TIMES.join('|')})(?![\\p{L}])`, 'u');

function isSeasonal(text: string, span: AnswerSpan): boolean {
  const said = foldWord(text.slice(span.start, span.end));
  return yearSaid(text, span) === Infinity && SEASONAL.test(said);
}

function isWeekday(text: string, span: AnswerSpan): boolean {
  return WEEKDAY.test(foldWord(text.slice(span.start, span.end)));
}

/**
 * How surely a sum answers a price asked ("quel est le prix de l'abonnement"): wholly when the sentence
 * says the thing is free; as what is invested or funded ("15,6 millions d'euros ont été investis"), it is
 * what the works cost their funders, no price anyone pays (OTHER_SUM_FACTOR), when the question asks a price by its noun.
 */
function priceWeighed(text: string, span: AnswerSpan, tokens: readonly AnalyzedToken[], request: EvidenceRequest): AnswerSpan {
  if (isFree(text, span, tokens, request)) return withStrength(span, 1);
  // (asked by its noun: "combien a coûté le pylône" is answered by what was invested in it)
  const priceNoun = [...PRICE_NOUN_TERMS].some((t) => request.echoTerms?.has(t));
  return priceNoun && saidInvested(text, span, tokens) ? withStrength(span, span.strength * OTHER_SUM_FACTOR) : span;
}

const PRICE_NOUN_TERMS: ReadonlySet<string> = new Set(analyzeFrenchTerms(FRENCH_PRICE_NOUNS.join(' ')));
const INVESTED_TERMS: ReadonlySet<string> = new Set(analyzeFrenchTerms(FRENCH_INVESTED_WORDS.join(' ')));

/** Whether the clause of a sum says it is invested or funded, before or after it. */
function saidInvested(text: string, span: AnswerSpan, tokens: readonly AnalyzedToken[]): boolean {
  return tokens.some((t) => {
    if (!INVESTED_TERMS.has(t.term)) return false;
    const between = t.end <= span.start ? text.slice(t.end, span.start) : text.slice(span.end, t.start);
    return between.length <= SUM_NOUN_REACH && !/[.;:!?]/.test(between);
  });
}

/** Whether the question asks something of its answer that weighedAsAsked weighs. */
function weighsAsAsked(request: EvidenceRequest): boolean {
  return Boolean(request.deadline || request.since || request.delay || request.endpoint || request.maximum || request.moneyKinds?.size);
}

/**
 * A candidate weighed by what the question asks of it: a deadline (NOT_DEADLINE_FACTOR when nothing says
 * it is one; so too a date of the start of something when its end is asked, or the reverse), a ceiling
 * (NOT_CEILING_FACTOR), a kind of sum (OTHER_SUM_FACTOR when it is of another); a time counted from something
 * ("trois semaines après") lifted to a sure answer when a delay is asked.
 */
function weighedAsAsked(text: string, span: AnswerSpan, tokens: readonly AnalyzedToken[], request: EvidenceRequest): AnswerSpan {
  let strength = weighedAsTimeAsked(text, span, tokens, request);
  const ceiling = request.maximum && saidAsCeiling(text, span);
  if (request.maximum && !ceiling) strength *= NOT_CEILING_FACTOR;
  const sums = request.answerType === 'money' ? request.moneyKinds : undefined;
  // (a ceiling asked and said bounds the sentence's sum, whatever noun stands nearest: "prend en charge 30 % de
  // la facture, dans la limite de 6 000 €")
  if (sums?.size && !ceiling && isOtherSum(text, span, tokens, sums)) strength *= OTHER_SUM_FACTOR;
  else if (sums?.size && ![...sums].some((k) => BROAD_MONEY_KINDS.has(k)) && !saysKindOfSum(text, tokens, sums))
    strength *= UNSAID_SUM_FACTOR;
  return strength === span.strength ? span : withStrength(span, strength);
}

/** The strength of a time weighed by what the question asks of it: a deadline, a start, a delay, an end. */
function weighedAsTimeAsked(text: string, span: AnswerSpan, tokens: readonly AnalyzedToken[], request: EvidenceRequest): number {
  let strength = span.strength;
  if (request.deadline && !saidAsDeadline(text, span) && !endDatedAsAsked(tokens, span, request)) strength *= NOT_DEADLINE_FACTOR;
  if (request.since && !saidAsStart(text, span, tokens)) strength *= NOT_SINCE_FACTOR;
  if (request.delay && saidAsDelay(text, span)) strength = Math.max(strength, 1);
  // (the date's own words are no end of anything: "le dernier trimestre 2026")
  if (request.endpoint && datesOtherEndpoint(outside(tokens, span), request.endpoint)) strength *= NOT_DEADLINE_FACTOR;
  return strength;
}

/** How many words before a date may say the end it dates ("devrait être achevé à la fin du…"). */
const END_VERB_REACH = 5;

/**
 * Whether the end a question asks the deadline of is said just before the date ("by when should it be
 * completed" — "devrait être achevé à la fin du premier semestre"): the date it is due to end is the deadline.
 */
function endDatedAsAsked(tokens: readonly AnalyzedToken[], span: AnswerSpan, request: EvidenceRequest): boolean {
  if (request.endpoint !== 'end') return false;
  const before = tokens.filter((t) => t.end <= span.start).slice(-END_VERB_REACH);
  return saysEndpoint(before, 'end');
}

/** The words of a sentence outside a span. */
function outside(tokens: readonly AnalyzedToken[], span: AnswerSpan): AnalyzedToken[] {
  return tokens.filter((t) => t.end <= span.start || t.start >= span.end);
}

// "cinq jours après", "deux mois plus tard": a time counted from something (answerEvidence counts it less
// for a plain duration).
const COUNTED_FROM = /(?:apres|avant|plus tard|plus tot|after|later|before|earlier)$/;

// "dans huit mois", "d'ici deux ans": a time counted from now.
const COUNTED_FROM_NOW = /(?:^|[^\p{L}])(?:dans|d'ici|within|in)\s+$/u;

function saidAsDelay(text: string, span: AnswerSpan): boolean {
  return COUNTED_FROM.test(foldWord(text.slice(span.start, span.end))) || COUNTED_FROM_NOW.test(foldedBefore(text, span.start, 12));
}

/**
 * How much an amount counts when the noun it is said of names another kind of sum than the question
 * ("une demande de rançon de 150 000 euros" for what the repairs cost; "le coût des travaux" for a compensation).
 * Below the bar of evidence: at 0.5, the sum of a security plan answered what ransom was asked.
 */
const OTHER_SUM_FACTOR = 0.4;
/** Characters before an amount in which the noun it is said of stands ("le coût total des travaux est estimé à"). */
const SUM_NOUN_REACH = 100;

function isOtherSum(text: string, span: AnswerSpan, tokens: readonly AnalyzedToken[], asked: ReadonlySet<string>): boolean {
  const after = kindNamedAfter(text, span, tokens);
  const before = kindsNamedBefore(text, span, tokens);
  const kind = after ?? before.at(-1);
  if (kind === undefined || asked.has(kind)) return false;
  if (!BROAD_MONEY_KINDS.has(kind)) return true;
  // ("le loyer coûte 260 euros": what the sum asked costs is that sum)
  return !mayBeSumAsked(kind, asked) && !(after === undefined && before.some((k) => asked.has(k)));
}

// "35 000 € d'aide", "3 M€ de subventions": the noun right after an amount says what sum it is, whatever the sentence said before.
const OF_AFTER_AMOUNT = /^\s*(?:d['’]|de\s+|des\s+)$/;

function kindNamedAfter(text: string, span: AnswerSpan, tokens: readonly AnalyzedToken[]): string | undefined {
  const next = tokens.find((t) => t.start >= span.end);
  if (!next || !OF_AFTER_AMOUNT.test(text.slice(span.end, next.start))) return undefined;
  return MONEY_KIND_OF_TERM.get(next.term);
}

/** The kinds of sum the sum nouns shortly before an amount, in its clause, name, in order. */
function kindsNamedBefore(text: string, span: AnswerSpan, tokens: readonly AnalyzedToken[]): string[] {
  const kinds: string[] = [];
  for (const t of tokens) {
    if (t.end > span.start) break;
    if (t.start < span.start - SUM_NOUN_REACH || /[.;:!?]/.test(text.slice(t.end, span.start))) continue;
    const kind = MONEY_KIND_OF_TERM.get(t.term);
    if (kind !== undefined) kinds.push(kind);
  }
  return kinds;
}

/**
 * How much an amount counts when the question asks a sum of a narrow kind (a ransom, a fine, a
 * compensation, a rent) and its sentence never names that kind: what it is the amount of is unsaid,
 * and the page's other sums (a budget, a deductible, the losses) are far more common. Below the bar.
 */
const UNSAID_SUM_FACTOR = 0.45;

/**
 * Whether a sentence names one of the kinds of sum asked ("rançon", "amende"); a rent or a subscription
 * is said by its period too ("29 € par mois", "un loyer annuel").
 */
function saysKindOfSum(text: string, tokens: readonly AnalyzedToken[], asked: ReadonlySet<string>): boolean {
  if (tokens.some((t) => asked.has(MONEY_KIND_OF_TERM.get(t.term) ?? ''))) return true;
  return asked.has('rent') && ratePeriodsSaid(foldWord(text)).length > 0;
}

/** How much an amount counts for "jusqu'à combien" when nothing says it is a ceiling ("un montant moyen de 318 €"). */
const NOT_CEILING_FACTOR = 0.85;
// "jusqu'à 600 €", "au maximum 3 000 €", "plafonnée à 500 €", "dans la limite de 2 M€", "up to €600".
const CEILING_BEFORE =
  /(?:jusqu'(?:a|au)|au maximum|maximum de|maximale de|maximal de|au plus|plafonnee?s? a|plafond de|dans la limite de|limitee?s? a|up to|at most|capped at|maximum of)\s*(?:de\s+)?$/;

// "800 euros maximum", "600 € au plus", "€600 at most": the bound said after the amount.
const CEILING_AFTER = /^\s*(?:maximum|maxi(?:mal)?|max\b|au plus(?! tard)|at (?:the )?most)/;

/** Whether the words right before or after an amount say it is the most that may be reached. */
function saidAsCeiling(text: string, span: AnswerSpan): boolean {
  return CEILING_BEFORE.test(foldedBefore(text, span.start, 30)) || CEILING_AFTER.test(foldWord(text.slice(span.end, span.end + 16)));
}

/** Whether a date is said as where something started: after "depuis", "dès" (before it or in it), or in a sentence saying a start. */
function saidAsStart(text: string, span: AnswerSpan, tokens: readonly AnalyzedToken[]): boolean {
  return (
    SINCE_BEFORE.test(foldedBefore(text, span.start, 30)) ||
    SINCE_OPENING.test(foldWord(text.slice(span.start, span.end))) ||
    saysEndpoint(tokens, 'start')
  );
}

/** Whether the words before a date, or its own first one, say it is a deadline ("avant le", "jusqu'en 2031", "date limite… fixée au"). */
function saidAsDeadline(text: string, span: AnswerSpan): boolean {
  if (DEADLINE_OPENING.test(foldWord(text.slice(span.start, span.end)))) return true;
  // (both patterns end at the date: one folded stretch serves them)
  const before = foldedBefore(text, span.start, DEADLINE_REACH);
  return DEADLINE_BEFORE.test(before) || DEADLINE_NAMED_BEFORE.test(before);
}

/** Whether a sum is said as a price ("à un tarif de 190 €"): of one item, whatever the sentence calls it. */
function saysPrice(tokens: readonly AnalyzedToken[], answerType: AnswerType): boolean {
  return answerType === 'money' && tokens.some((t) => PRICE_NOUN_TERMS.has(t.term));
}

function readSentence(text: string, tokens: readonly AnalyzedToken[], request: EvidenceRequest): SentenceReading {
  const { answerType } = request;
  // "combien par mois": an amount said per nothing ("170 millions d'euros") is a total, not the rate asked for.
  const rateAsked = request.perTerms.size > 0 && (answerType === 'money' || answerType === 'number');
  // Folded only when a rate is asked for: most questions ask none, and this runs for every candidate sentence.
  const folded = rateAsked || request.period !== undefined ? foldWord(text) : '';
  const statesNoRate = rateAsked && !RATE_MARKER.test(folded) && !saysPrice(tokens, answerType);
  // "le prix mensuel" and "100 € par prise", "210 000 euros par an" or a total: not per the month asked.
  const otherPeriod = request.period !== undefined && !ratePeriodsSaid(folded).includes(request.period);
  const aboutElse =
    request.subjectTerms.size > 0 &&
    !tokens.some((t) => request.subjectTerms.has(t.term)) &&
    !leansOnPrevious(text) &&
    !opensOnScheme(text) &&
    !request.subjectAbove &&
    !((request.countedAbove ?? 0) > 0 && ELIDED_COUNT.test(foldWord(text)));
  const namesKind = request.typeTerms.size > 0 && NAMED_TYPES.has(answerType);
  const wordsHere = tokens.some((t) => request.wordTerms.has(t.term));
  const rate = otherPeriod ? OTHER_PERIOD_FACTOR : statesNoRate ? NO_RATE_FACTOR : 1;
  const namesListed = request.untitledNameTerms !== undefined && namedOnlyInLists(text, tokens, request.untitledNameTerms);
  const namedItems = itemsNaming(text, tokens, request.nameTerms);
  const setting = timeFactor(text, tokens, request) * (opensElsewhere(text, tokens, request) ? OTHER_PLACE_FACTOR : 1);
  const supposed = supposingStretches(text);
  return { tokens, wordsHere, rate, aboutElse, namesKind, namesListed, namedItems, settingFactor: setting, supposed };
}

/**
 * Whether a sentence opens on a place of its own and says none of the names the question gives
 * (OTHER_PLACE_FACTOR) — for a place asked, none of the places it gives: "Dans l'Aube, où…" is not
 * answered by "Du côté du Tarn, …", though a place may answer "où Numéris a-t-elle posé…".
 */
function opensElsewhere(text: string, tokens: readonly AnalyzedToken[], request: EvidenceRequest): boolean {
  const given = request.answerType === 'place' ? request.placeTerms : request.nameTerms;
  return given !== undefined && given.size > 0 && openingPlace(text) !== undefined && !tokens.some((t) => given.has(t.term));
}

/** The product of the factors a sentence's time puts on its figures (see SentenceReading.settingFactor). */
function timeFactor(text: string, tokens: readonly AnalyzedToken[], request: EvidenceRequest): number {
  const other = saysOtherTime(text, tokens, request) ? OTHER_TIME_FACTOR : 1;
  return other * (tellsOtherTime(text, tokens, request) ? OTHER_TENSE_FACTOR : 1);
}

/**
 * How much a figure counts when its sentence tells only what has been done and what is still to come is
 * asked, or the other way round ("table sur 70 000 abonnés fin 2027" for "combien d'abonnés à ce jour"),
 * or tells how things are now when how they were at first is asked. Under 0.75, so that a figure of the time
 * asked standing a little further from the question's words still outranks it.
 */
const OTHER_TENSE_FACTOR = 0.7;

function tellsOtherTime(text: string, tokens: readonly AnalyzedToken[], request: EvidenceRequest): boolean {
  if (request.answerType === 'date') return false;
  if (request.timeAsked === 'to-come') return tellsOnlyDone(text);
  if (request.timeAsked === 'at-first') {
    const folded = foldWord(text);
    // (nor what is still to come: "s'engage à publier 300 jeux d'ici 2027" is no figure of the opening)
    return (NOW.test(folded) || tellsOnlyToCome(text, tokens, request.documentYear)) && !AT_FIRST.test(folded);
  }
  return request.timeAsked === 'so-far' && (tellsOnlyToCome(text, tokens, request.documentYear) || tellsPastState(foldWord(text)));
}

// "Jusqu'ici, les écoles devaient se contenter de l'ADSL": until now in the imperfect tells how things
// were before what the page reports ("jusqu'ici, 500 prises ont été posées" is a count so far).
const UNTIL_NOW = /(?<![\p{L}])(?:jusqu'(?:ici|alors)|jusque-la)(?![\p{L}])/u;
const IMPERFECT = /(?<![\p{L}])[a-z]{2,}(?:ait|aient)(?![\p{L}])/u;

function tellsPastState(folded: string): boolean {
  return PAST_PERIOD.test(folded) || PLUPERFECT.test(folded) || (UNTIL_NOW.test(folded) && IMPERFECT.test(folded));
}
// "L'opérateur avait proposé un autre site": the pluperfect tells what came before what the page reports.
const PLUPERFECT =
  /(?<![\p{L}])(?:avait|avaient)\s+(?:(?:deja|pas|bien|ete)\s+)*[a-z]{2,}(?:e|ee|es|ees|i|ie|is|ies|u|ue|us|ues|it|its)(?![\p{L}])/u;
// "l'an dernier", "l'année précédente", "à l'époque": a figure of a period before the one the page speaks of, not of now.
const PAST_PERIOD =
  /(?<![\p{L}])(?:l'an (?:dernier|passe)|l'annee (?:derniere|passee|precedente)|auparavant|a l'epoque|precedemment|last year|previously)(?![\p{L}])/u;
// "a installé", "ont été posés", "s'est réuni", "vient d'installer" — and "va déployer", "seront", "d'ici septembre".
// (Only a reflexive verb is past with "est": "est prévue", "est attendu" say what is to come.)
const DONE =
  /(?<![\p{L}])(?:(?:a|ont|avait|avaient|s['’]\s*est|se\s+sont|s['’]\s*était|s['’]\s*étaient)\s+(?:été\s+)?\p{L}+(?:é|ée|és|ées|i|ie|is|ies|it|u|us)|vien(?:t|nent)\s+(?:\p{L}+\s+){0,2}d['’]\s*\p{L}+|aujourd['’]hui|à ce jour|jusqu['’](?:ici|à présent)|actuellement|déjà)(?![\p{L}])/iu;
// (a commitment says what is to come, whatever tense it was made in: "avaient pris l'engagement de déployer 40 sites")
const TO_COME =
  /(?<![\p{L}])(?:va|vont|sera|seront|pourra|pourront|doit|doivent|devra|devront|devrait|devraient|d['’]ici|prévu|prévue|prévus|prévues|\p{L}{3,}(?:era|eront|ira|iront|dra|dront)|engag\p{L}*(?=\s+(?:à|de|d['’])))(?![\p{L}])/iu;

// "Nous sommes à présent six communes" tells how things are now, not how they were at first.
const NOW = new RegExp(`(?<![\\p{L}])(?:${FRENCH_NOW.join('|')})(?![\\p{L}])`, 'u');
const AT_FIRST = new RegExp(`(?<![\\p{L}])(?:${FRENCH_AT_FIRST.join('|')})(?![\\p{L}])`, 'u');

/** Whether a sentence tells what has been done and nothing still to come. */
function tellsOnlyDone(text: string): boolean {
  return DONE.test(text) && !TO_COME.test(text);
}

/** Whether a sentence tells only what is still to come: in the future, or of years after its page's and none before. */
function tellsOnlyToCome(text: string, tokens: readonly AnalyzedToken[], documentYear: number | undefined): boolean {
  if (DONE.test(text)) return false;
  if (TO_COME.test(text)) return true;
  const years = Array.from(
    tokens.filter((t) => /^(?:19|20)\d{2}$/.test(t.term)),
    (t) => Number(t.term),
  );
  return documentYear !== undefined && years.length > 0 && years.every((y) => y > documentYear);
}

/** How much a figure counts in a sentence that says what would be rather than what is. */
const HYPOTHETICAL_FACTOR = 0.7;
const SUPPOSING = /(?:^|[^\p{L}])(?:si|s['’](?=ils?\b)|sans)(?![\p{L}])/iu;
// The conditional: "serions", "coûterait", "auraient" (not "frais", "portrait", "extrait").
const CONDITIONAL = /(?<![\p{L}])(?!\p{L}*(?:trait|frais)(?![\p{L}]))\p{L}{2,}r(?:ais|ait|ions|iez|aient)(?![\p{L}])/iu;

/** Whether a sentence supposes something ("si", "sans") and says what would follow in the conditional. */
function isHypothetical(text: string): boolean {
  return SUPPOSING.test(text) && CONDITIONAL.test(text);
}

const QUOTATION = /«[^»]*»|“[^”]*”/gu;

/**
 * The stretches of a sentence that say what would be: each quotation on its own, and the words around
 * them ("« sans les sauvegardes, nous aurions tout perdu », dit la directrice de X": X is no supposition).
 */
function supposingStretches(text: string): Array<readonly [number, number]> {
  // (no stretch supposes anything where the whole sentence does not: most sentences stop here)
  if (!isHypothetical(text)) return [];
  const quotations = Array.from(text.matchAll(QUOTATION), (m) => [m.index, m.index + m[0].length] as const);
  const outside = quotations.reduce((t, [a, b]) => t.slice(0, a) + ' '.repeat(b - a) + t.slice(b), text);
  if (isHypothetical(outside)) return [[0, text.length]];
  return quotations.filter(([a, b]) => isHypothetical(text.slice(a, b)));
}

const timeTermsByQuestion = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** The months and years the question places its fact in ("depuis janvier", "in 2024"), as terms: read once per question. */
function timeTermsOf(questionTerms: ReadonlySet<string>): ReadonlySet<string> {
  let terms = timeTermsByQuestion.get(questionTerms);
  if (!terms) timeTermsByQuestion.set(questionTerms, (terms = new Set([...questionTerms].filter(isTimeTerm))));
  return terms;
}

/** How much a figure counts when its sentence says another month or year than the question ("en décembre" for "depuis janvier"). */
const OTHER_TIME_FACTOR = 0.6;

/** Whether the sentence names a month (or a year) and none of those the question names; "l'an dernier" says a year too. */
function saysOtherTime(text: string, tokens: readonly AnalyzedToken[], request: EvidenceRequest): boolean {
  const asked = timeTermsOf(request.questionTerms);
  if (asked.size === 0) return false;
  const said = Array.from(
    tokens.filter((t) => isTimeTerm(t.term)),
    (t) => t.term,
  );
  const folded = request.documentYear === undefined ? '' : foldWord(text);
  if (request.documentYear !== undefined && /\b(?:an|annee|year)\b/.test(folded)) {
    said.push(...Array.from(relativeYearsSaid(folded, request.documentYear), String));
  }
  return [...asked].some((a) => {
    const ofKind = said.filter((t) => sameTimeKind(t, a));
    return ofKind.length > 0 && !ofKind.some((t) => asked.has(t));
  });
}

/** How much a figure counts when it stands in an item of a list that does not say the name asked about. */
const OTHER_ITEM_FACTOR = 0.5;

/**
 * "trois dans la Manche ; six dans l'Orne": a sentence listing items between semicolons gives each its
 * own figures. The items that say a name of the question, when some do and others do not.
 */
function itemsNaming(text: string, tokens: readonly AnalyzedToken[], nameTerms: ReadonlySet<string>): [number, number][] | undefined {
  if (nameTerms.size === 0 || !text.includes(';')) return undefined;
  const items: [number, number][] = [];
  for (let start = 0; start < text.length;) {
    const end = text.indexOf(';', start) < 0 ? text.length : text.indexOf(';', start);
    items.push([start, end]);
    start = end + 1;
  }
  const naming = items.filter(([a, b]) => tokens.some((t) => t.start >= a && t.end <= b && nameTerms.has(t.term)));
  if (naming.length === 0 || naming.length === items.length) return undefined;
  // An item that names nothing goes on about what the one before named ("X annonce… ; la box est vendue 399 €").
  const namesOther = ([a, b]: [number, number]) =>
    tokens.some((t, k) => t.start > a && t.end <= b && k > 0 && tokens[k - 1]!.start >= a && /^\p{Lu}/u.test(t.surface));
  return items.filter((item) => naming.includes(item) || !namesOther(item));
}

/** How surely a public body named by its common noun ("la Commune") answers "quelle entreprise": as a place would. */
const PUBLIC_BODY_AS_COMPANY = 0.3;

// "le syndicat mixte X", "la communauté de communes X", "le conseil départemental de X", "le Département de
// la X", "la Ville de X": a public body's name (a place's name after it is the body's, not a company's).
const PUBLIC_BODY_BEFORE =
  /(?:syndicat(?: mixte| departemental| intercommunal| d'energie)*|communaute (?:de communes|d'agglomeration|urbaine)|conseil (?:departemental|regional)|metropole|intercommunalite|etablissement public|(?:^|\s)(?:departement|region|ville|commune|mairie))\s+(?:de la\s+|de l'\s*|de\s+|du\s+|des\s+|d')?$/;

/** Whether a span is a public body: named by its common noun ("la Commune"), or after it ("le syndicat mixte X"). */
function isPublicBodyNamed(text: string, span: AnswerSpan): boolean {
  return isPublicBody(text.slice(span.start, span.end)) || PUBLIC_BODY_BEFORE.test(foldedBefore(text, span.start, 40));
}

/** A candidate's strength once its sentence and its distance to the question's words are counted. */
function weighSpan(text: string, span: AnswerSpan, sentence: SentenceReading, request: EvidenceRequest): number {
  const { tokens } = sentence;
  // A name said with the kind asked for ("la société Numéris") is the answer even where the sentence does not repeat the subject.
  const typed = sentence.namesKind && kindBeside(text, span, tokens, request.kindTerms);
  const kind = sentence.namesKind && !typed ? (request.nameAsked === true ? NAMED_KIND_APART_FACTOR : KIND_APART_FACTOR) : 1;
  const person = personFactor(text, span, tokens, request);
  if (person < 1) return span.strength * person;
  if (bracketedAfterName(text, span, tokens, request)) return span.strength;
  if (request.companyAsked && isPublicBodyNamed(text, span)) return Math.min(span.strength, PUBLIC_BODY_AS_COMPANY);
  const strength = isAgentOfQuestion(text, span, tokens, request) ? Math.max(span.strength, AGENT_STRENGTH) : span.strength;
  const near = !sentence.wordsHere || saidWhereAsked(text, span, request);
  const distance = near ? NEAR_QUESTION : distanceToQuestion(span, tokens, request.wordTerms);
  const far = Math.min(1, Math.max(0, distance - NEAR_QUESTION) / (FAR_QUESTION - NEAR_QUESTION));
  const rate = request.total === true ? Math.min(sentence.rate, totalFactor(text, span)) : sentence.rate;
  return (
    strength *
    kind *
    rate *
    placeInSentence(span, sentence, request) *
    (FIGURE_TYPES.has(request.answerType) && boundsAClass(text, span) ? CLASS_BOUND_FACTOR : 1) *
    (1 - (1 - FAR_FACTOR) * far) *
    (sentence.aboutElse && !typed ? ABOUT_ELSE_FACTOR : 1)
  );
}

/**
 * How much a figure counts that bounds a class of things ("les communes de moins de 3 500 habitants", "des
 * projets de plus d'un million"): it says which ones a rule is for, not the size of any one asked about.
 */
const CLASS_BOUND_FACTOR = 0.5;
const CLASS_BOUND_BEFORE = /(?:^|\s)(?:les|des|aux|ces)\s+\p{L}[\p{L}-]*s\s+(?:de\s+|d['’]\s*)?(?:moins|plus)\s+(?:de\s+|d['’]\s*)$/iu;

function boundsAClass(text: string, span: AnswerSpan): boolean {
  return CLASS_BOUND_BEFORE.test(text.slice(Math.max(0, span.start - 60), span.start));
}

/** What the stretch of the sentence a span stands in does to it: a list of places, another item, a supposition, its time. */
function placeInSentence(span: AnswerSpan, sentence: SentenceReading, request: EvidenceRequest): number {
  const within = ([a, b]: readonly [number, number]) => span.start >= a && span.end <= b;
  // A figure said of several listed places is none of theirs; a date said of them is each one's.
  // A time a sentence that lists several places says of each of them ("A, B et C seront ouvertes au premier
  // semestre 2025"), where a figure is their total and a name may be one of the list.
  const listed = sentence.namesListed && !TIME_TYPES.has(request.answerType) ? LISTED_NAME : 1;
  const item = sentence.namedItems?.some(within) === false ? OTHER_ITEM_FACTOR : 1;
  const supposed = sentence.supposed.some(within) ? HYPOTHETICAL_FACTOR : 1;
  return listed * item * supposed * sentence.settingFactor;
}

/**
 * Whether a span is said as the question asks it, however far the question's other words: under a header
 * saying them, as the time opening the clause, or as a ceiling when a ceiling is asked ("avec un plafond de…").
 */
function saidWhereAsked(text: string, span: AnswerSpan, request: EvidenceRequest): boolean {
  return (
    headedByQuestion(text, span, request) || frontsClause(text, span, request) || (request.maximum === true && saidAsCeiling(text, span))
  );
}

// "Depuis le 2 mai, les élèves du collège…": at most three words open the sentence before the time, a comma closes it.
const OPENING_WORDS = /^\s*(?:[\p{L}'’]+\s+){0,3}$/u;

/** Whether a time opens the sentence, set apart by a comma: it is the whole clause's, however far its words. */
function frontsClause(text: string, span: AnswerSpan, request: EvidenceRequest): boolean {
  return TIME_TYPES.has(request.answerType) && OPENING_WORDS.test(text.slice(0, span.start)) && /^\s*,/.test(text.slice(span.end));
}

/**
 * Whether a body is named in brackets right after a name the question gives: "Paul Vernet (Lumavia),
 * Anne Roux (Numéris)…" for "pour quelle société travaille Paul Vernet" — that person's body,
 * however many others the caption lists.
 */
function bracketedAfterName(text: string, span: AnswerSpan, tokens: readonly AnalyzedToken[], request: EvidenceRequest): boolean {
  if (request.answerType !== 'organisation' || request.nameTerms.size === 0) return false;
  let before: AnalyzedToken | undefined;
  for (const t of tokens) {
    if (t.end > span.start) break;
    before = t;
  }
  if (!before || !request.nameTerms.has(before.term) || !/^\s*\(\s*$/.test(text.slice(before.end, span.start))) return false;
  // (not a département, which places a commune: "Loury (Loiret)")
  return !isTerritoryName(text.slice(span.start, span.end));
}

/** Whether the header cell above a span in a table says a word of the question ("Fin des travaux" for "quand finissent les travaux"). */
function headedByQuestion(text: string, span: AnswerSpan, request: EvidenceRequest): boolean {
  return columnHeadingTokens(text, request.tableHeader, span.start).some((t) => request.wordTerms.has(t.term));
}

/** How surely the agent of the question's own verb answers "qui": fully, as a name beside its kind does. */
const AGENT_STRENGTH = 1;
// "financé à 80 % par l'État", "réalisé par la société X": the agent of a passive, right before the name.
const AGENT_BEFORE = /(?:^|\s)par\s+(?:l['’]\s*|la\s+|le\s+|les\s+|des\s+|une?\s+)?$/;
/** Characters between a word of the question and the "par" of its agent: "financé à 80 % par". */
const AGENT_REACH = 30;

/**
 * Whether a name is the agent of a word of the question said just before it ("qui finance…" and
 * "financé à 80 % par l'État"): who does what is asked, whatever else the sentence names.
 */
function isAgentOfQuestion(text: string, span: AnswerSpan, tokens: readonly AnalyzedToken[], request: EvidenceRequest): boolean {
  if (request.answerType !== 'person' && request.answerType !== 'organisation') return false;
  const before = foldedBefore(text, span.start, 12);
  const par = AGENT_BEFORE.exec(before);
  if (!par) return false;
  const parAt = span.start - before.length + par.index;
  return tokens.some(
    (t) => t.end <= parAt && parAt - t.end <= AGENT_REACH && request.wordTerms.has(t.term) && !/[.;:!?]/.test(text.slice(t.end, parAt)),
  );
}

/** Whether a span is one compound whose first word is a name the question gives. */
function opensOnQuestionName(said: string, analysed: readonly AnalyzedToken[], nameTerms: ReadonlySet<string>): boolean {
  const [whole, first] = analysed;
  return (
    whole?.role === 'compound' &&
    whole.start === 0 &&
    whole.end >= said.trimEnd().length &&
    first?.role === 'part' &&
    first.start === 0 &&
    nameTerms.has(first.term)
  );
}

// An acronym in brackets right after a name: "la communauté de communes des Monts de Vernay (CCMV)".
const BRACKETED_ACRONYM = /^\s*\(\s*(\p{Lu}[\p{Lu}\d&-]{1,9})\s*\)/u;

/** Whether a name is spelled out right before the acronym the question names it by ("… des Monts de Vernay (CCMV)" for "la CCMV"). */
function spelledBeforeAskedAcronym(text: string, span: AnswerSpan, request: EvidenceRequest): boolean {
  const acronym = BRACKETED_ACRONYM.exec(text.slice(span.end, span.end + 16))?.[1];
  return acronym !== undefined && analyzeFrenchTerms(acronym).some((t) => request.nameTerms.has(t));
}

/**
 * Whether a figure is said in a unit of the measure asked ("500 Mbit/s" for "quel débit"): it answers, whatever
 * other figure the question types ("le plan « 500 foyers connectés »"), which says no such unit.
 */
function saidInUnitAsked(text: string, span: AnswerSpan, tokens: readonly AnalyzedToken[], request: EvidenceRequest): boolean {
  const measured = request.counted?.concept.measure === true ? request.counted : undefined;
  if (measured === undefined) return false;
  const unit = tokens.find((t) => t.start >= span.end);
  return (
    unit !== undefined && /^\s*$/.test(text.slice(span.end, unit.start)) && measured.alternatives.some((a) => a.terms.includes(unit.term))
  );
}

/**
 * A span that is mostly a name the question gives ("Laval Agglomération" when Laval is asked
 * about) is not its answer; a name that only shares a common word with it ("Tarn Réseaux Numériques"
 * for a question on the Tarn network) may be.
 */
function isQuestionEcho(text: string, span: AnswerSpan, tokens: readonly AnalyzedToken[], request: EvidenceRequest): boolean {
  const said = text.slice(span.start, span.end);
  if (isQuestionAcronym(said, request.questionInitials) || spelledBeforeAskedAcronym(text, span, request)) return true;
  // A hyphenated name counts as its whole ("Numéri-Bus"), not as its words too.
  const analysed = analyzeFrench(said);
  const terms = Array.from(
    analysed.filter((t) => t.role !== 'part'),
    (t) => t.term,
  );
  if (terms.length === 0) return false;
  // …but a compound opened by a name the question gives is that place written whole: "Vaudrenne-sur-Loire"
  // when "vaudrenne" is asked about.
  if (opensOnQuestionName(said, analysed, request.nameTerms)) return true;
  // "Le wifi gratuit, il a coûté combien ?": "gratuit" is what the question says, not what it asks.
  // (The kind of answer asked says nothing of it: "une heure" answers "combien de temps", listed with "heure".)
  const term = terms[0]!;
  const ofKindOnly = request.typeTerms.has(term) && !request.subjectTerms.has(term);
  if (terms.length === 1 && !/\d/.test(said) && (request.echoTerms ?? request.questionTerms).has(term) && !ofKindOnly) return true;
  // "Sur les 120 foyers raccordables, combien sont raccordés ?": the figure the question gives is not the one it asks.
  if (terms.length === 1 && /^\d/.test(term) && FIGURE_TYPES.has(request.answerType) && request.questionTerms.has(term))
    return !saidInUnitAsked(text, span, tokens, request);
  // "c'est qui qui construit le réseau fibre aurore ?": "Aurore Fibre" is the network asked about, typed in lowercase.
  // (its words counted with those no term keeps: "Tous ensemble pour Lanvel" is more than the Lanvel asked about)
  return (
    terms.filter((t) => request.nameTerms.has(t)).length * 2 >= Math.max(terms.length, nameWordsWithoutJoins(said).length) ||
    (terms.length >= 2 && terms.every((t) => request.questionTerms.has(t)))
  );
}
