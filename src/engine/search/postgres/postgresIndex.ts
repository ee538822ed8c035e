// The index shared through PostgreSQL, as one engine instance sees it: open (migrate, then serve the
// current generation when it matches the corpus, or build one), follow the generation other instances
// switch to, and reindex once across instances. Writes (migrations, builds) go to the primary; questions
// may read from a streaming replica, which serves the generation it has replayed, old or new, never a
// half-built one (a generation's tables and the switch to it are one transaction).
import type pg from 'pg';
import type { Logger } from '../../logger.ts';
import type { CorpusLoadResult, FileFingerprint } from '../../types.ts';
import { sameFiles } from '../indexSnapshot.ts';
import { migrate } from './migrations.ts';
import { GenerationListener } from './generationListener.ts';
import { type GenerationInfo, PostgresBackend, readCurrentGeneration, readCurrentGenerationId } from './postgresBackend.ts';
import { dropOldGenerations, INDEX_FORMAT_VERSION, withReindexLock, writeGeneration } from './postgresIndexWriter.ts';
import { checkSchemaName, createPool, type PostgresConnectionOptions, withClient } from './postgresPool.ts';

export type { PostgresConnectionOptions };

export interface SharedGeneration {
  index: PostgresBackend;
  info: GenerationInfo;
  loadedFrom: 'snapshot' | 'build';
}

export interface PostgresIndexOptions {
  connection: PostgresConnectionOptions;
  corpusDir: string;
  logger: Logger;
  /** Reads the corpus folder (the engine's loader, with its options). */
  loadCorpus: () => Promise<CorpusLoadResult>;
  /** Fingerprints the corpus folder without parsing it (reusing the hashes of files whose size and time match `known`). */
  fingerprint: (known: readonly FileFingerprint[]) => Promise<FileFingerprint[]>;
}

/** How long a build waits for the read replica to replay it before serving it. */
const REPLICA_WAIT_MS = 30_000;
const REPLICA_POLL_MS = 100;

const serves = (info: GenerationInfo | undefined, files: FileFingerprint[]): boolean =>
  info !== undefined && info.formatVersion === INDEX_FORMAT_VERSION && sameFiles(info.files, files);

/** What a reindex did: the generation built, and the one this instance serves now (the same, unless a replica lags). */
export interface ReindexResult {
  built: GenerationInfo;
  serving: SharedGeneration;
}

/** A replica that has not replayed the schema's creation yet has no current generation. */
function notReplayedYet(error: unknown): undefined {
  const code = (error as { code?: unknown }).code;
  if (code === '42P01' || code === '3F000') return undefined;
  throw error;
}

export class PostgresIndex {
  private latest: SharedGeneration | undefined;
  private loading: Promise<SharedGeneration> | undefined;
  /** What the last read of the current id covered, for the listener to vouch for. */
  private checked: ReturnType<GenerationListener['mark']> | undefined;
  /** Reads of the current generation id made for questions (none while the listener vouches): for tests and diagnostics. */
  currentReads = 0;

  private constructor(
    /** The primary: migrations, builds, the reindex lock. */
    private readonly pool: pg.Pool,
    /** Where questions read: the primary too, or a streaming replica. */
    private readonly readPool: pg.Pool,
    private readonly schema: string,
    private readonly listener: GenerationListener,
    private readonly options: PostgresIndexOptions,
  ) {}

  /** Migrates the schema, then serves the current generation if it matches the corpus, or builds one. */
  static async open(options: PostgresIndexOptions): Promise<{ store: PostgresIndex; generation: SharedGeneration }> {
    const schema = checkSchemaName(options.connection.schema ?? 'relais');
    const pool = createPool(options.connection, options.logger);
    const replica = options.connection.readConnectionString;
    const readPool = replica ? createPool({ ...options.connection, connectionString: replica }, options.logger) : pool;
    const listener = new GenerationListener({
      connectionString: options.connection.connectionString,
      schema,
      applicationName: options.connection.applicationName ?? 'relais',
      logger: options.logger,
    });
    try {
      await withClient(pool, (client) => migrate(client, schema, options.logger));
      const store = new PostgresIndex(pool, readPool, schema, listener, options);
      listener.start();
      return { store, generation: await store.ensureCurrent() };
    } catch (error) {
      await listener.close();
      await pool.end().catch(() => {});
      if (readPool !== pool) await readPool.end().catch(() => {});
      throw error;
    }
  }

  private async ensureCurrent(): Promise<SharedGeneration> {
    // The primary decides what to serve; a replica then serves it once it has replayed it.
    const current = await readCurrentGeneration(this.pool, this.schema);
    // Fingerprinted only to compare with a generation this Relais can serve: a build hashes the files as it reads them.
    const files = current?.formatVersion === INDEX_FORMAT_VERSION ? await this.options.fingerprint(current.files) : [];
    let wanted: { info: GenerationInfo; loadedFrom: SharedGeneration['loadedFrom'] };
    if (current && serves(current, files)) {
      this.options.logger.info({ generation: current.id, documents: current.documents }, 'PostgreSQL index matches the corpus');
      wanted = { info: current, loadedFrom: 'snapshot' };
    } else {
      this.options.logger.info({ reason: current ? 'corpus or index format changed' : 'no index yet' }, 'building the PostgreSQL index');
      // Instances starting together build once: the others wait, then find the generation matching.
      wanted = await withReindexLock(this.pool, this.schema, async (client) => {
        const now = await readCurrentGeneration(client, this.schema);
        // Another instance built while this one waited: serve it if it is of these files.
        if (now && now.id !== current?.id && serves(now, await this.options.fingerprint(now.files)))
          return { info: now, loadedFrom: 'snapshot' as const };
        return { info: await this.build(client, now?.id), loadedFrom: 'build' as const };
      });
    }
    const serving = await this.whenReadable(wanted.info, wanted.loadedFrom);
    if (serving) return serving;
    // A lagging replica: serve what it has until it catches up, if it has anything.
    const replayed = await readCurrentGeneration(this.readPool, this.schema).catch(notReplayedYet);
    if (!replayed) {
      throw new Error(
        `Relais PostgreSQL: the read replica has not replayed index generation ${wanted.info.id} within ${REPLICA_WAIT_MS / 1000} s; check replication`,
      );
    }
    return this.adopt(replayed, 'snapshot');
  }

