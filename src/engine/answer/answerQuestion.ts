// Answers a question from the index, or says honestly that the corpus does not — the pipeline:
//   read the question (readQuestion) → widen its concepts (expandConcepts) → weigh them against the
//   corpus and correct typos (resolveConcepts) → find the likely documents and read them whole
//   (likelyDocuments, readDocuments) → score every sentence in its document (scorePassages) → decide and pick the
//   facts (decideAnswer, selectFacts) → excerpts with the answer emphasised (buildExcerpt).
import { withGluedWordsKept } from './gluedWords.ts';
import { slipsOf } from '../analysis/keyboardSlips.ts';
import type { SearchBackend } from '../search/searchBackend.ts';
import type { LanguageResources } from '../language/languageResources.ts';
import type { Locale } from '../language/locale.ts';
import type { Answer, Citation, Fact } from './answer.ts';
import type { Passage } from '../search/splitPassages.ts';
import { buildExcerpt, MAX_EXCERPT_LENGTH, quotedWithContext, type Span } from './buildExcerpt.ts';
import { quotationGroups, quotationMembers } from './quotations.ts';
import { withListItems } from './listItems.ts';
import { withFollowingSentence } from './followingSentence.ts';
import type { AnswerType } from './answerTypes.ts';
import { ANSWER_WINDOW, answers, canCite } from './decideAnswer.ts';
import { expandConcepts } from './expandConcepts.ts';
import { type ConversationTurn, withConversation } from './followUp.ts';
import { DOCUMENTS_READ, DOCUMENTS_READ_WIDE, likelyDocuments, readDocuments } from './gatherCandidates.ts';
import { recogniseNames } from './recogniseNames.ts';
import { readEnglishWords } from './readEnglish.ts';
import { type QuestionReadingResources, type ReadQuestion, readQuestion } from './readQuestion.ts';
import { type ResolvedConcept, resolveConcepts } from './resolveConcepts.ts';
import { spellOutAcronyms } from './spelledOutAcronyms.ts';
import { byScore, type ScoredPassage, scorePassages } from './scorePassages.ts';
import { partItems, selectFacts } from './selectFacts.ts';
import { partsByName } from './compoundQuestions.ts';
import { respellNames } from './misspelledNames.ts';
import { questionClauses } from './questionClauses.ts';
import { passageReference } from '../reading/passageReference.ts';
import { foldWord } from '../language/foldText.ts';
import { sameSoundSpellings } from '../language/frenchPhonetics.ts';
import { FRENCH_DERIVED_ENDINGS, isShellNoun } from '../language/questionVocabulary.ts';
import { thingNamesOf } from '../language/glossary.ts';

const MAX_RELATED = 3;
/** Passages searched for the few closest documents a refusal shows. */
const SEARCHED_PASSAGES_FOR_RELATED = 20;
/** Closest passages shown, as such, when no answer is sure enough. */
const MAX_CLOSEST = 3;
/** A question half of whose words are unknown to the corpus is not about it ("la météo demain"). */
const MAX_UNKNOWN_SHARE = 0.5;
/** Questions with no typed answer to point at (what, how, why): their answer may run on into the next sentence. */
const OPEN_ANSWER_TYPES: ReadonlySet<AnswerType> = new Set(['other', 'reason']);

export interface AskOptions {
  /** The language the asker uses, when the platform knows it; detected from the question otherwise. */
  locale?: Locale;
  /**
   * The earlier questions of the conversation, oldest first (a thread's): a follow-up ("Et quand
   * a-t-il signé ?") is read with them. The caller keeps them (in memory, with a time limit and a cap).
   */
  context?: readonly ConversationTurn[];
}

/** A question read and its concepts resolved against the corpus: what each reading of documents starts from. */
interface AskedQuestion {
  read: ReadQuestion;
  base: Pick<Answer, 'question' | 'language' | 'answerType' | 'wantsList'>;
  /** Resolved; recognising names on the first reading may turn some into names. */
  concepts: ResolvedConcept[];
}

export class QuestionAnswerer {
  constructor(
    private readonly index: SearchBackend,
    private readonly language: LanguageResources,
  ) {}

  read(question: string, locale?: Locale): ReadQuestion {
    return readQuestion(question, questionReadingResources(this.language), locale);
  }

