// People and offices: who holds the role a question asks for, and who is introduced with another one.
import { type AnalyzedToken, analyzeFrench, analyzeFrenchTerms } from '../analysis/analyzeFrench.ts';
import { editDistance } from '../analysis/editDistance.ts';
import { foldedBefore, foldWord, withoutAccents } from '../language/foldText.ts';
import { isFunctionWord } from '../language/functionWords.ts';
import {
  COMPANY_NOUNS,
  FRENCH_AUXILIARIES,
  FRENCH_ROLE_NOUN_PATTERN,
  frenchTypeNouns,
  OFFICE_TITLES,
  FRENCH_HEAD_NOUNS,
  FRENCH_BODY_HEADS,
} from '../language/questionVocabulary.ts';
import { type AnswerSpan, answerSpan, introducedAsOrganisation, isPersonName, withStrength } from './answerEvidence.ts';
import { typeOfNoun } from './answerTypes.ts';
import type { EvidenceRequest } from './evidenceRequest.ts';
import { EXPANSION_FACTORS } from './expandConcepts.ts';
import type { ResolvedConcept } from './resolveConcepts.ts';
import { wordsAround } from './wordsAround.ts';

/** The nouns an organisation is introduced by ("la société", "le groupe", "l'opérateur"), as terms. */
export const ORGANISATION_NOUN_TERMS: readonly string[] = Array.from(frenchTypeNouns('organisation'), nounTerm);

/** The same for the nouns of businesses (COMPANY_NOUNS), as terms. */
export const COMPANY_NOUN_TERMS: ReadonlySet<string> = new Set(Array.from(COMPANY_NOUNS, nounTerm));

/** The term a folded noun of a list is indexed under. */
function nounTerm(noun: string): string {
  return analyzeFrench(noun)[0]?.term ?? noun;
}

/** A single word in capitals: an organisation's acronym, not the person a role noun asks for. */
const ROLE_HOLDER_ACRONYM = /^\p{Lu}[\p{Lu}\d-]+$/u;
const ACRONYM_FOR_ROLE = 0.3;

/** Whether a word of the question names a role held by a person ("président", "mayor"). */
export function namesRole(label: string): boolean {
  const folded = foldWord(label);
  return typeOfNoun(folded, 'fr') === 'person' || typeOfNoun(folded, 'en') === 'person';
}

/**
 * An acronym, a name introduced as an organisation ("la société X"), one word no first name opens (a
 * place in a dateline: "Privas, le 3 mai"), or words joined by a particle that no first name opens
 * ("Pégairolles de Buèges", "Saint-Jean-de-Buèges"): not who holds the role asked for — a role holder is
 * a first and last name.
 */
function holdsNoRole(text: string, span: AnswerSpan): boolean {
  const name = text.slice(span.start, span.end);
  if (ROLE_HOLDER_ACRONYM.test(name) || introducedAsOrganisation(text, span.start)) return true;
  return (!/\s/.test(name.trim()) || JOINED_BY_PARTICLE.test(name)) && !isPersonName(name);
}

