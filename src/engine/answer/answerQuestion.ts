// Finds the passage that answers a question, or decides honestly that the corpus does not.
//
// Ranking: candidates come from the search backend (the passages whose own text covers most of the
// question) and their neighbours; each is scored by the share of
// the question's concepts it covers (weighted by rarity; in its own sentence counts most, in the sentence
// before or the title less), plus a bonus when it holds the kind of answer asked for (a date for "quand"…).
// No answer: when the question names something the corpus never mentions, when most of its concepts are
// unknown, or when the best passage covers too little of it.
import { editDistance } from '../analysis/editDistance.ts';
import { analyzeFrench, analyzeFrenchTerms } from '../analysis/analyzeFrench.ts';
import type { Glossary } from '../analysis/glossary.ts';
import type { IndexedDocument, SearchBackend } from '../index/searchBackend.ts';
import type { Passage } from '../index/splitPassages.ts';
import type { Answer, Citation, Fact } from './answer.ts';
import { type AnswerType, findProperNames, passageHolds } from './answerTypes.ts';
import { buildExcerpt } from './buildExcerpt.ts';
import { type Alternative, type QueryConcept, type ReadQuestion, readQuestion } from './readQuestion.ts';

/** Tuning, in one place. Each value was set on the public questions and checked against the others' behaviour. */
const TUNING = {
  candidates: 60,
  relatedCandidates: 20,
  maxFacts: 5,
  maxRelated: 3,
  /** Coverage plus answer-shape bonuses a passage needs to count as an answer. */
  minEvidence: 0.6,
  /** Share of the question a passage must cover to be cited at all. */
  minCoverage: 0.35,
  /** A question whose concepts are mostly unknown to the corpus is not about this corpus. */
  maxUnknownShare: 0.5,
  inContext: 0.6,
  inTitle: 0.5,
  correctionFactor: 0.8,
  typeBonus: 0.15,
  /** Definitions are rare and exactly what "qu'est-ce que…" wants. */
  definitionBonus: 0.45,
  countedBonus: 0.15,
  nameNearBonus: 0.08,
  /** Among equals, the shorter passage states the fact more directly. */
  shortnessWeight: 0.05,
  questionPenalty: 0.3,
  missingNamePenalty: 0.5,
  notSentencePenalty: 0.05,
  sameDocumentPenalty: 0.12,
  furtherFactCoverage: 0.9,
};

interface ResolvedConcept {
  concept: QueryConcept;
  alternatives: Alternative[];
  weight: number;
  present: boolean;
}

interface Scored {
  passage: Passage;
  /** Weighted share of the question's concepts found (unknown concepts count as not found). */
  coverage: number;
  /** Coverage plus the bonuses for holding the kind of answer asked for: what decides "answered". */
  evidence: number;
  /** Evidence plus a little for shortness: what orders passages. */
  score: number;
  matchedTerms: Set<string>;
}

const EMPTY: ReadonlySet<string> = new Set();

export class QuestionAnswerer {
  constructor(
    private readonly index: SearchBackend,
    private readonly glossary: Glossary,
  ) {}

  async answer(question: string): Promise<Answer> {
    const read = readQuestion(question, this.glossary);
    const base = { question: read.text, language: read.language, answerType: read.answerType };
    if (read.concepts.length === 0) {
      return { ...base, answered: false, confidence: 0, facts: [], related: [], unanswered: { reason: 'no-terms', missing: [] } };
    }
    const concepts = await this.resolveAll(read.concepts);
    const present = concepts.filter((c) => c.present);
    const missing = concepts.filter((c) => !c.present);
    const unknownWeight = missing.reduce((sum, c) => sum + c.weight, 0);
    const unknownEntity = missing.filter((c) => c.concept.entity);
    const unknownQuestion = unknownEntity.length > 0 || missing.length / concepts.length > TUNING.maxUnknownShare;
    // A question already known to be unanswerable only needs a few candidates, for the closest documents.
    const limit = unknownQuestion ? TUNING.relatedCandidates : TUNING.candidates;
    // For the closest documents of an unanswerable question, its two rarest known concepts are enough.
    const searched = unknownQuestion ? [...present].sort((a, b) => b.weight - a.weight).slice(0, 2) : present;
    const ignoredWeight = present.filter((c) => !searched.includes(c)).reduce((sum, c) => sum + c.weight, 0);
    const scored = searched.length > 0 ? await this.rank(read, searched, unknownWeight + ignoredWeight, limit) : [];
    const related = this.relatedDocuments(scored, new Set());
    const confidence = Math.round((scored[0]?.coverage ?? 0) * 1000) / 1000;
    if (unknownQuestion) {
      const names = (unknownEntity.length > 0 ? unknownEntity : missing).map((c) => c.concept.label);
      return { ...base, answered: false, confidence, facts: [], related, unanswered: { reason: 'unknown-terms', missing: names } };
    }
    const best = scored[0];
    if (!best || best.evidence < TUNING.minEvidence || best.coverage < TUNING.minCoverage) {
      return { ...base, answered: false, confidence, facts: [], related, unanswered: { reason: 'weak-match', missing: missing.map((c) => c.concept.label) } };
    }
    const queryTerms = new Set(present.flatMap((c) => c.alternatives.flatMap((a) => a.terms)));
    const facts = this.selectFacts(scored, read.wantsList, queryTerms);
    const cited = new Set(facts.map((f) => f.source));
    return { ...base, answered: true, confidence, facts, related: this.relatedDocuments(scored, cited) };
  }