  async answer(question: string, options: AskOptions = {}): Promise<Answer> {
    const clauses = options.context?.length ? undefined : questionClauses(question);
    if (clauses) {
      const both = await this.answerClauses(question, clauses, options);
      if (both) return both;
    }
    const current = this.read(question, options.locale);
    const read = withConversation(
      current,
      Array.from(options.context ?? [], (turn) => this.read(turn.question, options.locale)),
    );
    const base = { question: read.text, language: read.language, answerType: read.answerType, wantsList: read.wantsList };
    if (read.concepts.length === 0) {
      return { ...base, answered: false, confidence: 0, facts: [], related: [], unanswered: { reason: 'no-terms', missing: [] } };
    }
    const expanded = expandConcepts(await withGluedWordsKept(this.index, read.concepts), this.language);
    const asked: AskedQuestion = { read, base, concepts: await resolveConcepts(this.index, expanded, read.language) };
    // A question naming what the corpus never mentions is refused whatever the documents say: the few
    // closest are read only to show them, found among fewer passages.
    if (unknownTerms(asked.concepts, this.unlisted(read))) {
      const closest = await likelyDocuments(this.index, asked.concepts, MAX_RELATED, SEARCHED_PASSAGES_FOR_RELATED);
      // "la CAF" where the page writes "la Caisse d'allocations familiales", "l'Alam" where it writes
      // "l'Alma": known after all.
      const views = await readDocuments(this.index, closest);
      const spelledOut = spellOutAcronyms(asked.concepts, views);
      const respelt = respellNames(asked.concepts, views);
      if (!(spelledOut || respelt) || unknownTerms(asked.concepts, this.unlisted(read)))
        return this.decide(asked, await this.readAndScore(asked, closest, true));
    }
    const documents = await likelyDocuments(this.index, asked.concepts, DOCUMENTS_READ_WIDE);
    const first = read.wantsList ? documents : documents.slice(0, DOCUMENTS_READ);
    let scored = await this.readAndScore(asked, first, true);
    let answer = this.decide(asked, scored);
    // Before refusing for want of a sure passage, a second look at the next documents down the list.
    if (!answer.answered && answer.unanswered?.reason === 'weak-match' && documents.length > first.length) {
      scored = [...scored, ...(await this.readAndScore(asked, documents.slice(first.length), false))].sort(byScore);
      answer = this.decide(asked, scored);
    }
    if (answer.answered || scored.some((s) => !s.missesName)) return answer;
    answer = await this.answerByNames(asked, documents, scored, answer);
    // No document names them all: it may join two questions, each about one of them.
    return answer.answered ? answer : this.answerByParts(asked, answer);
  }

  /**
   * No document read names all the question's names: the documents that do may rank lower on its other
   * words. Those its names alone find are read too, and decide with the rest; the refusal stands otherwise.
   */
  private async answerByNames(asked: AskedQuestion, read: readonly number[], scored: ScoredPassage[], refusal: Answer): Promise<Answer> {
    const names = asked.concepts.filter((c) => c.concept.kind === 'name' && c.present);
    if (names.length === 0) return refusal;
    const unread = (await likelyDocuments(this.index, names, DOCUMENTS_READ)).filter((doc) => !read.includes(doc));
    const named = unread.length === 0 ? [] : await this.readAndScore(asked, unread, false);
    return named.some((s) => !s.missesName) ? this.decide(asked, [...scored, ...named].sort(byScore)) : refusal;
  }

  /** Two questions typed as one, answered one by one: one fact each, or undefined unless both answer. */
  private async answerClauses(question: string, clauses: readonly string[], options: AskOptions): Promise<Answer | undefined> {
    const answers: Answer[] = [];
    for (const clause of clauses) {
      const found = await this.answer(clause, options);
      if (!found.answered) return undefined;
      answers.push(found);
    }
    const read = this.read(question, options.locale);
    return {
      question: read.text,
      language: read.language,
      answerType: read.answerType,
      wantsList: true,
      answered: true,
      confidence: Math.min(...Array.from(answers, (a) => a.confidence)),
      // Both clauses may be answered by one sentence: it is cited once.
      facts: distinctFacts(Array.from(answers, (a) => a.facts[0]!)),
      related: [],
    };
  }

