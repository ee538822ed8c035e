// Reads a question: its language, the kind of answer it wants, and the concepts to find. A concept is
// one thing the question names — a word, a hyphenated name, a glossary phrase — with the term sequences
// that may stand for it in the corpus (its own analysed terms first; expandConcepts adds synonyms,
// related words and translations).
import { correctQuestionWords } from './questionWordTypos.ts';
import { withoutCourtesies } from '../language/courtesies.ts';
import { withoutChatShorthand } from '../language/chatShorthand.ts';
import { withDepartmentNames } from '../language/departmentNumbers.ts';
import { openGluedElisions, withElisionsRestored, withoutElidedWord } from '../language/apostrophes.ts';
import { analyzeFrench, analyzeFrenchTerms, type AnalyzedToken, partSaysSomething } from '../analysis/analyzeFrench.ts';
import { INFORMAL_FRENCH, plainFrenchPhrases } from '../language/informalFrench.ts';
import { isTerritoryWord } from '../language/territories.ts';
import {
  ATTRIBUTION_OPENERS,
  BRAND_NOUNS,
  FRENCH_AUXILIARIES,
  ENGLISH_MEASURE_NOUNS,
  ENGLISH_MONEY_VERBS,
  ENGLISH_PRICE_WORDS,
  FRENCH_CHAT_FILLERS,
  FRENCH_PREPOSITION_NOUNS,
  FRENCH_TIME_ADVERBS,
  FRENCH_MEASURE_UNIT_WORDS,
  FRENCH_MEASURE_UNITS,
  FRENCH_PRICED_UNITS,
  MOMENT_NOUNS,
  type Endpoint,
  FRENCH_MONEY_VERBS,
  FRENCH_PRICE_WORDS,
  PAYING_VERBS,
  PAYING_WORDS,
  REFLEXIVE_AMOUNT_VERBS,
  ASKS_OWNER,
  OWNERSHIP_WORDS,
  PRICE_ANSWER_WORDS,
  ROLE_NOUNS,
  RANK_NOUNS,
  LIGHT_VERBS,
  ENGLISH_TYPE_NOUNS,
  FRENCH_CLASSIFIER_NOUNS,
  frenchTypeNouns,
  FRENCH_PORTFOLIO_HOLDERS,
} from '../language/questionVocabulary.ts';
import { DETERMINER_BEFORE, FRENCH_QUESTION_WORDS, FRENCH_STOPWORDS, isFunctionWord } from '../language/functionWords.ts';
import { ENGLISH_IRREGULAR_PLURALS, looksLikeEnglishVerbForm, withEnglishContractionsOpened } from '../language/englishWords.ts';
import { foldKeepingOffsets, foldWord } from '../language/foldText.ts';
import { asksTotal, ENGLISH_AT_FIRST, FRENCH_AT_FIRST, givesDateOfMoment, type RatePeriod, ratePeriodsSaid } from '../language/months.ts';
import { detectLocale, type Locale } from '../language/locale.ts';
import { COMPASS_AREAS } from '../language/placeAdjectives.ts';
import { FIRST_NAMES } from '../language/firstNames.ts';
import {
  type AnswerType,
  asksName,
  FIGURE_TYPES,
  foldQuestion,
  measureAsked,
  readQuestionShape,
  typesWhere,
  typeOfNoun,
  withoutConjunctiveQuand,
} from './answerTypes.ts';
import { FRENCH_ORDINAL_ABBREVIATION } from '../language/numberWords.ts';
import { readEnglishWords, type EnglishWord } from './readEnglish.ts';
import { endpointAsked, endpointOfConcept } from './endpointWords.ts';
import { conceptWords, isConceptWord } from './conceptWords.ts';

export interface Alternative {
  terms: readonly string[];
  /** How much a match through this alternative counts (1 for the words typed). */
  factor: number;
  /** A thesaurus synonym: only the first few the corpus uses are kept (resolveConcepts). */
  synonym?: boolean;
}

/**
 * - name: a place, organisation, person, acronym or code (capitalised, or a code like "5G"): a passage
 *   whose document never mentions it cannot answer;
 * - content: a noun or adjective saying what is asked about;
 * - verb: an action, often said otherwise in the text ("décroché" / "retenu"): it counts for less;
 * - type: the noun naming the kind of answer ("quel *budget*"): an answer of that kind satisfies it;
 * - figure: a number typed in the question ("en 2023"): the answer must say it, or its neighbours must.
 */
export type ConceptKind = 'name' | 'content' | 'verb' | 'type' | 'figure';

export interface QueryConcept {
  /** The words as typed, for messages ("the corpus never mentions Lyon"). */
  label: string;
  kind: ConceptKind;
  alternatives: Alternative[];
  /** What "combien de…" counts: an answer puts a number right before it ("152 000 salariés"). */
  counted?: boolean;
  /**
   * The noun the question asks about: "quel est le *salaire*…" must be said by the answer or next to it
   * ('passage'). "Le budget *du projet*" names what the budget is of ('document'): a word of the question
   * like any other, which a release may call otherwise ("ce chantier"), but never a name typed in lowercase.
   */
  focus?: 'passage' | 'document';
  /** A noun of measure ("quelle *hauteur*"): the unit of the answer ("36 mètres") says it too. */
  measure?: boolean;
  /** Typed with a capital, first word included: unknown to the corpus, it is a name it never mentions. */
  capitalised?: boolean;
  /** What a rate is per ("combien *par conseiller*", "per household"): a number beside it does not count it. */
  per?: boolean;
  /** Said as a verb ("qui ont *signé*", "people *visited*"): the people who did it are counted by its nouns ("87 signatures"). */
  verbal?: boolean;
  /** A name the question places something at ("le pylône *à Kerhostin*", "in Auxerre"): a place asked of. */
  placed?: boolean;
  /**
   * A lowercase word where a place would stand ("dans le gard", "à brive"): a place typed in lowercase, never
   * read as a word clipped in chat ("gard" for gardien). A portfolio is no place: "l'adjoint à l'urba".
   */
  placeSlot?: boolean;
  /** The category a list asks the items of ("quels *chantiers* sont terminés"): see resolveConcepts. */
  category?: boolean;
  /** A name that dates what is asked ("avant *le Plan Numérique*", "depuis la loi X"): not what the answer is about. */
  dating?: boolean;
  /** A name in the question's attribution ("d'après *X*, …", "selon un responsable de *Y*"): who says the fact, not what it is about. */
  speaker?: boolean;
  /** A name of a member of a kind the glossary knows ("4G", a technology): it qualifies what is asked, as an adjective would. */
  ofKind?: boolean;
  /** A verb of an office ("qui *dirige*", "who *chairs*"): whoever does it holds the office (expandConcepts). */
  officeVerb?: boolean;
  /** An English word's one-word French translations ("created": créer): their families say it too (expandConcepts). */
  translations?: string[];
  /** The word as typed when it was read as an elision glued to this one ("laval" for "aval"): see gluedWords.ts. */
  glued?: string;
  /** For a name, the label of the question's noun it is the complement of ("l'*agglomération* de Rochebrune"). */
  head?: string;
}

/**
 * Concepts and alternatives are made by these two only, every field present from the start (marks are
 * added as the question is read): one hidden class each, so the scoring code compiled for them stays
 * compiled. Literals with optional fields gave concepts seventeen shapes, and every new one seen threw
 * that code away mid-question.
 */
export function queryConcept(label: string, kind: ConceptKind, alternatives: Alternative[], marks: ConceptMarks = {}): QueryConcept {
  return {
    label,
    kind,
    alternatives,
    counted: marks.counted,
    focus: marks.focus,
    measure: marks.measure,
    capitalised: marks.capitalised,
    per: marks.per,
    verbal: marks.verbal,
    placed: marks.placed,
    placeSlot: marks.placeSlot,
    category: marks.category,
    dating: marks.dating,
    speaker: marks.speaker,
    ofKind: marks.ofKind,
    officeVerb: marks.officeVerb,
    translations: marks.translations,
    glued: marks.glued,
    head: marks.head,
  };
}

type ConceptMarks = Pick<
  QueryConcept,
  | 'counted'
  | 'focus'
  | 'measure'
  | 'capitalised'
  | 'per'
  | 'verbal'
  | 'placed'
  | 'placeSlot'
  | 'category'
  | 'dating'
  | 'speaker'
  | 'ofKind'
  | 'officeVerb'
  | 'translations'
  | 'glued'
  | 'head'
>;

/** Whether a concept is the noun of a brand asked for ("quelle *marque* de tablettes"). */
export function namesBrand(c: QueryConcept): boolean {
  return c.kind === 'type' && BRAND_NOUNS.has(foldWord(c.label));
}

/** A copy of a concept with some of its fields changed. */
export function changedConcept(c: QueryConcept, change: Partial<QueryConcept>): QueryConcept {
  const merged = { ...c, ...change };
  return queryConcept(merged.label, merged.kind, merged.alternatives, merged);
}

export function alternative(terms: readonly string[], factor: number, synonym?: boolean): Alternative {
  return { terms, factor, synonym };
}

