// The index shared through PostgreSQL, as one engine instance sees it: open (migrate, then serve the
// current generation when it matches the corpus, or build one), follow the generation other instances
// switch to, and reindex once across instances.
import type pg from 'pg';
import type { Logger } from '../../logger.ts';
import type { CorpusLoadResult, FileFingerprint } from '../../types.ts';
import { sameFiles } from '../indexSnapshot.ts';
import { levenshteinSchema, migrate } from './migrations.ts';
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

const serves = (info: GenerationInfo | undefined, files: FileFingerprint[]): boolean =>
  info !== undefined && info.formatVersion === INDEX_FORMAT_VERSION && sameFiles(info.files, files);

export class PostgresIndex {
  private latest: SharedGeneration | undefined;
  private loading: Promise<SharedGeneration> | undefined;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
    private readonly levenshtein: string | undefined,
    private readonly options: PostgresIndexOptions,
  ) {}

  /** Migrates the schema, then serves the current generation if it matches the corpus, or builds one. */
  static async open(options: PostgresIndexOptions): Promise<{ store: PostgresIndex; generation: SharedGeneration }> {
    const schema = checkSchemaName(options.connection.schema ?? 'relais');
    const pool = createPool(options.connection, options.logger);
    try {
      const levenshtein = await withClient(pool, async (client) => {
        await migrate(client, schema, options.logger);
        return levenshteinSchema(client, options.logger);
      });
      const store = new PostgresIndex(pool, schema, levenshtein, options);
      return { store, generation: await store.ensureCurrent() };
    } catch (error) {
      await pool.end().catch(() => {});
      throw error;
    }
  }

  private async ensureCurrent(): Promise<SharedGeneration> {
    const current = await readCurrentGeneration(this.pool, this.schema);
    const files = await this.options.fingerprint(current?.files ?? []);
    if (current && serves(current, files)) {
      this.options.logger.info({ generation: current.id, documents: current.documents }, 'PostgreSQL index matches the corpus');
      return this.adopt(current, 'snapshot');
    }
    this.options.logger.info({ reason: current ? 'corpus or index format changed' : 'no index yet' }, 'building the PostgreSQL index');
    // Instances starting together build once: the others wait, then find the generation matching.
    return withReindexLock(this.pool, this.schema, async (client) => {
      const now = await readCurrentGeneration(client, this.schema);
      if (now && serves(now, files)) return this.adopt(now, 'snapshot');
      return this.adopt(await this.build(client, now?.id), 'build');
    });
  }

  private async build(client: pg.PoolClient, replaced: string | undefined): Promise<GenerationInfo> {
    const corpus = await this.options.loadCorpus();
    for (const s of corpus.skipped) this.options.logger.warn({ file: s.file, reason: s.reason }, 'corpus file skipped');
    const info = await writeGeneration(client, this.schema, {
      corpusDir: this.options.corpusDir, documents: corpus.documents, files: corpus.files, skipped: corpus.skipped,
    }, this.options.logger);
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
  async reindex(serving: string): Promise<SharedGeneration> {
    return withReindexLock(this.pool, this.schema, async (client) => {
      const now = await readCurrentGeneration(client, this.schema);
      if (now && now.id !== serving && serves(now, await this.options.fingerprint(now.files))) {
        this.options.logger.info({ generation: now.id }, 'reindex done by another instance meanwhile; adopting it');
        return this.adopt(now, 'build');
      }
      return this.adopt(await this.build(client, now?.id), 'build');
    });
  }

  /**
   * The generation to answer from: one cheap query for the current id before each question; when
   * another instance switched, its documents are loaded (once, however many questions wait).
   */
  async current(): Promise<SharedGeneration> {
    const id = await readCurrentGenerationId(this.pool, this.schema);
    if (this.latest && (id === undefined || id === this.latest.info.id)) return this.latest;
    this.loading ??= (async () => {
      try {
        const info = await readCurrentGeneration(this.pool, this.schema);
        if (!info) throw new Error('Relais PostgreSQL: the current index generation disappeared');
        if (this.latest?.info.id === info.id) return this.latest;
        this.options.logger.info({ generation: info.id, documents: info.documents }, 'switching to the PostgreSQL index generation another instance built');
        return this.adopt(info, 'snapshot');
      } finally {
        this.loading = undefined;
      }
    })();
    return this.loading;
  }

  private async adopt(info: GenerationInfo, loadedFrom: SharedGeneration['loadedFrom']): Promise<SharedGeneration> {
    if (this.latest?.info.id === info.id) return this.latest;
    const index = await PostgresBackend.load(this.pool, this.schema, info, this.levenshtein);
    const generation = { index, info, loadedFrom };
    if (!this.latest || BigInt(info.id) >= BigInt(this.latest.info.id)) this.latest = generation;
    return generation;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
