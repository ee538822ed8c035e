// The search backends that live in the process, by the name SEARCH_BACKEND uses, with how each is
// built from a corpus and saved to / restored from a snapshot. Each backend is typed by its own index
// class and reads its own parts back, checked (snapshotParts.ts): no part is taken on trust.
import { loadCorpus, type LoadCorpusOptions } from '../corpus/loadCorpus.ts';
import type { Logger } from '../logger.ts';
import type { CorpusDocument } from '../types.ts';
import { buildCompactIndex, type FolderIndex } from './buildCompactIndex.ts';
import { CompactIndex, type CompactIndexParts } from './compactIndex.ts';
import { MiniSearchIndex, type MiniSearchIndexParts } from './miniSearchIndex.ts';
import type { SnapshotParts } from './indexSnapshot.ts';
import type { PassageLayout, PassageTableParts } from './passageTable.ts';
import type { SearchBackend, SimilarTerm, WeightedConcept } from './searchBackend.ts';
import { SnapshotPartsReader } from './snapshotParts.ts';
import type { Passage } from './splitPassages.ts';

/** An index in this process also answers at once, without promises (tests and tools use these). */
export interface EmbeddedIndex extends SearchBackend {
  passage(id: number): Passage | undefined;
  documentFrequency(term: string): number;
  passageHasTerm(id: number, term: string): boolean;
  passageTerms(id: number): ReadonlySet<string>;
  similarTermsNow(term: string, maxDistance: number): readonly SimilarTerm[];
  rankPassages(concepts: readonly WeightedConcept[], limit: number): number[];
}

export interface FolderBuildOptions {
  corpusCaps: LoadCorpusOptions;
  logger: Logger;
}

export interface EmbeddedBackend {
  build(corpus: readonly CorpusDocument[]): EmbeddedIndex;
  /** Loads a corpus folder and builds its index: what start-up and a reindex do. */
  buildFromFolder(corpusDir: string, options: FolderBuildOptions): Promise<FolderIndex<EmbeddedIndex>>;
  /** Throws when the index is another backend's. */
  toParts(index: EmbeddedIndex): SnapshotParts;
  /** Throws when the parts do not make a consistent index. */
  fromParts(parts: SnapshotParts): EmbeddedIndex;
}

export type EmbeddedBackendName = 'compact' | 'minisearch';

function passageLayoutParts(read: SnapshotPartsReader): PassageLayout {
  return { passageDoc: read.u32('passageDoc'), passageKind: read.u8('passageKind'), passageContext: read.i32('passageContext') };
}

function compactParts(parts: SnapshotParts): CompactIndexParts {
  const read = new SnapshotPartsReader(parts);
  return {
    documents: read.documents('documents'),
    passageKind: read.u8('passageKind'),
    passageContext: read.i32('passageContext'),
    textOffsets: read.u32('textOffsets'),
    textBlocks: read.u8('textBlocks'),
    textBlockStart: read.u32('textBlockStart'),
    textDictionary: read.u8('textDictionary'),
    terms: read.strings('terms'),
    termFrequency: read.u32('termFrequency'),
    postingStart: read.u32('postingStart'),
    postings: read.u8('postings'),
    passageTermStart: read.u32('passageTermStart'),
    passageTerms: read.u8('passageTerms'),
  };
}

function miniSearchParts(parts: SnapshotParts): MiniSearchIndexParts {
  const read = new SnapshotPartsReader(parts);
  const table: PassageTableParts = { ...passageLayoutParts(read), documents: read.documents('documents'), texts: read.strings('texts') };
  return { ...table, vocabulary: read.termCounts('vocabulary'), miniSearch: read.string('miniSearch') };
}

/** A backend whose toParts refuses another backend's index (checked, not cast). */
function embeddedBackend<I extends EmbeddedIndex>(
  name: EmbeddedBackendName,
  isOwn: (index: EmbeddedIndex) => index is I,
  own: {
    build(corpus: readonly CorpusDocument[]): I;
    buildFromFolder?(corpusDir: string, options: FolderBuildOptions): Promise<FolderIndex<I>>;
    toParts(index: I): SnapshotParts;
    fromParts(parts: SnapshotParts): I;
  },
): EmbeddedBackend {
  return {
    build: (corpus) => own.build(corpus),
    buildFromFolder: async (corpusDir, options) => {
      if (own.buildFromFolder) return own.buildFromFolder(corpusDir, options);
      const corpus = await loadCorpus(corpusDir, options.corpusCaps);
      return { index: own.build(corpus.documents), files: corpus.files, skipped: corpus.skipped };
    },
    toParts: (index) => {
      if (!isOwn(index)) throw new Error(`Relais: this index was not built by the ${name} backend`);
      return own.toParts(index);
    },
    fromParts: (parts) => own.fromParts(parts),
  };
}

export const EMBEDDED_BACKENDS: Record<EmbeddedBackendName, EmbeddedBackend> = {
  compact: embeddedBackend('compact', (index): index is CompactIndex => index instanceof CompactIndex, {
    build: (corpus) => CompactIndex.build(corpus),
    // Worker threads on a large corpus (buildCompactIndex.ts), the same index as build's.
    buildFromFolder: (corpusDir, options) => buildCompactIndex(corpusDir, options),
    toParts: (index) => ({ ...index.toParts() }),
    fromParts: (parts) => CompactIndex.fromParts(compactParts(parts)),
  }),
  minisearch: embeddedBackend('minisearch', (index): index is MiniSearchIndex => index instanceof MiniSearchIndex, {
    build: (corpus) => MiniSearchIndex.build(corpus),
    toParts: (index) => ({ ...index.toParts() }),
    fromParts: (parts) => MiniSearchIndex.fromParts(miniSearchParts(parts)),
  }),
};
