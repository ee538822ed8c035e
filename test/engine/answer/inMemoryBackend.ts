// The smallest SearchBackend that can be trusted by reading it: a few documents in arrays, every
// look-up a plain scan. QuestionAnswerer's tests run on it, so they say what the answerer does
// whatever the production indexes (compact, MiniSearch, PostgreSQL) do to be fast.
import { analyzeFrenchTerms } from '../../../src/engine/analysis/analyzeFrench.ts';
import { buildPassageTable } from '../../../src/engine/search/passageTable.ts';
import type {
  IndexedDocument,
  PassageWithTerms,
  SearchBackend,
  SimilarTerm,
  WeightedConcept,
} from '../../../src/engine/search/searchBackend.ts';
import type { Passage } from '../../../src/engine/search/splitPassages.ts';
import type { CorpusDocument } from '../../../src/engine/types.ts';

/** Edit distance (insertions, deletions, substitutions), by the textbook table. */
function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length]!;
}

export class InMemoryBackend implements SearchBackend {
  readonly documents: readonly IndexedDocument[];
  private readonly passages: readonly Passage[];
  private readonly terms: ReadonlyArray<ReadonlySet<string>>;

  constructor(corpus: readonly CorpusDocument[]) {
    const table = buildPassageTable(corpus);
    this.documents = table.documents;
    this.passages = table.passages;
    this.terms = table.passages.map((p) => new Set(analyzeFrenchTerms(p.text)));
  }

  get passageCount(): number {
    return this.passages.length;
  }

  async documentFrequencies(terms: readonly string[]): Promise<Map<string, number>> {
    return new Map(terms.map((t) => [t, this.terms.filter((own) => own.has(t)).length]));
  }

  async similarTerms(term: string, maxDistance: number): Promise<SimilarTerm[]> {
    const vocabulary = new Set(this.terms.flatMap((own) => [...own]));
    vocabulary.delete(term);
    const frequencies = await this.documentFrequencies([...vocabulary]);
    return [...vocabulary]
      .map((t) => ({ term: t, distance: levenshtein(term, t), frequency: frequencies.get(t) ?? 0 }))
      .filter((s) => s.distance <= maxDistance);
  }

  /** Each concept counts its weight times its best alternative's share of terms present (times its factor). */
  async topPassages(concepts: readonly WeightedConcept[], limit: number): Promise<number[]> {
    const score = (own: ReadonlySet<string>) =>
      concepts.reduce((sum, c) => {
        const best = Math.max(
          0,
          ...c.alternatives.map((a) => (a.terms.length === 0 ? 0 : (a.factor * a.terms.filter((t) => own.has(t)).length) / a.terms.length)),
        );
        return sum + c.weight * best;
      }, 0);
    return this.terms
      .map((own, id) => ({ id, score: score(own) }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || a.id - b.id)
      .slice(0, limit)
      .map((s) => s.id);
  }

  async passagesWithTerms(ids: readonly number[]): Promise<Map<number, PassageWithTerms>> {
    const out = new Map<number, PassageWithTerms>();
    for (const id of ids) {
      const passage = this.passages[id];
      const terms = this.terms[id];
      if (passage && terms) out.set(id, { passage, terms });
    }
    return out;
  }
}
