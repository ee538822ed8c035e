// What a question asks an answer sentence to hold, read once from its concepts, and completed for each
// passage with what its document adds.
import { type AnswerType, FIGURE_TYPES, TIME_TYPES } from './answerTypes.ts';
import type { RatePeriod } from '../language/months.ts';
import { EXPANSION_FACTORS } from './expandConcepts.ts';
import { COMPANY_NOUN_TERMS, initialsOf, namesRole, officeTermsOf, ORGANISATION_NOUN_TERMS } from './officeEvidence.ts';
import { namesBrand, type TimeAsked } from './readQuestion.ts';
import type { ResolvedConcept } from './resolveConcepts.ts';
import { analyzeFrenchTerms } from '../analysis/analyzeFrench.ts';
import { FRENCH_MONTH_NAMES } from '../language/months.ts';
import {
  BROAD_MONEY_KINDS,
  BUILDING_ASKED_NOUNS,
  COMMUNE_ASKED_NOUNS,
  type Endpoint,
  FRENCH_MONEY_KINDS,
  MAIL_NOUNS,
  PUTTING_LOCUTION,
  WEB_NOUNS,
} from '../language/questionVocabulary.ts';
import { foldWord } from '../language/foldText.ts';

/** The least factor of a way of saying a word that still says it: its family's (0.75), not a thesaurus synonym's. */
const SAID_AS_ITSELF = EXPANSION_FACTORS.family;
/** "Quel jour" asks a day of the week, "quelle année" a year (the word or its family, not a synonym of "date"). */
const DATE_UNIT_TERMS = { day: 'jour', year: 'ann', season: 'saison' } as const;
// "période", "moment": with "de l'année", a time of the year.
const PERIOD_TERMS = ['period', 'moment'];
const ADDRESS_TERM = 'adres';
const WEB_NOUN_TERMS: ReadonlySet<string> = new Set(WEB_NOUNS.flatMap((w) => analyzeFrenchTerms(w)));
const MAIL_NOUN_TERMS: ReadonlySet<string> = new Set(MAIL_NOUNS.flatMap((w) => analyzeFrenchTerms(w)));
/** Words that make a noun a web page's ("site *web*", "site *internet*", "*URL*"). */
const WEB_TERMS: ReadonlySet<string> = new Set(analyzeFrenchTerms('web internet url'));
/** Nouns of a place on the web once one of those words qualifies them ("quel *site* internet", "which *website*"). */
const WEB_PLACE_TERMS: ReadonlySet<string> = new Set(analyzeFrenchTerms('site page adresse'));

const MONTH_TERMS: ReadonlySet<string> = new Set(analyzeFrenchTerms(FRENCH_MONTH_NAMES.join(' ')));
const YEAR_TERM = /^(?:19|20)\d\d$/;

/** Whether a term is a month's or a year's. */
export function isTimeTerm(term: string): boolean {
  return MONTH_TERMS.has(term) || YEAR_TERM.test(term);
}

/** Whether two time terms are of one kind (months, or years): a month said is no other year. */
export function sameTimeKind(a: string, b: string): boolean {
  return MONTH_TERMS.has(a) === MONTH_TERMS.has(b);
}

