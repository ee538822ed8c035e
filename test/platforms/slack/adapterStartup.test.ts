// Start-up failures are reported as clear errors (never an unhandled rejection), and stop() is clean.
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SlackConfig } from '../../../src/config.ts';
import { RelaisEngine } from '../../../src/engine/index.ts';
import { SlackAdapter, SlackStartError } from '../../../src/platforms/slack/slackAdapter.ts';
import { createServer } from 'node:net';
import { FakeSlack, freePort, replies } from '../../fakes/fakeSlack.ts';
import { APP_TOKEN, BOT_TOKEN, recordingLogger, SIGNING_SECRET, TEST_RETRY } from './slackTestHarness.ts';

let engine: RelaisEngine;
let fake: FakeSlack;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  // Read-only use of the bundled corpus: no snapshot is written.
  engine = await RelaisEngine.open({
    corpusDir: fileURLToPath(new URL('../../../corpus', import.meta.url)),
    dataDir: path.join(tmpdir(), 'relais-slack-unused'),
    useSnapshot: false,
  });
  fake = await FakeSlack.start();
});
afterAll(async () => {
  await fake?.stop();
  process.off('unhandledRejection', onUnhandled);
});
afterEach(() => {
  fake.reset();
  expect(unhandled).toEqual([]);
});

const httpConfig = (): SlackConfig => ({
  botToken: BOT_TOKEN,
  signingSecret: SIGNING_SECRET,
  adminUserIds: [],
  apiUrl: fake.apiUrl,
  port: 0,
});
const start = (config: SlackConfig, logger = recordingLogger()) => SlackAdapter.start({ config, engine, logger, retry: TEST_RETRY });

describe('SlackAdapter start-up', () => {
  it('reports a rejected bot token clearly, without an unhandled rejection', async () => {
    fake.respondWith('auth.test', replies.apiError('invalid_auth'));
    const error = await start(httpConfig()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlackStartError);
    expect(String((error as Error).message)).toMatch(
      /^Slack did not accept SLACK_BOT_TOKEN \(auth\.test failed: invalid_auth\): copy the Bot User OAuth Token/,
    );
    expect(String((error as Error).message)).not.toContain(BOT_TOKEN);
  });

  it('reports Slack being down (auth.test 500 after the retries)', async () => {
    fake.respondWith('auth.test', replies.httpError(500));
    await expect(start(httpConfig())).rejects.toThrow(/^Slack answered auth\.test with HTTP 500/);
    expect(fake.callsTo('auth.test')).toHaveLength(1 + (TEST_RETRY.webApi?.retries ?? 0));
  });

  it('reports a rejected app-level token in Socket Mode', async () => {
    fake.respondWith('apps.connections.open', replies.apiError('invalid_auth'));
    const error = await start({ ...httpConfig(), signingSecret: undefined, appToken: APP_TOKEN }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlackStartError);
    expect(String((error as Error).message)).toMatch(
      /^Slack did not accept SLACK_APP_TOKEN \(apps\.connections\.open failed: invalid_auth\)/,
    );
    expect(String((error as Error).message)).not.toContain(APP_TOKEN);
  });

  it('tells a Slack that cannot be reached from a refused token (issue 14, item 5)', async () => {
    const port = await freePort();
    const error = await start({ ...httpConfig(), apiUrl: `http://127.0.0.1:${port}/api/` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlackStartError);
    expect((error as Error).message).toMatch(
      /^Slack could not be reached at http:\/\/127\.0\.0\.1:\d+\/api\/ \(ECONNREFUSED\): check the network, a proxy, or SLACK_API_URL; the tokens were not checked\.$/,
    );
  });

  it('names PORT when it is busy (HTTP mode) (issue 14, item 5)', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const error = await start({ ...httpConfig(), port }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SlackStartError);
      expect((error as Error).message).toMatch(new RegExp(`^Slack over HTTP could not start: PORT=${port} is already in use`));
    } finally {
      busy.close();
    }
  });

  it('refuses HTTP mode without a signing secret', async () => {
    await expect(start({ ...httpConfig(), signingSecret: undefined })).rejects.toThrow(/SLACK_SIGNING_SECRET/);
  });

  it('starts over HTTP on a free port, logs it, and stops twice without error', async () => {
    const logger = recordingLogger();
    const adapter = await start(httpConfig(), logger);
    expect(adapter.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const started = logger.entries.find((e) => e.message === 'Slack adapter started');
    expect(started?.details['mode']).toBe('http');
    // The address the server really listens on: every interface, not 127.0.0.1 (issue 14, item 9).
    expect(started?.details['listening']).toMatch(
      new RegExp(`^http://(\\[::\\]|0\\.0\\.0\\.0):${new URL(adapter.url!).port}/slack/events$`),
    );
    await adapter.stop();
    await adapter.stop();
    await expect(fetch(`${adapter.url}/slack/events`, { method: 'POST' })).rejects.toThrow();
  });
});
