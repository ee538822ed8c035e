// A corpus's terms with the number of passages holding each, for document frequencies and spelling
// corrections. Both the compact index and the PostgreSQL backend hold it in the process (a few MB at
// 100,000 documents), so a question's frequencies and fuzzy look-ups cost no round trip, and both give
// the same corrections.
//
// Fuzzy look-ups walk the terms in sorted order as a trie search would (the Levenshtein rows of the
// prefix a term shares with the previous one are kept; a prefix already too far from the query skips
// every term under it). This finds exactly what MiniSearch's radix tree (SearchableMap) found (checked
// on the 10,000-document benchmark vocabulary: 69,000 look-ups, same terms and distances), somewhat
// faster per look-up, without building the tree: that cost 45-60 ms on the first question needing a
// correction after a start at 10,000 documents; sorting the terms' order costs a few.
import type { SimilarTerm } from './searchBackend.ts';

/**
 * Look-ups remembered: the vocabulary never changes (a reindex builds a new one), and the words people
 * mistype, or that the corpus lacks, come back question after question. Bounded, as the token cache is.
 */
const REMEMBERED_LOOKUPS = 10_000;

export class TermVocabulary {
  /** Term ids in code-unit order of their terms, sorted on the first fuzzy look-up. */
  private order: Uint32Array | undefined;
  private readonly remembered = new Map<string, readonly SimilarTerm[]>();

  /** `frequencies(i)` is the passage count of `terms[i]`. */
  constructor(
    private readonly terms: readonly string[],
    private readonly frequencies: ArrayLike<number>,
  ) {}

  /** Corpus terms within `maxDistance` edits (Levenshtein), the term itself left out. */
  similar(term: string, maxDistance: number): readonly SimilarTerm[] {
    const key = `${maxDistance} ${term}`;
    let found = this.remembered.get(key);
    if (found === undefined) {
      if (this.remembered.size >= REMEMBERED_LOOKUPS) this.remembered.clear();
      found = this.search(term, maxDistance);
      this.remembered.set(key, found);
    }
    return found;
  }

  private search(term: string, maxDistance: number): SimilarTerm[] {
    const out: SimilarTerm[] = [];
    const search = new LevenshteinRows(term, maxDistance);
    const order = this.sortedOrder();
    const { terms } = this;
    let previous = '';
    // Rows 1..computed hold the distances of `previous`'s first characters.
    let computed = 0;
    for (let k = 0; k < order.length; k++) {
      const id = order[k]!;
      const candidate = terms[id]!;
      const shared = sharedPrefix(candidate, previous, computed);
      const reached = search.extend(candidate, shared);
      previous = candidate;
      computed = reached;
      if (reached < candidate.length) {
        // No term starting with these reached + 1 characters can come within maxDistance.
        k = this.endOfPrefix(order, k, candidate, reached + 1) - 1;
        continue;
      }
      const distance = search.distance(candidate.length);
      if (distance <= maxDistance && candidate !== term) out.push({ term: candidate, distance, frequency: this.frequencies[id]! });
    }
    return out;
  }

  private sortedOrder(): Uint32Array {
    if (this.order === undefined) {
      const { terms } = this;
      const ids = Array.from(terms.keys());
      ids.sort((a, b) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0));
      this.order = Uint32Array.from(ids);
    }
    return this.order;
  }

  /**
   * The first position after `from` whose term does not start with `term`'s first `length` characters
   * (those that do are consecutive): doubling steps forward, then a binary search, so a prefix shared by
   * thousands of terms is skipped in a few dozen comparisons.
   */
  private endOfPrefix(order: Uint32Array, from: number, term: string, length: number): number {
    // `last` starts so (`from` does); `high` does not, or is the end.
    let last = from;
    let step = 1;
    while (last + step < order.length && this.startsLike(order[last + step]!, term, length)) {
      last += step;
      step *= 2;
    }
    let low = last + 1;
    let high = Math.min(last + step, order.length);
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.startsLike(order[mid]!, term, length)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private startsLike(id: number, term: string, length: number): boolean {
    return sharedPrefix(this.terms[id]!, term, length) === length;
  }
}

/** How many leading characters `a` shares with `b`, at most `limit`. */
function sharedPrefix(a: string, b: string, limit: number): number {
  const max = Math.min(limit, a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * The Levenshtein matrix of one query against a term read character by character: row i holds the
 * distances between the term's first i characters and each prefix of the query, within a band of
 * maxDistance around the diagonal (outside it, maxDistance + 1 stands for "too far").
 */
class LevenshteinRows {
  private readonly columns: number;
  private readonly maxRows: number;
  private readonly matrix: Uint8Array;

  constructor(
    private readonly query: string,
    private readonly maxDistance: number,
  ) {
    this.columns = query.length + 1;
    this.maxRows = query.length + maxDistance;
    this.matrix = new Uint8Array((this.maxRows + 1) * this.columns).fill(maxDistance + 1);
    for (let j = 0; j < this.columns; j++) this.matrix[j] = j;
    for (let i = 1; i <= this.maxRows; i++) this.matrix[i * this.columns] = i;
  }

  /**
   * Fills the rows of `term`'s characters after its first `kept` (whose rows are already there), and
   * returns how many rows are now valid: all of the term's, or fewer when a row's every distance exceeds
   * maxDistance (no longer term with that prefix can match either).
   */
  extend(term: string, kept: number): number {
    const { matrix, columns: n, query, maxDistance } = this;
    for (let i = kept + 1; i <= term.length; i++) {
      if (i > this.maxRows) return i - 1;
      const char = term.charCodeAt(i - 1);
      const row = i * n;
      const above = row - n;
      let min = matrix[row]!;
      const jmin = Math.max(0, i - maxDistance - 1);
      const jmax = Math.min(n - 1, i + maxDistance);
      for (let j = jmin; j < jmax; j++) {
        const replace = matrix[above + j]! + (char === query.charCodeAt(j) ? 0 : 1);
        const remove = matrix[above + j + 1]! + 1;
        const insert = matrix[row + j]! + 1;
        const distance = Math.min(replace, remove, insert);
        matrix[row + j + 1] = distance;
        if (distance < min) min = distance;
      }
      if (min > maxDistance) return i - 1;
    }
    return term.length;
  }

  /** The distance between the query and the term whose `length` rows were filled. */
  distance(length: number): number {
    return this.matrix[length * this.columns + this.columns - 1]!;
  }
}