const JOINED_BY_PARTICLE = /\s(?:de|des|du|d['’]|la|le|les|sur|en|lès)\s*\p{Lu}/u;

/** The nouns a person is introduced by ("le maire", "X, responsable de…"), as terms. */
const PERSON_NOUN_TERMS: ReadonlySet<string> = new Set(
  Array.from(
    frenchTypeNouns('person').filter((noun) => noun !== 'personne'),
    (noun) => analyzeFrench(noun)[0]?.term ?? noun,
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
  const subject = subjectAfterComplement(text, span);
  const beside = [...(subject ? [] : before), ...untilNextName(text, span, after), ...inApposition(text, span, tokens)];
  if (beside.some((t) => namesOfficeAsked(text, t, tokens, officeTerms))) return false;
  if (subject) return true;
  if (beside.some((t) => PERSON_NOUN_TERMS.has(t.term))) return true;
  return request.officeBeside !== true && !tokens.some((t) => officeTerms.has(t.term));
}

// "Lors de la visite du maire, X a présenté le projet": a noun in a complement ("du maire"), a comma, then
// the name and its verb with no comma between: the name is the subject of the sentence, no apposition to
// the office before it, which is another person's.
const COMPLEMENT_BEFORE = /(?:^|\s)(?:du|des|au|aux|de\s+la|de\s+l['’]|à\s+la|à\s+l['’])\s*[\p{L}-]+\s*,\s*$/u;
const VERB_AFTER = new RegExp(`^\\s+(?:${[...FRENCH_AUXILIARIES].join('|')}|se|s['’])(?![\\p{L}])`, 'u');

/** Whether a name is the subject of its sentence after a complement that ends on a noun and a comma. */
function subjectAfterComplement(text: string, span: AnswerSpan): boolean {
  return (
    COMPLEMENT_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)) && VERB_AFTER.test(text.slice(span.end, span.end + 20))
  );
}

/**
 * The words after a name up to the next one: "le maire de X, Marie Y, Paul Z, directeur de W" introduces
 * Paul Z as directeur, not Marie Y.
 */
function untilNextName(text: string, span: AnswerSpan, after: readonly AnalyzedToken[]): AnalyzedToken[] {
  const next = after.findIndex((t) => /^\s*,\s*$/.test(text.slice(span.end, t.start)) && /^\p{Lu}/u.test(t.surface));
  return next < 0 ? [...after] : after.slice(0, next);
}

/** The longest apposition after a name read for its offices: "X, vice-présidente du … et présidente de Y". */
const APPOSITION_CHARACTERS = 200;

/**
 * The apposition right after a name, to its closing comma, and where it starts: a person introduced with
 * two offices holds both, the second beyond OFFICE_REACH ("Lucie X, adjointe au maire chargée des
 * écoles et présidente du syndicat").
 */
function appositionAfter(text: string, span: AnswerSpan): { start: number; said: string } | undefined {
  const opening = /^\s*,\s*/.exec(text.slice(span.end));
  if (!opening) return undefined;
  const start = span.end + opening[0].length;
  const rest = text.slice(start, start + APPOSITION_CHARACTERS);
  const close = rest.search(/[,;:.()«»!?]/);
  return close < 0 ? undefined : { start, said: rest.slice(0, close) };
}

/** The words of that apposition. */
function inApposition(text: string, span: AnswerSpan, tokens: readonly AnalyzedToken[]): AnalyzedToken[] {
  const apposition = appositionAfter(text, span);
  if (!apposition) return [];
  const end = apposition.start + apposition.said.length;
  return tokens.filter((t) => t.start >= apposition.start && t.end <= end);
}

/**
 * Whether a token says an office asked itself, not inside another: a word of a compound ("maire-adjoint"
 * is not "maire") or the complement of a role noun ("adjointe au maire") names another office.
 */
function namesOfficeAsked(text: string, t: AnalyzedToken, tokens: readonly AnalyzedToken[], officeTerms: ReadonlySet<string>): boolean {
  if (t.role === 'part' || !officeTerms.has(t.term)) return false;
  const previous = tokens[tokens.indexOf(t) - 1];
  // ("X, adjoint au maire, délégué au numérique": after a comma, a second office of X's, no complement)
  return previous === undefined || !PERSON_NOUN_TERMS.has(previous.term) || /[,;:(]/.test(text.slice(previous.end, t.start));
}

/**
 * The terms an office the question names is said with: its own word, its family and the glossary's
 * ("préside" → président); not the thesaurus's looser synonyms ("président" → responsable, gouverneur).
 */
export function officeTermsOf(concepts: readonly ResolvedConcept[]): Set<string> {
  const offices = concepts.filter(
    (c) => (c.concept.kind === 'content' || c.concept.kind === 'type') && OFFICE_TITLES.has(foldWord(c.concept.label)),
  );
  const terms = new Set(
    offices.flatMap((c) =>
      c.alternatives.filter((a) => a.factor >= OFFICE_FACTOR).flatMap((a) => officeWayTerms(a.terms, c.concept.label.includes('-'))),
    ),
  );
  // "qui dirige Vernéa", "who chairs the board": the verb of an office asks who holds it ("X, directeur de Vernéa").
  const officeVerbs = concepts.filter((c) => c.concept.officeVerb === true);
  for (const c of officeVerbs)
    for (const a of c.alternatives) if (a.factor >= OFFICE_FACTOR && OFFICE_TITLE_TERMS.has(a.terms[0]!)) terms.add(a.terms[0]!);
  // "qui dirige le service", "who heads the department": its head may be its "chef" or "responsable" ("X, chef de service").
  if (officeVerbs.length > 0 && terms.has(DIRECTOR_TERM)) for (const t of HEAD_NOUN_TERMS) terms.add(t);
  // "qui dirige la commune": a town is headed by its maire, a département by its président.
  if (officeVerbs.length > 0) for (const head of bodyHeadsOf(concepts)) terms.add(nounTerm(head));
  return terms;
}

/**
 * The terms one way of saying an office gives. An office of two words is also written hyphenated
 * ("directeur-général", one compound term); an office typed hyphenated is no office of each of its parts
 * (a "président" is no "vice-président"): the split spelling says nothing of its own.
 */
function officeWayTerms(terms: readonly string[], typedHyphenated: boolean): readonly string[] {
  if (terms.length !== 2) return terms;
  return typedHyphenated ? [] : [...terms, terms.join('-')];
}

/**
 * The office heading the body an office verb governs, named by its common noun right after the verb ("qui
 * dirige la commune de Sorrac"): not a body further on ("qui dirige le syndicat… de la région").
 */
function bodyHeadsOf(concepts: readonly ResolvedConcept[]): string[] {
  const heads: string[] = [];
  concepts.forEach((c, i) => {
    const body = concepts[i + 1];
    if (c.concept.officeVerb !== true || body?.concept.kind !== 'content') return;
    const head = FRENCH_BODY_HEADS.get(foldWord(body.concept.translations?.[0] ?? body.concept.label).replace(/s$/, ''));
    if (head !== undefined) heads.push(head);
  });
  return heads;
}

const DIRECTOR_TERM = nounTerm('directeur');
const HEAD_NOUN_TERMS: readonly string[] = Array.from(FRENCH_HEAD_NOUNS, nounTerm);

/** The terms the offices are indexed under ("président" and "préside" share theirs). */
const OFFICE_TITLE_TERMS: ReadonlySet<string> = new Set(Array.from(OFFICE_TITLES, nounTerm));
/** The least factor of a way of saying an office that still names it (a word of its family: 0.75). */
const OFFICE_FACTOR = EXPANSION_FACTORS.family;

/** An acronym of three letters or more. */
const ACRONYM = /^\p{Lu}{3,}$/u;

/**
 * The acronym of words the question types in a row ("FEPC" for "la Fédération des élus des petites
 * communes"): the question's own subject under its short name, not an answer to it.
 */
export function isQuestionAcronym(said: string, questionInitials: string): boolean {
  return ACRONYM.test(said) && questionInitials.includes(foldWord(said));
}

/** The first letters of the question's words, in order (its function words left out, as its concepts leave them). */
export function initialsOf(concepts: readonly ResolvedConcept[]): string {
  return Array.from(
    concepts.flatMap((c) => foldWord(c.concept.label).split(/[\s'-]+/)),
    (word) => word.charAt(0),
  ).join('');
}

/**
 * What a person candidate keeps when a role is asked: "le maire", "la présidente" is held by a person
 * (an acronym names an organisation), and by one introduced with that office, not another.
 */
export function personFactor(text: string, span: AnswerSpan, tokens: readonly AnalyzedToken[], request: EvidenceRequest): number {
  // ("qui est X", "quel poste occupe X": the candidates are roles — "chargée des écoles à la Ville de Marcy" — no person to weigh.)
  if (request.answerType !== 'person' || request.identity === true) return 1;
  if (request.roleOf !== undefined && roleOfAnother(text, span, { folded: request.roleOf, terms: request.roleOfTerms ?? NO_TERMS }))
    return OTHER_OFFICE_FACTOR;
  if ((request.typeTerms.size > 0 || request.roleAsked === true) && holdsNoRole(text, span)) return ACRONYM_FOR_ROLE;
  if (request.officeTerms.size > 0 && holdsOtherOffice(text, span, tokens, request)) return OTHER_OFFICE_FACTOR;
  return 1;
}

// "Paul X, directeur de Lormont Réseaux", "Claire X, l'édile de Vernay": a role, then whose, right after the name.
const ROLE_OF_AFTER =
  /^\s*,\s*(?:(?:l['’]\s*)?\p{Ll}[\p{Ll}-]*\s+){1,3}?(?:de|du|des|d['’])\s*(?:la\s+|le\s+|l['’]\s*)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u;

/**
 * Whether a person is introduced with a role of another organisation or place than the one the question
 * asks a role of ("quelle directrice de Vernéa…": "X, directeur de Lormont Réseaux" is another's).
 */
function roleOfAnother(text: string, span: AnswerSpan, roleOf: RoleOf): boolean {
  // ("directeur de *Lormont Réseaux*": the name whose role it is, no person)
  if (ROLE_BEFORE_WHOSE.test(foldedBefore(text, span.start, 40))) return true;
  const before = ROLE_OF_BEFORE.exec(withoutAccents(text.slice(Math.max(0, span.start - 80), span.start)))?.[1];
  if (before !== undefined && !namesWhose(before, roleOf)) return true;
  const whose = ROLE_OF_AFTER.exec(text.slice(span.end, span.end + 80))?.[1];
  return whose !== undefined && !namesWhose(whose, roleOf) && !appositionNames(text, span, roleOf);
}

// "le président de Lormont Réseaux, Paul X": a role and whose, then the name after a comma.
const ROLE_OF_BEFORE = new RegExp(
  `(?:^|\\s)(?:${frenchTypeNouns('person').join('|')})s?(?:\\s+\\p{Ll}[\\p{Ll}-]*)?\\s+(?:de|du|des|d['’])\\s*(?:la\\s+|le\\s+|l['’]\\s*)?(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*)\\s*,\\s*$`,
  'u',
);

const NO_TERMS: ReadonlySet<string> = new Set();

/** The name whose role is asked, folded as typed, and the index terms of the ways the corpus spells it. */
interface RoleOf {
  folded: string;
  terms: ReadonlySet<string>;
}

/**
 * Whether a name written in a sentence is the one typed: one of its words, or the whole within a slip
 * ("Val-de-Brene"), or a word the typed name was corrected to ("Vernaix": the page's "Vernay").
 */
function namesWhose(written: string, { folded: roleOf, terms }: RoleOf): boolean {
  if (terms.size > 0 && analyzeFrenchTerms(written).some((t) => terms.has(t))) return true;
  const folded = foldWord(written);
  const words = folded.split(/[\s'’-]+/);
  // (or shortened as chat shortens it: "l'Agglo" for "l'Agglomération", "la Métro")
  const shortened = roleOf.length >= MIN_SHORTENED && words.some((word) => word.length > roleOf.length && word.startsWith(roleOf));
  return words.includes(roleOf) || shortened || folded.split(/\s+/).some((word) => editDistance(word, roleOf) <= 1);
}

/** A name shortened to fewer letters says too little to be told from others. */
const MIN_SHORTENED = 4;

// "…et présidente de Val-de-Brenne Numérique": each office of an apposition, and whose it is.
const WHOSE_IN_APPOSITION = /(?:de|du|des|d['’])\s*(?:la\s+|le\s+|l['’]\s*)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/gu;

// "… (SEY)": the acronym a body named in full is given right after its name.
const ACRONYM_AFTER = /^\s*\(\s*(\p{Lu}[\p{L}-]*)\s*\)/u;

/** Whether the apposition after a name says an office of the name asked ("X, conseillère déléguée et présidente de Y"). */
function appositionNames(text: string, span: AnswerSpan, roleOf: RoleOf): boolean {
  const apposition = appositionAfter(text, span);
  if (!apposition) return false;
  const { start, said } = apposition;
  // (or the acronym a body named in full is given right after: "directeur du Syndicat des eaux de Y (SEY)")
  const acronym = ACRONYM_AFTER.exec(text.slice(start + said.length))?.[1];
  if (acronym !== undefined && namesWhose(acronym, roleOf)) return true;
  return Array.from(said.matchAll(WHOSE_IN_APPOSITION), (m) => m[1]!).some((whose) => namesWhose(whose, roleOf));
}

const ROLE_BEFORE_WHOSE = new RegExp(`(?:^|\\s)${FRENCH_ROLE_NOUN_PATTERN}\\s+(?:de|du|des|d')\\s*(?:la |le |l')?$`);

/** How surely an apposition with no role noun in it says who a person is ("X, qui a fondé…", "X, à l'origine du projet"). */
const PLAIN_APPOSITION = 0.8;
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(
  "le la l' les un une son sa ses leur leurs notre votre ce cet cette a au aux en".split(' '),
);
/** How surely a role opening the sentence after the name is the name's: the description stands for the last one named. */
const DESCRIBED_AFTER = 0.9;
// "La vice-présidente chargée des solidarités", "Le directeur": the role noun and what it is in charge of.
const DESCRIPTION_OPENING =
  /^[«"“\s]*((?:[Ll]['’]|[Ll]e\s+|[Ll]a\s+)\p{L}[\p{L}-]*(?:\s+(?:chargée?s?|déléguée?s?|en charge)\s+(?:de la|de l['’]|des|du|de|d['’]|aux|au|à la|à l['’])\s*[\p{L}-]+)?)(?=[\s,])/u;
/** Characters a role said beside a name may run to. */
const ROLE_CHARACTERS = 90;
// After the name: ", responsable du centre technique", " est la directrice de…", " (vice-président)".
const ROLE_AFTER = /^(\s*(?:,|\(|–|—|:)\s*|\s+(?:est|etait|sera|devient|est devenue?)\s+(?:le|la|l'|un|une)\s+)([^,;.()!?«»"“”]+)/u;
// Before the name: "La ministre déléguée au Numérique, X", "Contact presse : X", "le maire Y X".
const ROLE_BEFORE = /(?:^|[,;.()!?«»"“”:]\s*)([^,;.()!?«»"“”:]+?)\s*[,:]?\s*$/u;

/**
 * For "qui est X ?": the role a sentence gives the name, right after it ("X, responsable du centre
 * technique") or right before it ("La vice-présidente chargée des collèges, X"). A role noun in the
 * phrase makes it sure; a lowercase apposition without one says something of X, less surely.
 */
export function roleSpans(
  text: string,
  tokens: readonly AnalyzedToken[],
  nameTerms: ReadonlySet<string>,
  namedBefore = false,
): AnswerSpan[] {
  const out: AnswerSpan[] = [];
  // "…explique Martine Roux. La vice-présidente chargée des solidarités rappelle…": the role opens the next sentence.
  const described = namedBefore && !tokens.some((t) => nameTerms.has(t.term)) ? DESCRIPTION_OPENING.exec(text) : null;
  if (described?.[1]) {
    const from = described[0].length - described[1].length;
    const span = roleSpan(text, tokens, from, from + described[1].length, true);
    if (span) out.push(withStrength(span, DESCRIBED_AFTER));
  }
  for (const [start, end] of nameRuns(text, tokens, nameTerms)) {
    const after = ROLE_AFTER.exec(text.slice(end, end + ROLE_CHARACTERS));
    if (after?.[2]) {
      const from = end + after[1]!.length;
      const span = roleSpan(text, tokens, from, from + after[2].trimEnd().length);
      if (span) out.push(span);
    }
    const before = ROLE_BEFORE.exec(text.slice(Math.max(0, start - ROLE_CHARACTERS), start));
    if (before?.[1]) {
      const from = start - before[0].length + before[0].indexOf(before[1]);
      const span = roleSpan(text, tokens, from, from + before[1].length, true);
      if (span) out.push(span);
    }
  }
  return out;
}

/** The phrase from `start` to `end` as a role: sure with a role noun in it, less without (and nothing before a name without one). */
function roleSpan(text: string, tokens: readonly AnalyzedToken[], start: number, end: number, before = false): AnswerSpan | undefined {
  if (end <= start) return undefined;
  const inside = tokens.filter((t) => t.start >= start && t.end <= end);
  if (inside.some((t) => PERSON_NOUN_TERMS.has(t.term))) return answerSpan(start, end, 1);
  // With a verb, the words after a comma go on with the sentence ("X, a inauguré…", "Pour X, la fibre
  // est une priorité"): an apposition has none.
  const words = text.slice(start, end).split(/\s+/);
  if (before || !/^\p{Ll}/u.test(words[0] ?? '') || words.some((w) => FRENCH_AUXILIARIES.has(w))) return undefined;
  // An apposition opens on a noun, its determiner, or "à"/"en" ("à la tête de", "en charge de"); an aside
  // that opens on another little word ("X, bien au contraire", "X, vers la gestion…") says nothing of what X is.
  const first = foldWord(words[0]!);
  if (isFunctionWord(first) && !APPOSITION_OPENERS.has(first)) return undefined;
  return answerSpan(start, end, PLAIN_APPOSITION);
}

/** Where the question's names are said in a row in the text, as [start, end] character ranges. */
function nameRuns(text: string, tokens: readonly AnalyzedToken[], nameTerms: ReadonlySet<string>): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const t of tokens) {
    if (t.role === 'part' || !nameTerms.has(t.term)) continue;
    const last = runs[runs.length - 1];
    if (last && /^[\s-]*$/.test(text.slice(last[1], t.start))) last[1] = t.end;
    else runs.push([t.start, t.end]);
  }
  return runs;
}
