// `npm start` as a process: with Slack tokens it serves Slack (here the fake, over Socket Mode),
// serves /healthz and /metrics, and SIGTERM stops it cleanly once the questions in flight are answered.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack, RESPONSE_URL } from './fakes/fakeSlack.ts';

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
      METRICS_PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  await fake.waitForSocketConnection({ timeoutMs: 60_000 });
});

afterAll(async () => {
  if (child.exitCode === null) child.kill('SIGKILL');
  await fake.stop();
});

describe('npm start with Slack configured', () => {
  it('answers /relais over Socket Mode', async () => {
    const payload = fake.slashCommand({ text: 'Qui dirige Gers Numérique ?' });
    await fake.sendSocketEnvelope('slash_commands', payload);
    const answer = await fake.waitForResponse(() => true, 30_000);
    expect(JSON.stringify(answer.body)).toContain('Romain Gabrielli');
  });

  it('serves /healthz (index loaded, Slack connected) and /metrics', async () => {
    const url = /"url":"(http:\/\/127\.0\.0\.1:\d+)","msg":"operations endpoint listening/.exec(stderr)?.[1];
    expect(url).toBeDefined();
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', checks: { index: true, slack: true } });
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toContain('relais_questions_total{platform="slack",outcome="answered"} 1');
    expect(metrics).toMatch(/relais_index_documents [1-9]/);
    // one JSON line per question: platform, latency, answered; the text is for debug level only
    const line = stderr.split('\n').find((l) => l.includes('"msg":"question"'));
    expect(JSON.parse(line ?? '{}')).toMatchObject({
      platform: 'slack',
      outcome: 'answered',
      answered: true,
      latencyMs: expect.any(Number),
    });
    expect(stderr).not.toContain('Qui dirige Gers Numérique');
  });

  it('on SIGTERM, answers the questions in flight, then exits 0, never having logged its tokens', async () => {
    // Slack is slow to take the answers: they are still in flight when the signal comes.
    fake.respondWith(RESPONSE_URL, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      return undefined;
    });
    const before = fake.responses.length;
    const payloads = ['UA', 'UB', 'UC'].map((user) => fake.slashCommand({ text: 'Qui dirige Gers Numérique ?', user_id: user }));
    await Promise.all(payloads.map((p) => fake.sendSocketEnvelope('slash_commands', p)));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(fake.responses.length - before).toBe(3);
    expect(fake.responses.slice(before).every((r) => JSON.stringify(r.body).includes('Romain Gabrielli'))).toBe(true);
    expect(stderr).toContain('stopping: no new questions, finishing those in flight');
    expect(stderr).toContain('Slack adapter started');
    expect(stderr).not.toContain('xoxb-main-test');
    expect(stderr).not.toContain('xapp-main-test');
  });
});