export interface EvidenceRequest {
  answerType: AnswerType;
  counted?: ResolvedConcept;
  /**
   * The words the question qualifies what it counts with, the content word typed right before or after
   * it ("entreprises *régionales*", "*public* terminals"): a number before another noun qualified alike
   * counts the same thing ("deux prestataires régionaux").
   */
  countedQualifiers: ReadonlySet<string>;
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
  /**
   * The terms of the question's own words and their families, not their thesaurus synonyms: an answer that
   * only repeats one echoes the question ("Fonds" is no echo of "création", though the thesaurus links them).
   */
  echoTerms?: ReadonlySet<string>;
  /** Terms of the names the question gives (an answer does not repeat them). */
  nameTerms: ReadonlySet<string>;
  /** Terms of the names the question places its fact at ("dans l'Aube", "à Sorrac"): a sentence placed elsewhere is another place's. */
  placeTerms?: ReadonlySet<string>;
  /** The first letters of the question's words, in order: an acronym of them repeats the question. */
  questionInitials: string;
  /** Terms of the question's other words (an answer stands near them). */
  wordTerms: ReadonlySet<string>;
  /**
   * Terms of the nouns the question is about ("le coût des *capteurs*"): an answer is about them. A figure or
   * a time is also about the name of who acts, said beside it ("celui-ci a reçu 80 000 euros de *l'agence
   * Kéops*" for "l'agence Kéops a mis combien"); a name answering "qui" is not.
   */
  subjectTerms: ReadonlySet<string>;
  /** Terms of the nouns naming the kind of answer ("quel *opérateur*"): a name beside them is one. */
  typeTerms: ReadonlySet<string>;
  /** The same as said beside an answer (kindTerms below): with every noun of organisations when one is asked for. */
  kindTerms: ReadonlySet<string>;
  /** The part of a date asked: "quel jour" a day of the week, "quelle année" a year (sentenceEvidence). */
  dateUnitAsked?: DateUnit;
  /**
   * What kind of place is asked, when the question's noun says: an address ("quelle adresse": a street answers
   * it, a town's name only in part), or a building or a room ("dans quel bâtiment", "quelle salle": said by its
   * noun, seldom by a name).
   */
  placeAsked?: 'address' | 'building' | 'commune';
  /**
   * Whether that address is of a thing on the web ("l'adresse du portail": a web address answers it), or one to
   * write to ("à quelle adresse mail", "email address": a mail address answers it).
   */
  onlineAddressAsked?: 'web' | 'mail';
  /** For a table row, its table's header row: the cell above a value says what it is (tableColumns.ts). */
  tableHeader?: string;
  /** Terms of the question's names the passage's document does not name in its title or opening lines. */
  untitledNameTerms?: ReadonlySet<string>;
  /** The time asked of (readQuestion): a year before the page's is not a date still to come. */
  timeAsked?: TimeAsked;
  /** The year the passage's page was published, when known (set per document). */
  documentYear?: number;
  /** Whether the question is keywords, its kind of answer guessed from a noun ("budget fibre rochefort"). */
  keywords?: boolean;
  /** Whether the date asked for is a deadline: a date said as one ("avant le 15 octobre") is surer. */
  deadline?: boolean;
  /** Whether the date asked for is where something started holding: a date said so ("depuis avril") is surer. */
  since?: boolean;
  /** Whether the duration asked for is a delay (readQuestion): a time said after or before something ("cinq jours après") answers it. */
  delay?: boolean;
  /** The end of something a date is asked of (readQuestion): a date of the other end does not answer. */
  endpoint?: Endpoint;
  /** Whether the most an amount may reach is asked: an amount said as a ceiling ("jusqu'à 600 €") is surer. */
  maximum?: boolean;
  /** The kinds of sums the question names ("rançon", "dépensé": FRENCH_MONEY_KINDS), for an amount asked. */
  moneyKinds?: ReadonlySet<string>;
  /** The period a rate is asked per ("prix mensuel"): an amount per another period, or per none, is not it. */
  period?: RatePeriod;
  /** Terms of what a rate is per ("combien par *conseiller*"): "24 conseillers" does not answer it. */
  perTerms: ReadonlySet<string>;
  /** Terms of what the question says as a verb ("ont *signé*"), in the word's own family (factor ≥ 0.75). */
  actionTerms: ReadonlySet<string>;
  /** Whether a whole is asked for ("au total"): an amount said per item is not it. */
  total?: boolean;
  /** Whether a change of a figure is asked ("de combien a augmenté"): a multiple said in words ("a doublé") answers it. */
  change?: boolean;
  /** Whether how much of a substance is asked ("quelle quantité d'eau"): a figure in litres or tonnes of it answers. */
  substanceAsked?: boolean;
  /** Whether a share asked may be said as an amount ("la part de la Région"): amounts answer it too. */
  shareOfMoney?: boolean;
  /** Whether the amount asked is a price (readQuestion): "gratuit" is then as sure an answer as a sum. */
  priceAsked?: boolean;
  /** Whether the question asks whose a thing is (readQuestion): "propriété de…", "appartient à…" answer it. */
  ownerAsked?: boolean;
  /** Whether the question asks who a name is (readQuestion): the role said beside the name answers it. */
  identity?: boolean;
  /** For a question of who a name is, the terms of that name (holderTermsOf): another name's role is not its. */
  holderTerms?: ReadonlySet<string>;
  /** Whether the question asks whom something is for (readQuestion): people of a kind answer it ("les riverains"). */
  beneficiary?: boolean;
  /** Whether the noun naming the kind of answer names a business ("quelle boîte", "which company"): a public body does not answer. */
  companyAsked?: boolean;
  /** Whether the question asks a name (readQuestion): a description ("le syndicat") does not answer it. */
  nameAsked?: boolean;
  /** The name whose person is asked by a role ("la directrice *de Vernéa*", readQuestion), folded. */
  roleOf?: string;
  /** The index terms of that name as the corpus spells it (a typo corrected: "Vernaix" is searched as the page's "Vernay"). */
  roleOfTerms?: ReadonlySet<string>;
  /** Whether the sentence right before the passage says the question's names (set per passage). */
  namedBefore?: boolean;
  /** Whether a word of the question names a role a person holds ("qui est le *maire*", "the *president*") without being the kind asked. */
  roleAsked?: boolean;
  /** Terms of the offices the question names ("le *maire*", "quel *président*"), with their other ways of being said. */
  officeTerms: ReadonlySet<string>;
  /** Whether the sentence right before or after the passage says an office asked (set per passage). */
  officeBeside?: boolean;
  /** Names of things, folded ("led", "wifi": glossary.thingNamesOf): no person, company or place asked. */
  thingNames?: ReadonlySet<string>;
}

