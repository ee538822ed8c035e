// What the in-process indexes share: they answer at once, so the asynchronous, batched SearchBackend
// interface is written once here on top of their synchronous methods.
import type { IndexedDocument, PassageWithTerms, SearchBackend, SimilarTerm, WeightedConcept } from './searchBackend.ts';
import type { Passage } from './splitPassages.ts';

export abstract class InProcessIndex implements SearchBackend {
  abstract readonly documents: readonly IndexedDocument[];
  abstract readonly passageCount: number;
  abstract passage(id: number): Passage | undefined;
  abstract documentFrequency(term: string): number;
  abstract passageTerms(id: number): ReadonlySet<string>;
  abstract similarTermsNow(term: string, maxDistance: number): readonly SimilarTerm[];
  abstract rankPassages(concepts: readonly WeightedConcept[], limit: number): number[];

  passageHasTerm(id: number, term: string): boolean {
    return this.passageTerms(id).has(term);
  }

  async documentFrequencies(terms: readonly string[]): Promise<Map<string, number>> {
    return new Map(Array.from(terms, (t) => [t, this.documentFrequency(t)]));
  }

  async similarTerms(term: string, maxDistance: number): Promise<readonly SimilarTerm[]> {
    return this.similarTermsNow(term, maxDistance);
  }

  async topPassages(concepts: readonly WeightedConcept[], limit: number): Promise<number[]> {
    return this.rankPassages(concepts, limit);
  }

  async passagesWithTerms(ids: readonly number[]): Promise<Map<number, PassageWithTerms>> {
    const out = new Map<number, PassageWithTerms>();
    for (const id of ids) {
      const passage = this.passage(id);
      if (passage) out.set(id, { passage, terms: this.passageTerms(id) });
    }
    return out;
  }
}
