// The index shared by every instance through PostgreSQL (SEARCH_BACKEND=postgres): no snapshot here;
// the database holds index generations, one instance builds when the corpus changed, and before each
// question an instance follows the generation another one switched to. The PostgreSQL client loads
// only when this store opens.
import type { CorpusLoadResult, FileFingerprint } from '../types.ts';
import type { Logger } from '../logger.ts';
import type { IndexStore, StoredIndex } from './indexStore.ts';
import type { PostgresConnectionOptions, PostgresIndex, SharedGeneration } from './postgres/postgresIndex.ts';

export interface SharedIndexStoreOptions {
  connection: PostgresConnectionOptions;
  corpusDir: string;
  logger: Logger;
  loadCorpus: () => Promise<CorpusLoadResult>;
  fingerprint: (known: readonly FileFingerprint[]) => Promise<FileFingerprint[]>;
}

function stored(generation: SharedGeneration): StoredIndex {
  const { index, info, loadedFrom } = generation;
  return { index, files: info.files, skipped: info.skipped, indexedAt: info.builtAt, loadedFrom };
}

export class SharedIndexStore implements IndexStore {
  private database: PostgresIndex | undefined;
  /** The stored form of each generation served, so an unchanged generation stays the same object. */
  private served = new WeakMap<SharedGeneration, StoredIndex>();
  private generations = new WeakMap<StoredIndex, SharedGeneration>();

  constructor(private readonly options: SharedIndexStoreOptions) {}

  async open(): Promise<StoredIndex> {
    const { PostgresIndex } = await import('./postgres/postgresIndex.ts');
    const { store, generation } = await PostgresIndex.open({ ...this.options });
    this.database = store;
    return this.remember(generation);
  }

  async latest(): Promise<StoredIndex> {
    return this.remember(await this.opened().current());
  }

  async rebuild(serving: StoredIndex): Promise<StoredIndex> {
    return this.remember(await this.opened().reindex(this.generations.get(serving)?.info.id ?? ''));
  }

  async close(): Promise<void> {
    await this.database?.close();
  }

  private opened(): PostgresIndex {
    if (!this.database) throw new Error('Relais: the shared index store is used before open()');
    return this.database;
  }

  private remember(generation: SharedGeneration): StoredIndex {
    let known = this.served.get(generation);
    if (!known) {
      known = stored(generation);
      this.served.set(generation, known);
      this.generations.set(known, generation);
    }
    return known;
  }
}