export type QuestionReading = Pick<
  EvidenceRequest,
  | 'answerType'
  | 'counted'
  | 'questionTerms'
  | 'deadline'
  | 'keywords'
  | 'since'
  | 'delay'
  | 'endpoint'
  | 'maximum'
  | 'timeAsked'
  | 'period'
  | 'total'
  | 'change'
  | 'shareOfMoney'
  | 'priceAsked'
  | 'ownerAsked'
  | 'identity'
  | 'beneficiary'
  | 'nameAsked'
  | 'roleOf'
  | 'thingNames'
> & { text?: string };

export type DateUnit = keyof typeof DATE_UNIT_TERMS;

/** The terms of the ways a concept says itself: the word and its family, not a thesaurus synonym. */
function ownTerms(c: ResolvedConcept): string[] {
  return c.alternatives.filter((a) => a.factor >= SAID_AS_ITSELF).flatMap((a) => a.terms);
}

/** The kind of sum each analysed term names (FRENCH_MONEY_KINDS). */
export const MONEY_KIND_OF_TERM: ReadonlyMap<string, string> = new Map(
  FRENCH_MONEY_KINDS.flatMap(([kind, words]) => Array.from(analyzeFrenchTerms(words), (t) => [t, kind] as const)),
);

/** The term of "mettre", a funder's verb but for its locutions (PUTTING_LOCUTION). */
const [PUT_TERM] = analyzeFrenchTerms('mettre');

/**
 * The kinds of sums the question's words name as typed ("quelle rançon", "combien ont-ils dépensé"); not
 * their families: "rançongiciel" asks of no ransom.
 */
function moneyKindsOf(concepts: readonly ResolvedConcept[], text = ''): ReadonlySet<string> {
  const kinds = new Set<string>();
  const putting = PUTTING_LOCUTION.test(foldWord(text));
  for (const c of concepts)
    for (const t of c.concept.alternatives[0]?.terms ?? [])
      if (MONEY_KIND_OF_TERM.has(t) && !(putting && t === PUT_TERM)) kinds.add(MONEY_KIND_OF_TERM.get(t)!);
  // "ça coûte combien, le loyer", "combien ont-ils versé de rançon": the verb asks for a sum, the noun says
  // which; a cost or a grant beside it is another sum.
  if ([...kinds].some((k) => !BROAD_MONEY_KINDS.has(k))) for (const k of BROAD_MONEY_KINDS) kinds.delete(k);
  return kinds;
}

/** The part of a date the noun of the question names, in its own word or its family: not a thesaurus synonym of "date". */
function dateUnitAsked(concepts: readonly ResolvedConcept[]): DateUnit | undefined {
  const said = (term: string) =>
    concepts.some(
      (c) => c.concept.kind === 'type' && c.concept.alternatives.some((a) => a.factor >= SAID_AS_ITSELF && a.terms.includes(term)),
    );
  // "à quelle période de l'année", "à quel moment de l'année": a season, or a time of every year.
  const yearSaid = concepts.some((c) => c.concept.alternatives[0]?.terms.includes(DATE_UNIT_TERMS.year));
  if (PERIOD_TERMS.some(said) && yearSaid) return 'season';
  return (Object.keys(DATE_UNIT_TERMS) as DateUnit[]).find((unit) => said(DATE_UNIT_TERMS[unit]));
}