  /**
   * A question joining two names no document holds together ("… à Lombreuil ou … à Fontclaire"),
   * answered part by part: one fact per part, from as many documents. Unless two parts answer, the
   * refusal stands, with each part's closest passage to show as such.
   */
  private async answerByParts(asked: AskedQuestion, refusal: Answer): Promise<Answer> {
    const parts = partsByName(asked.read.text, asked.concepts);
    if (!parts) return refusal;
    const answers: Answer[] = [];
    const closest: Fact[] = [];
    const unanswered: Array<{ part: AskedQuestion; scored: ScoredPassage[] }> = [];
    for (const concepts of parts) {
      const part = { ...asked, concepts };
      const scored = await this.readAndScore(part, await likelyDocuments(this.index, concepts, DOCUMENTS_READ), false);
      const found = this.decide(part, scored);
      if (found.answered && !answers.some((a) => a.facts[0]!.source === found.facts[0]!.source)) answers.push(found);
      else if (!found.answered) unanswered.push({ part, scored });
      closest.push(...found.facts.slice(0, 1));
    }
    if (answers.length > 0) answers.push(...this.partsAsListItems(asked.read, unanswered, answers));
    if (answers.length < 2) return refusal.facts.length > 0 ? refusal : { ...refusal, facts: distinctFacts(closest) };
    return {
      ...asked.base,
      wantsList: true,
      answered: true,
      confidence: Math.min(...Array.from(answers, (a) => a.confidence)),
      facts: Array.from(answers, (a) => a.facts[0]!),
      related: [],
    };
  }

  /** Facts for the parts a compound question asks as items of one list (selectFacts.ts, partItems). */
  private partsAsListItems(
    read: ReadQuestion,
    unanswered: ReadonlyArray<{ part: AskedQuestion; scored: ScoredPassage[] }>,
    answered: readonly Answer[],
  ): Answer[] {
    const cited = new Set(Array.from(answered, (a) => a.facts[0]!.source));
    const bestCoverage = Math.max(...Array.from(answered, (a) => a.confidence));
    const parts = Array.from(unanswered, (u) => u.scored);
    const items = partItems(parts, bestCoverage, read, (s) => cited.has(s.view.document.source));
    return Array.from(items, (s) => {
      const { part } = unanswered.find((u) => u.scored.includes(s))!;
      const fact = this.fact(s, questionTermsOf(part.concepts), part.read.answerType);
      return { ...part.base, answered: true, confidence: Math.round(s.coverage * 1000) / 1000, facts: [fact], related: [] };
    });
  }

  /** Reads documents whole and scores every sentence; names typed in lowercase are recognised on the first reading. */
  private async readAndScore(asked: AskedQuestion, documents: readonly number[], recognise: boolean): Promise<ScoredPassage[]> {
    const { read, concepts } = asked;
    const views = await readDocuments(this.index, documents);
    if (recognise) {
      recogniseNames(concepts, views, read.text);
      spellOutAcronyms(concepts, views);
    }
    const counted = concepts.find((c) => c.concept.counted);
    // The reading's flags pass as they are; evidenceRequest takes the fields it needs, one by one.
    const thingNames = thingNamesOf(this.language.glossary);
    const evidenceQuestion = { ...read, counted, questionTerms: questionTermsOf(concepts), thingNames };
    return scorePassages(views, concepts, evidenceQuestion, ANSWER_WINDOW);
  }

  /** The answer the scored passages give, or a refusal that says why (with the closest passages when there are). */
  private decide(asked: AskedQuestion, scored: readonly ScoredPassage[]): Answer {
    const { read, base, concepts } = asked;
    const questionTerms = questionTermsOf(concepts);
    const missing = concepts.filter((c) => !c.present);
    const best = scored.find(canCite);
    const confidence = Math.round((best?.coverage ?? 0) * 1000) / 1000;
    const refused = { ...base, answered: false, confidence, related: this.relatedDocuments(scored, new Set()) };
    const unknown = unknownTerms(concepts, this.unlisted(read));
    if (unknown) return { ...refused, facts: [], unanswered: { reason: 'unknown-terms', missing: unknown } };
    const picked = selectFacts(scored, read, read.wantsList, (s) => (s.saysQuestionWords ? this.termsOf(s) : new Set()));
    if (picked.length === 0) {
      const closest = distinctFacts(
        Array.from(scored.filter(canCite).slice(0, 2 * MAX_CLOSEST), (s) => this.fact(s, questionTerms, read.answerType)),
      );
      closest.splice(MAX_CLOSEST);
      return { ...refused, facts: closest, unanswered: { reason: 'weak-match', missing: Array.from(missing, (c) => c.concept.label) } };
    }
    const facts = distinctFacts(Array.from(picked, (s) => this.fact(s, questionTerms, read.answerType)));
    return {
      ...base,
      answered: true,
      confidence,
      facts,
      related: this.relatedDocuments(scored, new Set(Array.from(facts, (f) => f.source))),
    };
  }

