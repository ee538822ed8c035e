// Where the engine's index lives, and how it comes and goes: built or loaded at start-up, rebuilt on
// reindex, followed when another instance switched it. Two stores: in this process with snapshots in
// DATA_DIR (embeddedIndexStore.ts), or shared by every instance in PostgreSQL (sharedIndexStore.ts).
// RelaisEngine holds one and knows nothing else of storage.
import type { FileFingerprint, SkippedFile } from '../types.ts';
import type { SearchBackend } from './searchBackend.ts';

/** One index, as the store serves it, with the files it was built from. */
export interface StoredIndex {
  index: SearchBackend;
  files: FileFingerprint[];
  skipped: SkippedFile[];
  /** ISO time the index was built. */
  indexedAt: string;
  /** Whether it came from a saved index (a snapshot, a PostgreSQL generation) or was built now. */
  loadedFrom: 'snapshot' | 'build';
  /**
   * Served from a snapshot before the corpus folder was compared with `files` (EngineOptions.corpusCheck
   * 'while-serving'): the engine compares them in the background through `unchanged`.
   */
  filesUnchecked?: boolean;
}

/** What a rebuild made, and the index to serve now. */
export interface Rebuilt {
  /** Usually the index just built; behind a lagging PostgreSQL read replica, the one it still serves. */
  serving: StoredIndex;
  /** What was built from the corpus (for the reindex summary). */
  built: { files: FileFingerprint[]; skipped: SkippedFile[]; documents: number; passages: number };
}

export interface IndexStore {
  /** The index to serve at start-up: the saved one when it matches the corpus, a new build otherwise. */
  open(): Promise<StoredIndex>;
  /** The index to answer from now; `serving` unless another instance switched it meanwhile. */
  latest(serving: StoredIndex): Promise<StoredIndex>;
  /** A new index from the corpus as it is now, saved; `serving` keeps answering until it is returned. */
  rebuild(serving: StoredIndex): Promise<Rebuilt>;
  /** The index served was found gone mid-question: the next `latest` must look again, not trust a notice. */
  forgetLatest(): void;
  /** Whether the corpus folder holds exactly the files `serving` was built from (names, sizes, contents). */
  unchanged(serving: StoredIndex): Promise<boolean>;
  /** Releases connections; the store must not be used afterwards. */
  close(): Promise<void>;
}