/** Whether a noun of the question asks an address, in its own word ("l'adresse", "the address"). */
function addressAsked(concepts: readonly ResolvedConcept[]): boolean {
  // (as typed: a page that gives a web address seldom says "adresse")
  return concepts.some((c) => c.concept.kind === 'type' && typedTerms(c).includes(ADDRESS_TERM));
}

/**
 * Whether an address is asked, and whether it is a web thing's ("l'adresse du portail") or one to write to
 * ("adresse mail"); a web page asked for as the kind of answer ("on which website", "quel site internet") asks its address.
 */
function addressesAsked(concepts: readonly ResolvedConcept[]): Pick<EvidenceRequest, 'placeAsked' | 'onlineAddressAsked'> {
  const web = kindAskedBy(concepts, WEB_PLACE_TERMS) && concepts.some((c) => typedTerms(c).some((t) => WEB_TERMS.has(t)));
  const address = addressAsked(concepts) || web;
  const says = (terms: ReadonlySet<string>) => concepts.some((c) => typedTerms(c).some((t) => terms.has(t)));
  const online = address && says(MAIL_NOUN_TERMS) ? 'mail' : web || (address && says(WEB_NOUN_TERMS)) ? 'web' : undefined;
  return { placeAsked: address ? 'address' : placeKindAsked(concepts), onlineAddressAsked: online };
}

/** The terms of the nouns a question asks a building by (BUILDING_ASKED_NOUNS). */
const BUILDING_ASKED_TERMS: ReadonlySet<string> = new Set(analyzeFrenchTerms(BUILDING_ASKED_NOUNS.join(' ')));
/** The terms of the nouns a question asks a commune by (COMMUNE_ASKED_NOUNS). */
const COMMUNE_ASKED_TERMS: ReadonlySet<string> = new Set(analyzeFrenchTerms(COMMUNE_ASKED_NOUNS.join(' ')));

/** Whether a noun naming the kind of answer is one of `terms`, in the question's own word ("quel bâtiment"). */
function kindAskedBy(concepts: readonly ResolvedConcept[], terms: ReadonlySet<string>): boolean {
  return concepts.some((c) => c.concept.kind === 'type' && typedTerms(c).some((t) => terms.has(t)));
}

/** The kind of place the question's own noun asks, a building ("quelle salle") before a commune ("quelle ville"). */
function placeKindAsked(concepts: readonly ResolvedConcept[]): 'building' | 'commune' | undefined {
  if (kindAskedBy(concepts, BUILDING_ASKED_TERMS)) return 'building';
  return kindAskedBy(concepts, COMMUNE_ASKED_TERMS) ? 'commune' : undefined;
}

/** The terms of a concept as the question typed it, whether or not the corpus says them. */
function typedTerms(c: ResolvedConcept): readonly string[] {
  return c.concept.alternatives[0]?.terms ?? [];
}

/**
 * The nouns an answer of the kind asked is said beside: "quelle boîte" is said "la société X"; "quelle
 * marque" is said a brand, by no other noun of companies; "quelles écoles" lists its members after
 * "écoles" or its family, not after a thesaurus synonym ("coins": "zones").
 */
function kindTerms(question: QuestionReading, concepts: readonly ResolvedConcept[], typeTerms: ReadonlySet<string>): ReadonlySet<string> {
  // ("quelle communauté…": the noun asked about names its members too, "la communauté X")
  // ("comment s'appelle la plateforme de la métropole": the thing named is any noun the question says)
  const named = (c: ResolvedConcept) => question.nameAsked === true && c.concept.kind === 'content' && c.concept.verbal !== true;
  if (question.answerType === 'other')
    return new Set(
      concepts
        .filter((c) => c.concept.kind === 'type' || (c.concept.kind === 'content' && c.concept.focus === 'passage') || named(c))
        .flatMap(ownTerms),
    );
  if (question.answerType !== 'organisation' || typeTerms.size === 0 || concepts.some((c) => namesBrand(c.concept))) return typeTerms;
  return new Set([...typeTerms, ...ORGANISATION_NOUN_TERMS]);
}

