// The tables of Relais's operations data in PostgreSQL (question stats, answer feedback votes), in
// the schema the index uses (DATABASE_SCHEMA) but migrated apart from it: the engine knows nothing of
// operations. Same rules as the index's migrations (src/engine/search/postgres/migrations.ts): numbered,
// applied in order in one transaction, recorded in operations_migrations; never edit a released one.
import type pg from 'pg';
import type { Logger } from '../../engine/index.ts';

export interface OperationsMigration {
  version: number;
  name: string;
  sql: (schema: string) => string;
}

/**
 * The index's migration lock (LOCK_MIGRATE in the engine, with hashtext(schema) as second key): taking
 * the same one means an instance creating the schema for its stats never races another creating it
 * for its index (CREATE SCHEMA IF NOT EXISTS is not safe against a concurrent twin).
 */
const LOCK_SCHEMA_MIGRATIONS = 0x52454c01;

export const OPERATIONS_MIGRATIONS: readonly OperationsMigration[] = [
  {
    version: 1,
    name: 'question stats',
    sql: (s) => `
      CREATE TABLE ${s}.question_stat (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        platform text NOT NULL,
        answered boolean NOT NULL,
        latency_ms double precision NOT NULL,
        -- Answered: the sources cited, [{source, title}], best first.
        cited jsonb,
        -- Unanswered: the question (cut to 200 characters) and its key terms.
        question text,
        terms text[]
      );
      -- Retention deletes by age; summaries read the most recent rows.
      CREATE INDEX question_stat_at ON ${s}.question_stat (at);`,
  },
  {
    version: 2,
    name: 'answer feedback votes',
    sql: (s) => `
      -- One row per voter and answer: their latest vote (a change updates it, a repeat changes nothing).
      -- The voter is a salted hash, never a platform id.
      CREATE TABLE ${s}.feedback_vote (
        id bigserial PRIMARY KEY,
        answer_id text NOT NULL,
        voter_hash text NOT NULL,
        vote text NOT NULL CHECK (vote IN ('up', 'down')),
        platform text NOT NULL,
        question text NOT NULL,
        -- The sources of the answer's facts, best first.
        sources text[] NOT NULL,
        at timestamptz NOT NULL,
        UNIQUE (answer_id, voter_hash)
      );
      CREATE INDEX feedback_vote_at ON ${s}.feedback_vote (at);`,
  },
];

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** Creates the schema if needed and applies the operations migrations it lacks. Returns those applied now. */
export async function migrateOperations(
  client: pg.ClientBase,
  schema: string,
  logger: Logger,
  migrations: readonly OperationsMigration[] = OPERATIONS_MIGRATIONS,
): Promise<number[]> {
  const s = quoteIdent(schema);
  const applied: number[] = [];
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1::int, hashtext($2))', [LOCK_SCHEMA_MIGRATIONS, schema]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${s}.operations_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number }>(`SELECT version FROM ${s}.operations_migrations`);
    const done = new Set(rows.map((r) => r.version));
    const known = Math.max(...migrations.map((m) => m.version));
    const newest = Math.max(0, ...done);
    if (newest > known) {
      throw new Error(
        `Relais PostgreSQL: the operations tables of schema "${schema}" are at migration ${newest}, newer than this Relais knows (${known}); upgrade Relais`,
      );
    }
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await client.query(m.sql(s));
      await client.query(`INSERT INTO ${s}.operations_migrations (version, name) VALUES ($1, $2)`, [m.version, m.name]);
      applied.push(m.version);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
  if (applied.length > 0) logger.info({ schema, applied }, 'PostgreSQL operations tables migrated');
  return applied;
}