  /**
   * Whether a word the corpus does not use is a place typed in lowercase: no dictionary lists it and a
   * preposition of place stands before it ("dans le finistere", "in dijon"), and it is no word of the language
   * mistyped ("en atendant"). It then refuses the
   * question as a capitalised name the corpus never mentions would.
   */
  private unlisted(read: ReadQuestion): (c: ResolvedConcept) => boolean {
    // Lowercase, accents kept: "à" is a preposition of place, "a" a verb ("qui a remporté…").
    const folded = read.text.toLowerCase();
    return (c) => {
      // ("laval", read as "l'aval", is asked as typed: the corpus says neither)
      const word = foldWord(c.concept.glued ?? c.concept.label);
      if (c.concept.kind === 'figure' || !/^[a-z-]{3,}$/.test(word) || this.knowsWord(word, read.language)) return false;
      // "en atendant la fibre", "livrées en retart": a word of the language mistyped (one slip from
      // "attendant", or spelt by ear) is no place.
      const known = (spelling: string) => this.knowsWord(spelling, read.language);
      if (slipsOf(word, true).some(known) || (read.language === 'fr' && sameSoundSpellings(word).some(known))) return false;
      // A search-box question names its place bare: "budget fibre brest" (not "pc désactivable": a derived word).
      if (read.keywords) return read.language !== 'fr' || !FRENCH_DERIVED_ENDINGS.test(word);
      // "pour candidater": after "pour", a word in -er is an infinitive the dictionary lacks, not a place.
      if (read.language === 'fr' && word.endsWith('er') && new RegExp(`(?:^|\\s)pour\\s+${word}(?![a-z])`).test(folded)) return false;
      return new RegExp(
        `(?:^|[\\s'])(?:à|au|aux|en|dans|sur|vers|pour|près de|autour de|in|at|for|near|around|du|de la|de l')\\s*(?:(?:le|la|les|the)\\s+|l')?${word}(?![a-z])`,
      ).test(folded);
    };
  }

  /** Whether a dictionary of the question's language lists a folded word ("remote" is English, not a place). */
  private knowsWord(word: string, language: Locale): boolean {
    return this.language.knows(word) || (language === 'en' && (this.language.english.translate(word)?.length ?? 0) > 0);
  }

  private termsOf(s: ScoredPassage): ReadonlySet<string> {
    return s.view.passages[s.passage.id - s.view.document.firstPassage]?.terms ?? new Set();
  }

  private fact(s: ScoredPassage, questionTerms: ReadonlySet<string>, answerType: AnswerType): Fact {
    const { passage, span } = passageToQuote(s, OPEN_ANSWER_TYPES.has(answerType) && !s.span);
    const excerpt = buildExcerpt(passage, questionTerms, span);
    return {
      ...this.citation(s),
      excerpt: excerpt.text,
      highlights: excerpt.highlights,
      ...(excerpt.answerSpan ? { answerSpan: excerpt.answerSpan } : {}),
      score: Math.round(s.score * 1000) / 1000,
      passage: passageReference(s.view.document.file, s.passage.id - s.view.document.firstPassage, s.passage.text),
    };
  }

  private citation(s: ScoredPassage): Citation {
    const doc = s.view.document;
    return { source: doc.source, title: doc.title, date: doc.date, url: doc.url };
  }

  private relatedDocuments(scored: readonly ScoredPassage[], exclude: Set<string>): Citation[] {
    const out: Citation[] = [];
    const seen = new Set<number>();
    // Documents that name what the question names first; when none does, the closest ones all the same.
    const naming = scored.some((s) => !s.missesName);
    for (const s of scored) {
      if (seen.has(s.view.doc) || (naming && s.missesName)) continue;
      seen.add(s.view.doc);
      if (!exclude.has(s.view.document.source)) out.push(this.citation(s));
      if (out.length >= MAX_RELATED) break;
    }
    return out;
  }
}

