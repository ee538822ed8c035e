// What the in-process indexes share: they answer at once, so the asynchronous, batched SearchBackend
// interface is written once here on top of their synchronous methods.
import type { IndexedDocument, PassageWithTerms, SearchBackend, SimilarTerm, WeightedConcept } from './searchBackend.ts';
import type { Passage } from './splitPassages.ts';
import { RecentPassages } from './recentPassages.ts';

export abstract class InProcessIndex implements SearchBackend {
  // An index never changes once built (a reindex builds another), so what is kept of it stays true.
  private readonly recent = new RecentPassages();
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
    const read = (id: number): PassageWithTerms | undefined => {
      const passage = this.passage(id);
      return passage && { passage, terms: this.passageTerms(id) };
    };
    for (const id of ids) {
      const found = this.recent.get(id, read);
      if (found) out.set(id, found);
    }
    return out;
  }
}
