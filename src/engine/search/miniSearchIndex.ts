// The MiniSearch backend (SEARCH_BACKEND=minisearch): passages in a MiniSearch index, ranked by its
// BM25+ with each query term boosted by its concept's weight. Simple and well known; slower than the
// compact index on large corpora (see the benchmark), kept as the reference embedded backend.
import MiniSearch, { type Options } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { analyzeFrenchTerms } from '../analysis/analyzeFrench.ts';
import type { CorpusDocument } from '../types.ts';
import {
  buildPassageTable,
  type PassageTable,
  type PassageTableParts,
  passageTableFromParts,
  passageTableToParts,
} from './passageTable.ts';
import { InProcessIndex } from './inProcessIndex.ts';
import type { IndexedDocument, SimilarTerm, WeightedConcept } from './searchBackend.ts';
import type { Passage } from './splitPassages.ts';

interface PassageFields {
  id: number;
  text: string;
}

/**
 * Shared by build and load, as MiniSearch requires: the French analysis chain is the tokenizer and its
 * terms are final, so `processTerm` leaves them alone.
 */
export const MINISEARCH_OPTIONS: Options<PassageFields> = {
  idField: 'id',
  fields: ['text'],
  storeFields: [],
  tokenize: (text) => analyzeFrenchTerms(text),
  processTerm: (term) => term,
};

export interface MiniSearchIndexParts extends PassageTableParts {
  /** [term, passages holding it] */
  vocabulary: Array<[string, number]>;
  miniSearch: string;
}

const TERM_SET_CACHE = 20_000;

export class MiniSearchIndex extends InProcessIndex {
  private readonly termSets = new Map<number, Set<string>>();

  private constructor(
    private readonly table: PassageTable,
    private readonly miniSearch: MiniSearch<PassageFields>,
    private readonly vocabulary: SearchableMap<number>,
  ) {
    super();
  }

  static build(corpus: readonly CorpusDocument[]): MiniSearchIndex {
    const table = buildPassageTable(corpus);
    const miniSearch = new MiniSearch<PassageFields>(MINISEARCH_OPTIONS);
    const df = new Map<string, number>();
    for (const p of table.passages) {
      miniSearch.add({ id: p.id, text: p.text });
      for (const term of new Set(analyzeFrenchTerms(p.text))) df.set(term, (df.get(term) ?? 0) + 1);
    }
    return new MiniSearchIndex(table, miniSearch, SearchableMap.from(df));
  }

  static fromParts(parts: MiniSearchIndexParts): MiniSearchIndex {
    return new MiniSearchIndex(
      passageTableFromParts(parts),
      MiniSearch.loadJSON<PassageFields>(parts.miniSearch, MINISEARCH_OPTIONS),
      SearchableMap.from(parts.vocabulary),
    );
  }

  toParts(): MiniSearchIndexParts {
    return { ...passageTableToParts(this.table), vocabulary: [...this.vocabulary.entries()], miniSearch: JSON.stringify(this.miniSearch) };
  }

  get documents(): readonly IndexedDocument[] {
    return this.table.documents;
  }

  get passageCount(): number {
    return this.table.passages.length;
  }

  passage(id: number): Passage | undefined {
    return this.table.passages[id];
  }

  documentFrequency(term: string): number {
    return this.vocabulary.get(term) ?? 0;
  }

  similarTermsNow(term: string, maxDistance: number): readonly SimilarTerm[] {
    const out: SimilarTerm[] = [];
    for (const [found, [frequency, distance]] of this.vocabulary.fuzzyGet(term, maxDistance)) {
      if (found !== term) out.push({ term: found, distance, frequency });
    }
    return out;
  }

  passageTerms(id: number): ReadonlySet<string> {
    let terms = this.termSets.get(id);
    if (!terms) {
      terms = new Set(analyzeFrenchTerms(this.table.passages[id]?.text ?? ''));
      if (this.termSets.size >= TERM_SET_CACHE) this.termSets.clear();
      this.termSets.set(id, terms);
    }
    return terms;
  }

  rankPassages(concepts: readonly WeightedConcept[], limit: number): number[] {
    const boost = new Map<string, number>();
    for (const c of concepts) {
      for (const a of c.alternatives) for (const t of a.terms) boost.set(t, Math.max(boost.get(t) ?? 0, c.weight * a.factor));
    }
    if (boost.size === 0) return [];
    const results = this.miniSearch.search(
      { combineWith: 'OR', queries: [...boost.keys()] },
      { tokenize: (t) => [t], processTerm: (t) => t, boostTerm: (t) => boost.get(t) ?? 1 },
    );
    return Array.from(results.slice(0, limit), (r) => r.id as number);
  }
}
