// How a document says each concept of the question: passage by passage, in its title and lead, around
// each sentence. A concept found only around a sentence counts less the further away it is said (PLACEMENT).
import { opensOnDemonstrativeNoun } from '../language/functionWords.ts';
import { foldWord } from '../language/foldText.ts';
import { openingPlace } from '../language/placeOpenings.ts';
import { SAINT_SPELLINGS } from '../language/saintAbbreviations.ts';
import { FRENCH_BODY_HEADS, FRENCH_TOWN_BODY_NOUNS } from '../language/questionVocabulary.ts';
import type { AnalyzedToken } from '../analysis/analyzeFrench.ts';
import type { Passage } from '../search/splitPassages.ts';
import { saidToBeOrganisation } from './answerEvidence.ts';
import type { DocumentView } from './gatherCandidates.ts';
import { definedAcronyms } from './definedAcronyms.ts';
import { withDescribedNames } from './describedNames.ts';
import { passageTokens } from './passageTokens.ts';
import { quotationGroups, quotationMembers } from './quotations.ts';
import type { ResolvedConcept } from './resolveConcepts.ts';
import { isRowOf } from './tableColumns.ts';

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

/** The title and the first sentences of the text (past datelines and bylines): what a press release is about. */
const LEAD_SENTENCES = 2;
/**
 * The names a page is about, one sentence further: a news page's standfirst often takes two sentences, and the
 * first of the article names its place. (Its words stay the lead's: a third sentence says one fact among others.)
 */
const NAME_LEAD_SENTENCES = 3;

/** A passage of fewer words (a dateline, a caption, a name) rarely states a fact. */

const SHORT_PASSAGE_WORDS = 5;

// (text and asked are the passage's and the question's, where a name may stand inside a longer one: not for an acronym's meaning)
function match(terms: ReadonlySet<string>, concept: ResolvedConcept, text?: string, asked?: ReadonlySet<string>): number {
  let best = 0;
  // A name is said whole or not at all: "haut" alone is not "Hautes-Alpes".
  const whole = concept.concept.kind === 'name';
  for (const alt of concept.alternatives) {
    let found = 0;
    for (const t of alt.terms) if (terms.has(t)) found++;
    if (found === 0 || (whole && found < alt.terms.length)) continue;
    const single = whole && alt.terms.length === 1 && text !== undefined && asked !== undefined;
    if (single && onlyInLongerName(terms, alt.terms[0]!, concept.concept.label, text, asked)) continue;
    best = Math.max(best, (alt.factor * found) / alt.terms.length);
  }
  return best;
}

/**
 * Whether a one-word name is said only inside a longer hyphenated one, after its first word: "Haute-Sorrac"
 * and "Lot-et-Sorrac" are not "Sorrac" — though "Kéops" is "Kéops-sur-Aube" said short, and "saint vernay"
 * typed apart is "Saint-Vernay". (the text is read only when such a compound holds the term: rare)
 */
function onlyInLongerName(terms: ReadonlySet<string>, term: string, label: string, text: string, asked: ReadonlySet<string>): boolean {
  if (label.includes('-')) return false;
  let longer = false;
  for (const t of terms) {
    const parts = t.split('-');
    const at = parts.findIndex((part) => part.startsWith(term));
    if (t === term || parts.length < 2 || at < 0) continue;
    if (at === 0 || saysFirstWord(parts[0]!, asked)) return false;
    longer = true;
  }
  return longer && !saidAlone(foldWord(label), foldWord(text)) && !afterAcronym(label, text);
}

// "le CTA-Syvern", "la DSP-Lanvel": acronyms joined by a hyphen name two things, each whole.
const ACRONYM_JOINED = /(?<![\p{L}])\p{Lu}{2,}[-\u2010\u2011](\p{L}+)/gu;

/** Whether a name is said joined after an acronym, a name of its own beside it, not the end of a longer one. */
function afterAcronym(label: string, text: string): boolean {
  const name = foldWord(label);
  return Array.from(text.matchAll(ACRONYM_JOINED), (m) => foldWord(m[1]!)).some((joined) => joined.startsWith(name));
}

