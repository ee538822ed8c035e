// Instances learn of a generation switch by LISTEN/NOTIFY: no query before each question while the
// listening connection is up; when it drops, the current generation is read before each question until
// it is back (messages sent meanwhile are lost, so nothing is trusted then).
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprintCorpus, loadCorpus } from '../../../../src/engine/corpus/loadCorpus.ts';
import { silentLogger } from '../../../../src/engine/logger.ts';
import { PostgresIndex } from '../../../../src/engine/search/postgres/postgresIndex.ts';
import { DATABASE_URL, dropSchema, freshSchema, skipMessage, sql } from './postgresTestDatabase.ts';

skipMessage('generationListener.test');
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const NEW_RELEASE = path.join(repoRoot, 'test/fixtures/reindex/010_val-de-brienne.txt');
const schema = freshSchema('listen');
const stores: PostgresIndex[] = [];
let work: string | undefined;

afterAll(async () => {
  await Promise.all(stores.map((s) => s.close().catch(() => {})));
  await dropSchema(schema);
  if (work) await rm(work, { recursive: true, force: true });
});

async function open(corpusDir: string, applicationName: string): Promise<PostgresIndex> {
  const { store } = await PostgresIndex.open({
    connection: { connectionString: DATABASE_URL!, schema, applicationName },
    corpusDir,
    logger: silentLogger,
    loadCorpus: () => loadCorpus(corpusDir),
    fingerprint: (known) => fingerprintCorpus(corpusDir, known),
  });
  stores.push(store);
  return store;
}

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(!DATABASE_URL)('following generation switches', () => {
  it('by LISTEN/NOTIFY while listening, by reading before each question while not', async () => {
    work = await mkdtemp(path.join(tmpdir(), 'relais-listen-'));
    const corpusDir = path.join(work, 'corpus');
    await cp(path.join(repoRoot, 'corpus'), corpusDir, { recursive: true });
    const a = await open(corpusDir, 'relais-listen-a');
    const app = `relais-listen-b-${process.pid}`;
    const b = await open(corpusDir, app);
    await until(() => b.listening, 'b listens');

    // One read after connecting (messages before it are unknown), then none.
    const first = await b.current();
    const reads = b.currentReads;
    for (let i = 0; i < 5; i++) expect(await b.current()).toBe(first);
    expect(b.currentReads).toBe(reads);

    // Another instance switches: the message makes the next question read once, and switch.
    await cp(NEW_RELEASE, path.join(corpusDir, '010_val-de-brienne.txt'));
    const { built } = await a.reindex(first.info.id);
    await until(async () => (await b.current()).info.id === built.id, 'b switches');
    const afterSwitch = b.currentReads;
    expect((await b.current()).info.documents).toBe(6);
    expect(b.currentReads).toBe(afterSwitch);

    // The listening connection dies: every question reads until it is back, then none again.
    await sql('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [`${app}-listen`]);
    await until(() => !b.listening, 'b notices');
    const whileDown = b.currentReads;
    await b.current();
    await b.current();
    if (!b.listening) expect(b.currentReads).toBeGreaterThanOrEqual(whileDown + 2);
    await until(() => b.listening, 'b listens again');
    await b.current();
    const back = b.currentReads;
    for (let i = 0; i < 3; i++) await b.current();
    expect(b.currentReads).toBe(back);
  }, 60_000);
});
