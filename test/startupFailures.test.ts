// Start-up failures through real processes (src/startupError.ts and the entry points): each prints one
// line naming the setting and what to do, exits non-zero, shows no stack trace and no secret. A few
// cases here prove the wiring of each entry point; the other failures are tested where they are
// phrased, in-process: test/startupError.test.ts, test/openEngine.test.ts, and the Slack and Discord
// adapters' start-up tests.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from './fakes/fakeDiscord.ts';

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
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
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
      expectOneLineFailure(
        result,
        new RegExp(`^relais: METRICS_PORT=${port} is already in use on 127\\.0\\.0\\.1.*set METRICS_PORT to a free port`),
      );
    } finally {
      server.close();
    }
  });

  it('an unknown option', async () => {
    const result = await run('src/main.ts', {}, ['--verbose']);
    expect(result.code).toBe(2);
    expect(result.failure).toMatch(/^relais: Unknown option '--verbose'\. Usage: npm start/);
  });

  it('a DISCORD_TOKEN that Discord refuses', async () => {
    const fake = await FakeDiscord.start({ token: 'the-right-token' });
    try {
      const result = await run('src/main.ts', {
        DISCORD_TOKEN: 'un-jeton-perime',
        DISCORD_APPLICATION_ID: DISCORD_APP_ID,
        DISCORD_API_URL: fake.apiUrl,
      });
      expectOneLineFailure(result, /^relais: Discord did not accept DISCORD_TOKEN \(401 Unauthorized\): copy the bot token/, [
        'un-jeton-perime',
      ]);
    } finally {
      await fake.stop();
    }
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
});