/** The own terms of the content words next to what is counted (see EvidenceRequest.countedQualifiers). */
function countedQualifiers(counted: ResolvedConcept | undefined, concepts: readonly ResolvedConcept[]): ReadonlySet<string> {
  const at = counted ? concepts.indexOf(counted) : -1;
  if (at < 0) return new Set();
  return new Set([concepts[at - 1], concepts[at + 1]].flatMap((c) => (c?.concept.kind === 'content' ? ownTerms(c) : [])));
}

/** What the question asks of its answer, as read (a deadline, a total, a price…): passed on as it is. */
function askedOfTheAnswer(question: QuestionReading) {
  const { deadline, keywords, since, delay, endpoint, maximum, timeAsked, period, total, change, shareOfMoney, priceAsked } = question;
  const { ownerAsked, identity, beneficiary, nameAsked, roleOf } = question;
  return {
    deadline,
    keywords,
    since,
    delay,
    endpoint,
    maximum,
    timeAsked,
    period,
    total,
    change,
    shareOfMoney,
    priceAsked,
    ownerAsked,
    identity,
    beneficiary,
    nameAsked,
    roleOf,
  };
}

/** The nouns that ask how much of a substance there is, not how many things: "quelle quantité d'eau". */
const QUANTITY_TERMS: ReadonlySet<string> = new Set(analyzeFrenchTerms('quantité volume'));

/** See EvidenceRequest.subjectTerms: the nouns asked about, and for a figure or a time the names of who acts. */
function subjectTermsOf(answerType: AnswerType, concepts: readonly ResolvedConcept[]): ReadonlySet<string> {
  const nouns = concepts.filter((c) => c.concept.kind === 'content' && c.present);
  // (a name the question asks at, "à Sorrac", is where, not who acts)
  const agents =
    FIGURE_TYPES.has(answerType) || TIME_TYPES.has(answerType)
      ? concepts.filter((c) => c.concept.kind === 'name' && c.concept.capitalised === true && c.concept.placed !== true)
      : [];
  if (nouns.length === 0) return new Set();
  return new Set([...nouns, ...agents].flatMap((c) => c.alternatives.flatMap((a) => a.terms)));
}

/**
 * "Quelle fonction occupe Anne Vernay à la Région ?": the person asked of is the first run of names the
 * question writes side by side; "la Région" is where she holds it, and a role beside it ("chargée de mission à
 * la Région") is someone else's.
 */
function holderTermsOf(text: string, concepts: readonly ResolvedConcept[]): ReadonlySet<string> | undefined {
  const names = concepts.filter((c) => c.concept.kind === 'name');
  const run: ResolvedConcept[] = [];
  let from = 0;
  for (const c of names) {
    const at = text.indexOf(c.concept.label, from);
    if (at < 0 || (run.length > 0 && !/^[\s-]*$/.test(text.slice(from, at)))) break;
    run.push(c);
    from = at + c.concept.label.length;
  }
  return run.length > 0 ? new Set(run.flatMap((c) => c.alternatives.flatMap((a) => a.terms))) : undefined;
}

/** The question's terms sorted by the part they play, drawn once from its concepts. */
export function evidenceRequest(question: QuestionReading, concepts: readonly ResolvedConcept[]): EvidenceRequest {
  const termsOf = (keep: (c: ResolvedConcept) => boolean) =>
    new Set(concepts.filter(keep).flatMap((c) => c.alternatives.flatMap((a) => a.terms)));
  const typeTerms = termsOf((c) => c.concept.kind === 'type');
  return {
    answerType: question.answerType,
    counted: question.counted,
    countedQualifiers: countedQualifiers(question.counted, concepts),
    thingNames: question.thingNames,
    countedInDocument: undefined,
    countsInDocument: undefined,
    countedAbove: 0,
    subjectAbove: undefined,
    questionTerms: question.questionTerms,
    echoTerms: new Set(concepts.flatMap(ownTerms)),
    nameTerms: termsOf((c) => c.concept.kind === 'name'),
    holderTerms: question.identity && question.text !== undefined ? holderTermsOf(question.text, concepts) : undefined,
    placeTerms: termsOf((c) => c.concept.kind === 'name' && c.concept.placed === true),
    questionInitials: initialsOf(concepts),
    wordTerms: termsOf((c) => c.concept.kind !== 'name' && c.concept.kind !== 'figure'),
    subjectTerms: subjectTermsOf(question.answerType, concepts),
    typeTerms,
    companyAsked:
      question.answerType === 'organisation' &&
      concepts.some((c) => c.concept.kind === 'type' && ownTerms(c).some((t) => COMPANY_NOUN_TERMS.has(t))),
    dateUnitAsked: dateUnitAsked(concepts),
    // (by the word typed: a corpus that never says "quantité" drops it from the ways the noun is searched)
    substanceAsked: concepts.some(
      (c) => c.concept.kind === 'type' && analyzeFrenchTerms(c.concept.label).some((t) => QUANTITY_TERMS.has(t)),
    ),
    ...addressesAsked(concepts),
    kindTerms: kindTerms(question, concepts, typeTerms),
    ...askedOfTheAnswer(question),
    moneyKinds: question.answerType === 'money' ? moneyKindsOf(concepts, question.text) : undefined,
    documentYear: undefined,
    perTerms: termsOf((c) => c.concept.per === true),
    actionTerms: new Set(concepts.filter((c) => c.concept.verbal === true).flatMap(ownTerms)),
    roleAsked: concepts.some((c) => c.concept.kind === 'content' && namesRole(c.concept.label)),
    officeTerms: officeTermsOf(concepts),
    roleOfTerms:
      question.roleOf === undefined
        ? undefined
        : termsOf((c) => c.concept.kind === 'name' && foldWord(c.concept.label) === question.roleOf),
    officeBeside: undefined,
    namedBefore: undefined,
  };
}

