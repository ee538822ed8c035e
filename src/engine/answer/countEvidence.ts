// "Combien de X": which numbers of a sentence count X, and how surely.
import { type AnalyzedToken, analyzeFrenchTerms } from '../analysis/analyzeFrench.ts';
import { foldedBefore, foldKeepingOffsets, foldWord } from '../language/foldText.ts';
import { FRENCH_STOPWORDS } from '../language/functionWords.ts';
import { FRENCH_NOW, FRENCH_TIME_UNIT } from '../language/months.ts';
import { FRENCH_NUMBER_WORDS } from '../language/numberWords.ts';
import { placesOfAdjectiveForm } from '../language/placeAdjectives.ts';
import {
  ENGLISH_MEASURE_NOUNS,
  FRENCH_ANY_KIND_NOUNS,
  FRENCH_CLASSIFIER_NOUNS,
  FRENCH_GENERIC_COUNT_NOUNS,
  FRENCH_MEASURE_ADJECTIVES,
  FRENCH_MEASURE_UNIT_WORDS,
  FRENCH_MEASURE_UNITS,
  FRENCH_PEOPLE_NOUNS,
  FRENCH_PEOPLE_WORDS,
  frenchTypeNouns,
} from '../language/questionVocabulary.ts';
import { type AnswerSpan, findAnswerSpansFolded, findNumbers, withStrength } from './answerEvidence.ts';
import { type EvidenceRequest, requestInDocument } from './evidenceRequest.ts';
import { EXPANSION_FACTORS } from './expandConcepts.ts';
import type { DocumentView } from './gatherCandidates.ts';
import { passageTokens } from './passageTokens.ts';
import { columnHeadingTokens } from './tableColumns.ts';
import { isQuestionAcronym } from './officeEvidence.ts';
import { wordsAround } from './wordsAround.ts';
import type { ResolvedConcept } from './resolveConcepts.ts';

/** A number stands for what it counts when that word is among the next few words ("273 millions de clients"). */
const COUNTED_REACH = 3;
/** A number right before a noun the question does not ask about counts that noun: hardly an answer. */
const OTHER_COUNT_STRENGTH = 0.3;
/**
 * A number that names nothing it counts ("ils sont au nombre de 14") where a noun is counted: it may count
 * that noun, as its sentence says (decideAnswer.ts, WEAK_EVIDENCE).
 */
const UNNAMED_COUNT_STRENGTH = 0.4;
/**
 * "Combien de personnes" names no kind of person: a number right before the noun of what the question says
 * they did ("87 signatures", "300 participants" for "ont signé", "ont participé") counts them, nearly as
 * surely as "87 personnes" would.
 */
const PEOPLE_BY_ACTION = 0.8;
const PEOPLE_TERMS: ReadonlySet<string> = new Set(analyzeFrenchTerms(FRENCH_PEOPLE_WORDS.join(' ')));
const PEOPLE_NOUN_TERMS: ReadonlySet<string> = new Set(analyzeFrenchTerms(FRENCH_PEOPLE_NOUNS.join(' ')));
/**
 * How surely "personnes" and people of a kind say each other: "4 150 personnes" for "combien d'usagers",
 * "jusqu'à 50 usagers simultanés" for "combien de personnes".
 */
const PEOPLE_FOR_KIND = 0.75;
const COUNTED_CHARACTERS = 30;

// Counting reads a passage twice (for its document's counts, then as a candidate answer): once per
// passage, keyed by its tokens, which passageTokens keeps as long as the index keeps the passage.
const figuresByTokens = new WeakMap<readonly AnalyzedToken[], PassageFigures>();

/** A passage's numbers that count something, and its sure amounts and shares, which measure instead. */
interface PassageFigures {
  /** Numbers that count something: not amounts of money, percentages, years or dates. */
  counts: AnswerSpan[];
  /** Amounts of money and percentages said surely (0.8 and more). */
  measures: AnswerSpan[];
}

function figuresOf(text: string, tokens: readonly AnalyzedToken[]): PassageFigures {
  let figures = figuresByTokens.get(tokens);
  if (!figures) figuresByTokens.set(tokens, (figures = readFigures(text)));
  return figures;
}

function countNumbers(text: string, tokens: readonly AnalyzedToken[]): AnswerSpan[] {
  return figuresOf(text, tokens).counts;
}

function readFigures(text: string): PassageFigures {
  const folded = foldKeepingOffsets(text);
  const measures = [...findAnswerSpansFolded(folded, 'money'), ...findAnswerSpansFolded(folded, 'percent')].filter(
    (m) => m.strength >= 0.8,
  );
  const counts = findNumbers(folded).filter(
    (n) =>
      !measures.some((m) => n.start < m.end && n.end > m.start) &&
      !endsName(text, n.start) &&
      !COUNTS_TIME.test(folded.slice(n.end, n.end + 12)),
  );
  return { counts, measures };
}

// "a plus de 70 ans", "pendant 18 mois": a number of years, months or days is an age or a duration,
// which a question asks as one ("combien de temps", "combien d'années"), never as a count of things.
const COUNTS_TIME = new RegExp(`^\\s+${FRENCH_TIME_UNIT}(?![\\p{L}])`, 'u');

/**
 * Whether a number at `start` ends a name ("Bouclier 72", "Paris 2030"): it follows a capitalised word
 * that does not open the sentence, a quotation or a bracket ("« Avec 154 cyberattaques…"), and names
 * something rather than counting it.
 */