/** Whether the question gives the first word of a hyphenated name ("haute sorrac", "st vernay" for "Saint-Vernay"). */
function saysFirstWord(first: string, asked: ReadonlySet<string>): boolean {
  const spellings = [first, ...(SAINT_SPELLINGS.get(first) ?? [])];
  return [...asked].some((q) => q.length > 1 && spellings.some((w) => w.startsWith(q) || q.startsWith(w)));
}

/** Whether a folded name stands in a folded text as a word of its own, not joined to others by hyphens. */
function saidAlone(name: string, folded: string): boolean {
  for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
    const before = folded[at - 1] ?? ' ';
    const after = folded[at + name.length] ?? ' ';
    if (!/[-\p{L}]/u.test(before) && !/[-\p{L}]/u.test(after)) return true;
  }
  return false;
}

// Typed arrays, not arrays of numbers or booleans: an array's hidden class follows what it holds (small
// integers, doubles, objects), so per-concept values of 0 and 1 for one question and 0.85 for the next gave
// the scoring code two kinds of array, and V8 threw its compiled code away each time a new kind came by.
export interface DocumentProfile {
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
  /** Position of the heading each passage's section sits under, or -1 (sectionHeadings). */
  headingAt: Int32Array;
  /** Which quotation each passage belongs to (quotations.ts). */
  quotations: Int32Array;
  /** Whether each passage is a table row under its header row (1 or 0): a row is about its first cell. */
  rows: Uint8Array;
  /** For each concept, whether a row of the passage's table says it (1 or 0; rowsSay[k][c], rows only). */
  rowsSay: Map<number, Uint8Array>;
  /** Whether each name is said somewhere to be an organisation (1 or 0; -1 until asked: namedAsOrganisation). */
  organisation: Int8Array;
}

/**
 * "Se trouvant près du camping de Kerhostin, un pylône reste hors service": a place the question asks of,
 * said once, in a sentence that says what the question is about in its own words, is where the page's
 * subject is, not a name in passing. (An organisation said once stays in passing: "le pylône Free" on a
 * page about another operator's pylon is no answer about Free's.)
 */
function placedWithSubject(view: DocumentView, own: readonly Float64Array[], concepts: readonly ResolvedConcept[], c: number): boolean {
  if (concepts[c]!.concept.placed !== true) return false;
  const k = own.findIndex((r) => r[c]! > 0);
  if (k < 0) return false;
  if (oneOfSeveralPlaces(view, k)) return false;
  const says = (row: Float64Array) => concepts.some((d, i) => d.concept.kind === 'content' && row[i]! >= 1);
  // "Un NRO a été posé sur le parking. Cet équipement couvrira cinq communes : Arthez, …": the
  // demonstrative names again what the sentence before said, and the place is where that was.
  return (
    says(own[k]!) ||
    (k > 0 && opensOnDemonstrativeNoun(view.passages[k]!.passage.text) && says(own[k - 1]!)) ||
    namesTownBody(view.passages[k]!.passage.text, concepts[c]!.concept.label) ||
    namesRecurringBody(view, k, concepts[c]!.concept.label)
  );
}