/** What a passage's document and neighbours add to a request (see the fields of EvidenceRequest). */
export type PassageSetting = Pick<
  EvidenceRequest,
  | 'counted'
  | 'countedInDocument'
  | 'subjectAbove'
  | 'countsInDocument'
  | 'officeBeside'
  | 'namedBefore'
  | 'tableHeader'
  | 'untitledNameTerms'
  | 'documentYear'
> & { countedAbove: number };

/**
 * The request for one passage: what its document adds. Spelt out field by field, as evidenceRequest
 * builds it, so every request has one shape: spreading gave most questions' requests a hidden class
 * of their own, and the evidence code, compiled for the earlier ones, was thrown away again and again.
 */
// (a list of fields, one a line, and nothing else: its length says how many fields a request has, not how much it does)
// eslint-disable-next-line max-lines-per-function
export function requestInDocument(request: EvidenceRequest, at: PassageSetting): EvidenceRequest {
  return {
    answerType: request.answerType,
    counted: at.counted ?? request.counted,
    countedQualifiers: request.countedQualifiers,
    thingNames: request.thingNames,
    countedInDocument: at.countedInDocument,
    countsInDocument: at.countsInDocument,
    countedAbove: at.countedAbove,
    subjectAbove: at.subjectAbove,
    questionTerms: request.questionTerms,
    echoTerms: request.echoTerms,
    nameTerms: request.nameTerms,
    holderTerms: request.holderTerms,
    placeTerms: request.placeTerms,
    questionInitials: request.questionInitials,
    wordTerms: request.wordTerms,
    subjectTerms: request.subjectTerms,
    typeTerms: request.typeTerms,
    companyAsked: request.companyAsked,
    dateUnitAsked: request.dateUnitAsked,
    placeAsked: request.placeAsked,
    onlineAddressAsked: request.onlineAddressAsked,
    kindTerms: request.kindTerms,
    deadline: request.deadline,
    keywords: request.keywords,
    since: request.since,
    delay: request.delay,
    endpoint: request.endpoint,
    maximum: request.maximum,
    moneyKinds: request.moneyKinds,
    timeAsked: request.timeAsked,
    documentYear: at.documentYear,
    period: request.period,
    perTerms: request.perTerms,
    actionTerms: request.actionTerms,
    total: request.total,
    change: request.change,
    shareOfMoney: request.shareOfMoney,
    substanceAsked: request.substanceAsked,
    priceAsked: request.priceAsked,
    ownerAsked: request.ownerAsked,
    identity: request.identity,
    beneficiary: request.beneficiary,
    nameAsked: request.nameAsked,
    roleOf: request.roleOf,
    roleAsked: request.roleAsked,
    officeTerms: request.officeTerms,
    roleOfTerms: request.roleOfTerms,
    officeBeside: at.officeBeside ?? false,
    namedBefore: at.namedBefore ?? false,
    tableHeader: at.tableHeader,
    untitledNameTerms: at.untitledNameTerms,
  };
}
