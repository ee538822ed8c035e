// Start-up failures through real processes (src/startupError.ts and the entry points): each prints one
// line naming the setting and what to do, exits non-zero, shows no stack trace and no secret. Slack and
// Discord are the fakes, refusing the token or not listening at all; ports are made busy for real.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from './fakes/fakeDiscord.ts';
import { FakeSlack, freePort, replies } from './fakes/fakeSlack.ts';

const DISCORD_APP_ID = '123456789012345678';
const REPO = path.resolve(import.meta.dirname, '..');
const TSX = createRequire(import.meta.url).resolve('tsx');
let dataDir: string;

beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'relais-startup-'));
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stderr: string;
  /** The last line of stderr: the failure. */
  failure: string;
}

/** Runs an entry point with only these settings: from a folder of its own, so no .env is read. */
function run(script: string, env: Record<string, string>, args: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, path.join(REPO, script), ...args], {
      cwd: dataDir,
      env: { PATH: process.env.PATH ?? '', CORPUS_DIR: path.join(REPO, 'corpus'), DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    child.on('error', reject);
    child.on('exit', (code) => {
      const lines = stderr.trim().split('\n');
      resolve({ code, stderr, failure: lines.at(-1) ?? '' });
    });
  });
}

function expectOneLineFailure(result: Run, pattern: RegExp, secrets: string[] = []): void {
  expect(result.code, result.stderr).not.toBe(0);
  expect(result.failure).toMatch(pattern);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  for (const secret of secrets) expect(result.stderr).not.toContain(secret);
}

async function busyPort(): Promise<{ port: number; server: Server }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as { port: number }).port, server };
}

describe('npm start: start-up failures are one line naming the setting (issue 14, item 5)', () => {
  it('a missing CORPUS_DIR', async () => {
    const result = await run('src/main.ts', { CORPUS_DIR: path.join(dataDir, 'pas-de-corpus') });
    expectOneLineFailure(result, /^relais: CORPUS_DIR=.*pas-de-corpus: no such folder\. Create it/);
  });

  it('a busy METRICS_PORT', async () => {
    const { port, server } = await busyPort();
    try {
      const result = await run('src/main.ts', { METRICS_PORT: String(port) });
      expectOneLineFailure(result, new RegExp(`^relais: METRICS_PORT=${port} is already in use on 127\\.0\\.0\\.1.*set METRICS_PORT to a free port`));
    } finally {
      server.close();
    }
  });

  it('an unresolvable METRICS_HOST', async () => {
    const result = await run('src/main.ts', { METRICS_PORT: '0', METRICS_HOST: 'relais-introuvable.invalid' });
    expectOneLineFailure(result, /^relais: METRICS_HOST=relais-introuvable\.invalid could not be resolved.*set METRICS_HOST to an IP address/);
  });

  it('an unknown option', async () => {
    const result = await run('src/main.ts', {}, ['--verbose']);
    expect(result.code).toBe(2);
    expect(result.failure).toMatch(/^relais: Unknown option '--verbose'\. Usage: npm start/);
  });

  it('a DISCORD_TOKEN that Discord refuses', async () => {
    const fake = await FakeDiscord.start({ token: 'the-right-token' });
    try {
      const result = await run('src/main.ts', { DISCORD_TOKEN: 'un-jeton-perime', DISCORD_APPLICATION_ID: DISCORD_APP_ID, DISCORD_API_URL: fake.apiUrl });
      expectOneLineFailure(result, /^relais: Discord did not accept DISCORD_TOKEN \(401 Unauthorized\): copy the bot token/, ['un-jeton-perime']);
    } finally {
      await fake.stop();
    }
  });

  it('a Discord that cannot be reached (nothing listens)', async () => {
    const port = await freePort();
    const result = await run('src/main.ts', { DISCORD_TOKEN: 'un-jeton', DISCORD_APPLICATION_ID: DISCORD_APP_ID, DISCORD_API_URL: `http://127.0.0.1:${port}/api` });
    expectOneLineFailure(result, /^relais: Discord could not be reached at http:\/\/127\.0\.0\.1:\d+\/api \(ECONNREFUSED\): check the network/, ['un-jeton']);
  });

  it('a SLACK_BOT_TOKEN that Slack refuses', async () => {
    const fake = await FakeSlack.start();
    fake.respondWith('auth.test', replies.apiError('invalid_auth'));
    try {
      const result = await run('src/main.ts', { SLACK_BOT_TOKEN: 'xoxb-perime', SLACK_APP_TOKEN: 'xapp-perime', SLACK_API_URL: fake.apiUrl });
      expectOneLineFailure(result, /^relais: Slack did not accept SLACK_BOT_TOKEN \(auth\.test failed: invalid_auth\): copy the Bot User OAuth Token/, ['xoxb-perime', 'xapp-perime']);
    } finally {
      await fake.stop();
    }
  });

  it('a Slack that cannot be reached is not reported as a refused token', async () => {
    const port = await freePort();
    const result = await run('src/main.ts', { SLACK_BOT_TOKEN: 'xoxb-jeton', SLACK_APP_TOKEN: 'xapp-jeton', SLACK_API_URL: `http://127.0.0.1:${port}/api/` });
    expectOneLineFailure(result, /^relais: Slack could not be reached at http:\/\/127\.0\.0\.1:\d+\/api\/ \(ECONNREFUSED\)/, ['xoxb-jeton', 'xapp-jeton']);
    expect(result.failure).not.toMatch(/did not accept/);
  }, 60_000);

  it('a busy PORT for Slack over HTTP', async () => {
    const fake = await FakeSlack.start();
    const { port, server } = await busyPort();
    try {
      const result = await run('src/main.ts', { SLACK_BOT_TOKEN: 'xoxb-jeton', SLACK_SIGNING_SECRET: 'secret-de-signature', SLACK_API_URL: fake.apiUrl, PORT: String(port) });
      expectOneLineFailure(result, new RegExp(`^relais: Slack over HTTP could not start: PORT=${port} is already in use`), ['secret-de-signature']);
    } finally {
      server.close();
      await fake.stop();
    }
  });

  it('a PostgreSQL that cannot be reached, without showing the password', async () => {
    const port = await freePort();
    const result = await run('src/main.ts', { SEARCH_BACKEND: 'postgres', DATABASE_URL: `postgres://relais:mot-de-passe-secret@127.0.0.1:${port}/relais` });
    expectOneLineFailure(result, new RegExp(`^relais: DATABASE_URL: PostgreSQL at 127\\.0\\.0\\.1:${port}/relais could not be reached \\(ECONNREFUSED\\)`), ['mot-de-passe-secret']);
  });
});

describe('ask, eval and bench: a mistyped option is one line with the usage, exit 2', () => {
  it.each([
    ['src/cli/ask.ts', ['--jsn'], /^relais ask: Unknown option '--jsn'\. Usage: npm run ask --/],
    ['src/cli/eval.ts', ['--corpuss', 'x'], /^relais eval: Unknown option '--corpuss'\. Usage: npm run eval --/],
    ['src/bench/runBenchmark.ts', ['--size', '10'], /^Unknown option '--size'\. Usage: npm run bench --/],
  ])('%s %s', async (script, args, pattern) => {
    const result = await run(script, {}, args);
    expect(result.code).toBe(2);
    expect(result.failure).toMatch(pattern);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('ask over a missing corpus folder', async () => {
    const result = await run('src/cli/ask.ts', {}, ['--corpus', path.join(dataDir, 'ailleurs'), 'Combien de prises ?']);
    expectOneLineFailure(result, /^relais ask: CORPUS_DIR=.*ailleurs: no such folder/);
  });
});