  /**
   * The generation built on the primary, once the read side has it: at once without a replica; with
   * one, when it has replayed the switch (polled, up to REPLICA_WAIT_MS). Undefined if it has not by
   * then: questions keep the generation they had, and switch when the replica catches up.
   */
  private async whenReadable(built: GenerationInfo, loadedFrom: SharedGeneration['loadedFrom']): Promise<SharedGeneration | undefined> {
    this.listener.announce(BigInt(built.id));
    if (this.readPool === this.pool) return this.adopt(built, loadedFrom);
    const deadline = Date.now() + REPLICA_WAIT_MS;
    for (;;) {
      const id = await readCurrentGenerationId(this.readPool, this.schema).catch(notReplayedYet);
      if (id !== undefined && BigInt(id) >= BigInt(built.id)) {
        const info = await readCurrentGeneration(this.readPool, this.schema);
        if (info) return this.adopt(info, info.id === built.id ? loadedFrom : 'snapshot');
      }
      if (Date.now() >= deadline) {
        this.options.logger.warn(
          { generation: built.id, waitedMs: REPLICA_WAIT_MS },
          'the read replica has not replayed the new index generation yet; serving the previous one until it does',
        );
        return undefined;
      }
      await new Promise((resolve) => setTimeout(resolve, REPLICA_POLL_MS));
    }
  }

  private async build(client: pg.PoolClient, replaced: string | undefined): Promise<GenerationInfo> {
    const corpus = await this.options.loadCorpus();
    for (const s of corpus.skipped) this.options.logger.warn({ file: s.file, reason: s.reason }, 'corpus file skipped');
    const info = await writeGeneration(
      client,
      this.schema,
      {
        corpusDir: this.options.corpusDir,
        documents: corpus.documents,
        files: corpus.files,
        skipped: corpus.skipped,
      },
      this.options.logger,
    );
    await dropOldGenerations(client, this.schema, replaced, this.options.logger).catch((error: unknown) => {
      this.options.logger.warn({ error: String(error) }, 'old PostgreSQL index generations not dropped; the next reindex retries');
    });
    return info;
  }

  /**
   * Rebuilds from the corpus and switches every instance to the result. `serving` is the generation
   * this instance served when asked: if another instance switched to a generation of the same files
   * meanwhile (it reindexed at the same time), that one is adopted instead of building it again.
   */
  async reindex(serving: string): Promise<ReindexResult> {
    const built = await withReindexLock(this.pool, this.schema, async (client) => {
      const now = await readCurrentGeneration(client, this.schema);
      if (now && now.id !== serving && serves(now, await this.options.fingerprint(now.files))) {
        this.options.logger.info({ generation: now.id }, 'reindex done by another instance meanwhile; adopting it');
        return now;
      }
      return this.build(client, now?.id);
    });
    const readable = await this.whenReadable(built, 'build');
    return { built, serving: readable ?? this.latest ?? (await this.current()) };
  }

  /**
   * The generation to answer from. While the listener vouches that no switch was announced since the
   * last read, no query at all; otherwise one cheap read of the current id (before each question, as
   * long as the listener is down or a replica has not replayed the announced switch yet). When the id
   * changed, its documents are loaded (once, however many questions wait).
   */
  async current(): Promise<SharedGeneration> {
    if (this.latest && this.listener.unchanged(this.checked)) return this.latest;
    const mark = this.listener.mark();
    this.currentReads++;
    const id = await readCurrentGenerationId(this.readPool, this.schema);
    // Trusted from now on only if the read side has every switch announced (a replica may lag).
    if (id !== undefined && BigInt(id) >= this.listener.announced) this.checked = mark;
    if (this.latest && (id === undefined || id === this.latest.info.id)) return this.latest;
    this.loading ??= (async () => {
      try {
        const info = await readCurrentGeneration(this.readPool, this.schema);
        if (!info) throw new Error('Relais PostgreSQL: the current index generation disappeared');
        if (this.latest?.info.id === info.id) return this.latest;
        this.options.logger.info(
          { generation: info.id, documents: info.documents },
          'switching to the PostgreSQL index generation another instance built',
        );
        return this.adopt(info, 'snapshot');
      } finally {
        this.loading = undefined;
      }
    })();
    return this.loading;
  }

  /** The next question reads the current generation again (its own was dropped meanwhile). */
  invalidate(): void {
    this.listener.invalidate();
  }

  /** Whether switches arrive by LISTEN/NOTIFY now (otherwise the current id is read before each question). */
  get listening(): boolean {
    return this.listener.isListening;
  }

  private async adopt(info: GenerationInfo, loadedFrom: SharedGeneration['loadedFrom']): Promise<SharedGeneration> {
    if (this.latest?.info.id === info.id) return this.latest;
    const index = await PostgresBackend.load(this.readPool, this.schema, info);
    const generation = { index, info, loadedFrom };
    if (!this.latest || BigInt(info.id) >= BigInt(this.latest.info.id)) this.latest = generation;
    return generation;
  }

  async close(): Promise<void> {
    await this.listener.close();
    await this.pool.end();
    if (this.readPool !== this.pool) await this.readPool.end();
  }
}
