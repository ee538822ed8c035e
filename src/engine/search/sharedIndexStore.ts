// The index shared by every instance through PostgreSQL (SEARCH_BACKEND=postgres): no snapshot here;
// the database holds index generations, one instance builds when the corpus changed, and every instance
// follows the generation another one switched to (told by LISTEN/NOTIFY). The PostgreSQL client loads
// only when this store opens.
import { sameFiles } from './indexSnapshot.ts';
import type { IndexStore, Rebuilt, StoredIndex } from './indexStore.ts';
import type { PostgresIndex, PostgresIndexOptions, SharedGeneration } from './postgres/postgresIndex.ts';

/** What the PostgreSQL index needs: the connection, the corpus folder, how to read and fingerprint it. */
export type SharedIndexStoreOptions = PostgresIndexOptions;

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

  async rebuild(serving: StoredIndex): Promise<Rebuilt> {
    const { built, serving: now } = await this.opened().reindex(this.generations.get(serving)?.info.id ?? '');
    return { built, serving: this.remember(now) };
  }

  async unchanged(serving: StoredIndex): Promise<boolean> {
    return sameFiles(serving.files, await this.options.fingerprint(serving.files));
  }

  forgetLatest(): void {
    this.opened().invalidate();
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