/** The time a date or a figure is asked of: what is still to come, what is done so far, or how it was at first. */
export type TimeAsked = 'to-come' | 'so-far' | 'at-first';

export interface ReadQuestion {
  text: string;
  language: Locale;
  answerType: AnswerType;
  wantsList: boolean;
  /** Whether the question is typed as keywords: the kind of answer is then guessed from a noun. */
  keywords: boolean;
  /** Whether a date asked for is a deadline ("date limite", "jusqu'à quand", "by when"). */
  deadline: boolean;
  /** Whether a date asked for is the one something has held since ("depuis quand", "since when"). */
  since: boolean;
  /** Whether a duration asked for is a delay after or before something ("au bout de combien de jours", "how long after"). */
  delay: boolean;
  /**
   * The end of something a date is asked of ("la fin des travaux", "quand démarre…", "when was it
   * launched"): a sentence dating only the other end does not answer; undefined when the question names none.
   */
  endpoint?: Endpoint;
  /**
   * The time a date or a figure is asked of: still to come ("quand sera-t-il terminé", "combien de capteurs
   * équiperont…", "when will…") or what is done so far ("à ce jour", "so far"); undefined when the question does not say.
   */
  timeAsked: TimeAsked | undefined;
  /** The period an amount or a number is asked per ("le prix mensuel", "combien par an"), if any. */
  period: RatePeriod | undefined;
  /** Whether an amount or a number is asked as a whole ("au total", "en tout"): a rate does not answer it. */
  total: boolean;
  /** Whether the most an amount or a number may reach is asked ("jusqu'à combien", "au maximum", "up to how much"). */
  maximum: boolean;
  /** Whether a change of a figure is asked ("de combien a augmenté…", "by how much"): "a doublé" answers it. */
  change: boolean;
  /** Whether a share asked may be an amount: "la part de la Région", "part du financement" (70 % or 1,2 M€). */
  shareOfMoney: boolean;
  /** Whether an amount asked is a price, what a user pays ("combien coûte…", "les frais"): "gratuit" answers it. */
  priceAsked: boolean;
  /** Whether the question asks whose a thing is ("ces bornes, c’est à qui ?", "who owns it?"). */
  ownerAsked: boolean;
  /** Whether the question asks who a name is ("qui est Marie Durand ?"): the role said beside it answers. */
  identity: boolean;
  /** Whether the question asks whom something is for ("pour qui", "à qui s'adresse"): people of a kind answer. */
  beneficiary: boolean;
  /** Whether the question asks a name ("quel est le nom de la société"): a description ("le syndicat") is none. */
  nameAsked: boolean;
  /** The name whose person the question asks by a role ("la directrice *de Vernéa*"), folded: a role of another one does not answer. */
  roleOf?: string;
  concepts: QueryConcept[];
}

