// The search backends that live in the process, by the name SEARCH_BACKEND uses, with how each is
// built from a corpus and saved to / restored from a snapshot.
import type { CorpusDocument } from '../types.ts';
import { CompactIndex, type CompactIndexParts } from './compactIndex.ts';
import { MiniSearchIndex, type MiniSearchIndexParts } from './miniSearchIndex.ts';
import type { SnapshotParts } from './indexSnapshot.ts';
import type { SearchBackend, SimilarTerm, WeightedConcept } from './searchBackend.ts';
import type { Passage } from './splitPassages.ts';

/** An index in this process also answers at once, without promises (tests and tools use these). */
export interface EmbeddedIndex extends SearchBackend {
  passage(id: number): Passage | undefined;
  documentFrequency(term: string): number;
  passageHasTerm(id: number, term: string): boolean;
  passageTerms(id: number): ReadonlySet<string>;
  similarTermsNow(term: string, maxDistance: number): SimilarTerm[];
  rankPassages(concepts: readonly WeightedConcept[], limit: number): number[];
}

export interface EmbeddedBackend {
  build(corpus: readonly CorpusDocument[]): EmbeddedIndex;
  toParts(index: SearchBackend): SnapshotParts;
  /** Throws when the parts do not make a consistent index. */
  fromParts(parts: SnapshotParts): EmbeddedIndex;
}

export type EmbeddedBackendName = 'compact' | 'minisearch';

export const EMBEDDED_BACKENDS: Record<EmbeddedBackendName, EmbeddedBackend> = {
  compact: {
    build: (corpus) => CompactIndex.build(corpus),
    toParts: (index) => ({ ...(index as CompactIndex).toParts() }),
    fromParts: (parts) => CompactIndex.fromParts(parts as unknown as CompactIndexParts),
  },
  minisearch: {
    build: (corpus) => MiniSearchIndex.build(corpus),
    toParts: (index) => ({ ...(index as MiniSearchIndex).toParts() }),
    fromParts: (parts) => MiniSearchIndex.fromParts(parts as unknown as MiniSearchIndexParts),
  },
};
