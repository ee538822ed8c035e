// Scores every sentence of the documents read. A sentence is read with its document (documentProfile.ts):
// a concept counts fully when the sentence says it, less when a neighbouring sentence or the heading
// above does, and less again when only the document does (its title, its lead, or elsewhere) — a name
// the document is about still holds for every sentence of it. On top comes the evidence that the
// sentence holds the kind of answer asked for (sentenceEvidence.ts: an amount for "combien coûte"…).
import { analyzeFrenchTerms } from '../analysis/analyzeFrench.ts';
import { foldWord } from '../language/foldText.ts';
import { FRENCH_WEEKDAYS, relativeYearsSaid } from '../language/months.ts';
import { isShellNoun } from '../language/questionVocabulary.ts';
import type { PassageWithTerms } from '../search/searchBackend.ts';
import type { Passage } from '../search/splitPassages.ts';
import {
  leansOnPrevious,
  opensOnDemonstrative,
  opensOnDemonstrativeNoun,
  opensOnDescription,
  saysDescription,
  speakerDescribed,
} from '../language/functionWords.ts';
import { type AnswerSpan, answerSpan } from './answerEvidence.ts';
import { countsOfDocument } from './countEvidence.ts';
import { countedOnPage } from './definedAcronyms.ts';
import { territoryOnlyAsCommonWord } from './nameCase.ts';
import {
  around,
  type DocumentProfile,
  isShort,
  namedAsOrganisation,
  nearValue,
  placed,
  PLACEMENT,
  profile,
  saidJustBefore,
} from './documentProfile.ts';
import { type EvidenceRequest, evidenceRequest, type QuestionReading, requestInDocument } from './evidenceRequest.ts';
import { EXPANSION_FACTORS } from './expandConcepts.ts';
import type { DocumentView } from './gatherCandidates.ts';
import { passageTokens } from './passageTokens.ts';
import { ranksAsked, saysOtherRank } from './rankWords.ts';
import type { ResolvedConcept } from './resolveConcepts.ts';
import { bestEvidence } from './sentenceEvidence.ts';

/**
 * A name in the sentence before one that opens on a pronoun ("Il", "Ce dernier") counts almost as said
 * in it; so does any word of it before a demonstrative ("Celui-ci", which stands for a thing too).
 */
const PRONOUN_FACTOR = 0.9;
/** Evidence of the kind of answer asked for, added to coverage. */
const EVIDENCE_WEIGHT = 0.4;
/** Among equals, the sentence that says more of the question itself. */
const OWN_WEIGHT = 0.1;
/** A title or heading names a subject; a sentence states a fact. */
const NOT_SENTENCE_PENALTY = { title: 0.3, heading: 0.1, sentence: 0 };
const SHORT_PASSAGE_PENALTY = 0.15;

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
  /** Whether the document names what "combien de…" counts. */
  countedInDocument: boolean;
  /** Whether the heading above (or, for a few words, the line before) names a noun the question is about. */
  subjectAbove: boolean;
  score: number;
}

/** Best first; among equals, the earlier passage. */
export function byScore(a: ScoredPassage, b: ScoredPassage): number {
  return b.score - a.score || a.passage.id - b.passage.id;
}

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
    const missesName = concepts.some(
      (c, i) => c.concept.kind === 'name' && (!c.present || p.anywhere[i] === 0 || territoryOnlyAsCommonWord(view, c)),
    );
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
  view: DocumentView;
  profile: DocumentProfile;
  k: number;
  text: string;
  /** Position of the passage's heading or previous line (-1: none), and whether it may name the subject. */
  context: number;
  contextCounts: boolean;
  /** The previous sentence's own values when this one refers back to it with a pronoun. */
  previous: Float64Array | undefined;
  /** Whether that pronoun is a demonstrative, which stands for any word of it, not only a name. */
  demonstrative: boolean;
  /** The passages around it (see around). */
  nearby: readonly number[];
  /** The question's concepts, in the order of the profile's columns. */
  concepts: readonly ResolvedConcept[];
}

