// The database going away under a running instance: connections killed by the server
// (pg_terminate_backend), and a real server stopped, restarted and started again with .ci/postgres.sh.
// During an outage a question gets the clear "search is unavailable, retrying" UserError (said in the
// asker's language by the message catalogue); afterwards the pool has reconnected and questions are answered; nothing crashes (an
// unhandled 'error' event would fail the run).
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../../../src/engine/logger.ts';
import { RelaisEngine } from '../../../../src/engine/relaisEngine.ts';
import { UserError } from '../../../../src/engine/userError.ts';
import { userErrorText } from '../../../../src/messages/catalogue.ts';
import { DATABASE_URL, dropSchema, freshSchema, skipMessage, sql } from './postgresTestDatabase.ts';

skipMessage('connectionLoss.test');
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const corpusDir = path.join(repoRoot, 'corpus');
const SCRIPT = path.join(repoRoot, '.ci/postgres.sh');
const FRENCH = 'Combien de prises ouvertes à la fibre compte le Gers ?';
const ENGLISH = 'How many homes can get fibre in the Gers?';
const schema = freshSchema('loss');
let engines: RelaisEngine[] = [];
let work: string | undefined;

afterEach(async () => {
  await Promise.all(engines.map((e) => e.close().catch(() => {})));
  engines = [];
});
afterAll(async () => {
  await dropSchema(schema);
  if (work) await rm(work, { recursive: true, force: true });
});

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, debug() {}, info() {}, warn: (_d, m) => void warnings.push(m ?? ''), error: (_d, m) => void warnings.push(m ?? '') };
}

async function open(connectionString: string, schemaName: string, applicationName: string, logger?: Logger): Promise<RelaisEngine> {
  const engine = await RelaisEngine.open({
    corpusDir,
    dataDir: path.join(tmpdir(), 'relais-unused'),
    backend: 'postgres',
    logger,
    postgres: { connectionString, schema: schemaName, applicationName, connectionTimeoutMs: 2000 },
  });
  engines.push(engine);
  return engine;
}

async function expectUnavailable(promise: Promise<unknown>, language: 'fr' | 'en'): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).code).toBe('search-unavailable');
  // The words are the catalogue's, in the asker's language (the engine raises the code).
  expect(userErrorText(error as UserError, language)).toMatch(
    language === 'en' ? /^Search is unavailable, retrying/ : /^La recherche est indisponible, nouvelle tentative en cours/,
  );
}

describe.skipIf(!DATABASE_URL)('connections killed by the server', () => {
  it('reconnects: the next question is answered', async () => {
    const app = `relais-loss-${process.pid}`;
    const logger = recordingLogger();
    const engine = await open(DATABASE_URL!, schema, app, logger);
    const before = await engine.ask(FRENCH);
    expect(before.answered).toBe(true);
    const killed = await sql<{ ok: boolean }>(
      'SELECT pg_terminate_backend(pid, 5000) AS ok FROM pg_stat_activity WHERE application_name = $1',
      [app],
    );
    expect(killed.length).toBeGreaterThan(0);
    expect(await engine.ask(FRENCH)).toEqual(before);
    expect(await engine.ask(FRENCH)).toEqual(before);
  });
});

// A server of its own, so stopping it never disturbs the other test files.
const serverBinaries =
  existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));
const script = (command: string, dir: string) =>
  promisify(execFile)('bash', [SCRIPT, command], { env: { ...process.env, RELAIS_PG_DIR: dir, RELAIS_PG_PORT: '' }, timeout: 120_000 });

describe.skipIf(!DATABASE_URL || !serverBinaries)('the server stopped, restarted and started again', () => {
  it('answers "search is unavailable, retrying" during the outage, and answers again after', async () => {
    // Directly in the temporary folder: run as root, the server's user must be able to reach it.
    const dir = path.join(tmpdir(), `relais-outage-${process.pid}-${Date.now()}`);
    work = dir;
    const started = await script('start', dir);
    const url = /DATABASE_URL=(\S+)/.exec(started.stdout)?.[1];
    expect(url).toBeDefined();
    try {
      const logger = recordingLogger();
      const engine = await open(url!, 'relais', 'relais-outage', logger);
      const answer = await engine.ask(FRENCH);
      expect(answer.answered).toBe(true);

      // Restarted between two questions: the second is answered on a new connection.
      await script('restart', dir);
      expect(await engine.ask(FRENCH)).toEqual(answer);

      // Down: every question gets the clear error, in its language, and so does a reindex.
      await script('down', dir);
      await expectUnavailable(engine.ask(FRENCH), 'fr');
      await expectUnavailable(engine.ask(ENGLISH), 'en');
      await expectUnavailable(engine.reindex(), 'fr');
      expect(engine.status()).toMatchObject({ documents: 5, reindexing: false });
      expect(logger.warnings.some((w) => /unavailable|unreachable|connection lost/i.test(w))).toBe(true);

      // Up again: answered, without restarting the instance.
      await script('up', dir);
      expect(await engine.ask(FRENCH)).toEqual(answer);
      expect((await engine.reindex()).documents).toBe(5);
      expect(await engine.ask(FRENCH)).toEqual(answer);
    } finally {
      await Promise.all(engines.map((e) => e.close().catch(() => {})));
      engines = [];
      await script('stop', dir).catch(() => {});
    }
  }, 120_000);
});