/**
 * The words that make the corpus unable to answer, whatever it says: a name it never mentions, or most of
 * the question's words. Undefined when there are none.
 */
function unknownTerms(concepts: readonly ResolvedConcept[], unlisted: (c: ResolvedConcept) => boolean): string[] | undefined {
  const missing = concepts.filter((c) => !c.present);
  // A capitalised word the corpus never uses, even first in the question ("Kinéis est-il…"), is a name
  // it never mentions; so is a lowercase one no dictionary lists.
  // …and so is the category of a list it never names: it has no items to list.
  const unknownNames = missing.filter(
    (c) => c.concept.kind === 'name' || c.concept.capitalised || (c.concept.category && !isShellNoun(c.concept.label)) || unlisted(c),
  );
  if (unknownNames.length === 0 && missing.length / concepts.length < MAX_UNKNOWN_SHARE) return undefined;
  return Array.from(unknownNames.length > 0 ? unknownNames : missing, (c) => c.concept.glued ?? c.concept.label);
}

/**
 * Facts of one document whose excerpt an earlier one already holds count once: two sentences of one
 * quotation both cite it whole, and a sentence may be quoted in the excerpt of the one before.
 */
function distinctFacts(facts: Fact[]): Fact[] {
  const kept: Fact[] = [];
  for (const f of facts) if (!kept.some((k) => k.source === f.source && k.excerpt.includes(f.excerpt))) kept.push(f);
  return kept;
}

/** Every term the question's concepts are said with, for highlighting and evidence. */
function questionTermsOf(concepts: readonly ResolvedConcept[]): Set<string> {
  return new Set(concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms)));
}

/** What reading a question needs of the language resources. */
export function questionReadingResources(language: LanguageResources): QuestionReadingResources {
  return {
    isFrenchVerb: language.isVerb,
    isFrenchAdjective: language.isAdjective,
    // The verb a form may be first ("claqué": claquer, though "claque" is a noun too): money verbs are looked up by it.
    frenchVerbLemma: (folded) => {
      const lemma = language.verbLemma(folded) ?? language.lemma(folded);
      return lemma === folded ? undefined : lemma;
    },
    englishWords: (text) => readEnglishWords(text, language.english),
    knowsFrench: language.knows,
  };
}

/**
 * The passage to quote: a sentence of a quotation is quoted with the whole quotation and its speaker,
 * the opening of a list with its items, and the answer to an open question with the sentence after it
 * (followingSentence.ts), when that fits.
 */
function passageToQuote(s: ScoredPassage, open: boolean): { passage: Passage; span?: Span } {
  const passages = Array.from(s.view.passages, (p) => p.passage);
  const texts = Array.from(passages, (p) => p.text);
  const k = s.passage.id - s.view.document.firstPassage;
  const members = quotationMembers(quotationGroups(texts), k);
  if (members.length < 2) return { passage: { ...s.passage, text: sentenceToQuote(passages, k, open) }, span: s.span };
  const text = Array.from(members, (m) => texts[m]).join(' ');
  if (text.length > MAX_EXCERPT_LENGTH) return { passage: s.passage, span: s.span };
  const offset = members.filter((m) => m < k).reduce((sum, m) => sum + texts[m]!.length + 1, 0);
  const span = s.span && { start: s.span.start + offset, end: s.span.end + offset };
  return { passage: { ...s.passage, text, context: '' }, span };
}

/** A sentence outside a quotation: a list's opening with its items, an open question's answer with the sentence after it. */
function sentenceToQuote(passages: readonly Passage[], k: number, open: boolean): string {
  const passage = passages[k]!;
  const listed = withListItems(passages, k, MAX_EXCERPT_LENGTH);
  if (!open || listed !== passage.text) return listed;
  // The sentence it leans on comes first (buildExcerpt): the following one only where both still fit.
  const room = MAX_EXCERPT_LENGTH - (quotedWithContext(passage) ? passage.context.length + 1 : 0);
  return withFollowingSentence(passages, k, listed, room);
}

export type { ResolvedConcept };
export { answers };