const QUESTION_WORDS: ReadonlySet<string> = new Set([...FRENCH_QUESTION_WORDS, ...FRENCH_CHAT_FILLERS, ...FRENCH_TIME_ADVERBS]);
// What "combien de X" / "how many X" counts ("combien de fois" counts occasions: "12 fois", "à 12 reprises").
const COUNTED_NOUN: Record<Locale, RegExp> = {
  // ("le nombre de prises", "quelle quantité d'eau", "le volume de demandes" — of things, not "le volume d'eau",
  // a measure —, and typed as keywords: "fibre nombre prises"; an adjective
  // that goes before its noun is skipped, as in English: "combien d'autres collectivités", "de nouveaux sites")
  fr: /\b(?:combien\s+(?:de\s+|d['’]\s*)|(?:nombre|quantit[eé])\s+(?:total[e]?\s+)?(?:de\s+|d['’]\s*)?|volume\s+(?:de\s+|d['’]\s*)(?=[\p{L}-]+[sx]\b))(?:(?:autres|nouveaux|nouvelles|anciens|anciennes)\s+)?(?!temps\b|total)([\p{L}²-]+\d?)/iu,
  en: /\b(?:how\s+many\s+(?:of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+['’]s\s+)?)?|number\s+of\s+(?:the\s+)?)(?:(?:new|old|current|other)\s+)?([\p{L}\d-]+)/iu,
};

// "How much fibre is laid…", "how much broadband data can…": an amount of a substance, its noun last before the verb.
const AMOUNT_OF_SUBSTANCE = /\bhow\s+much\s+(?!(?:money|more|less)\b)([\p{L}-]+(?:\s+[\p{L}-]+){0,2})/iu;

// "Sur les 120 foyers raccordables, combien sont raccordés ?": "combien" counts among the things the question numbers.
const COUNTED_AMONG = /\b(?:sur|parmi)\s+(?:les|ces)\s+\d[\d\s.]*\s([\p{L}-]+)(?=.*\bcombien\b(?!\s+(?:de\s|d['’])))/iu;

// English puts the counted noun last in a compound ("how many fibre connections", "charging points"):
// the last plural of the few words that follow "how many" (a verb may follow: "how many people work").
const ENGLISH_COMPOUND_TAIL = /^(?:\s+[\p{L}-]+){0,3}/u;

/**
 * The folded noun "combien de…" / "how many…" counts, if the question asks a count: read, as the concepts are,
 * on the question with its set phrases said plainly ("combien de monde" counts people).
 */
function countedNoun(phrased: string, language: Locale): string | undefined {
  const match = COUNTED_NOUN[language].exec(phrased) ?? (language === 'fr' ? COUNTED_AMONG.exec(phrased) : null);
  const first = match?.[1];
  if (language === 'en' && !first) return substanceAmounted(phrased);
  if (!match || !first) return undefined;
  if (language === 'fr' || ENGLISH_IRREGULAR_PLURALS.has(first.toLowerCase())) return foldWord(first);
  const tail = ENGLISH_COMPOUND_TAIL.exec(phrased.slice(match.index + match[0].length))![0]
    .trim()
    .split(/\s+/);
  const words = [first, ...tail.filter(Boolean)];
  const end = words.findIndex((w, i) => i > 0 && isFunctionWord(w));
  const run = end < 0 ? words : words.slice(0, end);
  const plurals = run.filter((w) => /[^s]s$/i.test(w) || ENGLISH_IRREGULAR_PLURALS.has(w.toLowerCase()));
  return foldWord(plurals.at(-1) ?? first);
}

/**
 * The noun "how much" asks an amount of: the last of its words before a function word or a verb in the
 * past ("broadband data can" → data, "public funding went" → funding; a word in -ing may be a noun).
 */
function substanceAmounted(phrased: string): string | undefined {
  const words = AMOUNT_OF_SUBSTANCE.exec(phrased)?.[1]?.split(/\s+/) ?? [];
  const end = words.findIndex((w) => isFunctionWord(w) || (looksLikeEnglishVerbForm(w) && !/ing$/i.test(w)));
  const run = end < 0 ? words : words.slice(0, end);
  return run.length > 0 ? foldWord(run.at(-1)!) : undefined;
}

/** Whether a concept is the counted noun, or a phrase holding it ("charging points", "bornes-wifi"). */
function isCounted(label: string, counted: string): boolean {
  return label === counted || counted.startsWith(`${label}-`) || label.split(' ').includes(counted);
}

/** A word typed with a capital inside the question, an acronym or a code: a name. */
function looksLikeName(surface: string, atQuestionStart: boolean): boolean {
  // Codes: 5G, A380, M2M (a hyphenated date such as "mi-2023" is none, nor an ordinal: "la 1ère rentrée").
  if (FRENCH_ORDINAL_ABBREVIATION.test(foldWord(surface))) return false;
  // nor a unit ("combien de km2", "en kWh")
  if (FRENCH_MEASURE_UNIT_WORDS.has(foldWord(surface))) return false;
  if (/\d/.test(surface) && /\p{L}/u.test(surface) && !/[-\u2010\u2011]/.test(surface)) return true;
  // A capital inside a word typed in lowercase first is a brand's ("iMac", "eBay"), anywhere in the question.
  if (/^\p{Ll}+\p{Lu}\p{L}*$/u.test(surface)) return true;
  if (!/^\p{Lu}/u.test(surface)) return false;
  // "les villes du Sud": a point of the compass names a vague area, which pages name otherwise.
  if (COMPASS_AREAS.has(foldWord(surface))) return false;
  // Acronyms, even first ("NRO") — not the abbreviations chat writes in capitals too ("le VP solidarités").
  if (surface.length > 1 && surface === surface.toUpperCase()) return !INFORMAL_FRENCH.has(foldWord(surface));
  return !atQuestionStart;
}

const AFTER_AUXILIARY = new RegExp(
  // (its subject may stand after it: "ont-ils *réclamé*", "a-t-elle *signé*")
  `(?:^|[\\s'’])(?:${[...FRENCH_AUXILIARIES, 'être', 'avoir'].join('|')})(?:-(?:t-)?(?:il|elle|ils|elles|on))?\\s+(?:(?:été|pas|bien|déjà|tous|toutes)\\s+)*$`,
  'iu',
);
/** A verb, or a participle after its auxiliary, whatever else its form may be ("ont *signé*"). */
function saidAsVerb(kind: ConceptKind, before: string): true | undefined {
  return kind === 'verb' || AFTER_AUXILIARY.test(before) ? true : undefined;
}

// A word after an article or a preposition and its article is a noun, whatever else its form may be:
// "dans le jura" (not the verb "jura"), "du cher".
const AFTER_DETERMINER = /(?:^|[\s'’])(?:du|des|au|aux|un|une|(?:dans|sur|pour|par|vers|avec|chez|de|à|en)\s+(?:le|la|les|l['’]))\s*$/iu;

// "qui s'occupe des bornes", "qui se charge des travaux": a word after a reflexive pronoun is a verb,
// whatever else its form may be (the lexicon files "occupe" as the adjective "occupé").
const REFLEXIVE_BEFORE = /(?:^|[\s'’])(?:se\s+|me\s+|te\s+|s['’]|m['’]|t['’])$/iu;

function saidReflexive(before: string): boolean {
  return REFLEXIVE_BEFORE.test(before);
}

// "finance-t-il", "distribue-t-on", "paient-ils": a subject pronoun after a hyphen makes the word before it a verb.
const INVERTED_SUBJECT = /^-(?:t-)?(?:il|elle|ils|elles|on)(?![\p{L}])/iu;

function conceptKind(
  token: AnalyzedToken,
  atStart: boolean,
  isVerb: (folded: string) => boolean,
  before: string,
  after: string,
): ConceptKind {
  if (looksLikeName(token.surface, atStart)) return 'name';
  if (token.role === 'word' && INVERTED_SUBJECT.test(after)) return 'verb';
  // A number typed in digits is a figure the answer must say, from 10 up: a small one is often part of
  // a name as typed in chat ("les 2 Sèvres").
  if (token.role === 'number' && /^\d/.test(token.surface) && Number.parseFloat(token.term) >= 10) return 'figure';
  if (token.role === 'word' && isVerb(foldWord(token.surface)) && !AFTER_DETERMINER.test(before)) return 'verb';
  if (token.role === 'word' && saidReflexive(before)) return 'verb';
  return 'content';
}

/** A question word, a stopword, or a reflexive verb that only asks an amount ("à combien s'élève…"). */
function saysNoWordOfTheFact(token: AnalyzedToken, folded: string, text: string): boolean {
  // (the stem only for question words: "machines" stems to "machin", a word of chat that says nothing)
  if (QUESTION_WORDS.has(folded) || FRENCH_QUESTION_WORDS.has(token.term) || FRENCH_STOPWORDS.has(token.term)) return true;
  return REFLEXIVE_AMOUNT_VERBS.has(folded) && saidReflexive(text.slice(Math.max(0, token.start - 12), token.start));
}

/** French concepts: one per analysed word, a hyphenated name and its words making one. */
function frenchConcepts(text: string, isVerb: (folded: string) => boolean): QueryConcept[] {
  const tokens = analyzeFrench(text);
  const firstWord = /\p{L}/u.exec(text)?.index ?? 0;
  const prepositionNouns = prepositionNounsAt(text);
  const concepts: QueryConcept[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const folded = withoutElidedWord(foldWord(token.surface));
    if (saysNoWordOfTheFact(token, folded, text) || prepositionNouns.has(token.start)) continue;
    const alternatives: Alternative[] = [alternative([token.term], 1)];
    if (token.role === 'compound') {
      const parts: string[] = [];
      while ((tokens[i + 1]?.role === 'part' || tokens[i + 1]?.role === 'number') && (tokens[i + 1]?.start ?? 0) < token.end) {
        const part = tokens[++i]!.term;
        // "mi-2023": a two-letter prefix says nothing the year does not.
        if (partSaysSomething(part)) parts.push(part);
      }
      if (parts.length > 0) alternatives.push(alternative(parts, 1));
    }
    const capitalised = /^\p{Lu}/u.test(token.surface) ? true : undefined;
    const kind = conceptKind(
      token,
      token.start <= firstWord && !opensPersonName(token, text),
      isVerb,
      text.slice(Math.max(0, token.start - 12), token.start),
      text.slice(token.end),
    );
    const verbal = saidAsVerb(kind, text.slice(Math.max(0, token.start - 24), token.start));
    concepts.push(queryConcept(token.surface, kind, alternatives, { capitalised, verbal }));
  }
  return concepts;
}

/**
 * Whether the question opens on a person's name, a first name and a capitalised word after it ("Paul Vernay,
 * il occupe quelle fonction ?"): its first word is a name, though the capital of a question's first word says nothing.
 */
function opensPersonName(token: AnalyzedToken, text: string): boolean {
  return FIRST_NAMES.has(foldWord(token.surface)) && /^\s+\p{Lu}/u.test(text.slice(token.end));
}

/** Where the nouns of prepositions made of one ("au *sujet* de", "à *propos* de") start in the question. */
function prepositionNounsAt(text: string): Set<number> {
  const starts = new Set<number>();
  for (const m of foldKeepingOffsets(text).matchAll(FRENCH_PREPOSITION_NOUNS)) {
    const noun = m.slice(1).find((g) => g !== undefined);
    if (noun !== undefined) starts.add(m.index + m[0].indexOf(noun));
  }
  return starts;
}

function englishConcepts(words: readonly EnglishWord[]): QueryConcept[] {
  return Array.from(words, (w) =>
    queryConcept(
      w.surface,
      w.name ? 'name' : w.verb ? 'verb' : 'content',
      // A name's spellings (the whole, its words) say it equally surely; a word's later translations less.
      Array.from(w.french, (terms, k) => alternative(terms, k === 0 || w.name ? 1 : 0.9)),
      {
        verbal: w.verb ? true : undefined,
        // (as French names are: who acts, for a figure or a date, is named with a capital; English puts a
        // territory before its noun, "the Cantal grant", where no preposition says it is a place: left out)
        capitalised: w.name && /^\p{Lu}/u.test(w.surface) && !isTerritoryWord(w.surface) ? true : undefined,
        translations: w.frenchWords.length > 0 ? w.frenchWords : undefined,
      },
    ),
  );
}

/** The noun a type noun is said of: "le budget *de la fibre*", "le prix mensuel *d'un abonnement*". */
const TYPE_COMPLEMENT: Record<Locale, (typeWord: string) => RegExp> = {
  fr: (w) =>
    new RegExp(`\\b${w}(?:\\s+[a-z]+)?\\s+(?:de|du|des|d')\\s*(?:(?:la|le|les|un|une|ce|cette|ces|son|sa|ses)\\s+|l')?([a-z][a-z-]+)`),
  // English puts the noun last: "the share of the planned fibre connections".
  en: (w) => new RegExp(`\\b${w}\\s+(?:of|for)\\s+(?:(?:the|a|an|this|its)\\s+)?((?:[a-z][a-z-]+\\s+){0,2}[a-z][a-z-]+)`),
};

/** "par conseiller", "chaque année", "per household": the words a rate divides by (bare nouns: "par l'État" is an agent). */
const RATE_WORDS: Record<Locale, RegExp> = {
  fr: /(?:^|\s)(?:par|chaque)\s+([a-z-]+)(?=[\s?.!,]|$)/g,
  en: /(?:^|\s)(?:per|each)\s+([a-z-]+)(?=[\s?.!,]|$)/g,
};

/**
 * The price of one item ("combien coûte une borne", "le prix d'un abonnement", "how much does a
 * sensor cost"): asked with the indefinite article, it is a price per item, not the total of a plan.
 */
const UNIT_PRICE_OF: Record<Locale, RegExp> = {
  // …and so is the cost to one payer: "le forfait revient à combien à un foyer", "combien paie chaque mairie".
  // So is a price of a unit: "le prix du mètre cube" is one per cubic metre.
  fr: new RegExp(
    `\\b(?:cout\\w*|vaut|valent|prix|tarif)\\s+(?:de\\s+|d')?(?:un|une)\\s+([a-z-]+)|\\b(?:cout\\w*|revient|reviendra|factur\\w*)\\b(?:\\s+[a-z']+){0,2}\\s+a\\s+(?:un|une|chaque)\\s+([a-z-]+)` +
      `|\\b(?:cout|prix|tarif)\\s+(?:du|de la|de l')\\s*(${FRENCH_PRICED_UNITS.join('|')})\\b`,
    'g',
  ),
  // English puts the head noun last: "a charging *point*".
  en: /\b(?:(?:does|do|did|will|would)\s+(?:a|an|one)\s+(?:[a-z-]+\s+)?([a-z-]+)\s+cost|(?:cost|price)\s+of\s+(?:a|an|one)\s+([a-z-]+))\b/g,
};

// "l'antenne livrée par camion", "financée par emprunt", "suivies par satellite": after a past participle, "par"
// says how or by whom, not per what. (Not the bare "-i", "-u", "-it", nor "-us": "un revenu par habitant",
// "le débit par abonné", "combien de bus par ligne" are rates.)
const PAR_AFTER_PARTICIPLE = /\p{L}(?:é|ée|és|ées|ie|ies|is|ue|ues)\s+par\s+(\p{L}[\p{L}-]*)/gu;

function rateWords(text: string, folded: string, language: Locale): Set<string> {
  const matches = [...folded.matchAll(RATE_WORDS[language]), ...folded.matchAll(UNIT_PRICE_OF[language])];
  const words = new Set(matches.flatMap((m) => m.slice(1).filter((w): w is string => w !== undefined)));
  if (language === 'fr') for (const m of text.toLowerCase().matchAll(PAR_AFTER_PARTICIPLE)) words.delete(foldWord(m[1]!));
  return words;
}

/** "le prix mensuel", "annual budget": an adjective that asks for a rate. */
const RATE_ADJECTIVE: Record<Locale, RegExp> = {
  fr: /^(?:mensuel|annuel|hebdomadaire|quotidien|journalier|trimestriel|semestriel)(?:le)?s?$/,
  en: /^(?:monthly|yearly|annual|weekly|daily|quarterly)$/,
};

// "Which area…" picks one of several places, where "what area" asks a measure.
function saidAfterWhich(label: string, folded: string): boolean {
  const words = folded.split(/[^a-z'-]+/);
  return words.some((w, i) => w === label && words[i - 1] === 'which');
}

function measureOf(label: string, language: Locale, folded: string): string | undefined {
  // "quel volume de demandes" counts requests: the volume of things is how many there are.
  if (label === 'volume' && countedNoun(folded, language) !== undefined) return undefined;
  if (language === 'en') return saidAfterWhich(label, folded) ? undefined : ENGLISH_MEASURE_NOUNS.get(label);
  return FRENCH_MEASURE_UNITS.has(label) ? label : undefined;
}

/**
 * Marks what "combien de X" counts, the noun "quel X" asks about, and the noun a type noun is said of;
 * a type noun ("quel budget") becomes 'type'. Returns the answer type a noun of measure asks for.
 */
function markRoles(
  concepts: QueryConcept[],
  { text, phrased }: { text: string; phrased: string },
  language: Locale,
  focus: string | undefined,
  wantsList: boolean,
): AnswerType | undefined {
  const foldedCounted = countedNoun(phrased, language);
  const folded = foldWord(text);
  const perWords = rateWords(text, folded, language);
  const placeWords = wordsWherePlacesStand(text.toLowerCase());
  let measured: AnswerType | undefined;
  for (const c of concepts) {
    const label = foldWord(c.label);
    if (perWords.has(label) || RATE_ADJECTIVE[language].test(label)) c.per = true;
    if (foldedCounted && isCounted(label, foldedCounted)) c.counted = true;
    if (c.kind === 'name' && saidAtPlace(folded, label)) c.placed = true;
    if (c.kind === 'content' && !c.capitalised && placeWords.has(c.label.toLowerCase())) c.placeSlot = true;
    if (namesKindOfAnswer(c, label, folded, language)) c.kind = 'type';
    if (!focus || label !== focus || c.kind === 'name') continue;
    measured = markFocus(c, label, language, wantsList, folded) ?? measured;
  }
  markTypeComplements(concepts, folded, language);
  countActs(concepts, foldedCounted);
  markDatingNames(concepts, text.toLowerCase());
  markSpeakerNames(concepts, text.toLowerCase());
  if (language === 'fr') markNameHeads(concepts, text.toLowerCase());
  if (language === 'fr' && !focus) markVerbAsked(concepts, folded);
  return measured;
}

// "combien de fois ont-ils aidé…", "how many times": the times a thing was done are counted by the noun of the act.
const TIMES_COUNTED: ReadonlySet<string> = new Set(['fois', 'times']);

/** For "combien de fois" + a verb: the verb is what is counted ("22 800 accompagnements" for "aidé"), "fois" only asks. */
function countActs(concepts: QueryConcept[], foldedCounted: string | undefined): void {
  if (foldedCounted === undefined || !TIMES_COUNTED.has(foldedCounted)) return;
  const times = concepts.find((c) => c.counted && TIMES_COUNTED.has(foldWord(c.label)));
  const act = concepts.find((c) => c.kind === 'verb' || c.verbal === true);
  if (!times || !act) return;
  times.counted = undefined;
  times.kind = 'type';
  act.counted = true;
}

// "Que garantit le marché ?", "Qu'a obtenu la commune ?": what a verb does is asked; the answer says that verb.
// ("De quoi se compose l'offre ?", "de quoi dispose la salle ?": the verb asked after "de quoi".)
const WHAT_VERB =
  /^(?:et\s+|alors\s+)?(?:que|qu'|de quoi\s+(?:se\s+|s')?)\s*(?:(?:a|ont|va|vont|doit|doivent|peut|peuvent|avait|avaient)(?:-t-\w+)?\s+)?([a-z][a-z-]+)/;
// Verbs that say nothing of the answer's own ("que fait", "que dit", "qu'est-ce"): asked in any words.
const PLAIN_VERBS: ReadonlySet<string> = new Set([
  'fait',
  'font',
  'faire',
  'est',
  'sont',
  'dit',
  'disent',
  'pense',
  'pensent',
  'signifie',
  'veut',
  // ("qu'a décidé la Région", "que prévoit le plan": what was decided is said by what will be done)
  'decide',
  'decident',
  'decider',
  'prevu',
  'prevoit',
  'prevoient',
  'prevoir',
  // ("que deviendront les ordinateurs", "que devient le site": what happens to them, in any words)
  'devient',
  'deviennent',
  'deviendra',
  'deviendront',
  'devenu',
  'devenue',
  'devenus',
  'devenues',
]);

/** Marks the verb a "que …" question asks about as its focus: the answer must say it (or a word of its family). */
function markVerbAsked(concepts: QueryConcept[], folded: string): void {
  const verb = WHAT_VERB.exec(folded)?.[1];
  if (verb === undefined || PLAIN_VERBS.has(verb)) return;
  const concept = concepts.find((c) => c.kind !== 'name' && foldWord(c.label) === verb);
  if (!concept) return;
  concept.focus = 'passage';
  concept.verbal = true;
}

// "avant le Plan Numérique", "depuis la loi X", "after the Digital Plan": a name after a word of time. Read with
// its accents: "dès" dates, "des" ("les écoles des Hautes-Pyrénées") does not.
const BEFORE_DATING_NAME =
  /(?:^|\s)(?:avant|après|apres|depuis|dès|lors d[eu]|suite [àa]|before|after|since)\s+(?:la |le |les |l['’]|the )?([^\s?,;.]+(?:\s+[^\s?,;.]+){0,3})/gu;

/** Marks the names that open a phrase of time in the question: they date the fact asked, the answer need not say them. */
function markDatingNames(concepts: QueryConcept[], lowercase: string): void {
  const names = new Map(
    Array.from(
      concepts.filter((c) => c.kind === 'name'),
      (c) => [foldWord(c.label), c] as const,
    ),
  );
  if (names.size === 0) return;
  for (const m of lowercase.matchAll(BEFORE_DATING_NAME)) {
    // The run of the question's names right after the word of time ("new deal"), up to the first other word.
    for (const word of m[1]!.split(/\s+/)) {
      const name = names.get(foldWord(word));
      if (!name) break;
      name.dating = true;
    }
  }
}

// "D'après X, président de Y, combien…", "selon un responsable de Y ?": the attribution runs to a comma, or on
// through an apposition closed by a second one, or to the end of the question.
const ATTRIBUTION = new RegExp(`(?:^|[\\s,])(?:${ATTRIBUTION_OPENERS.join('|')})\\s+([^,?;.]+(?:,\\s*[^,?;.]+(?=,))?)`, 'gu');

/** Marks the names of the question's attribution: the answer need not say who said it, its document does. */
function markSpeakerNames(concepts: QueryConcept[], lowercase: string): void {
  const names = Array.from(
    concepts.filter((c) => c.kind === 'name'),
    (c) => ({ concept: c, words: foldWord(c.label).split(/\s+/) }),
  );
  if (names.length === 0) return;
  for (const m of lowercase.matchAll(ATTRIBUTION)) {
    const said = new Set(Array.from(m[1]!.split(/[\s,'’]+/), foldWord));
    for (const name of names) if (name.words.every((w) => said.has(w))) name.concept.speaker = true;
  }
}

/**
 * Marks a name said as the complement of one of the question's nouns, after its definite article: "l'agglomération
 * de Rochebrune", "la médiathèque de Lanvaux". A page may then speak of it by that noun alone ("l'Agglo").
 */
function markNameHeads(concepts: QueryConcept[], lowercase: string): void {
  const nouns = new Map(
    Array.from(
      concepts.filter((c) => c.kind === 'content'),
      (c) => [foldWord(c.label), c.label] as const,
    ),
  );
  for (const m of lowercase.matchAll(NAME_HEAD)) {
    const name = concepts.find((c) => c.kind === 'name' && m[2]!.startsWith(c.label.toLowerCase()));
    const head = nouns.get(foldWord(m[1]!));
    if (name && head) name.head = head;
  }
}

// A singular noun after its definite article, then "de" (or "du") and the word after it.
const NAME_HEAD =
  /(?:^|[^\p{L}])(?:l['’]\s*|le\s+|la\s+|au\s+|du\s+)(\p{L}[\p{L}-]*[^s\P{L}])\s+(?:de\s+(?:la\s+|l['’]\s*)?|du\s+|d['’]\s*)(\S+)/gu;

const DURATION_ASKED = /\bcombien de temps\b/;

/** Whether the question says a name after a preposition of place ("à Kerhostin", "de Brûlain", "in Auxerre"). */
function saidAtPlace(folded: string, label: string): boolean {
  const name = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `(?:^|\\s)(?:a|au|aux|en|dans|de|du|vers|pres de|in|at|near)\\s+(?:la |le |l')?${name}(?![a-z])|(?:^|\\s)d'${name}(?![a-z])`,
  ).test(folded);
}

const PORTFOLIO_HOLDERS: ReadonlySet<string> = new Set(FRENCH_PORTFOLIO_HOLDERS);

// A preposition of place, read with its accents ("à", not the verb "a"), and the word after it.
const AFTER_PLACE_PREPOSITION = /(?:^|[\s'’])(?:à|au|aux|en|dans|sur|vers|près de|in|at|near)\s+(?:la |le |les |l['’])?([\p{L}-]+)/gu;

/**
 * The lowercase words of a question that stand where a place would ("dans le gard"), not those that stand for
 * a portfolio ("l'adjoint à l'urba"): read once per question, with its accents ("a dépassé" places nothing).
 */
function wordsWherePlacesStand(lowercase: string): Set<string> {
  const words = new Set<string>();
  for (const m of lowercase.matchAll(AFTER_PLACE_PREPOSITION)) {
    const before = /([\p{L}-]+)\s*$/u.exec(lowercase.slice(0, m.index))?.[1];
    if (before === undefined || !PORTFOLIO_HOLDERS.has(foldWord(before))) words.add(m[1]!);
  }
  return words;
}

/** Whether a word of the question only names the kind of answer, which no answer says. */
function namesKindOfAnswer(c: QueryConcept, label: string, folded: string, language: Locale): boolean {
  // "combien de temps" asks a duration: "temps" names the kind of answer, no answer says it.
  if (label === 'temps' && DURATION_ASKED.test(folded)) return true;
  if (c.kind !== 'content') return false;
  // "le nombre de prises", "the number of attacks": "nombre" names the kind of answer; the noun after it is counted.
  // "quel type de contrat": "type" only sorts the contract, and the answer names one of its kinds.
  return (NUMBER_OF[language].test(folded) && NUMBER_NOUN.test(label)) || (language === 'fr' && isClassifierOf(label, folded));
}

const CLASSIFIER_OF = new RegExp(`(?:^|\\s)(${FRENCH_CLASSIFIER_NOUNS.join('|')})s?\\s+(?:de\\s+|d')[a-z]`);

/** Whether a folded word is the noun that sorts the noun after it in the question ("type" in "quel type de réseau"). */
function isClassifierOf(label: string, folded: string): boolean {
  const said = CLASSIFIER_OF.exec(folded)?.[1];
  return said !== undefined && label.replace(/s$/, '') === said;
}
const NUMBER_NOUN = /^(?:nombre|number)$/;
const NUMBER_OF: Record<Locale, RegExp> = { fr: /\bnombre\s+(?:de|d')/, en: /\bnumber\s+of\b/ };

/** The noun "quel X" asks about: a measure, a noun naming the kind of answer, a list's category, or the focus. */
function markFocus(c: QueryConcept, label: string, language: Locale, wantsList: boolean, folded: string): AnswerType | undefined {
  if (measureOf(label, language, folded)) {
    // "Quelle hauteur…": the answer counts the measure's unit ("42 mètres").
    c.focus = 'passage';
    c.measure = true;
    c.counted = true;
    return 'number';
  }
  if (typeOfNoun(label, language)) c.kind = 'type';
  // "Quels chantiers sont terminés ?": each answer names its item ("le Val de Saône"), not the
  // category, which counts like a noun naming the kind of answer.
  else if (wantsList) {
    c.kind = 'type';
    c.category = true;
  } else c.focus = 'passage';
  return undefined;
}

/** The noun a type noun is said of ("le budget *du projet*") is what the document must be about. */
function markTypeComplements(concepts: QueryConcept[], folded: string, language: Locale): void {
  for (const c of concepts) {
    if (c.kind !== 'type') continue;
    const words =
      TYPE_COMPLEMENT[language](foldWord(c.label).replace(/[^a-z-]/g, ''))
        .exec(folded)?.[1]
        ?.split(/\s+/) ?? [];
    // The last word of the phrase that is a word of the question (French has one word: its noun).
    let target: QueryConcept | undefined;
    for (const word of words.reverse()) {
      target ??= concepts.find((o) => foldWord(o.label) === word && o.kind !== 'name' && o.kind !== 'type');
    }
    if (target && !target.focus) target.focus = namesKindOf(c, folded, language) ? 'passage' : 'document';
  }
}

/**
 * "Quel groupe de hackers", "quelle société d'informatique": a bare noun after a noun of a body says what
 * kind of body the answer is, and the answer's sentence must say it ("le groupe de la commune", with its
 * article, says whose). Not after a role: "le maire de vallon", typed in lowercase, names a town.
 */
function namesKindOf(type: QueryConcept, folded: string, language: Locale): boolean {
  if (language !== 'fr' || typeOfNoun(foldWord(type.label), language) !== 'organisation') return false;
  const word = foldWord(type.label).replace(/[^a-z-]/g, '');
  return new RegExp(`\\b${word}\\s+(?:de\\s+(?!la\\s|l')|d')`).test(folded);
}

/** Merges concepts typed twice ("fibre … fibre"): the same first alternative counts once. */
function withoutRepeats(concepts: QueryConcept[]): QueryConcept[] {
  const seen = new Set<string>();
  return concepts.filter((c) => {
    const key = Array.from(c.alternatives, (a) => a.terms.join(' ')).join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface QuestionReadingResources {
  /** Whether a folded French word is a verb form (and not also a noun or adjective). */
  isFrenchVerb(folded: string): boolean;
  /** Whether a folded French word is an adjective and no noun. */
  isFrenchAdjective(folded: string): boolean;
  /** The French infinitive of a folded verb form, when it is one. */
  frenchVerbLemma(folded: string): string | undefined;
  /** English words read and translated (readEnglish.ts). */
  englishWords(text: string): EnglishWord[];
  /** Whether the French lexicon knows a folded word (a mistyped question word is one it does not). */
  knowsFrench(folded: string): boolean;
}

/**
 * Each word of the question with the forms it is looked up by in the vocabulary: in French the word and,
 * for a verb form, its infinitive ("coûte", "couter"); in English its lemmas.
 */
function wordForms(text: string, language: Locale, resources: QuestionReadingResources, english: readonly EnglishWord[]): string[][] {
  if (language === 'en') return Array.from(english, (w) => w.lemmas);
  return Array.from(analyzeFrench(text), (t, i) => {
    // (a capital within the question names something: "la Somme" is no sum of money)
    if (i > 0 && /^\p{Lu}/u.test(t.surface)) return [];
    const folded = foldWord(t.surface);
    const verb = resources.frenchVerbLemma(folded);
    // (after an article a participle is a noun: "les données" are data, nothing given)
    if (verb === undefined || (verb !== folded && DETERMINER_BEFORE.test(text.slice(0, t.start)))) return [folded];
    return [folded, verb];
  });
}

function usesMoneyWords(forms: readonly string[][], language: Locale): boolean {
  if (language === 'en') return forms.some((f) => f.some((l) => ENGLISH_MONEY_VERBS.has(l)));
  return forms.some((f) => f.some((w) => FRENCH_MONEY_VERBS.has(w)) || (f[0] !== undefined && typeOfNoun(f[0], 'fr') === 'money'));
}

/** Whether a word is French the lexicon knows, a function word ("soit", "un") or a word of chat French ("ordi"). */
function knowsChatFrench(resources: QuestionReadingResources): (word: string) => boolean {
  return (word) => {
    const folded = foldWord(word);
    return resources.knowsFrench(folded) || isFunctionWord(folded) || INFORMAL_FRENCH.has(folded);
  };
}

/** Whether the question asks a price (FRENCH_PRICE_WORDS): by a word, or by a verb form of one ("coûte"). */
function asksPrice(forms: readonly string[][], language: Locale): boolean {
  const words = language === 'en' ? ENGLISH_PRICE_WORDS : FRENCH_PRICE_WORDS;
  return forms.some((f) => f.some((w) => words.has(w)));
}

/** Whether a yes-or-no question asks if something is paid for (PAYING_WORDS: "payer", "gratuit", "free"). */
function asksWhetherPaid(forms: readonly string[][], language: Locale): boolean {
  // (an English phrase, "pay for", is one form)
  return forms.some((f) => f.some((form) => form.split(' ').some((w) => PAYING_WORDS[language].has(w))));
}

// The verbs of paying ("payer", "cost"): "gratuit", "free" already say what answers.
const PAYING_VERB_WORDS = conceptWords(PAYING_VERBS.fr, PAYING_VERBS.en);
/** How much a word of a price answers a word of paying: as a glossary synonym says a word (0.85). */
const PRICE_ANSWER_FACTOR = 0.85;
const PRICE_ANSWER_TERMS: readonly string[] = [...new Set(PRICE_ANSWER_WORDS.flatMap((w) => analyzeFrenchTerms(w)))];

/**
 * "on paie ou pas ?", "do I have to pay?": a page answers whether one pays by "gratuit", "payant" or
 * a price, seldom by the question's verb: each verb of paying may be said by those (PRICE_ANSWER_FACTOR).
 * Not for every question: "combien paie la Région" asks a contribution.
 */
function withPriceAnswers(concepts: QueryConcept[], language: Locale): void {
  for (const c of concepts) {
    if (!isConceptWord(c, language, PAYING_VERB_WORDS)) continue;
    for (const term of PRICE_ANSWER_TERMS)
      if (!c.alternatives.some((a) => a.terms.length === 1 && a.terms[0] === term))
        c.alternatives.push(alternative([term], PRICE_ANSWER_FACTOR));
  }
}

/**
 * "Le pylône est à qui ?": whose a thing is is said by "propriété", "propriétaire", "appartient", none of
 * them in the question: they are what its answer must say, as a noun of the question would be.
 */
const OWNERSHIP = (): QueryConcept =>
  queryConcept(
    'propriété',
    'content',
    Array.from(new Set(OWNERSHIP_WORDS.flatMap((w) => analyzeFrenchTerms(w))), (t) => alternative([t], 1)),
  );

interface QuestionParts {
  shape: ReturnType<typeof readQuestionShape>;
  measured: AnswerType | undefined;
  text: string;
  folded: string;
  language: Locale;
  concepts: QueryConcept[];
  forms: readonly string[][];
  resources: QuestionReadingResources;
}

/**
 * Whether the question is typed as search-box keywords, with no question word ("budget bornes rochefort"):
 * it says what it wants by a noun alone. ("La commune a-t-elle porté plainte ?" asks yes or no: its noun is
 * its subject, not a kind of answer; so is that of "Qu'ont décidé les élus ?", which asks what they decided,
 * and a name asked, "c'est quoi le nom du bus qui passe dans les villages", is the name of the noun after "nom".)
 */
function byKeywords(q: Pick<QuestionParts, 'shape' | 'folded' | 'language'>): boolean {
  const { shape, folded, language } = q;
  return (
    shape.answerType === 'other' &&
    !shape.focus &&
    !ASKS_YES_OR_NO[language].test(folded) &&
    !ASKS_WHAT[language].test(folded) &&
    !ASKS_HOW_OR_WHY[language].test(folded) &&
    !asksName(folded, language)
  );
}

/** The kind of answer asked; a yes-or-no question on paying is given the words its answer uses (withPriceAnswers). */
function askedType(q: QuestionParts): AnswerType {
  const { shape, folded, language } = q;
  const clause = shape.answerType === 'definition' && asksWhatClause(q.text, q.resources.isFrenchVerb);
  const yesOrNo = ASKS_YES_OR_NO[language].test(folded);
  const read =
    q.measured ??
    (clause ? 'other' : byKeywords(q) ? keywordType(q.concepts, folded, language, q.resources.isFrenchAdjective) : shape.answerType);
  if (read === 'other' && asksRoleOfName(folded, language, q.concepts)) return 'person';
  // ("a-t-elle payé la rançon ?", "did the town pay?" ask whether it happened, not what it costs.)
  if (read === 'other' && yesOrNo && !ASKS_PAST[language].test(folded) && asksWhetherPaid(q.forms, language))
    withPriceAnswers(q.concepts, language);
  return read;
}

export function readQuestion(question: string, resources: QuestionReadingResources, locale?: Locale): ReadQuestion {
  const typed = question.replace(/\s+/g, ' ').trim();
  // "Bonjour, … Merci !": read without the courtesies ("Hello" would make a French question English),
  // and with chat shorthand written out ("cb de prises ds le Gers"), départements named ("dans le 29").
  const plain = withoutChatShorthand(withoutCourtesies(typed));
  const language = locale ?? detectLocale(plain);
  const { text, glued } = readText(plain, language, resources);
  const english = language === 'en' ? resources.englishWords(text) : [];
  const folded = foldQuestion(text);
  const shapeText = language === 'fr' ? withoutConjunctiveQuand(folded, resources.isFrenchVerb, text) : folded;
  const forms = wordForms(text, language, resources, english);
  const moneyWords = usesMoneyWords(forms, language);
  const shape = readQuestionShape(shapeText, language, moneyWords, language === 'fr' && typesWhere(text));
  // (French set phrases said plainly, once: the concepts and the counted noun are read from it)
  const phrased = language === 'en' ? text : plainFrenchPhrases(text);
  const concepts = withoutRepeats(language === 'en' ? englishConcepts(english) : frenchConcepts(phrased, resources.isFrenchVerb));
  markGlued(concepts, glued);
  const ownerAsked = ASKS_OWNER[language].test(folded);
  if (ownerAsked) concepts.push(OWNERSHIP());
  const asked = measureAsked(folded, language);
  if (asked) withMeasureNoun(concepts, asked, language);
  const measured = markRoles(concepts, { text, phrased }, language, asked?.noun ?? shape.focus, shape.wantsList);
  const parts = { shape, measured, text, folded, language, concepts, forms, resources };
  const keywords = measured === undefined && byKeywords(parts);
  const answerType = askedType(parts);
  const shareOfMoney = answerType === 'percent' && !NAMES_PERCENTAGE.test(folded) && (moneyWords || SHARE_OF_A_NAME.test(text));
  const endpoint = answerType === 'date' ? markEndpoint(concepts, language) : undefined;
  if (answerType === 'date') markEventVerbs(concepts, language, resources);
  markKindNouns(concepts, answerType, language);
  return {
    text: typed,
    language,
    answerType,
    wantsList: shape.wantsList,
    keywords,
    ...howMuchAsked(answerType, folded, language),
    endpoint,
    shareOfMoney,
    // ("combien a coûté le portail en tout": a price is paid for each use, a total is what the whole cost)
    priceAsked: answerType === 'money' && asksPrice(forms, language) && !asksTotal(folded),
    ownerAsked,
    ...whoAsked(answerType, folded, language, concepts),
    concepts,
  };
}

/**
 * Nouns that only name the kind of answer: "Quelle place a-t-il obtenue ?" (the rank, "deuxième", is the
 * answer; no answer says "place"); "le numéro de téléphone", "le num de tel" (every noun of the number asked).
 */
function markKindNouns(concepts: QueryConcept[], answerType: AnswerType, language: Locale): void {
  if (answerType === 'ordinal') for (const c of concepts) if (RANK_NOUNS[language].has(foldWord(c.label))) markAsType(c);
  if (answerType === 'telephone') for (const c of concepts) if (typeOfNoun(foldWord(c.label), language) === 'telephone') markAsType(c);
}

/**
 * A question's text as read: in French, départements named, elisions typed without their apostrophe or
 * glued to the next word opened, question words' typos corrected; and the glued words opened.
 */
function readText(plain: string, language: Locale, resources: QuestionReadingResources): { text: string; glued: Map<string, string> } {
  if (language === 'en') return { text: withEnglishContractionsOpened(plain), glued: new Map() };
  const { text, opened } = openGluedElisions(withElisionsRestored(withDepartmentNames(plain)), knowsChatFrench(resources));
  return { text: correctQuestionWords(text, resources.knowsFrench, resources.isFrenchVerb), glued: opened };
}

/** Marks the words read as the rest of a glued elision with the word as typed ("aval": "laval"). */
function markGlued(concepts: QueryConcept[], opened: ReadonlyMap<string, string>): void {
  if (opened.size === 0) return;
  for (const c of concepts) c.glued = opened.get(c.label.toLowerCase());
}

/**
 * "Quand l'a-t-on inauguré ?": a page on one thing dates many of its events, and the verb says which:
 * in a date question it counts as a noun does. Not a light verb ("mis en service", "fait"), which says
 * little alone.
 */
function markEventVerbs(concepts: QueryConcept[], language: Locale, resources: QuestionReadingResources): void {
  for (const c of concepts) {
    if (c.kind !== 'verb') continue;
    const word = foldWord(c.label);
    const lemma = language === 'fr' ? (resources.frenchVerbLemma(word) ?? word) : word;
    if (!LIGHT_VERBS[language].has(lemma)) c.kind = 'content';
  }
}

/** A noun that names the kind of answer asked: satisfied by an answer of that kind, not looked for as said. */
function markAsType(c: QueryConcept): void {
  c.kind = 'type';
  c.focus = undefined;
}

/**
 * The end of something a date question asks ("fin", "démarrer", "completed"): its words say which date
 * answers, not what the answer is about, so they are satisfied, as a noun of the kind asked is, by a date.
 */
function markEndpoint(concepts: QueryConcept[], language: Locale): Endpoint | undefined {
  const endpoint = endpointAsked(concepts, language);
  if (endpoint) for (const c of concepts) if (endpointOfConcept(c, language) === endpoint) markAsType(c);
  return endpoint;
}

/** For "qui" and "quel est le nom": whether the question asks who a name is, whom something is for, or a name. */
function whoAsked(answerType: AnswerType, folded: string, language: Locale, concepts: readonly QueryConcept[]) {
  const person = answerType === 'person';
  return {
    identity:
      person && ((IDENTITY[language].test(folded) && concepts.every((c) => c.kind === 'name')) || ROLE_ASKED[language].test(folded)),
    beneficiary: person && BENEFICIARY[language].test(folded),
    nameAsked: asksName(folded, language) || concepts.some(namesBrand),
    roleOf: person ? roleOfName(folded, language, concepts) : undefined,
  };
}

// "la directrice de Vernéa", "le patron du SDEA", "the head of Vernea": a noun of persons, then whose.
const ENGLISH_PERSON_NOUNS = Array.from(
  [...ENGLISH_TYPE_NOUNS].filter(([, type]) => type === 'person'),
  ([noun]) => noun,
);
const ROLE_OF: Record<Locale, RegExp> = {
  fr: new RegExp(`\\b(?:${frenchTypeNouns('person').join('|')})s?\\s+(?:de|du|des|d')\\s*(?:la\\s+|le\\s+|l'\\s*)?([a-z0-9-]+)`),
  en: new RegExp(`\\b(?:${ENGLISH_PERSON_NOUNS.join('|')})s?\\s+of\\s+(?:the\\s+)?([a-z0-9-]+)`),
};

/** The name a role asked is of ("quelle directrice *de Vernéa*"), when the question gives one there. */
function roleOfName(folded: string, language: Locale, concepts: readonly QueryConcept[]): string | undefined {
  const word = ROLE_OF[language].exec(folded)?.[1];
  return word !== undefined && concepts.some((c) => c.kind === 'name' && foldWord(c.label) === word) ? word : undefined;
}

// "la part de la CAF", "the Region's share": the share of a funder, said as an amount as often as a percentage.
// "Quel pourcentage", "what percentage", "quel taux": a percentage is asked, no amount answers it.
const NAMES_PERCENTAGE = /\b(?:pourcentages?|percentages?|percent|taux|rate)\b|%/;
const SHARE_OF_A_NAME = /\bparts?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*\p{Lu}|\bshare of (?:the )?\p{Lu}|\p{Lu}\p{L}*['’]s share\b/u;

/** For a date, whether it is a deadline; for an amount or a number, the period it is per, or whether it is a total. */
function howMuchAsked(
  answerType: AnswerType,
  folded: string,
  language: Locale,
): Pick<ReadQuestion, 'deadline' | 'since' | 'delay' | 'timeAsked' | 'period' | 'total' | 'maximum' | 'change'> {
  const deadline = answerType === 'date' && DEADLINE[language].test(folded);
  const since = answerType === 'date' && SINCE[language].test(folded);
  const delay = answerType === 'duration' && DELAY[language].test(folded);
  const amount = answerType === 'money' || answerType === 'number';
  // "combien de capteurs équiperont la ville ?": what is still to come, a date or a figure; "où la mairie
  // veut-elle maintenant l'ouvrir ?": how things are now, whatever is asked.
  const timeAsked = answerType === 'date' || amount ? timeOf(folded, language) : SO_FAR[language].test(folded) ? 'so-far' : undefined;
  const period = amount ? ratePeriodsSaid(folded)[0] : undefined;
  const total = amount && period === undefined && asksTotal(folded);
  const change = amount && CHANGE_ASKED[language].test(folded);
  return { deadline, since, delay, timeAsked, period, total, maximum: amount && MAXIMUM[language].test(folded), change };
}

function timeOf(folded: string, language: Locale): TimeAsked | undefined {
  if (AT_FIRST[language].test(folded)) return 'at-first';
  if (FUTURE[language].test(folded)) return 'to-come';
  return SO_FAR[language].test(folded) ? 'so-far' : undefined;
}

const WHAT_QUESTION = /^qu['’]est-ce qu(?:e\s+|['’])(?:c['’]est\b)?(.*)$/iu;

/**
 * "Qu'est-ce que la mairie a perdu ?" asks for what a clause says, not for the definition of "la
 * mairie" ("Qu'est-ce qu'une zone blanche ?"): after "qu'est-ce que", an auxiliary or a verb makes a clause.
 */
function asksWhatClause(text: string, isVerb: (folded: string) => boolean): boolean {
  const rest = WHAT_QUESTION.exec(text)?.[1];
  if (!rest) return false;
  const words = rest
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  return words.some((w) => FRENCH_AUXILIARIES.has(w) || isVerb(foldWord(w)));
}

/**
 * "How tall…", "il fait combien de haut": the measure is named by no noun; its French noun (hauteur)
 * stands for it, and the adjective, which only shapes the question, is no longer searched.
 */
function withMeasureNoun(concepts: QueryConcept[], asked: { noun: string; adjective: string }, language: Locale): void {
  const french = language === 'en' ? ENGLISH_MEASURE_NOUNS.get(asked.noun) : asked.noun;
  if (!french) return;
  const adjective = concepts.findIndex((c) => foldWord(c.label) === asked.adjective);
  if (adjective >= 0) concepts.splice(adjective, 1);
  concepts.push(
    queryConcept(asked.noun, 'content', [
      alternative(
        Array.from(analyzeFrench(french), (t) => t.term),
        1,
      ),
    ]),
  );
}

/** "Quelle fonction occupe X ?", "what is X's role": the role said beside the name answers, as for "qui est X". */
const ROLE_ASKED: Record<Locale, RegExp> = {
  fr: /\bquel(?:le)?\s+(?:est\s+(?:la|le|sa|son)\s+)?(?:fonction|poste|role|titre)\b/,
  en: /\bwhat(?:'s|\s+is|\s+was)?\s+(?:(?:his|her|the)\s+)?(?:position|role|job|title)\b|\brole\s+of\b/,
};

/**
 * Whether the question asks the role of a person it names (two names in a row, as a first name and a surname):
 * its role nouns name the kind of answer. "Quel rôle joue Kéops dans le Vernaix et la Lanvaux" asks what a company
 * does there, not who it is.
 */
function asksRoleOfName(folded: string, language: Locale, concepts: QueryConcept[]): boolean {
  const names = Array.from(
    concepts.filter((c) => c.kind === 'name'),
    (c) => foldWord(c.label),
  );
  if (!ROLE_ASKED[language].test(folded) || !names.some((n, i) => i > 0 && folded.includes(`${names[i - 1]} ${n}`))) return false;
  for (const c of concepts) if (ROLE_NOUNS.has(foldWord(c.label))) markAsType(c);
  return true;
}

/** "Qui est X ?", "c'est qui X", "who is X": with nothing but names, it asks what X is or does. */
const IDENTITY: Record<Locale, RegExp> = {
  fr: /^(?:et\s+|mais\s+)?(?:qui\s+(?:est|etait|sont)\b|qui\s+c'est\b|c'est\s+qui\b)|\bc'est\s+qui\s*\??$/,
  en: /^(?:and\s+|so\s+)?who\s+(?:is|was|are)\b/,
};

/** "Pour qui…", "à qui s'adresse…", "for whom", "who is it for": whom something is for, people of a kind as often as a name. */
const BENEFICIARY: Record<Locale, RegExp> = {
  fr: /\bpour qui\b|\ba qui (?:s'adresse|s'adressent|est destine|sont destine|profite|profitent|beneficie)/,
  en: /\bfor whom\b|\bwho (?:benefits|is (?:it|this|that) for|are (?:they|these|those) for)\b|^who\b.*\bfor\s*\??$/,
};

/** A question about what is still to come: a future, "doit", "devrait", "prévu", "prévoit", "will", "should", "is due", "plans to". */
const FUTURE: Record<Locale, RegExp> = {
  fr: /\b(?:sera|seront|aura|auront|aurons|fera|feront|ira|iront|va|vont|doit|doivent|devra|devront|devrait|devraient|pourra|pourront|prevue?s?|prevoi(?:t|ent)|envisagen?t?|projetten?t?)\b|\b[a-z]{3,}(?:era|eront|ira|iront|dra|dront)\b/,
  en: /\b(?:will|should|shall|going to)\b|\b(?:is|are) (?:expected|due|scheduled|planned|set)\b|\b(?:plans?|planning|intends?|intending|aims?|aiming) to\b/,
};

/** A question about how things were at first: "au départ", "initialement", "at first", "originally". */
const AT_FIRST: Record<Locale, RegExp> = {
  fr: new RegExp(`\\b(?:${FRENCH_AT_FIRST.join('|')})\\b`),
  en: new RegExp(`\\b(?:${ENGLISH_AT_FIRST.join('|')})\\b`),
};

/** A question about what is done so far: "à ce jour", "jusqu'ici", "déjà", "so far", "to date", "already". */
const SO_FAR: Record<Locale, RegExp> = {
  fr: /\b(?:a ce jour|jusqu'(?:ici|a present|a maintenant|a aujourd'hui)|pour l'instant|pour le moment|a l'heure actuelle|deja|actuellement|desormais|aujourd'hui|maintenant|a present)\b/,
  en: /\b(?:so far|to date|already|until now|up to now|as of (?:now|today)|currently|at present|yet|now|today)\b/,
};

/**
 * A question that asks yes or no: a verb and its subject inverted, "est-ce que", "did" (not "is there"),
 * or, in chat, a statement closed by "ou pas ?", "or not?".
 */
const ASKS_YES_OR_NO: Record<Locale, RegExp> = {
  // ("y a-t-il un numéro ?", "existe-t-il une aide ?" ask for the thing.)
  fr: /^(?!.*\by a-t-il\b|.*\bexiste-t-il\b)(?:.*\b[a-z]+-(?:t-)?(?:il|elle|ils|elles|on)\b|est-ce qu)|\bou (?:pas|non)\s*\??\s*$/,
  en: /^(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b(?!\s+there\b)|\bor not\s*\??\s*$/,
};

/** A yes-or-no question on what happened: "a-t-elle payé", "ont-ils payé", "did", "has". */
const ASKS_PAST: Record<Locale, RegExp> = {
  fr: /\b(?:a|ont|avait|avaient)(?:-t)?-(?:il|elle|ils|elles|on)\b|\b(?:a|ont|avait|avaient)\s+(?:[a-z]+\s+)?payee?s?\b/,
  en: /^(?:did|has|have|had|was|were)\b/,
};

// "Comment s'inscrire aux ateliers ?", "how do residents sign up?", "pourquoi…": a question word, no keywords.
const ASKS_HOW_OR_WHY: Record<Locale, RegExp> = {
  // (anywhere: chat puts it after its verb, "il s'appelle comment le portail", "on fait comment pour…")
  fr: /\b(?:comment|pourquoi)\b/,
  en: /^(?:how|why)\b/,
};

/** A question opening on "que"/"what": it asks what is done, whatever nouns it names. */
const ASKS_WHAT: Record<Locale, RegExp> = {
  // (or after what it is about: "Après la panne, qu'est-ce que le maire a décidé ?", "Selon le maire, que…";
  // or as chat asks it, anywhere: "à quoi sert…", "ils risquent quoi ?" — but "quoi comme matériel" names the
  // kind of answer, as "quel matériel" does)
  fr: /^(?:que|qu')|^[^,?]*,\s*(?:que\b|qu')|\bqu'est-ce qu(?:e\b|'|i\b)|\bquoi\b(?!\s+comme\b)/,
  en: /^what\s+(?:do|does|did|will|would|has|have|had|can|could)\b/,
};

// A question asking the most an amount may reach: "ça monte à combien max", "le montant maximal",
// "jusqu'à combien", "le plafond de l'aide" ("au plus tard" asks a deadline).
const MAXIMUM: Record<Locale, RegExp> = {
  fr: /\b(?:max|maxi|maximum|maximale?s?|maximaux|plafond|plafonnee?s?|au plus(?! tard))\b|\bjusqu'a combien\b/,
  en: /\b(?:max|maximum|at most|up to how much|cap|ceiling)\b/,
};

/** A question asking since when something holds, or from when it will ("à partir de quel mois", "dès quand"). */
const SINCE: Record<Locale, RegExp> = {
  fr: /\b(?:depuis|a partir de|a compter de|des) (?:quand|quel(?:le)? (?:date|annee|jour|mois|moment))\b/,
  en: /\b(?:since|from|starting) (?:when|what (?:date|year|day|month))\b/,
};

// "De combien a baissé le budget", "de combien a augmenté le trafic", "by how much": a change of a figure.
const CHANGE_ASKED: Record<Locale, RegExp> = {
  fr: /\bde combien\b(?!\s+d(?:e\b|'))|\bcombien de fois plus\b/,
  en: /\bby how much\b|\bhow many times (?:more|bigger|larger|higher)\b/,
};

/**
 * A question asking how long after (or before) something another thing happens, or how long from now
 * ("d'ici combien de temps"): "cinq jours après l'incident", "dans huit mois" answer it, though neither is a
 * duration for "combien de temps dure…".
 */
const DELAY: Record<Locale, RegExp> = {
  fr: /\bau bout de combien\b|\bapres combien\b|\b(?:d'ici|dans) combien\b|\bcombien de (?:temps|jours|semaines|mois|ans|annees|heures|minutes) (?:apres|avant|plus tard)\b|\bdelais?\b/,
  en: /\bhow long (?:after|before|until|till|later)\b|\bafter how (?:long|many)\b|\bhow many (?:years|months|weeks|days|hours|minutes) (?:after|later|before|earlier)\b|\bwithin what time\b/,
};

/** A question asking by when something must be done. */
const DEADLINE: Record<Locale, RegExp> = {
  fr: /\bdate limite\b|\bjusqu'(?:a|au) quand\b|\b(?:avant|d'ici) (?:quand|quelle date)\b|\bd'ici quand\b|\becheance\b|\bau plus tard\b/,
  en: /\bdeadline\b|\buntil when\b|\bby when\b|\b(?:by|before) what date\b|\bno later than\b|\bcut-?off\b/,
};

/**
 * "sorrac boucle salle conseil": among keywords, a noun of a place or a body followed by a noun of no kind heads
 * that noun, its complement (the council's room): it names the thing, and asks nothing. Not the first keyword,
 * which says what is searched ("commune fibre Sorrac", "entreprise pylône Sorrac"); not before an adjective
 * ("site expérimental"), which says which one is asked; nor a noun of a figure or a person ("budget fibre",
 * "contact presse"), whose complement says what it is of.
 */
const ENTITY_TYPES: ReadonlySet<AnswerType> = new Set(['place', 'organisation']);

function headsNextNoun(concepts: readonly QueryConcept[], i: number, language: Locale, isAdjective: (folded: string) => boolean): boolean {
  const next = concepts[i + 1];
  const word = next === undefined ? '' : foldWord(next.label);
  if (i === 0 || language !== 'fr' || next?.kind !== 'content' || typeOfNoun(word, language) !== undefined || isAdjective(word))
    return false;
  const type = typeOfNoun(foldWord(concepts[i]!.label), language);
  return type !== undefined && ENTITY_TYPES.has(type);
}

/**
 * Whether a noun is said as another noun's complement ("contrats *de territoire*", "plan *de relance*"):
 * it names what that noun is of, not the kind of answer the keywords ask.
 */
function isNounComplement(folded: string, noun: string): boolean {
  const at = wordAt(folded, noun);
  return at > 0 && /\p{L}{3,} (?:de |du |des |d')$/u.test(folded.slice(0, at));
}

/** Where a word stands in a text as a whole word (its neighbours no letters), or -1. */
function wordAt(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/\p{L}/u.test(text.charAt(at - 1)) && !/\p{L}/u.test(text.charAt(at + word.length))) return at;
  }
  return -1;
}

/** Kinds of answer that are a figure or a time: asked of a thing, which another noun of keywords may name. */
const FIGURE_OR_TIME: ReadonlySet<AnswerType> = new Set([...FIGURE_TYPES, 'date', 'duration']);

/**
 * The kind of answer the first type noun of a question without question words asks for (a figure's or a
 * time's first); with none, a noun of the start or end of something asks when ("antenne free début travaux").
 */
function keywordType(concepts: QueryConcept[], folded: string, language: Locale, isAdjective: (folded: string) => boolean): AnswerType {
  // ("salle surface m2": a noun of measure asks the measure, as "quelle surface" does; "très haut débit",
  // "grande surface" name a thing)
  const measure = concepts.find((c) => {
    const label = foldWord(c.label);
    if (c.kind !== 'content' || isNounComplement(folded, label) || !measureOf(label, language, folded)) return false;
    return !/\b(?:haut|bas|grande?s?|petite?s?|moyenne?s?|high|low)\s$/.test(folded.slice(0, wordAt(folded, label)));
  });
  if (measure) return markFocus(measure, foldWord(measure.label), language, false, folded)!;
  const nouns = concepts.flatMap((c, i) => {
    const type =
      c.kind === 'name' || isNounComplement(folded, foldWord(c.label)) || headsNextNoun(concepts, i, language, isAdjective)
        ? undefined
        : typeOfNoun(foldWord(c.label), language);
    return type ? [{ c, type }] : [];
  });
  // ("syndicat fibre lormes année de création": a figure or a time is asked of what the other noun names)
  const asked = nouns.find((n) => FIGURE_OR_TIME.has(n.type)) ?? nouns[0];
  if (asked) {
    // ("subvention borne montant": every noun of the kind asked names it, none is a word the answer must say)
    for (const d of concepts) if (d.kind === 'content' && typeOfNoun(foldWord(d.label), language) === asked.type) d.kind = 'type';
    asked.c.kind = 'type';
    return asked.type;
  }
  // ("fibre première tranche fin 2021" asks what was done by then: "fin 2021" is a date given.)
  const asksMoment = (c: QueryConcept) => MOMENT_NOUNS[language].has(foldWord(c.label)) && !givesDateOfMoment(folded, c.label);
  return concepts.some((c) => c.kind !== 'name' && asksMoment(c)) ? 'date' : 'other';
}
