// `npm start` as a process: with Slack tokens it serves Slack (here the fake, over Socket Mode),
// and SIGTERM stops it cleanly.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from './fakes/fakeSlack.ts';

let fake: FakeSlack;
let child: ChildProcess;
let stderr = '';

beforeAll(async () => {
  fake = await FakeSlack.start();
  child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      PATH: process.env.PATH,
      SLACK_BOT_TOKEN: 'xoxb-main-test',
      SLACK_APP_TOKEN: 'xapp-main-test',
      SLACK_API_URL: fake.apiUrl,
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'relais-main-')),
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  await fake.waitForSocketConnection({ timeoutMs: 20_000 });
});

afterAll(async () => {
  if (child.exitCode === null) child.kill('SIGKILL');
  await fake.stop();
});

describe('npm start with Slack configured', () => {
  it('answers /relais over Socket Mode', async () => {
    const payload = fake.slashCommand({ text: 'Qui est le directeur de Gers Numérique ?' });
    await fake.sendSocketEnvelope('slash_commands', payload);
    const answer = await fake.waitForResponse(() => true, 10_000);
    expect(JSON.stringify(answer.body)).toContain('Romain Gabrielli');
  });

  it('stops on SIGTERM with exit code 0 and never logs its tokens', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain('Slack adapter started');
    expect(stderr).not.toContain('xoxb-main-test');
    expect(stderr).not.toContain('xapp-main-test');
  });
});
