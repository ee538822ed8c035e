// A corpus's terms with the number of passages holding each, for document frequencies and spelling
// corrections. Both the compact index and the PostgreSQL backend hold it in the process (a few MB at
// 100,000 documents), so a question's frequencies and fuzzy look-ups cost no round trip, and both give
// the same corrections: MiniSearch's radix tree (SearchableMap) answers the fuzzy look-ups.
import SearchableMap from 'minisearch/SearchableMap';
import type { SimilarTerm } from './searchBackend.ts';

export class TermVocabulary {
  private tree: SearchableMap<number> | undefined;

  /** `frequencies(i)` is the passage count of `terms[i]`. */
  constructor(
    private readonly terms: readonly string[],
    private readonly frequencies: ArrayLike<number>,
  ) {}

  /** Corpus terms within `maxDistance` edits (Levenshtein), the term itself left out. */
  similar(term: string, maxDistance: number): SimilarTerm[] {
    // Built on first use: most questions need no correction, and start-up stays fast.
    this.tree ??= SearchableMap.from(this.terms.map((t, i) => [t, this.frequencies[i]!] as [string, number]));
    const out: SimilarTerm[] = [];
    for (const [found, [frequency, distance]] of this.tree.fuzzyGet(term, maxDistance)) {
      if (found !== term) out.push({ term: found, distance, frequency });
    }
    return out;
  }
}
