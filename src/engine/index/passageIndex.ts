// The full-text index of passages: MiniSearch for ranked retrieval, plus the corpus vocabulary with
// document frequencies (for term weights and spelling correction). One options object serves build and
// load, as MiniSearch requires the same tokenizer on both sides.
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { analyzeFrenchTerms } from '../analysis/analyzeFrench.ts';
import type { CorpusDocument } from '../types.ts';
import { type Passage, splitPassages } from './splitPassages.ts';

/** A document's citation data, kept in the index (its text lives in the passages). */
export interface IndexedDocument {
  source: string;
  file: string;
  title: string;
  date?: string;
  url?: string;
  territory?: string;
  tags: string[];
  passageCount: number;
}

interface PassageFields {
  id: number;
  text: string;
}

/** Shared by build and load: the French analysis chain is MiniSearch's tokenizer, terms are final. */
export const MINISEARCH_OPTIONS: Options<PassageFields> = {
  idField: 'id',
  fields: ['text'],
  storeFields: [],
  tokenize: (text) => analyzeFrenchTerms(text),
  processTerm: (term) => term,
};

export interface PassageHit {
  passage: Passage;
  /** MiniSearch's BM25+ score. */
  score: number;
}

export interface PassageIndexData {
  documents: IndexedDocument[];
  passages: Passage[];
  /** [term, number of passages holding it] */
  vocabulary: Array<[string, number]>;
  miniSearch: unknown;
}

export class PassageIndex {
  private constructor(
    readonly documents: IndexedDocument[],
    readonly passages: Passage[],
    private readonly miniSearch: MiniSearch<PassageFields>,
    private readonly vocabulary: SearchableMap<number>,
  ) {}

  static build(corpus: CorpusDocument[]): PassageIndex {
    const documents: IndexedDocument[] = [];
    const passages: Passage[] = [];
    corpus.forEach((doc, i) => {
      const own = splitPassages(doc, i, passages.length);
      passages.push(...own);
      documents.push({
        source: doc.source, file: doc.file, title: doc.title, date: doc.date, url: doc.url,
        territory: doc.territory, tags: doc.tags, passageCount: own.length,
      });
    });
    const miniSearch = new MiniSearch<PassageFields>(MINISEARCH_OPTIONS);
    const df = new Map<string, number>();
    for (const p of passages) {
      miniSearch.add({ id: p.id, text: p.text });
      for (const term of new Set(analyzeFrenchTerms(p.text))) df.set(term, (df.get(term) ?? 0) + 1);
    }
    return new PassageIndex(documents, passages, miniSearch, SearchableMap.from(df));
  }

  static fromData(data: PassageIndexData): PassageIndex {
    const miniSearch = MiniSearch.loadJS<PassageFields>(data.miniSearch as never, MINISEARCH_OPTIONS);
    return new PassageIndex(data.documents, data.passages, miniSearch, SearchableMap.from(data.vocabulary));
  }

  toData(): PassageIndexData {
    return {
      documents: this.documents,
      passages: this.passages,
      vocabulary: [...this.vocabulary.entries()],
      miniSearch: this.miniSearch.toJSON(),
    };
  }

  get passageCount(): number {
    return this.passages.length;
  }

  /** How many passages hold the term (0 when the corpus never uses it). */
  documentFrequency(term: string): number {
    return this.vocabulary.get(term) ?? 0;
  }

  /** Corpus terms within `maxDistance` edits of `term`, with their frequency (for spelling correction). */
  similarTerms(term: string, maxDistance: number): Array<{ term: string; distance: number; frequency: number }> {
    const out: Array<{ term: string; distance: number; frequency: number }> = [];
    for (const [found, [frequency, distance]] of this.vocabulary.fuzzyGet(term, maxDistance)) {
      if (found !== term) out.push({ term: found, distance, frequency });
    }
    return out;
  }

  /** Passages holding any of the terms, best BM25+ first. */
  search(terms: string[], limit: number): PassageHit[] {
    if (terms.length === 0) return [];
    const results: SearchResult[] = this.miniSearch.search(
      { combineWith: 'OR', queries: terms },
      { tokenize: (t) => [t], processTerm: (t) => t },
    );
    const hits: PassageHit[] = [];
    for (const r of results.slice(0, limit)) {
      const passage = this.passages[r.id as number];
      if (passage) hits.push({ passage, score: r.score });
    }
    return hits;
  }
}
