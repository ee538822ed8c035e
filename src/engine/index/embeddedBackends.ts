// The search backends that live in the process, by the name SEARCH_BACKEND uses, with how each is
// built from a corpus and saved to / restored from a snapshot.
import type { CorpusDocument } from '../types.ts';
import { CompactIndex, type CompactIndexParts } from './compactIndex.ts';
import { MiniSearchIndex, type MiniSearchIndexParts } from './miniSearchIndex.ts';
import type { SnapshotParts } from './indexSnapshot.ts';
import type { SearchBackend } from './searchBackend.ts';

export interface EmbeddedBackend {
  build(corpus: readonly CorpusDocument[]): SearchBackend;
  toParts(index: SearchBackend): SnapshotParts;
  /** Throws when the parts do not make a consistent index. */
  fromParts(parts: SnapshotParts): SearchBackend;
}

export const EMBEDDED_BACKENDS = {
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
} satisfies Record<string, EmbeddedBackend>;

export type EmbeddedBackendName = keyof typeof EMBEDDED_BACKENDS;
