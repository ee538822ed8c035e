// The PostgreSQL backend's schema, created and migrated by Relais itself at start-up. Migrations are
// numbered, applied in order inside one transaction under an advisory lock (instances starting together
// migrate once), and recorded in schema_migrations. Never edit a released migration: add the next one.
//
// The tables of one index generation (passages, documents, vocabulary) are not migrations: the index
// writer creates them per generation (see postgresIndexWriter.ts), and INDEX_FORMAT_VERSION decides
// whether an existing generation can still be served.
import type pg from 'pg';
import type { Logger } from '../../logger.ts';

export interface Migration {
  version: number;
  name: string;
  sql: (schema: string) => string;
}

/** Advisory lock classes (first key); the second key is hashtext(schema), so schemas do not contend. */
export const LOCK_MIGRATE = 0x52454c01;
export const LOCK_REINDEX = 0x52454c02;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'index generations and the current one',
    sql: (s) => `
      CREATE TABLE ${s}.index_generation (
        id bigserial PRIMARY KEY,
        format_version integer NOT NULL,
        corpus_dir text NOT NULL,
        -- The corpus fingerprint: [{file, size, sha256}], sorted by file.
        files jsonb NOT NULL,
        skipped jsonb NOT NULL,
        documents integer NOT NULL,
        passages integer NOT NULL,
        built_at timestamptz NOT NULL DEFAULT now(),
        build_ms integer NOT NULL,
        built_by text NOT NULL
      );
      -- One row: the generation every instance serves. Switching is one UPDATE in the transaction that
      -- created the generation, so readers see the old index or the new one, never half of either.
      CREATE TABLE ${s}.current_generation (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        generation_id bigint NOT NULL REFERENCES ${s}.index_generation (id),
        switched_at timestamptz NOT NULL DEFAULT now()
      );`,
  },
];

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Creates the schema if needed and applies the migrations it lacks. Returns the versions applied now. */
export async function migrate(client: pg.ClientBase, schema: string, logger: Logger): Promise<number[]> {
  const s = quoteIdent(schema);
  const applied: number[] = [];
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1::int, hashtext($2))', [LOCK_MIGRATE, schema]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${s}.schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number }>(`SELECT version FROM ${s}.schema_migrations`);
    const done = new Set(Array.from(rows, (r) => r.version));
    const newest = Math.max(0, ...done);
    const known = Math.max(...Array.from(MIGRATIONS, (m) => m.version));
    if (newest > known) {
      throw new Error(
        `Relais PostgreSQL: schema "${schema}" is at migration ${newest}, newer than this Relais knows (${known}); upgrade Relais`,
      );
    }
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await client.query(m.sql(s));
      await client.query(`INSERT INTO ${s}.schema_migrations (version, name) VALUES ($1, $2)`, [m.version, m.name]);
      applied.push(m.version);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
  if (applied.length > 0) logger.info({ schema, applied }, 'PostgreSQL schema migrated');
  return applied;
}
