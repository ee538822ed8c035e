// What the PostgreSQL backend's tests share: the server from DATABASE_URL (CI starts one with
// .ci/postgres.sh; without it these tests are skipped with a message), and a schema of its own per test
// file, dropped at the end, so files running in parallel never see each other's index.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Answer, RelaisEngine } from '../../../../src/engine/index.ts';

export const DATABASE_URL = process.env.DATABASE_URL?.trim() || undefined;
/** A streaming replica of DATABASE_URL (.ci/postgres.sh replica), for the read-replica tests. */
export const DATABASE_REPLICA_URL = process.env.DATABASE_REPLICA_URL?.trim() || undefined;

export function skipMessage(file: string): void {
  if (!DATABASE_URL) {
    console.warn(
      `${file}: skipped, DATABASE_URL is not set. To run the PostgreSQL backend's tests: eval "$(.ci/postgres.sh start)" && npm test`,
    );
  }
}

/** A fresh schema name, unique to this run. */
export function freshSchema(prefix: string): string {
  return `t_${prefix}_${process.pid}_${randomBytes(3).toString('hex')}`;
}

export async function dropSchema(schema: string, url = DATABASE_URL): Promise<void> {
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/** One query on a connection of its own (for the tests' own checks). */
export async function sql<R extends pg.QueryResultRow>(text: string, values: unknown[] = [], url = DATABASE_URL): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * Asks once `engine` serves the generation of `documents` documents (10 s at most). Another instance's
 * switch reaches it by NOTIFY, a moment after the switch commits (or the replica replays it) — more than
 * a moment on a loaded machine.
 */
export async function askOnceServing(engine: RelaisEngine, question: string, documents: number): Promise<Answer> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const answer = await engine.ask(question);
    if (engine.status().documents === documents || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