// "la Région de Rochebrune": a body's capitalised noun right before the place it is of.
const BODY_OF_PLACE = /(?:^|[\s'’])(\p{Lu}\p{Ll}+) (?:de |du |des |d['’])\s*(?:la |l['’])?\s*$/u;
/** Other sentences that must name the body by its noun alone for it to be the one the page speaks for. */
const BODY_MENTIONS = 2;

/**
 * "Les élus de la Région de Rochebrune ont voté…", then "la Région financera…", "les agents de la Région…":
 * the page names its body in full once and by its noun after that, so the place said once is where every
 * sentence about that body is.
 */
function namesRecurringBody(view: DocumentView, k: number, name: string): boolean {
  const text = view.passages[k]!.passage.text;
  const at = text.indexOf(name);
  const body = at > 0 ? BODY_OF_PLACE.exec(text.slice(Math.max(0, at - 40), at))?.[1] : undefined;
  if (body === undefined || !FRENCH_BODY_HEADS.has(foldWord(body.toLowerCase()))) return false;
  const alone = new RegExp(`(?<![\\p{L}])${body}(?![\\p{L}])`, 'u');
  return view.passages.filter((p, m) => m !== k && alone.test(p.passage.text)).length >= BODY_MENTIONS;
}

/**
 * Whether a sentence opens on a place of its own ("Dans l'Aube, …") on a page where another opens on
 * another place ("Dans le Tarn, …"): the page goes through places, and this one is not its subject.
 */
function oneOfSeveralPlaces(view: DocumentView, k: number): boolean {
  const place = placeOpenedOn(view.passages[k]!.passage);
  return place !== undefined && view.passages.some((p) => (placeOpenedOn(p.passage) ?? place) !== place);
}

// A passage's opening place depends on its text alone: read once while the index keeps the passage, not
// again for every page, question and placed name that looks through the page.
const openingByPassage = new WeakMap<Passage, string | null>();

function placeOpenedOn(passage: Passage): string | undefined {
  let place = openingByPassage.get(passage);
  if (place === undefined) openingByPassage.set(passage, (place = openingPlace(passage.text) ?? null));
  return place ?? undefined;
}

// "souligne Anne Roux, responsable jeunesse à la ville de Lormes": the town whose council or services speak
// on the page is where its subject is, though the page says it once.
const TOWN_BODY = new RegExp(`(?:^|[\\s'’])(?:${FRENCH_TOWN_BODY_NOUNS.join('|')}) (?:de |d['’])\\s*$`);

function namesTownBody(text: string, name: string): boolean {
  const folded = foldWord(text);
  const at = folded.indexOf(foldWord(name));
  return at > 0 && TOWN_BODY.test(folded.slice(Math.max(0, at - 30), at));
}

export function profile(view: DocumentView, concepts: readonly ResolvedConcept[]): DocumentProfile {
  const n = concepts.length;
  const asked = new Set(concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms)));
  const own: Float64Array[] = [];
  for (const p of view.passages) {
    const row = new Float64Array(n);
    for (let c = 0; c < n; c++) row[c] = match(p.terms, concepts[c]!, p.passage.text, asked);
    own.push(row);
  }
  withAcronymMeanings(view, concepts, own);
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
      const rank = lead.get(k);
      if (rank !== undefined && rank <= (concepts[c]!.concept.kind === 'name' ? NAME_LEAD_SENTENCES : LEAD_SENTENCES)) inLead[c] = 1;
      if (k < opening) inOpening[c] = 1;
      if (saidIn[c]! < 2) saidIn[c]!++;
    }
  }
  // The lines before the first sentence (a dateline, "Communiqué – Préfecture de l'Aubrac") name who
  // speaks and from where: the whole release is theirs, as it is about what its title and lead say.
  const subject = new Uint8Array(n);
  for (let c = 0; c < n; c++) subject[c] = inLead[c] === 1 || inOpening[c] === 1 || saidIn[c] === 2 ? 1 : 0;
  for (let c = 0; c < n; c++) if (subject[c] === 0 && saidIn[c] === 1 && placedWithSubject(view, own, concepts, c)) subject[c] = 1;
  const first = view.document.firstPassage;
  const contextAt = new Int32Array(view.passages.length);
  view.passages.forEach((p, k) => (contextAt[k] = p.passage.contextId >= first ? p.passage.contextId - first : -1));
  const rows = withHeaderWords(view, own, contextAt);
  withDescribedNames(view, concepts, own);
  withListedNames(view, concepts, own, inOpening);
  return {
    own,
    organisation: new Int8Array(concepts.length).fill(-1),
    rows,
    rowsSay: conceptsOfTables(own, rows, contextAt),
    anywhere,
    subject,
    inLead,
    inOpening,
    contextAt,
    headingAt: sectionHeadings(view),
    quotations: quotationGroups(Array.from(view.passages, (p) => p.passage.text)),
  };
}

/** How much the words an acronym stands for count in a sentence that writes the acronym alone. */
const ACRONYM_MEANING = 0.9;

/**
 * A sentence that writes an acronym the page defined ("le SM2B a choisi…") says the words it stands for
 * ("Syndicat mixte d'informatique du Val-de-Brenne"), a little less surely (ACRONYM_MEANING).
 */
