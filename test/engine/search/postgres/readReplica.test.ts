// Instances reading from a streaming replica while reindexes write to the primary: a replica lagging
// behind (its replay paused) serves the generation it has, old, until it catches up, then the new one;
// wherever its replay stops during a build, it serves a whole generation, never a half-built one.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { RelaisEngine } from '../../../../src/engine/relaisEngine.ts';
import { askOnceServing, DATABASE_REPLICA_URL, DATABASE_URL, dropSchema, freshSchema, sql } from './postgresTestDatabase.ts';

if (DATABASE_URL && !DATABASE_REPLICA_URL) {
  console.warn(
    'readReplica.test: skipped, DATABASE_REPLICA_URL is not set. To run it: eval "$(.ci/postgres.sh replica)" after .ci/postgres.sh start',
  );
}
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const NEW_RELEASE = path.join(repoRoot, 'test/fixtures/reindex/010_val-de-brienne.txt');
const NEW_FILE = '010_val-de-brienne.txt';
const NEW_QUESTION = "Combien d'espaces publics numériques le Val-de-Brienne a-t-il ouverts ?";
const OLD_QUESTION = 'Combien de prises ouvertes à la fibre compte le Gers ?';
const schemas: string[] = [];
let engines: RelaisEngine[] = [];
let work: string;

const onReplica = (text: string) => sql(text, [], DATABASE_REPLICA_URL);

afterEach(async () => {
  await onReplica('SELECT pg_wal_replay_resume()').catch(() => {});
  await Promise.all(engines.map((e) => e.close().catch(() => {})));
  engines = [];
  if (work) await rm(work, { recursive: true, force: true });
});
afterAll(async () => {
  for (const s of schemas) await dropSchema(s);
});

async function setUp(): Promise<{ corpusDir: string; schema: string }> {
  work = await mkdtemp(path.join(tmpdir(), 'relais-replica-'));
  const corpusDir = path.join(work, 'corpus');
  await cp(path.join(repoRoot, 'corpus'), corpusDir, { recursive: true });
  const schema = freshSchema('replica');
  schemas.push(schema);
  return { corpusDir, schema };
}

/** An instance: reads from the replica when `replica`, writes to the primary. */
async function instance(corpusDir: string, schema: string, name: string, replica: boolean): Promise<RelaisEngine> {
  const engine = await RelaisEngine.open({
    corpusDir,
    dataDir: path.join(work, `data-${name}`),
    backend: 'postgres',
    postgres: {
      connectionString: DATABASE_URL!,
      ...(replica ? { readConnectionString: DATABASE_REPLICA_URL! } : {}),
      schema,
      applicationName: `relais-test-${name}`,
    },
  });
  engines.push(engine);
  return engine;
}

async function replayed(): Promise<void> {
  // Caught up: the replica has replayed everything the primary has written so far.
  const [primary] = await sql<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
  const deadline = Date.now() + 30_000;
  for (;;) {
    const [replica] = await sql<{ done: boolean }>(
      'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done',
      [primary?.lsn],
      DATABASE_REPLICA_URL,
    );
    if (replica?.done) return;
    if (Date.now() > deadline) throw new Error('the replica did not catch up');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(!DATABASE_URL || !DATABASE_REPLICA_URL)('instances reading from a streaming replica', () => {
  it('serve the old generation while the replica lags, the new one once it has caught up', async () => {
    const { corpusDir, schema } = await setUp();
    const reader = await instance(corpusDir, schema, 'reader', true);
    const writer = await instance(corpusDir, schema, 'writer', false);
    const old = await reader.ask(OLD_QUESTION);
    expect(old.answered).toBe(true);
    expect((await reader.ask(NEW_QUESTION)).answered).toBe(false);

    await onReplica('SELECT pg_wal_replay_pause()');
    await cp(NEW_RELEASE, path.join(corpusDir, NEW_FILE));
    expect(await writer.reindex()).toMatchObject({ added: [NEW_FILE], documents: 6 });
    expect((await writer.ask(NEW_QUESTION)).answered).toBe(true);
    // The primary has switched and said so; the replica has not replayed it: the old index, whole.
    for (let i = 0; i < 3; i++) {
      expect((await reader.ask(NEW_QUESTION)).answered).toBe(false);
      expect(await reader.ask(OLD_QUESTION)).toEqual(old);
      expect(reader.status().documents).toBe(5);
    }

    await onReplica('SELECT pg_wal_replay_resume()');
    await replayed();
    const answer = await askOnceServing(reader, NEW_QUESTION, 6);
    expect(answer.answered).toBe(true);
    expect(answer.facts[0]?.source).toBe(`corpus/${NEW_FILE}`);
    expect(reader.status().documents).toBe(6);
    // The new generation still answers the old question with the same fact (its scores may move: one more
    // document changes how rare each word is).
    const again = await reader.ask(OLD_QUESTION);
    expect(again.facts[0]).toMatchObject({ source: old.facts[0]?.source, excerpt: old.facts[0]?.excerpt });
  }, 60_000);

  it('serve a whole generation wherever the replay stops during a build', async () => {
    const { corpusDir, schema } = await setUp();
    const reader = await instance(corpusDir, schema, 'reader', true);
    const writer = await instance(corpusDir, schema, 'writer', false);
    const answers = { 5: await reader.ask(NEW_QUESTION), 6: undefined as unknown };
    await cp(NEW_RELEASE, path.join(corpusDir, NEW_FILE));
    await writer.reindex();
    await replayed();
    answers[6] = await askOnceServing(reader, NEW_QUESTION, 6);
    expect((answers[6] as { answered: boolean }).answered).toBe(true);

    // Builds alternately without and with the new release; replay paused at various points of each.
    for (const [i, delayMs] of [0, 20, 60, 120, 250].entries()) {
      if (i % 2 === 0) await rm(path.join(corpusDir, NEW_FILE));
      else await cp(NEW_RELEASE, path.join(corpusDir, NEW_FILE));
      const reindex = writer.reindex();
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      await onReplica('SELECT pg_wal_replay_pause()');
      await reindex;
      for (let k = 0; k < 2; k++) {
        const answer = await reader.ask(NEW_QUESTION);
        const documents = reader.status().documents as 5 | 6;
        expect([5, 6]).toContain(documents);
        expect(answer).toEqual(answers[documents]);
      }
      await onReplica('SELECT pg_wal_replay_resume()');
      await replayed();
      const documents = i % 2 === 0 ? 5 : 6;
      expect(await askOnceServing(reader, NEW_QUESTION, documents)).toEqual(answers[documents]);
      expect(reader.status().documents).toBe(documents);
    }
  }, 120_000);
});