function endsName(text: string, start: number): boolean {
  const words = /(\S*)\s+\p{Lu}[\p{L}'’-]*\s+$/u.exec(text.slice(Math.max(0, start - 60), start));
  return words !== null && words[1] !== '' && !/[.!?:«“"(\[—–-]$/.test(words[1]!);
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
export function countsOfDocument(view: DocumentView, request: EvidenceRequest): Set<string> {
  const out = new Set<string>();
  const counted = (request.counted?.alternatives ?? []).flatMap((a) => a.terms);
  const withoutCounts = requestInDocument(request, {
    countedInDocument: request.countedInDocument,
    subjectAbove: request.subjectAbove,
    countedAbove: 0,
  });
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
export const ELIDED_COUNT = new RegExp(`(?:\\d|\\b(?:${[...FRENCH_NUMBER_WORDS.keys()].join('|')}))${PLURAL_VERB_AFTER_NUMBER}`, 'u');
/** How surely such a number counts X, said just before: less than a number said beside X. */
const ELIDED_COUNT_STRENGTH = 0.9;
const ELIDED_REACH = 24;

/**
 * A number the pronoun "en" stands before: "l'État en avait retenu 9", "il y en a 40", "la commune en compte
 * 12". "En" says the noun again, as a subject left out does: what the sentence before (or this one) counted.
 * Only before a verb, as a pronoun: "en ligne 26 minutes" and "en 2023" are prepositions.
 */
const EN_BEFORE_NUMBER = new RegExp(
  "(?:^|[\\s'’])en\\s+(?:(?:a|avait|aura|avaient|ont|auront|avons|aurons|avez|est|sont|etait|etaient|sera|seront)\\s+(?:\\p{L}+\\s+)?|" +
    '(?:compte|comptait|comptera|comptent|comptaient|denombre|denombrait|recense|recensait|reste|restait|restent|faut|fallait|faudra)\\s+)' +
    '(?:deja\\s+|plus\\s+de\\s+|pres\\s+de\\s+|environ\\s+|seulement\\s+)?$',
  'u',
);

/**
 * A number a plural pronoun is the subject of: "Celles-là sont au nombre de 1 230", "elles seront près de 40",
 * "Les fournisseurs, eux, sont quatre". The pronoun says again the noun just said, as "en" does.
 */
const PRONOUN_BEFORE_NUMBER =
  /(?:^|[\s'’])(?:ceux-ci|celles-ci|ceux-la|celles-la|ils|elles|eux,)\s+(?:sont|seront|etaient)\s+(?:au nombre de|(?:plus|moins|pres) de|environ)?\s*$/u;
const PRONOUN_REACH = 40;

/** The strength of an elided count of the counted noun (0 when the number is not one). */
function elidedCountStrength(
  text: string,
  span: AnswerSpan,
  tokens: readonly AnalyzedToken[],
  countedTerms: ReadonlyMap<string, number>,
  countedAbove: number,
): number {
  const subjectLeftOut = ELIDED_NOUN_SUBJECT.test(foldWord(text.slice(span.end, span.end + ELIDED_REACH)));
  const pronoun = PRONOUN_BEFORE_NUMBER.test(foldedBefore(text, span.start, PRONOUN_REACH));
  if (!subjectLeftOut && !pronoun && !EN_BEFORE_NUMBER.test(foldedBefore(text, span.start, ELIDED_REACH))) return 0;
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

/** The ways of saying what a question counts, and whether it counts people (see countedWays). */
interface CountedWays {
  terms: ReadonlyMap<string, number>;
  /** The thesaurus's synonyms of what is counted that the corpus does not use often enough to search for. */
  listed: ReadonlySet<string>;
  peopleCounted: boolean;
  /** Whether the people of a place are counted by its demonym ("combien de Lyonnais"). */
  inhabitants: boolean;
  /** Whether people of any kind are counted ("personnes", "abonnés", "Lyonnais"): no count of things answers. */
  anyPeople: boolean;
}

const NOTHING_COUNTED: CountedWays = { terms: new Map(), listed: new Set(), peopleCounted: false, inhabitants: false, anyPeople: false };

// (they depend on the question alone: read once for it, not once for each sentence it reads)
const waysByCounted = new WeakMap<ResolvedConcept, CountedWays>();

/**
 * Every sense the thesaurus lists for what is counted, not only the few the corpus uses most: "31 villages"
 * for "combien de hameaux", on the page that says "villages". Single words not already among its ways.
 */
function listedSynonyms(counted: ResolvedConcept, ways: ReadonlyMap<string, number>): ReadonlySet<string> {
  const listed = new Set<string>();
  for (const alt of counted.concept.alternatives)
    if (alt.synonym === true && alt.terms.length === 1 && !ways.has(alt.terms[0]!)) listed.add(alt.terms[0]!);
  return listed;
}

/** Each way of saying what is counted, with how surely it says it: "gens" typed counts fully, "visiteurs" less. */
function countedWays(counted: ResolvedConcept | undefined): CountedWays {
  if (counted === undefined) return NOTHING_COUNTED;
  const known = waysByCounted.get(counted);
  if (known !== undefined) return known;
  const terms = new Map<string, number>();
  for (const alt of counted.alternatives) {
    // A phrase is counted by its head noun, first in French ("borne wifi", "point d'accès"): "six ordinateurs
    // en accès libre" are not six access points.
    alt.terms.forEach((t, i) => terms.set(t, Math.max(terms.get(t) ?? 0, alt.factor * (i === 0 ? 1 : NOT_HEAD))));
  }
  // The word as typed, before the corpus's vocabulary dropped the ways it does not use ("visiteurs" on a
  // page that says only "personnes"): what it is decides whether people are counted.
  const countedFirst = counted.concept.alternatives[0]?.terms ?? [];
  const inhabitants = isDemonym(counted);
  // "combien de Lyonnais": the people of a place, said as its inhabitants ("12 habitants") or as people.
  if (inhabitants) for (const t of INHABITANT_TERMS) terms.set(t, 1);
  const peopleCounted = inhabitants || countedFirst.some((t) => PEOPLE_TERMS.has(t));
  // People of a kind may be counted as people: "4 150 personnes accompagnées" for "combien d'usagers".
  if (countedFirst.some((t) => PEOPLE_NOUN_TERMS.has(t)))
    for (const t of PEOPLE_TERMS) terms.set(t, Math.max(terms.get(t) ?? 0, PEOPLE_FOR_KIND));
  // …and people asked for may be counted as people of a kind: "250 usagers" for "combien de personnes" —
  // or as people, whichever word says it ("24 personnes" for "combien de gens").
  if (peopleCounted) {
    for (const t of PEOPLE_NOUN_TERMS) terms.set(t, Math.max(terms.get(t) ?? 0, PEOPLE_FOR_KIND));
    for (const t of PEOPLE_TERMS) terms.set(t, 1);
  }
  const listed = listedSynonyms(counted, terms);
  for (const t of listed) terms.set(t, LISTED_SYNONYM_COUNT);
  const anyPeople = peopleCounted || countedFirst.some((t) => PEOPLE_NOUN_TERMS.has(t));
  const ways = { terms, listed, peopleCounted, inhabitants, anyPeople };
  waysByCounted.set(counted, ways);
  return ways;
}

/**
 * For "combien de X": a number standing by X ("27.000 prises", "chantier parmi les quatorze") is the
 * answer; a number by another word of the question is likely ("100 u-cities"); any other number, weakly.
 */
export function countEvidence(text: string, tokens: readonly AnalyzedToken[], request: EvidenceRequest): AnswerSpan[] {
  const ways = countedWays(request.counted);
  const { terms: countedTerms, peopleCounted, anyPeople } = ways;
  const attached = (tokens: readonly AnalyzedToken[]) => Math.max(0, ...Array.from(tokens, (t) => countedTerms.get(t.term) ?? 0));
  // A document that never names what is counted cannot count it: its numbers count something else.
  // (unless it names it otherwise, qualified as the question qualifies it: "deux prestataires régionaux")
  if (request.countedInDocument === false)
    return Array.from(countNumbers(text, tokens), (s) => withStrength(s, countOfUnnamed(text, s, tokens, request, ways)));
  return [
    ...measuresOfCounted(text, tokens, countedTerms),
    ...ranksOfCounted(text, tokens, countedTerms),
    ...Array.from(countNumbers(text, tokens), (s) => {
      // Within a few words and the same clause: "1 600 accompagnements", not "Trois rendez-vous… le technicien".
      const { before, after } = wordsAround(text, s, tokens, COUNTED_REACH, COUNTED_CHARACTERS);
      // In a table, the header cell above the number says what it counts as a noun after it would.
      const following = countedRightAfter(text, s, tokens, after, request, attached);
      if (following > 0) return withStrength(s, following);
      // "3 400 appareils seront distribués" where the title says "3 400 tablettes": the same count.
      if (isSameCount(text.slice(s.start, s.end), request.countsInDocument)) return withStrength(s, SAME_COUNT_STRENGTH);
      const elided = elidedCountStrength(text, s, tokens, countedTerms, request.countedAbove ?? 0);
      if (elided > 0) return withStrength(s, elided);
      const preceding = attached(countedBefore(text, s, before, after));
      if (preceding > 0) return withStrength(s, 0.9 * preceding);
      const next = after.find((t) => t.role !== 'number');
      if (countsByActs(text, s, next, after, request, peopleCounted)) return withStrength(s, PEOPLE_BY_ACTION);
      if (timesOfCountedAct(next, before, countedTerms)) return withStrength(s, 0.9 * attached(before));
      const act = actOverQualified(text, s, tokens, next, after, request, countedTerms);
      if (act > 0) return withStrength(s, 0.9 * act);
      if (countsByAcronym(text, next, after, request)) return withStrength(s, ACRONYM_COUNT_STRENGTH);
      const spelled = acronymInBrackets(text, s, countedTerms);
      if (spelled > 0) return withStrength(s, spelled);
      const substance = amountOfSubstance(tokens, next, request, countedTerms);
      if (substance > 0) return withStrength(s, substance);
      if (namedByModifier(next, after, request)) return withStrength(s, QUALIFIED_COUNT_STRENGTH);
      if (objectOfAskedAct(text, s, tokens, next, after, request)) return withStrength(s, ACT_OBJECT_STRENGTH);
      return withStrength(s, countOfNounAfter(text, s, next, after, request, countedTerms.size > 0, anyPeople));
    }),
  ];
}

/** Units a substance is measured in, folded. */
const SUBSTANCE_UNITS: ReadonlySet<string> = new Set(
  // (not the places of a hall's capacity: seats are counted)
  ['volume', 'poids', 'capacite'].flatMap((noun) => FRENCH_MEASURE_UNITS.get(noun)!.split(' ')).filter((u) => u !== 'places'),
);

/**
 * How surely a figure in a unit measures the substance asked ("quelle quantité d'eau" — "un apport en
 * eau… de 400 litres par bassin"): where the sentence says the substance, as surely as a measure of it.
 */
function amountOfSubstance(
  tokens: readonly AnalyzedToken[],
  next: AnalyzedToken | undefined,
  request: EvidenceRequest,
  countedTerms: ReadonlyMap<string, number>,
): number {
  // (the question first: most ask no substance, and the unit test folds a word)
  if (request.substanceAsked !== true || next === undefined || !SUBSTANCE_UNITS.has(foldWord(next.surface))) return 0;
  return MEASURE_OF_COUNTED * Math.max(0, ...Array.from(tokens, (t) => countedTerms.get(t.term) ?? 0));
}

/**
 * How surely a number counts what is asked by the noun it stands before, when that is not what is counted:
 * another word of the question ("100 u-cities"), likely; a noun of its own, weakly; things for people, never.
 */
function countOfNounAfter(
  text: string,
  span: AnswerSpan,
  next: AnalyzedToken | undefined,
  after: readonly AnalyzedToken[],
  request: EvidenceRequest,
  nounCounted: boolean,
  anyPeople: boolean,
): number {
  if (anyPeople && countsThings(text, span, next)) return THINGS_FOR_PEOPLE;
  // "75 bornes" for "bornes recharge nombre": a question that names no counted noun but asks
  // for a number by a noun ("nombre", "total") counts the noun a number stands by.
  const countsByNoun = !nounCounted && request.typeTerms.size > 0;
  if (next && request.questionTerms.has(next.term) && !request.perTerms.has(next.term)) return countsByNoun ? 0.8 : 0.45;
  return countOfItsOwnNoun(text, next, after, request, nounCounted);
}

/**
 * "3 850 prises" for "combien d'abonnés", "12 communes" for "combien d'habitants": a number right before a
 * noun not of people counts things, never the people asked — below what any answer needs (decideAnswer.ts).
 */
const THINGS_FOR_PEOPLE = 0.2;

/** Whether the word right after a number, or after "autres" (no word of the index), names no people. */
function countsThings(text: string, span: AnswerSpan, next: AnalyzedToken | undefined): boolean {
  return (
    next?.role === 'word' &&
    /^\s+(?:autres\s+)?$/u.test(text.slice(span.end, next.start)) &&
    !FRENCH_STOPWORDS.has(next.term) &&
    !PEOPLE_NOUN_TERMS.has(next.term) &&
    !PEOPLE_TERMS.has(next.term)
  );
}

/** How surely "le 37e site" counts sites: the thirty-seventh makes thirty-seven so far, if the sentence says since when. */
const RANK_AS_COUNT = 0.6;

/**
 * "Il s'agit du 3e site mis en service cette année, et du 37e depuis 2019": a rank above the first of what
 * is counted counts it, and so does a rank whose noun the sentence has just given.
 */
function ranksOfCounted(text: string, tokens: readonly AnalyzedToken[], countedTerms: ReadonlyMap<string, number>): AnswerSpan[] {
  if (countedTerms.size === 0) return [];
  const ranks = findAnswerSpansFolded(foldKeepingOffsets(text), 'ordinal').filter(
    (s) => !/^prem/.test(foldWord(text.slice(s.start, s.end))),
  );
  const of = Math.max(0, ...Array.from(ranks, (s) => countedTerms.get(nounRightAfter(text, tokens, s.end) ?? '') ?? 0));
  return of === 0 ? [] : Array.from(ranks, (s) => withStrength(s, RANK_AS_COUNT * of));
}

/** The term of the word right after `end`, with only spaces between ("3e site", not "5e et leurs professeurs"). */
function nounRightAfter(text: string, tokens: readonly AnalyzedToken[], end: number): string | undefined {
  const next = tokens.find((t) => t.start >= end);
  return next && /^\s*$/.test(text.slice(end, next.start)) ? next.term : undefined;
}

/** How surely a share or an amount of what is counted measures it ("20 % d'économies" for "combien d'économies"). */
const MEASURE_OF_COUNTED = 0.8;
/**
 * How surely a share of a whole counts what is asked of it ("40 % des habitants"): less, since the share
 * may be of those who did something else ("45 % des foyers raccordables ont choisi un abonnement" counts none that can be).
 */
const SHARE_OF_COUNTED = 0.6;
const MEASURE_SIGNS = /%|€|euro|pour\s*cent/i;

/**
 * "Combien d'économies", "combien de réduction": what is counted may be measured rather than counted, by a
 * share or an amount of it ("générer 20 % d'économie", "13 000 euros d'économies"); and how many of a
 * whole, by its share ("40 % des habitants", for "combien d'habitants"). Other percentages and amounts
 * stay out of a count.
 */
function measuresOfCounted(text: string, tokens: readonly AnalyzedToken[], countedTerms: ReadonlyMap<string, number>): AnswerSpan[] {
  if (countedTerms.size === 0 || !MEASURE_SIGNS.test(text)) return [];
  const out: AnswerSpan[] = [];
  for (const m of figuresOf(text, tokens).measures) {
    const next = tokens.find((t) => t.start >= m.end);
    const of = next === undefined ? 0 : (countedTerms.get(next.term) ?? 0);
    if (of < 0.75) continue;
    const between = text.slice(m.end, next!.start);
    if (JOINED_BY_DE.test(between)) out.push(withStrength(m, MEASURE_OF_COUNTED * of));
    else if (/^\s*des\s+$/u.test(between)) out.push(withStrength(m, SHARE_OF_COUNTED * of));
  }
  return out;
}

/**
 * How surely a number counts what is asked in a document that never names it: by a noun qualified as the
 * question qualifies it ("deux prestataires régionaux"), or, for people, by their kind ("265 agents") or
 * by what they do ("une centaine à s'être inscrits"); weakly otherwise.
 */
function countOfUnnamed(
  text: string,
  span: AnswerSpan,
  tokens: readonly AnalyzedToken[],
  request: EvidenceRequest,
  ways: CountedWays,
): number {
  const { peopleCounted, anyPeople } = ways;
  const { after } = wordsAround(text, span, tokens, COUNTED_REACH, COUNTED_CHARACTERS);
  if (qualifiedAsAsked(text, after, request) || namedByModifier(after[0], after, request)) return QUALIFIED_COUNT_STRENGTH;
  if (after[0] !== undefined && ways.listed.has(after[0].term)) return LISTED_SYNONYM_COUNT;
  if (after[0]?.term === TIMES_TERM && countsActs(request)) return TIMES_OF_ACTS_STRENGTH;
  if (objectOfAskedAct(text, span, tokens, after[0], after, request)) return ACT_OBJECT_STRENGTH;
  const people = peopleOfOtherWord(text, span, after[0], ways);
  if (people > 0) return people;
  // "Combien de structures adhèrent" on a page of "11 membres": the page names the kind a noun of any kind asks.
  if (countsAnyKind(request) && nounRightAfter(text, tokens, span.end) !== undefined) return GENERIC_COUNT_STRENGTH;
  if (anyPeople && countsThings(text, span, after[0])) return THINGS_FOR_PEOPLE;
  // "pendant 12 ans": a number of years counts time, not what the question counts.
  if (COUNTS_TIME.test(foldWord(text.slice(span.end, span.end + 12)))) return OTHER_COUNT_STRENGTH;
  return peopleCounted && countsPeopleDoing(text, span) ? PEOPLE_BY_ACTION : countOfWordAfter(text, tokens, span);
}

/**
 * "3 850 prises" for "combien de pylônes": a number right before a word of its own counts that word; one
 * that names nothing it counts ("au nombre de 14") may count what its sentence is about (decideAnswer.ts).
 */
function countOfWordAfter(text: string, tokens: readonly AnalyzedToken[], span: AnswerSpan): number {
  const own = nounRightAfter(text, tokens, span.end);
  return own !== undefined && !FRENCH_STOPWORDS.has(own) && !GENERIC_COUNT_TERMS.has(own) ? OTHER_COUNT_STRENGTH : UNNAMED_COUNT_STRENGTH;
}

/**
 * How surely a number that stands by none of the question's words counts what is asked. "(3 800
 * habitants)" when candidacies are counted: it stands by a noun of its own and counts that — unless that
 * noun is qualified as the question qualifies what it counts, or counts any equipment ("2 960 appareils
 * ont été distribués" may be the tablets asked).
 */
function countOfItsOwnNoun(
  text: string,
  next: AnalyzedToken | undefined,
  after: readonly AnalyzedToken[],
  request: EvidenceRequest,
  nounCounted: boolean,
): number {
  if (qualifiedAsAsked(text, after, request)) return QUALIFIED_COUNT_STRENGTH;
  if (next && next === after[0] && next.role === 'word' && !FRENCH_STOPWORDS.has(next.term))
    return GENERIC_COUNT_TERMS.has(next.term) ? GENERIC_COUNT_STRENGTH : OTHER_COUNT_STRENGTH;
  // A rate ("combien par conseiller") is an amount or a share more often than a count.
  return nounCounted || request.perTerms.size > 0 ? UNNAMED_COUNT_STRENGTH : 0.6;
}

/**
 * How surely people are counted by another word than the question's: people asked, by their kind ("265
 * agents" for "combien de personnes"); people of a kind, as people ("une équipe de 40 personnes" for
 * "combien de collaborateurs"), as a generic noun counts equipment: less surely, "personnes" may be others.
 */
function peopleOfOtherWord(text: string, span: AnswerSpan, next: AnalyzedToken | undefined, ways: CountedWays): number {
  if (ways.peopleCounted) return countsPeopleOfAKind(text, span, next) ? PEOPLE_FOR_KIND : 0;
  return ways.anyPeople && countsPeople(text, span, next) ? GENERIC_COUNT_STRENGTH : 0;
}

/** Whether the word right after a number, with only spaces between, is one of `terms`. */
function wordRightAfter(
  text: string,
  span: AnswerSpan,
  next: AnalyzedToken | undefined,
  terms: ReadonlySet<string>,
): next is AnalyzedToken {
  return next?.role === 'word' && terms.has(next.term) && /^\s+$/.test(text.slice(span.end, next.start));
}

/** Whether the word right after a number is one of people of no kind ("personnes", "gens"). */
function countsPeople(text: string, span: AnswerSpan, next: AnalyzedToken | undefined): boolean {
  return wordRightAfter(text, span, next, PEOPLE_TERMS);
}

/**
 * "265 agents" for "combien de personnes" on a page that never says "personnes": people of a kind, right
 * after the number. Not a place's inhabitants: "une commune de 55 000 habitants" is the size of a place,
 * not people who did anything ("la couverture de 6 200 habitants" counts people served).
 */
function countsPeopleOfAKind(text: string, span: AnswerSpan, next: AnalyzedToken | undefined): boolean {
  if (!wordRightAfter(text, span, next, PEOPLE_NOUN_TERMS)) return false;
  return !INHABITANT_TERMS.has(next.term) || servedInhabitants(text, span) || inhabitantsAsAgents(text, span);
}

// "un recours déposé par 57 habitants": after "par", inhabitants are who did something, not a place's size.
const AGENT_BEFORE = /(?:^|[^\p{L}])par\s+(?:(?:plus de|pres de|environ|quelque|quelques|au moins)\s+)?$/u;

/** Whether the inhabitants a number counts are the agents of a passive verb ("déposé par 57 habitants"). */
function inhabitantsAsAgents(text: string, span: AnswerSpan): boolean {
  return AGENT_BEFORE.test(foldedBefore(text, span.start, POPULATION_REACH));
}

// "une commune de 1 900 habitants", "(3 800 habitants)", "ses 212 habitants": a population. After "de", only
// when a place is what has them: "la couverture de 6 200 habitants" counts the people served, not a town's.
const POPULATION_BEFORE =
  /(?:(?:^|[^\p{L}-])((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+(?:de|d'environ|de pres de|de quelque)\s+|\(\s*|\b(?:ses|leurs)\s+)$/u;
const POPULATION_AFTER = /^\s+habitants\b/;
const INHABITANT_TERMS: ReadonlySet<string> = new Set(analyzeFrenchTerms('habitants population âmes résidents'));
/** Nouns of a place (and a population) that "de … habitants" gives the size of. */
const PLACES_WITH_PEOPLE: ReadonlySet<string> = new Set([
  ...frenchTypeNouns('place'),
  ...'bourg hameau metropole intercommunalite communaute canton ile population bassin secteur zone'.split(' '),
]);
/** Characters read before a number for what its population is of ("une petite commune rurale de 900 habitants"). */
const POPULATION_REACH = 40;

function isPopulation(text: string, span: AnswerSpan): boolean {
  const owner = ownerOfInhabitants(text, span);
  return owner !== undefined && (owner.length === 0 || owner.some(isPlaceWithPeople));
}

/** "la couverture de 6 200 habitants", "le raccordement de 900 habitants": inhabitants an action serves, not a place's size. */
function servedInhabitants(text: string, span: AnswerSpan): boolean {
  const owner = ownerOfInhabitants(text, span);
  return owner !== undefined && owner.length > 0 && !owner.some(isPlaceWithPeople);
}

/** The words before "de" in "… de 900 habitants" (none after "(" or "ses"), or undefined when the number is not said so. */
function ownerOfInhabitants(text: string, span: AnswerSpan): string[] | undefined {
  if (!POPULATION_AFTER.test(foldKeepingOffsets(text.slice(span.end, span.end + 12)))) return undefined;
  const before = POPULATION_BEFORE.exec(foldedBefore(text, span.start, POPULATION_REACH));
  if (!before) return undefined;
  // The place may stand a word or two before ("une petite commune rurale de 900 habitants").
  return before[1]?.split(/\s+/) ?? [];
}

function isPlaceWithPeople(word: string): boolean {
  return PLACES_WITH_PEOPLE.has(word) || PLACES_WITH_PEOPLE.has(word.replace(/[sx]$/, ''));
}

/** Verbs that say a place's people live there or are counted there: a population answers them. */
const POPULATION_VERBS: ReadonlySet<string> = new Set(analyzeFrenchTerms('habiter vivre compter peupler résider recenser'));

const POPULATION_TERMS: ReadonlySet<string> = new Set(analyzeFrenchTerms('population'));

/**
 * Whether the question counts people by something they did ("ont suivi un atelier", "ont signé"), not by where
 * they live. Asked as a population, it is one whatever the verbs ("the town that was hit, population-wise").
 */
function asksWhatSomeDid(request: EvidenceRequest): boolean {
  if (request.counted?.concept.alternatives[0]?.terms.some((t) => POPULATION_TERMS.has(t))) return false;
  return request.actionTerms.size > 0 && ![...request.actionTerms].some((t) => POPULATION_VERBS.has(t));
}

/** Whether the question counts inhabitants, or people ("how many people live…"), in a way surer than a thesaurus synonym. */
function countsInhabitants(counted: ResolvedConcept | undefined): boolean {
  if (countedWays(counted).inhabitants) return true;
  return (counted?.alternatives ?? []).some(
    (a) => a.factor >= EXPANSION_FACTORS.family && a.terms.some((t) => INHABITANT_TERMS.has(t) || PEOPLE_TERMS.has(t)),
  );
}

/** Whether what is counted is the people of a place, named by its demonym ("Lyonnais", "Bretons"). */
function isDemonym(counted: ResolvedConcept): boolean {
  return counted.concept.kind === 'name' && placesOfAdjectiveForm(foldWord(counted.concept.label)).length > 0;
}

/** How surely the words right after a number (or the table heading above it) say what is counted, or measured. */
function countedRightAfter(
  text: string,
  span: AnswerSpan,
  tokens: readonly AnalyzedToken[],
  after: readonly AnalyzedToken[],
  request: EvidenceRequest,
  attached: (tokens: readonly AnalyzedToken[]) => number,
): number {
  if (saysOtherMeasure(text, span, request.counted)) return OTHER_MEASURE_STRENGTH;
  // "un village de 212 habitants": the size of a place, which counts only its inhabitants — all of them,
  // not those the question says did something ("combien d'habitants ont suivi un atelier").
  if (isPopulation(text, span) && (!countsInhabitants(request.counted) || asksWhatSomeDid(request))) return OTHER_COUNT_STRENGTH;
  if (saysMeasure(text, span, request.counted) || measuredBefore(text, span, request.counted)) return 1;
  // "les 11 armoires de montée en débit": a measure is given in its units, not by a count of something said of it.
  if (request.counted?.concept.measure && after.length > 0 && attached(after.slice(0, 1)) === 0) return OTHER_COUNT_STRENGTH;
  return Math.max(
    countsComplement(text, span, after, attached) ? COMPLEMENT_COUNT : attached(after),
    classifiedCount(text, span, tokens, attached),
    headingCount(text, span, request, attached),
    glossedCount(text, span, tokens, attached),
    labelledCount(text, span, tokens, attached),
    bracketedCount(text, span, tokens, attached),
  );
}

// "6 balises de surveillance de type sonde", "12 véhicules du genre utilitaire": a noun (and its complement), then the kind
// it is of (group 1).
const CLASSIFIED_NOUN = new RegExp(
  `^\\s+[\\p{L}'’-]+(?:\\s+(?:de|d')\\s*[\\p{L}'’-]+)?\\s+(?:de|du|d')\\s*(?:${FRENCH_CLASSIFIER_NOUNS.join('|')})\\s+([\\p{L}-]+)`,
  'du',
);
/** How surely a number counts what is asked through the kind its noun is said to be of: nearly as its own noun would. */
const CLASSIFIED_COUNT = 0.9;
/**
 * Characters after a number read for its noun and the kind it is of; the sign is a classifier noun's first three
 * letters after its "de", read raw (no accent stands in them: "catégorie", "modèle").
 */
const CLASSIFIED = {
  pattern: CLASSIFIED_NOUN,
  reach: 80,
  sign: new RegExp(`\\s(?:de|du|d['’])\\s*(?:${Array.from(FRENCH_CLASSIFIER_NOUNS, (noun) => noun.slice(0, 3)).join('|')})`, 'iu'),
};

/** How surely a number counts what is asked as the kind of thing its noun is ("6 balises de type sonde" for "combien de sondes"). */
function classifiedCount(
  text: string,
  span: AnswerSpan,
  tokens: readonly AnalyzedToken[],
  attached: (tokens: readonly AnalyzedToken[]) => number,
): number {
  return CLASSIFIED_COUNT * attached(capturedAfter(text, span, tokens, CLASSIFIED));
}

/**
 * The tokens of the words a pattern (with the "d" flag) captures in its group 1 right after a number, read on
 * the folded text within `reach` characters: what a gloss or a kind says the number counts. None when it does not
 * match. (A `sign` the raw text must hold first: this runs for every number of every sentence read for a count,
 * and folding is the cost.)
 */
function capturedAfter(
  text: string,
  span: AnswerSpan,
  tokens: readonly AnalyzedToken[],
  { pattern, reach, sign }: { pattern: RegExp; reach: number; sign: RegExp },
): AnalyzedToken[] {
  const raw = text.slice(span.end, span.end + reach);
  if (!sign.test(raw)) return [];
  const group = pattern.exec(foldKeepingOffsets(raw))?.indices?.[1];
  if (group === undefined) return [];
  const [start, end] = [span.end + group[0], span.end + group[1]];
  return tokens.filter((t) => t.start >= start && t.end <= end);
}

/** How surely "une vingtaine d'élèves des écoles" counts écoles: it counts the pupils, of those schools. */
const COMPLEMENT_COUNT = 0.45;

/**
 * Whether the noun a number stands by is another than the one counted, which only follows as its complement
 * ("une vingtaine d'élèves *des écoles*", "12 000 habitants *des communes*"): the number counts its own noun.
 */
function countsComplement(
  text: string,
  span: AnswerSpan,
  after: readonly AnalyzedToken[],
  attached: (tokens: readonly AnalyzedToken[]) => number,
): boolean {
  const [head, complement] = after;
  if (head === undefined || complement === undefined || attached([head]) > 0 || attached([complement]) === 0) return false;
  // ("180 km de fibre" measures the fibre; "5 remplacements de poteaux" counts poles, each replaced once)
  const headWord = foldWord(head.surface.toLowerCase());
  if (FRENCH_MEASURE_UNIT_WORDS.has(headWord) || ACT_NOUN.test(headWord)) return false;
  return (
    /^\s+(?:de\s+|d['’]\s*)?$/u.test(text.slice(span.end, head.start)) &&
    /^\s+(?:de|des|du|d['’])(?:\s+|(?<=['’]))(?:la\s+|l['’]\s*)?$/u.test(text.slice(head.end, complement.start))
  );
}

/** How surely a number opening a bracket counts the noun right before it ("des écoles publiques (18 sur…"). */
const BRACKET_COUNT = 0.85;

/** "des communes rurales (42)", "des écoles publiques (18 sur les 25 du canton)": the bracket counts the noun said before it. */
function bracketedCount(
  text: string,
  span: AnswerSpan,
  tokens: readonly AnalyzedToken[],
  attached: (tokens: readonly AnalyzedToken[]) => number,
): number {
  const bracket = markRightBefore(text, span, '(');
  if (bracket < 0) return 0;
  // (the noun, or the noun and its adjective: "les communes rurales (42…")
  const before = tokensBefore(tokens, bracket, 2);
  const said = before.filter((t) => /^[\s\p{L}'’-]*$/u.test(text.slice(t.end, bracket)));
  return BRACKET_COUNT * attached(said);
}

/** Where a mark stands right before a span, only spaces between ("… : 38", "(42"), or -1. */
function markRightBefore(text: string, span: AnswerSpan, mark: string): number {
  let at = span.start - 1;
  while (at >= 0 && /\s/.test(text[at]!)) at--;
  return at >= 0 && text[at] === mark ? at : -1;
}

/** The last `count` words that end before `at`, in order. */
function tokensBefore(tokens: readonly AnalyzedToken[], at: number, count: number): AnalyzedToken[] {
  let end = 0;
  while (end < tokens.length && tokens[end]!.end <= at) end++;
  return tokens.slice(Math.max(0, end - count), end);
}

/**
 * How surely the object of the question's own verb counts what is asked under another name: "Le syndicat a
 * reçu 40 projets" for "combien de dossiers a-t-il reçus", "40 demandes ont été reçues" for "combien de
 * requêtes reçues". Just enough to answer: a count of the noun asked, where there is one, comes first.
 */
const ACT_OBJECT_STRENGTH = 0.55;

/**
 * How surely a number counts what is asked when it stands by one of the thesaurus's synonyms of it: just
 * enough to answer, as a verb of the question does, and no more, senses being mixed.
 */
const LISTED_SYNONYM_COUNT = ACT_OBJECT_STRENGTH;

/** Whether a number counts a noun done what the question's verb does: the verb right before it, or after its noun. */
function objectOfAskedAct(
  text: string,
  span: AnswerSpan,
  tokens: readonly AnalyzedToken[],
  next: AnalyzedToken | undefined,
  after: readonly AnalyzedToken[],
  request: EvidenceRequest,
): boolean {
  if (request.actionTerms.size === 0 || next === undefined || next !== after[0] || next.role !== 'word') return false;
  if (FRENCH_STOPWORDS.has(next.term) || !/^\s+$/.test(text.slice(span.end, next.start))) return false;
  const verb = tokensBefore(tokens, span.start, 1).find((t) => request.actionTerms.has(t.term));
  if (verb !== undefined && !/[.,;:!?()«»]/.test(text.slice(verb.end, span.start))) return true;
  // (after its noun, only in the passive: in "quatre conseillers accompagnent", the noun does what is asked)
  const done = after.slice(1, 4).find((t) => request.actionTerms.has(t.term));
  return done !== undefined && PASSIVE_BETWEEN.test(text.slice(next.end, done.start));
}
const PASSIVE_BETWEEN =
  /^\s+(?:(?:ont|a|avaient|avait|auront|aura)\s+(?:(?:déjà|bien|toutes?|tous)\s+)?été|sont|est|seront|sera)\s+(?:(?:déjà|bien|toutes?|tous)\s+)?$/u;

/** Only "de" or "d'" between two words ("la pose de 14", "20 % d'économies"). */
const JOINED_BY_DE = /^\s*(?:de\s+|d['’]\s*)$/u;

/** Whether a word stands right after a number ("12 abris"), which counts it; "38 aujourd'hui" says when, not what. */
function hasOwnNoun(text: string, span: AnswerSpan, tokens: readonly AnalyzedToken[]): boolean {
  const next = tokens.find((t) => t.start >= span.end);
  if (next?.role !== 'word' || !/^\s+$/.test(text.slice(span.end, next.start))) return false;
  return !FRENCH_NOW.includes(foldWord(text.slice(next.start, next.end)));
}

/** How surely the words before a colon count what the number right after it counts ("Prises raccordables : 12 000"). */
const LABEL_COUNT = 0.85;

/**
 * "Le nombre de bornes ne cesse de croître : 38 aujourd'hui", "Bornes installées : 14": what the clause
 * before a colon counts, the number that opens the words after it gives.
 */
function labelledCount(
  text: string,
  span: AnswerSpan,
  tokens: readonly AnalyzedToken[],
  attached: (tokens: readonly AnalyzedToken[]) => number,
): number {
  const colon = markRightBefore(text, span, ':');
  if (colon < 0 || hasOwnNoun(text, span, tokens)) return 0;
  const from = Math.max(...Array.from('.;:!?', (mark) => text.lastIndexOf(mark, colon - 1))) + 1;
  return LABEL_COUNT * attached(tokens.filter((t) => t.start >= from && t.end <= colon));
}

// "12 bornes (points d'accès)": the noun after a number, glossed in brackets right after it (group 1).
const GLOSSED_NOUN = /^\s*[\p{L}'’-]+\s*\(([^()]{1,60})\)/du;
/** How surely a number counts what is asked by the gloss of its noun: as surely as by the noun itself, nearly. */
const GLOSS_STRENGTH = 0.9;
/** Characters after a number read for a noun and its gloss (a word, the bracket of at most 60); a bracket is its sign. */
const GLOSSED = { pattern: GLOSSED_NOUN, reach: 120, sign: /\(/u };

/** How surely a number counts what is asked through the bracketed gloss of the noun right after it. */
function glossedCount(
  text: string,
  span: AnswerSpan,
  tokens: readonly AnalyzedToken[],
  attached: (tokens: readonly AnalyzedToken[]) => number,
): number {
  return GLOSS_STRENGTH * attached(capturedAfter(text, span, tokens, GLOSSED));
}

/** The French noun of the measure asked ("height" → "hauteur"), when the counted concept is a measure. */
function measureNounAsked(counted: ResolvedConcept | undefined): string | undefined {
  if (!counted?.concept.measure) return undefined;
  const label = foldWord(counted.concept.label);
  return ENGLISH_MEASURE_NOUNS.get(label) ?? label;
}

/**
 * Whether a figure is followed by a unit and the measure asked, said by its adjective: "43 mètres *de
 * haut*" for "quelle hauteur" — as sure as "une hauteur de 43 mètres". (Not a concept's word: "haut" is
 * also the first word of "Haute-Loire".)
 */
function saysMeasure(text: string, span: AnswerSpan, counted: ResolvedConcept | undefined): boolean {
  const noun = measureNounAsked(counted);
  const adjective = noun === undefined ? undefined : FRENCH_MEASURE_ADJECTIVES.get(noun);
  if (!adjective) return false;
  return MEASURE_SAID.get(adjective)!.test(foldWord(text.slice(span.end, span.end + 30)));
}

/**
 * Whether a figure with its unit is what something measures, said by the verb or by the measure's
 * adjective before it: "le pylône *mesure* 42 mètres", "un mât *haut de* 30 m" for "quelle hauteur";
 * for a distance, "*à* 250 m *des* maisons".
 */
function measuredBefore(text: string, span: AnswerSpan, counted: ResolvedConcept | undefined): boolean {
  const noun = measureNounAsked(counted);
  if (noun === undefined || !/^\s*[a-z²]/iu.test(text.slice(span.end, span.end + 3))) return false;
  if (noun === DISTANCE) return saidAsDistance(text, span);
  const before = foldedBefore(text, span.start, 24);
  const said = MEASURED_BY.exec(before);
  return said !== null && (said[2] === undefined || said[2] === FRENCH_MEASURE_ADJECTIVES.get(noun));
}

/**
 * "à 250 m des maisons": a figure with its unit said as how far something is from a place; not a measure
 * its adjective names ("il culmine à 40 mètres de haut").
 */
function saidAsDistance(text: string, span: AnswerSpan): boolean {
  const after = foldWord(text.slice(span.end, span.end + 30));
  if (!/(?:^|\s)a\s+(?:environ\s+|moins de\s+|plus de\s+)?$/.test(foldedBefore(text, span.start, 24)) || !DISTANCE_AFTER.test(after))
    return false;
  const said = UNIT_THEN_WORD.exec(after)?.[1];
  return said === undefined || !MEASURE_WORDS.has(said) || said === DISTANCE;
}

const DISTANCE = 'distance';
const DISTANCE_AFTER = /^\s*(?:m|km|metres?|kilometres?)\s+(?:de|du|des|d')(?![\p{L}])/u;
const MEASURED_BY =
  /(?:^|\s)(mesur(?:e|ent|ant|era|ait)|culmin(?:e|ent|ant)|(haut|long|large|profond)e?s? de)\s+(?:environ\s+|plus de\s+|pres de\s+)?$/;

/** How surely a figure that gives another measure than the one asked answers ("à 780 mètres d'altitude" for "quelle hauteur"). */
const OTHER_MEASURE_STRENGTH = 0.3;

const MEASURE_WORDS: ReadonlySet<string> = new Set([...FRENCH_MEASURE_UNITS.keys(), ...FRENCH_MEASURE_ADJECTIVES.values()]);
// "780 mètres d'altitude", and as a line of figures, "140 m : distance avec l'école".
const UNIT_THEN_WORD = /^\s*[a-z0-9²]+\.?\s+(?:de\s+|d'|:\s*)(\p{L}+)/u;
const NOT_SIZES: ReadonlySet<string> = new Set(['distance', 'altitude']);

/**
 * Whether a figure is followed by a unit and another measure than the one asked: "780 mètres *d'altitude*",
 * "35 mètres *de haut*" for "à quelle distance" — a height, not how far.
 */
function saysOtherMeasure(text: string, span: AnswerSpan, counted: ResolvedConcept | undefined): boolean {
  const noun = measureNounAsked(counted);
  if (noun === undefined) return false;
  // "à 140 mètres de l'école": how far, which no other measure asks.
  if (noun !== DISTANCE && saidAsDistance(text, span)) return true;
  const said = UNIT_THEN_WORD.exec(foldWord(text.slice(span.end, span.end + 30)))?.[1];
  if (said === undefined || !MEASURE_WORDS.has(said)) return false;
  // A size is a height, a length or a width: not how far or how high above the sea.
  if (noun === ANY_SIZE) return NOT_SIZES.has(said);
  return said !== noun && said !== FRENCH_MEASURE_ADJECTIVES.get(noun);
}

/** "Quelle taille fait le pylône": a height, a length or a width all answer it. */
const ANY_SIZE = 'taille';

/** For each measure's adjective, a unit then "de" and the adjective: compiled once, not per number read. */
const MEASURE_SAID: ReadonlyMap<string, RegExp> = new Map(
  Array.from(
    new Set(FRENCH_MEASURE_ADJECTIVES.values()),
    (a) => [a, new RegExp(`^\\s*[a-z0-9²]+\\.?\\s+de\\s+${a}(?![\\p{L}-])`, 'u')] as const,
  ),
);

/**
 * "Ils étaient une soixantaine à assister", "nous sommes 200 à nous être inscrits": a number then "à" and
 * an infinitive counts those who do it. French says so of people; things are counted by their noun.
 */
const PEOPLE_DOING = /^\s+a\s+(?:(?:nous|vous|se|s')\s*)?(?:avoir|etre|\p{L}{2,}(?:er|ir|re|oir))(?![\p{L}])/u;

function countsPeopleDoing(text: string, span: AnswerSpan): boolean {
  return PEOPLE_DOING.test(foldWord(text.slice(span.end, span.end + 24)));
}

/**
 * "combien de personnes ont signé" — "87 signatures"; "combien d'opérateurs se sont portés candidats" —
 * "5 candidatures": as many acts as those who did them.
 */
function countsByActs(
  text: string,
  span: AnswerSpan,
  next: AnalyzedToken | undefined,
  after: readonly AnalyzedToken[],
  request: EvidenceRequest,
  peopleCounted: boolean,
): boolean {
  return (
    (peopleCounted && (countsByAction(next, after, request) || countsPeopleDoing(text, span))) ||
    (request.counted !== undefined && countsActsAsked(text, next, after, request))
  );
}

/**
 * Whether the number is followed by a noun qualified as the question qualifies what it counts:
 * "deux prestataires *régionaux*" for "combien d'entreprises régionales", "40 bornes *publiques*"
 * for "how many public terminals" — the same thing, named by another noun.
 */
function qualifiedAsAsked(text: string, after: readonly AnalyzedToken[], request: EvidenceRequest): boolean {
  const [noun, adjective] = after;
  if (noun?.role !== 'word' || adjective?.role !== 'word' || !request.countedQualifiers.has(adjective.term)) return false;
  // (the adjective right after its noun, or a complement with no article: "neuf postes *de travail*" for
  // "combien de places de travail"; in "le lot 3 dessert la zone", "zone" qualifies no lot)
  return QUALIFIER_BETWEEN.test(text.slice(noun.end, adjective.start));
}
const QUALIFIER_BETWEEN = /^\s+(?:(?:de|d['’]|à)\s*)?$/u;

/** How surely such a number counts what is asked: enough to answer, less than the question's own noun. */
const QUALIFIED_COUNT_STRENGTH = 0.6;

/**
 * Whether the number stands right before the French for the noun an English question puts before what it
 * counts: "35 logiciels" for "how many software packages" — French names the thing by it alone.
 */
function namedByModifier(next: AnalyzedToken | undefined, after: readonly AnalyzedToken[], request: EvidenceRequest): boolean {
  return (
    next !== undefined &&
    next === after[0] &&
    request.counted?.concept.translations !== undefined &&
    request.countedQualifiers.has(next.term)
  );
}

const GENERIC_COUNT_TERMS: ReadonlySet<string> = new Set(analyzeFrenchTerms(FRENCH_GENERIC_COUNT_NOUNS.join(' ')));
const ANY_KIND_TERMS: ReadonlySet<string> = new Set(analyzeFrenchTerms(FRENCH_ANY_KIND_NOUNS.join(' ')));

/** Whether what the question counts is named by a noun of any kind ("structures", "organismes"). */
function countsAnyKind(request: EvidenceRequest): boolean {
  return (request.counted?.concept.alternatives[0]?.terms ?? []).some((t) => ANY_KIND_TERMS.has(t));
}
/** How surely a number before a noun of any equipment counts the equipment asked: enough to answer, less than its own noun. */
const GENERIC_COUNT_STRENGTH = 0.6;

/** How much a word of a phrase other than its head says what the phrase counts. */
const NOT_HEAD = 0.5;

/** How surely a number before the acronym of the counted noun and the words after it counts it ("4 000 CNFS"). */
const ACRONYM_COUNT_STRENGTH = 0.9;

/**
 * "combien de conseillers numériques France Services" — "4 000 CNFS": the number stands before the
 * acronym the question's words spell in a row, starting with what is counted.
 */
function countsByAcronym(
  text: string,
  next: AnalyzedToken | undefined,
  after: readonly AnalyzedToken[],
  request: EvidenceRequest,
): boolean {
  if (next === undefined || next !== after[0] || request.counted === undefined) return false;
  const said = text.slice(next.start, next.end);
  const counted = foldWord(request.counted.concept.label).charAt(0);
  return isQuestionAcronym(said, request.questionInitials) && foldWord(said).startsWith(counted);
}

/**
 * "Douze zones d'activité (ZA)": the noun after the number spelled out, then the acronym the question counts,
 * in brackets. How surely it counts what is counted, 0 when no such acronym follows before another number.
 */
function acronymInBrackets(text: string, span: AnswerSpan, countedTerms: ReadonlyMap<string, number>): number {
  const acronym = SPELLED_THEN_ACRONYM.exec(text.slice(span.end, span.end + COUNTED_CHARACTERS + 12))?.[1];
  return acronym === undefined ? 0 : (countedTerms.get(foldWord(acronym)) ?? 0);
}

// Up to four words (not a figure), then an acronym in brackets.
const SPELLED_THEN_ACRONYM = /^\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+\s*\((\p{Lu}[\p{Lu}\d]{1,5})\)/u;

/** The analysed term of "fois": "14 000 fois" counts times, "pour la quatrième fois" ranks them. */
export const TIMES_TERM = 'fois';

// The nouns of an act, by their ending: candidature, signature, inscription, adhésion, abonnement, parrainage.
const ACT_NOUN = /(?:ure|tion|sion|ment|age)s?$/u;

/**
 * Whether the number stands right before the noun of an act the question says of what it counts, in the
 * word's own family ("candidats" → "candidatures"): as many acts as actors. Not any noun of the question:
 * "combien de communes ont des bornes" is not answered by "12 bornes".
 */
function countsActsAsked(
  text: string,
  next: AnalyzedToken | undefined,
  after: readonly AnalyzedToken[],
  request: EvidenceRequest,
): boolean {
  if (next === undefined || next !== after[0] || !request.questionTerms.has(next.term) || request.perTerms.has(next.term)) return false;
  return (
    ACT_NOUN.test(foldWord(text.slice(next.start, next.end))) &&
    !(request.counted?.alternatives ?? []).some((a) => a.terms.includes(next.term))
  );
}

/**
 * "combien de téléchargements" — "le guide a été téléchargé 9 500 fois": a number of times the verb
 * of the counted noun's family was done counts its acts, as the noun before the number would (0.9).
 */
function timesOfCountedAct(
  next: AnalyzedToken | undefined,
  before: readonly AnalyzedToken[],
  countedTerms: ReadonlyMap<string, number>,
): boolean {
  return next?.term === TIMES_TERM && before.some((t) => countedTerms.has(t.term));
}

/** How surely "en quatre fois" counts the acts asked ("combien de rotations"): enough to answer, less than their noun. */
const TIMES_OF_ACTS_STRENGTH = 0.6;

/** Whether what the question counts is an act, by the ending of its noun: rotations, passages, déplacements. */
function countsActs(request: EvidenceRequest): boolean {
  const label = request.counted?.concept.label;
  return label !== undefined && ACT_NOUN.test(foldWord(label));
}

/**
 * "La pose de 14 bornes" for "combien de poses de bornes": the act counted, said
 * right before "de", is done as many times as the number counts what the question qualifies it with.
 */
function actOverQualified(
  text: string,
  span: AnswerSpan,
  tokens: readonly AnalyzedToken[],
  next: AnalyzedToken | undefined,
  after: readonly AnalyzedToken[],
  request: EvidenceRequest,
  countedTerms: ReadonlyMap<string, number>,
): number {
  if (next === undefined || next !== after[0] || !request.countedQualifiers.has(next.term)) return 0;
  const act = tokensBefore(tokens, span.start, 1)[0];
  if (act === undefined || !JOINED_BY_DE.test(text.slice(act.end, span.start))) return 0;
  return countedTerms.get(act.term) ?? 0;
}

/** "combien de personnes ont signé" — "87 signatures": the number stands right before the noun of what they did. */
function countsByAction(next: AnalyzedToken | undefined, after: readonly AnalyzedToken[], request: EvidenceRequest): boolean {
  return next !== undefined && next === after[0] && request.actionTerms.has(next.term);
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