function withAcronymMeanings(view: DocumentView, concepts: readonly ResolvedConcept[], own: Float64Array[]): void {
  const acronyms = definedAcronyms(view.passages);
  if (acronyms.length === 0) return;
  view.passages.forEach((p, k) => {
    const written = acronyms.filter((a) => p.terms.has(a.term));
    if (written.length === 0) return;
    const terms = new Set([...p.terms, ...written.flatMap((a) => [...a.meaning])]);
    for (let c = 0; c < concepts.length; c++) own[k]![c] = Math.max(own[k]![c]!, ACRONYM_MEANING * match(terms, concepts[c]!));
  });
}

/**
 * Which names the document says are organisations: "Le réseau est exploité par Vallorée Réseaux, filiale
 * d'un groupe…" lets "le délégataire", "l'opérateur" stand for it further on (scorePassages).
 */
const NAME_CONTINUED = /^(?:[\s-]+\p{Lu}[\p{L}'’-]*)*/u;

/** Whether the document says name `c` is an organisation; worked out the first time it is asked (rarely). */
export function namedAsOrganisation(p: DocumentProfile, view: DocumentView, concept: ResolvedConcept, c: number): boolean {
  if (p.organisation[c] === -1) p.organisation[c] = saysOrganisation(view, concept, c, p.own) ? 1 : 0;
  return p.organisation[c] === 1;
}

function saysOrganisation(view: DocumentView, concept: ResolvedConcept, c: number, own: Float64Array[]): boolean {
  const terms = new Set(concept.alternatives.flatMap((a) => a.terms));
  for (let k = 0; k < own.length; k++) {
    if (own[k]![c]! === 0) continue;
    const passage = view.passages[k]!.passage;
    const said = passageTokens(passage).filter((t) => terms.has(t.term));
    if (said.length === 0) continue;
    // The whole name the word belongs to: "Vallorée" in "Vallorée Réseaux, filiale de…".
    const end = said[said.length - 1]!.end;
    const rest = NAME_CONTINUED.exec(passage.text.slice(end))?.[0].length ?? 0;
    if (saidToBeOrganisation(passage.text, said[0]!.start, end + rest)) return true;
  }
  return false;
}

/**
 * A name said only as one item of a list of several ("6 000 prises réparties entre Arvieu, Brévalon,
 * Castans et Pouzac") is named in passing: what the sentence says, it says of them all.
 */
export const LISTED_NAME = 0.6;
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
export function namedOnlyInLists(text: string, tokens: readonly AnalyzedToken[], terms: ReadonlySet<string>): boolean {
  if (terms.size === 0 || !text.includes(',')) return false;
  const said = tokens.filter((t) => terms.has(t.term));
  if (said.length === 0) return false;
  const lists = Array.from(text.matchAll(NAME_LIST), (m) => [m.index, m.index + m[0].length] as const);
  return said.every((t) => lists.some(([start, end]) => t.start >= start && t.end <= end));
}

/**
 * A table row says what its header row says of it: "Pouzac | 538 | 9 décembre" under "Commune | Prises
 * raccordables | Ouverture" says the prises raccordables of Pouzac; a contact line under "Contact presse :"
 * is the press contact. The header's or label's words count as the line's own (after the document's
 * counts: a header said once is not said by every row).
 */
function withHeaderWords(view: DocumentView, own: Float64Array[], contextAt: Int32Array): Uint8Array {
  const rows = new Uint8Array(own.length);
  for (let k = 0; k < own.length; k++) {
    const h = contextAt[k]!;
    if (h < 0) continue;
    const line = view.passages[k]!.passage.text;
    const label = view.passages[h]!.passage.text;
    if (isRowOf(line, label)) rows[k] = 1;
    else if (!isLabelledLine(line, label)) continue;
    const row = own[k]!;
    const header = own[h]!;
    for (let c = 0; c < row.length; c++) row[c] = Math.max(row[c]!, header[c]!);
  }
  return rows;
}

/** Words of a label ("Contact presse :") and of the line it introduces ("Anne Roux – 06 00 00 00 00"). */
const LABEL_WORDS = 4;
const LABELLED_LINE_WORDS = 12;

/** Whether a short line is what a short label ending in a colon introduces: the label says what the line is. */
function isLabelledLine(line: string, label: string): boolean {
  const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return /:\s*$/.test(label) && words(label) <= LABEL_WORDS && words(line) <= LABELLED_LINE_WORDS;
}

/** For each table (by its header row), the concepts some row of it says; each row points at its table's. */
function conceptsOfTables(own: Float64Array[], rows: Uint8Array, contextAt: Int32Array): Map<number, Uint8Array> {
  const byHeader = new Map<number, Uint8Array>();
  const byRow = new Map<number, Uint8Array>();
  for (let k = 0; k < own.length; k++) {
    if (rows[k] === 0) continue;
    const header = contextAt[k]!;
    let said = byHeader.get(header);
    if (!said) byHeader.set(header, (said = new Uint8Array(own[k]!.length)));
    for (let c = 0; c < said.length; c++) if (own[k]![c]! > 0 && own[header]![c]! === 0) said[c] = 1;
    byRow.set(k, said);
  }
  return byRow;
}

/**
 * The title and the first real sentences, each with its rank (the title 0, then 1, 2…, up to
 * NAME_LEAD_SENTENCES): a dateline ("Vannes, le 3 mai") or a "COMMUNIQUÉ" line is not the lead.
 */
function leadPassages(view: DocumentView): Map<number, number> {
  const lead = new Map<number, number>();
  let sentences = 0;
  for (const [k, item] of view.passages.entries()) {
    if (item.passage.kind === 'title') lead.set(k, 0);
    else if (item.passage.kind === 'sentence' && !isShort(item.passage.text)) {
      lead.set(k, ++sentences);
      if (sentences === NAME_LEAD_SENTENCES) break;
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

export function isShort(text: string): boolean {
  return !AT_LEAST_SHORT_WORDS.test(text);
}

/**
 * The heading each passage sits under: "Un camion équipé de six postes" says what every sentence of its
 * section is about, not only the first ("Son aménagement a coûté 190 000 euros" two sentences down).
 */
function sectionHeadings(view: DocumentView): Int32Array {
  const headingAt = new Int32Array(view.passages.length).fill(-1);
  let heading = -1;
  let text = false;
  view.passages.forEach((p, k) => {
    headingAt[k] = heading;
    // A heading above the first sentence heads the page, not a section: it is the title again (documentLevel).
    if (p.passage.kind === 'heading' && text) heading = k;
    if (p.passage.kind === 'sentence') text = true;
  });
  return headingAt;
}

/**
 * The passages around passage `k`: the sentences before and after, its heading, its quotation. A table
 * row has only its header row around it: the rows beside it are about other things.
 */
export function around(p: DocumentProfile, k: number): number[] {
  if (p.rows[k] === 1) return [p.contextAt[k]!];
  const out = [k - 1, k + 1, p.contextAt[k]!, p.headingAt[k]!].filter((m) => m >= 0 && m < p.own.length);
  for (const m of quotationMembers(p.quotations, k)) if (m !== k) out.push(m);
  return out;
}

/** The best value of concept `i` in the passages around one. */
export function nearValue(p: DocumentProfile, nearby: readonly number[], i: number): number {
  let near = 0;
  for (const m of nearby) near = Math.max(near, p.own[m]![i]!);
  return near;
}

export function placed(concept: ResolvedConcept, own: number, near: number, anywhere: number, subject: boolean): number {
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

/**
 * What the sentences a referring one may point back to say: the one before, and the one before that
 * when they follow on ("…attribué à la société X. Le contrat prévoit une visite par an. Le prestataire
 * s'engage…": the description names X, two sentences up).
 */
export function saidJustBefore(p: DocumentProfile, k: number): Float64Array {
  const before = p.own[k - 1]!;
  if (k < 2 || p.contextAt[k - 1] !== k - 2) return before;
  const earlier = p.own[k - 2]!;
  const merged = new Float64Array(before.length);
  for (let i = 0; i < before.length; i++) merged[i] = Math.max(before[i]!, earlier[i]!);
  return merged;
}