  /**
   * Adds spelling corrections for unknown terms and weighs each concept by rarity. Frequencies are
   * asked for in one batch: a remote backend answers in one round trip.
   */
  private async resolveAll(concepts: QueryConcept[]): Promise<ResolvedConcept[]> {
    const terms = [...new Set(concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms)))];
    const df = new Map(await this.index.documentFrequencies(terms));
    const resolved: ResolvedConcept[] = [];
    for (const concept of concepts) {
      const alternatives: Alternative[] = [];
      for (const alt of concept.alternatives) {
        alternatives.push(alt);
        if (alt.terms.length !== 1) continue;
        const term = alt.terms[0] ?? '';
        if ((df.get(term) ?? 0) > 0) continue;
        const correction = await this.correct(term, concept.entity);
        if (correction) {
          alternatives.push({ terms: [correction.term], factor: alt.factor * TUNING.correctionFactor });
          df.set(correction.term, correction.frequency);
        }
      }
      const frequencies = alternatives
        .map((a) => Math.min(...a.terms.map((t) => df.get(t) ?? 0)))
        .filter((f) => f > 0);
      const present = frequencies.length > 0;
      const f = present ? Math.max(...frequencies) : 0;
      const n = this.index.passageCount;
      const idf = Math.log(1 + (n - f + 0.5) / (f + 0.5));
      resolved.push({ concept, alternatives, weight: concept.weight * idf, present });
    }
    return resolved;
  }

  /**
   * A corpus word one typo away (two for long words): "presonnes" → "personnes". Only for unknown words
   * of five letters or more (seven for names: "Brest" is not a typo of anything), with the same first
   * letter, so short words are never drowned in look-alikes.
   */
  private async correct(term: string, isName: boolean): Promise<{ term: string; frequency: number } | undefined> {
    // A demonym the corpus does not use points at its place: "creusois" → Creuse, "parisien" → Paris.
    const demonym = /^(.{4,}?)(ois|ais|ien)$/.exec(term);
    if (demonym?.[1]) {
      const base = demonym[1];
      const frequency = (await this.index.documentFrequencies([base])).get(base) ?? 0;
      if (frequency > 0) return { term: base, frequency };
    }
    if (term.length < (isName ? 7 : 5) || /\d/.test(term)) return undefined;
    const maxDistance = term.length >= 8 ? 2 : 1;
    let best: { term: string; distance: number; frequency: number } | undefined;
    for (const candidate of await this.index.similarTerms(term, 2)) {
      const distance = editDistance(term, candidate.term);
      if (distance > maxDistance || candidate.term[0] !== term[0]) continue;
      const better = !best || distance < best.distance || (distance === best.distance &&
        (candidate.frequency > best.frequency || (candidate.frequency === best.frequency && candidate.term < best.term)));
      if (better) {
        best = { term: candidate.term, distance, frequency: candidate.frequency };
      }
    }
    return best && { term: best.term, frequency: best.frequency };
  }

  private async rank(read: ReadQuestion, concepts: ResolvedConcept[], unknownWeight: number, limit: number): Promise<Scored[]> {
    const top = await this.index.topPassages(concepts.map((c) => ({ alternatives: c.alternatives, weight: c.weight })), limit);
    // A sentence may answer through the one before it (a heading, a pronoun): consider the next passage too.
    const loaded = new Map(await this.index.passagesWithTerms([...new Set(top.flatMap((id) => [id, id + 1]))]));
    const candidates: Passage[] = [];
    const seen = new Set<number>();
    for (const id of top) {
      const passage = loaded.get(id)?.passage;
      if (!passage) continue;
      for (const p of [passage, loaded.get(id + 1)?.passage]) {
        if (p && p.doc === passage.doc && !seen.has(p.id)) {
          seen.add(p.id);
          candidates.push(p);
        }
      }
    }
    // Their context sentences and their documents' titles, in one more batch.
    const more = new Set<number>();
    for (const p of candidates) {
      if (p.contextId >= 0 && !loaded.has(p.contextId)) more.add(p.contextId);
      const title = this.documentOf(p).firstPassage;
      if (!loaded.has(title)) more.add(title);
    }
    if (more.size > 0) for (const [id, value] of await this.index.passagesWithTerms([...more])) loaded.set(id, value);
    const termsOf = (id: number): ReadonlySet<string> => loaded.get(id)?.terms ?? EMPTY;
    const totalWeight = concepts.reduce((sum, c) => sum + c.weight, unknownWeight) || 1;
    const covered: Array<{ passage: Passage; coverage: number; matchedTerms: Set<string>; roleTerms: Set<string>; missesName: boolean }> = [];
    for (const passage of candidates) {
      const titlePassage = this.documentOf(passage).firstPassage;
      const own = termsOf(passage.id);
      const context = passage.contextId >= 0 ? termsOf(passage.contextId) : EMPTY;
      const title = titlePassage !== passage.id ? termsOf(titlePassage) : EMPTY;
      const matchedTerms = new Set<string>();
      const roleTerms = new Set<string>();
      let sum = 0;
      let missesName = false;
      for (const c of concepts) {
        let best = 0;
        for (const alt of c.alternatives) {
          let found = 0;
          for (const t of alt.terms) {
            if (own.has(t)) {
              found += 1;
              matchedTerms.add(t);
              if (!c.concept.entity) roleTerms.add(t);
            } else if (context.has(t)) found += TUNING.inContext;
            else if (title.has(t)) found += TUNING.inTitle;
          }
          best = Math.max(best, (alt.factor * found) / alt.terms.length);
        }
        sum += c.weight * best;
        if (c.concept.entity && best === 0) missesName = true;
      }
      if (sum > 0) covered.push({ passage, coverage: sum / totalWeight, matchedTerms, roleTerms, missesName });
    }
    // Answer-shape evidence costs regexes and analysis: work down by coverage and stop looking at
    // passages whose coverage plus every bonus could not beat the best evidence found so far.
    const counted = concepts.some((c) => c.concept.counted);
    const maxBonus =
      (read.answerType === 'definition' ? TUNING.definitionBonus : read.answerType === 'other' ? 0 : TUNING.typeBonus) +
      (counted ? TUNING.countedBonus : 0) +
      (read.answerType === 'person' || read.answerType === 'organisation' ? TUNING.nameNearBonus : 0) +
      TUNING.shortnessWeight;
    covered.sort((a, b) => b.coverage - a.coverage);
    let bestEvidence = -Infinity;
    const scored: Scored[] = [];
    for (const { passage, coverage, matchedTerms, roleTerms, missesName } of covered) {
      let evidence = coverage;
      // A passage (with its context and title) that never names a place or organisation the question
      // names speaks of something else: "le budget de la fibre à Lille" is not answered by the Creuse's.
      if (missesName) evidence -= TUNING.missingNamePenalty;
      if (coverage + maxBonus >= bestEvidence) {
        if (read.answerType !== 'other' && passageHolds(read.answerType, passage.text)) {
          evidence += read.answerType === 'definition' ? TUNING.definitionBonus : TUNING.typeBonus;
        }
        if (counted && this.countsConcept(passage.text, concepts)) evidence += TUNING.countedBonus;
        evidence += TUNING.nameNearBonus * this.nameNearRole(read.answerType, passage.text, roleTerms);
      }
      if (/\?\s*$/.test(passage.text)) evidence -= TUNING.questionPenalty;
      if (passage.kind !== 'sentence') evidence -= TUNING.notSentencePenalty;
      bestEvidence = Math.max(bestEvidence, evidence);
      const score = evidence + TUNING.shortnessWeight * Math.min(1, 120 / Math.max(1, passage.text.length));
      scored.push({ passage, coverage, evidence, score, matchedTerms });
    }
    return scored.sort((a, b) => b.score - a.score || a.passage.id - b.passage.id);
  }

  /** For "combien de X": a number standing right before X ("163 personnes", "une cinquantaine de sites"). */
  private countsConcept(text: string, concepts: ResolvedConcept[]): boolean {
    const counted = concepts.find((c) => c.concept.counted);
    if (!counted || !/\d|\b(deux|trois|quatre|cinq|six|sept|huit|dix|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|mille|dizaine|vingtaine|trentaine|cinquantaine|centaine|millier)/i.test(text)) return false;
    const countedTerms = new Set(counted.alternatives.flatMap((a) => a.terms));
    const tokens = analyzeFrench(text);
    return tokens.some(
      (t, i) => countedTerms.has(t.term) && tokens.slice(Math.max(0, i - 2), i).some((p) => p.role === 'number'),
    );
  }

  /**
   * For "qui…" questions: how closely a name stands by the role asked about, 1 when adjacent
   * ("le maire Didier Laguerre") down to 0 at 25 characters or more.
   */
  private nameNearRole(type: AnswerType, text: string, roleTerms: Set<string>): number {
    if ((type !== 'person' && type !== 'organisation') || roleTerms.size === 0) return 0;
    const names = findProperNames(text);
    if (names.length === 0) return 0;
    const roleSpans = [...text.matchAll(/[\p{L}\p{N}'-]+/gu)]
      .filter((m) => analyzeFrenchTerms(m[0]).some((t) => roleTerms.has(t)))
      .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
    const NEAR = 25;
    let closest = Infinity;
    for (const n of names) {
      for (const r of roleSpans) closest = Math.min(closest, Math.max(0, r.start - n.end, n.start - r.end));
    }
    return Math.max(0, 1 - closest / NEAR);
  }

  private documentOf(passage: Passage): IndexedDocument {
    const doc = this.index.documents[passage.doc];
    if (!doc) throw new Error(`Relais index: passage ${passage.id} points at missing document ${passage.doc}`);
    return doc;
  }

  private citation(doc: IndexedDocument): Citation {
    return { source: doc.source, title: doc.title, date: doc.date, url: doc.url };
  }

  /**
   * Best facts first, spread across documents: each further fact from an already cited document
   * counts a little less, and a question asking for a list ("quels territoires…") gets one fact per
   * document before any second one.
   */
  private selectFacts(scored: Scored[], wantsList: boolean, queryTerms: ReadonlySet<string>): Fact[] {
    const best = scored[0];
    if (!best) return [];
    // Further facts must be answers in their own right, nearly as complete as the best one.
    const floor = Math.max(TUNING.minCoverage, best.coverage * TUNING.furtherFactCoverage);
    const pool = scored.filter((s) => s === best || (s.coverage >= floor && s.evidence >= TUNING.minEvidence));
    const picked: Scored[] = [];
    const perDoc = new Map<number, number>();
    const seenText = new Set<string>();
    while (picked.length < TUNING.maxFacts) {
      let choice: Scored | undefined;
      let choiceScore = -Infinity;
      for (const s of pool) {
        if (picked.includes(s) || seenText.has(s.passage.text)) continue;
        const already = perDoc.get(s.passage.doc) ?? 0;
        if (wantsList && already > 0 && pool.some((o) => !picked.includes(o) && !perDoc.has(o.passage.doc) && o.evidence >= TUNING.minEvidence)) continue;
        const adjusted = s.score - TUNING.sameDocumentPenalty * already;
        if (adjusted > choiceScore) {
          choice = s;
          choiceScore = adjusted;
        }
      }
      if (!choice) break;
      picked.push(choice);
      seenText.add(choice.passage.text);
      perDoc.set(choice.passage.doc, (perDoc.get(choice.passage.doc) ?? 0) + 1);
    }
    return picked.map((s) => {
      // Highlight every word of the question found in the excerpt, also in a sentence joined before.
      const excerpt = buildExcerpt(s.passage, queryTerms);
      return {
        ...this.citation(this.documentOf(s.passage)),
        excerpt: excerpt.text,
        highlights: excerpt.highlights,
        score: Math.round(s.score * 1000) / 1000,
      };
    });
  }

  private relatedDocuments(scored: Scored[], exclude: Set<string>): Citation[] {
    const out: Citation[] = [];
    const seen = new Set<number>();
    for (const s of scored) {
      if (seen.has(s.passage.doc)) continue;
      seen.add(s.passage.doc);
      const doc = this.documentOf(s.passage);
      if (!exclude.has(doc.source)) out.push(this.citation(doc));
      if (out.length >= TUNING.maxRelated) break;
    }
    return out;
  }
}