/** The sums and flags the concepts of the question add up to in one passage, before evidence. */
interface PassageTally {
  coverage: number;
  typeWords: number;
  own: number;
  local: number;
  localTotal: number;
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
  const demonstrative = previous !== undefined && opensOnDemonstrative(text);
  const site = { view, profile: p, k, text, context, contextCounts, previous, demonstrative, nearby: around(p, k), concepts };
  const t = tallyConcepts(site, concepts);
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
    countedInDocument: document.countedInDocument,
    subjectAbove: t.subjectAbove,
    // Set by addEvidence; present from the start so every scored passage keeps one hidden class.
    span: undefined,
  };
}
function tallyConcepts(site: PassageSite, concepts: readonly ResolvedConcept[]): PassageTally {
  const p = site.profile;
  const tally: PassageTally = {
    coverage: 0,
    typeWords: 0,
    own: 0,
    local: 0,
    localTotal: 0,
    nameInPassing: false,
    focusFound: true,
    subjectAbove: false,
  };
  concepts.forEach((c, i) => {
    const here = Math.max(
      p.own[site.k]![i]!,
      c.concept.kind === 'name' || (site.demonstrative && c.concept.kind !== 'type') ? PRONOUN_FACTOR * (site.previous?.[i] ?? 0) : 0,
      yearSaidRelatively(site, c),
    );
    const near = here === 0 && (saysOtherYear(site, c) || saysOtherRankThan(site, c)) ? 0 : nearValue(p, site.nearby, i);
    // A table row is about its first cell: the page's own place is not every row's ("Pouzac | 36 m") when
    // another row of the table says it.
    const subject = p.subject[i] === 1 && p.rowsSay.get(site.k)?.[i] !== 1;
    addCoverage(tally, c, here, near, c.weight * placed(c, here, near, p.anywhere[i]!, subject));
    if (c.concept.kind === 'content' && c.present) addSubjectNoun(tally, site, i);
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

/** A noun the question is about said in the heading above, or on the line before. */
function addSubjectNoun(tally: PassageTally, site: PassageSite, i: number): void {
  const p = site.profile;
  const heading = p.headingAt[site.k]!;
  if ((site.contextCounts && p.own[site.context]![i]! > 0) || (heading >= 0 && p.own[heading]![i]! > 0)) tally.subjectAbove = true;
}

/** The least factor of a way of saying the noun asked about that says it: its family's (0.75), not a thesaurus synonym's (0.5). */
const FOCUS_SAID = EXPANSION_FACTORS.family;

/**
 * Whether the next sentence names what this one said by a demonstrative and the noun asked about
 * ("…par un émetteur posé sur le clocher. *Cette solution* provisoire…"): the noun is this sentence's.
 */
function namedJustAfter(site: PassageSite, i: number): boolean {
  const { profile: p, k } = site;
  const next = site.view.passages[k + 1];
  return next !== undefined && p.contextAt[k + 1] === k && p.own[k + 1]![i]! >= FOCUS_SAID && opensOnDemonstrativeNoun(next.passage.text);
}

/** Whether a passage says the noun the question makes a name the complement of ("l'Agglo" for "l'agglomération de Rochebrune"). */
function headSaid(site: PassageSite, c: ResolvedConcept): boolean {
  const head = c.concept.head;
  if (head === undefined) return false;
  const j = site.concepts.findIndex((d) => d.concept.label === head);
  return j >= 0 && site.profile.own[site.k]![j]! >= FOCUS_SAID;
}

/** How many sentences back a name still sets the scene of a narrative (a quotation counts its sentences). */
const STRETCH = 6;

/**
 * Whether a name was said a few sentences up, under the same heading: "Josselin a ouvert la voie. C'est
 * là que l'adjoint a fait poser un premier boîtier. « … » Au printemps suivant, neuf bornes couvraient…": a
 * narrative names its place once, and the sentences after it stay there.
 */
function saidInStretch(site: PassageSite, i: number): boolean {
  const { profile: p, k } = site;
  // Back along the sentences that follow on from one another: a heading ends the stretch.
  for (let m = k - 1; m >= Math.max(0, k - STRETCH) && p.contextAt[m + 1] === m; m--) if (p.own[m]![i]! > 0) return true;
  return false;
}

/** Whether a figure of the question is the year of the page's date ("l'arrêté de 2021" on a page of 2021): the whole page is of it. */
function isDocumentYear(site: PassageSite, c: ResolvedConcept): boolean {
  return site.view.document.date?.slice(0, 4) === c.concept.label;
}

/**
 * Whether a concept is a name the answer is about: not one that only dates the fact ("avant le Plan
 * Numérique"), nor who says it ("selon X"), nor a technology that qualifies it ("pylônes 4G"), which a page
 * says once for all its sentences.
 */
function nameAskedOf(c: ResolvedConcept): boolean {
  return c.concept.kind === 'name' && c.concept.dating !== true && c.concept.speaker !== true && c.concept.ofKind !== true;
}

/** A name or figure said only away from the passage, or a focus noun not said in it. */
function markWhatIsMissing(tally: PassageTally, site: PassageSite, c: ResolvedConcept, i: number, here: number, near: number): void {
  const p = site.profile;
  const { kind, focus } = c.concept;
  // (the description is looked for last: most passages say the name, or are about it.)
  if (nameAskedOf(c) && here === 0 && near === 0 && p.subject[i] === 0 && !describedHere(site, c, i) && !saidInStretch(site, i))
    tally.nameInPassing = true;
  // A figure of the question ("en 2023") holds only where it is said: "2023" elsewhere is another year —
  // unless the title or lead says it: the whole document is then about it ("le salon 2024").
  if (kind === 'figure' && here === 0 && near === 0 && p.inLead[i] === 0 && !isDocumentYear(site, c)) tally.nameInPassing = true;
  // The noun asked about must be said here, when the corpus uses it at all.
  // ("quel est le loyer…": the sentence says "loyer", or refers back to the one that does). What it is
  // the loyer of ('document') only counts: "le coût du réseau" is answered by "le coût de ce chantier".
  // A shell noun ("quel effet", "quel outil") is said by what the page says of it, seldom by the noun itself.
  if (focus !== 'passage' || here >= FOCUS_SAID || isShellFocus(c)) return;
  // A thesaurus synonym does not say it ("salaire" is listed with "dépense" and "mois"), nor does it
  // make the corpus use it: a noun the corpus knows only through one is asked of nothing it says.
  const saidInCorpus = c.present && c.alternatives.some((a) => a.factor >= FOCUS_SAID);
  if (saidInCorpus && !focusSaidAround(site, c, i, near)) tally.focusFound = false;
}

// Whether a focus is a shell noun is the same for every passage a question's concept is looked for in: read once.
const shellFocus = new WeakMap<ResolvedConcept, boolean>();

function isShellFocus(c: ResolvedConcept): boolean {
  let shell = shellFocus.get(c);
  if (shell === undefined) shellFocus.set(c, (shell = isShellNoun(c.concept.label)));
  return shell;
}

/**
 * Whether the focus a sentence does not say is said for it around: by the sentence before, which one
 * that leans on it repeats (not by the one after), or — for a noun — by the next sentence's demonstrative
 * ("… Cette solution…"); a verb asked, "que garantit…", is not: "Ce marché garantit…" states it there.
 */
function focusSaidAround(site: PassageSite, c: ResolvedConcept, i: number, near: number): boolean {
  // (the text tests last: they are the costly ones, and few concepts get this far)
  const before = site.k > 0 ? site.profile.own[site.k - 1]![i]! : 0;
  return (near > 0 && before > 0 && leansOnPrevious(site.text)) || (c.concept.verbal !== true && namedJustAfter(site, i));
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
      const passageRequest = requestInDocument(request, {
        counted: countedOnPage(request.counted, s.view.passages),
        countedInDocument: s.countedInDocument,
        subjectAbove: s.subjectAbove,
        countsInDocument: counts,
        countedAbove: countedAbove(s, request),
        officeBeside: saidBeside(s, request.officeTerms),
        namedBefore: request.identity === true && saidBefore(s, request.nameTerms),
        tableHeader: s.passage.context || undefined,
        untitledNameTerms: s.untitledNameTerms,
        documentYear: yearOf(s.view.document.date),
      });
      const span =
        bestEvidence(s.passage.text, passageRequest, passageTokens(s.passage)) ??
        (request.answerType === 'place' ? documentPlaceEvidence(s.view, request.nameTerms) : undefined);
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

/**
 * "Le syndicat a transmis 1 270 signalements à l'opérateur": a description stands for a name its document
 * says is an organisation; "par la collectivité", for the place named a few sentences up; "l'Agglo", for
 * the name the question makes the complement of that noun ("l'agglomération de Rochebrune").
 */
function describedHere(site: PassageSite, concept: ResolvedConcept, i: number): boolean {
  const p = site.profile;
  return (
    (saysDescription(site.text) && namedAsOrganisation(p, site.view, concept, i)) ||
    (saidShortlyBefore(p, site.k, i) && saysDescription(site.text, 'place')) ||
    (saidShortlyBefore(p, site.k, i, SPEAKER_REACH) && speakerDescribed(site.text)) ||
    headSaid(site, concept)
  );
}

/** Sentences back a speaker named by a role ("poursuit la maire") is looked for: a quotation runs over several. */
const SPEAKER_REACH = 8;

/** Whether a concept is a year the question gives ("en 2024"). */
function isYearFigure(c: ResolvedConcept): boolean {
  return c.concept.kind === 'figure' && /^(?:19|20)\d{2}$/.test(c.concept.label);
}

/** 1 when the concept is a year the passage says by its distance from its page's ("l'an dernier" for 2024 in 2025). */
function yearSaidRelatively(site: PassageSite, c: ResolvedConcept): number {
  if (!isYearFigure(c)) return 0;
  const year = yearOf(site.view.document.date);
  return year !== undefined && relativeYearsSaid(foldWord(site.text), year).includes(Number(c.concept.label)) ? 1 : 0;
}

/**
 * Whether a passage that does not say the year the question gives states another ("25 sites pour 2025"
 * asked of 2024): its neighbours' year is not its own, and it gets no credit for being near it.
 */
function saysOtherYear(site: PassageSite, c: ResolvedConcept): boolean {
  if (!isYearFigure(c)) return false;
  return Array.from(site.text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g), (m) => m[0]).some((y) => y !== c.concept.label);
}

/**
 * Whether a passage that does not say the rank the question asks says another ("la première tranche"
 * asked of the last one): the next sentence's "dernière" is not its own.
 */
function saysOtherRankThan(site: PassageSite, c: ResolvedConcept): boolean {
  const ranks = ranksAsked(c.alternatives);
  return ranks.length > 0 && saysOtherRank(site.view.passages[site.k]!.terms, ranks);
}

/** Sentences a place description may reach back over to the place it stands for. */
const DESCRIPTION_REACH = 4;

/** Whether concept `i` is said in one of the few passages before passage `k`. */
function saidShortlyBefore(p: DocumentProfile, k: number, i: number, reach = DESCRIPTION_REACH): boolean {
  for (let m = Math.max(0, k - reach); m < k; m++) if (p.own[m]![i]! > 0) return true;
  return false;
}

function yearOf(date: string | undefined): number | undefined {
  const year = date === undefined ? NaN : Number.parseInt(date.slice(0, 4), 10);
  return Number.isNaN(year) ? undefined : year;
}

// A sentence between may speak of the same things by a pronoun ("Le syndicat les a payées. Il en a posé 120."):
// what the one before it counted is still meant, less surely.
const COUNTED_TWO_ABOVE_FACTOR = 0.8;

/** How surely the sentence right before a passage, in its document, or the one before it, says what the question counts. */
function countedAbove(s: ScoredPassage, request: EvidenceRequest): number {
  const counted = s.countedInDocument ? request.counted : undefined;
  if (!counted) return 0;
  const k = s.passage.id - s.view.document.firstPassage;
  const said = (before: ScoredPassage['view']['passages'][number] | undefined): number => {
    if (!before || before.passage.kind !== 'sentence') return 0;
    let strength = 0;
    for (const alt of counted.alternatives) if (alt.terms.some((t) => before.terms.has(t))) strength = Math.max(strength, alt.factor);
    return strength;
  };
  return Math.max(said(s.view.passages[k - 1]), COUNTED_TWO_ABOVE_FACTOR * said(s.view.passages[k - 2]));
}

/**
 * Whether the sentence right before a passage, or right after it, holds one of the terms: "Y est élue
 * présidente. Marie Durand…", "…explique Marie Durand. La vice-présidente rappelle…".
 */
function saidBeside(s: ScoredPassage, terms: ReadonlySet<string>): boolean {
  if (terms.size === 0) return false;
  const k = s.passage.id - s.view.document.firstPassage;
  return [s.view.passages[k - 1], s.view.passages[k + 1]].some((p) => saysAny(p, terms));
}

/** Whether the sentence right before a passage holds one of the terms ("…explique Martine Roux. La vice-présidente rappelle…"). */
function saidBefore(s: ScoredPassage, terms: ReadonlySet<string>): boolean {
  return saysAny(s.view.passages[s.passage.id - s.view.document.firstPassage - 1], terms);
}

function saysAny(p: PassageWithTerms | undefined, terms: ReadonlySet<string>): boolean {
  return p !== undefined && p.passage.kind === 'sentence' && [...terms].some((t) => p.terms.has(t));
}

/**
 * A few words that are mostly the answer ("Odile Marchetti" under "Contact presse") are not a
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
// (a dateline may name the day: "Bourg, jeudi 14 mars 2024")
const WEEKDAY = `(?:${Array.from(FRENCH_WEEKDAYS, (d) => `[${d[0]}${d[0]!.toUpperCase()}]${d.slice(1)}`).join('|')})`;
const PLACE_OPENING = new RegExp(
  `^\\s*(\\p{Lu}[\\p{L}'’-]*(?:[\\s-]+(?:\\p{Lu}[\\p{L}'’-]*|de|du|des|la|le|les|sur|en|d['’]\\p{Lu}[\\p{L}-]*))*)\\s*(?::|,\\s*(?:le\\s+)?(?:${WEEKDAY}\\s+)?\\d)`,
  'u',
);

// Each document's answer, per question: every passage of it that names no place asks again.
const placeOfDocument = new WeakMap<DocumentView, AnswerSpan | null>();

function documentPlaceEvidence(view: DocumentView, namedInQuestion: ReadonlySet<string>): AnswerSpan | undefined {
  const known = placeOfDocument.get(view);
  if (known !== undefined) return known ?? undefined;
  const openings = Array.from(view.passages.slice(0, 3), (p) => PLACE_OPENING.exec(p.passage.text)?.[1]);
  // The place the question names itself ("which sites in the Haut-Sorre") is where, not what, it asks.
  const answering = (place: string | undefined) => place && analyzeFrenchTerms(place).some((t) => !namedInQuestion.has(t));
  const found = answering(view.document.territory) || openings.some(answering) ? answerSpan(0, 0, DOCUMENT_PLACE_STRENGTH) : null;
  placeOfDocument.set(view, found);
  return found ?? undefined;
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
