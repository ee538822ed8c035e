/**
 * Smoke test: the REAL @slack/bolt App (HTTP and Socket Mode) and the real WebClient against FakeSlack.
 * Doubles as the reference for how adapter tests should configure Bolt against the fake.
 */
import { App, LogLevel, SocketModeReceiver, webApi } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeSlack, replies, serverUrl } from './fakeSlack.ts';

const SIGNING_SECRET = 'fake-signing-secret';
const BOT_TOKEN = 'xoxb-fake-bot-token';
const APP_TOKEN = 'xapp-fake-app-token';

/** Things to stop after each test, in order (app before fake). */
let cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanups) await c();
  cleanups = [];
});

async function startFake(): Promise<FakeSlack> {
  const fake = await FakeSlack.start();
  cleanups.push(() => fake.stop());
  return fake;
}

async function startHttpApp(fake: FakeSlack): Promise<{ app: App; appUrl: string }> {
  const app = new App({
    token: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    processBeforeResponse: true,
    logLevel: LogLevel.ERROR,
    // No botId/botUserId: the constructor's auth.test is served by the fake.
    clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } },
  });
  app.command('/relais', async ({ command, ack, say, respond }) => {
    await ack();
    await say(`answer to: ${command.text}`);
    await respond({ response_type: 'ephemeral', text: 'working on it' });
  });
  app.event('app_mention', async ({ event, client }) => {
    await client.chat.postMessage({
      channel: event.channel,
      thread_ts: event.thread_ts ?? event.ts,
      text: `mention: ${event.text}`,
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'hi' } }],
    });
  });
  const server = await app.start(0);
  // Cleanups run in order and the app must stop before the fake: put it first.
  cleanups.unshift(() => app.stop());
  return { app, appUrl: serverUrl(server) };
}

describe('FakeSlack + real Bolt, HTTP mode', () => {
  it('acks a signed slash command and receives say() and respond()', async () => {
    const fake = await startFake();
    const { appUrl } = await startHttpApp(fake);

    const res = await fake.sendSlashCommand(appUrl, SIGNING_SECRET, { text: 'quel programme ?' });
    expect(res.status).toBe(200);

    const post = await fake.waitForCall('chat.postMessage');
    expect(post.body).toMatchObject({ channel: fake.identity.channelId, text: 'answer to: quel programme ?' });
    expect(post.token).toBe(BOT_TOKEN);
    expect(fake.callsTo('auth.test')).toHaveLength(1);

    const reply = await fake.waitForResponse();
    expect(reply.body).toEqual({ response_type: 'ephemeral', text: 'working on it' });
  });

  it('rejects a bad signature and a stale timestamp with 401', async () => {
    const fake = await startFake();
    const { appUrl } = await startHttpApp(fake);

    const bad = await fake.sendSlashCommand(appUrl, SIGNING_SECRET, { text: 'x' }, { badSignature: true });
    expect(bad.status).toBe(401);
    const stale = await fake.sendSlashCommand(appUrl, SIGNING_SECRET, { text: 'x' }, { timestampSkewSec: 6 * 60 });
    expect(stale.status).toBe(401);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('delivers an app_mention in a thread and records the answer with parsed blocks', async () => {
    const fake = await startFake();
    const { appUrl } = await startHttpApp(fake);

    const mention = fake.appMention({ text: 'bonjour', thread_ts: '1700000000.000100' });
    const res = await fake.sendEvent(appUrl, SIGNING_SECRET, mention, { retryNum: 1, retryReason: 'http_timeout' });
    expect(res.status).toBe(200);

    const post = await fake.waitForCall('chat.postMessage');
    expect(post.body['thread_ts']).toBe('1700000000.000100');
    expect(post.body['text']).toBe(`mention: <@${fake.identity.botUserId}> bonjour`);
    expect(post.body['blocks']).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: 'hi' } }]);
  });
});

describe('FakeSlack + real Bolt, Socket Mode', () => {
  it('connects, acks a slash_commands envelope, and the handler posts to the fake', async () => {
    const fake = await startFake();
    const app = new App({
      token: BOT_TOKEN,
      appToken: APP_TOKEN,
      socketMode: true,
      botId: fake.identity.botId,
      botUserId: fake.identity.botUserId,
      logLevel: LogLevel.ERROR,
      // The built-in SocketModeReceiver gets these same clientOptions (App passes installerOptions.clientOptions).
      clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } },
    });
    app.command('/relais', async ({ command, ack, client }) => {
      await ack({ response_type: 'ephemeral', text: 'ok' });
      await client.chat.postMessage({ channel: command.channel_id, text: `socket: ${command.text}` });
    });
    await app.start();
    cleanups.unshift(() => app.stop());
    expect(await fake.waitForSocketConnection()).toBe(1);
    const open = fake.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]?.token).toBe(APP_TOKEN);
    expect(fake.callsTo('auth.test')).toHaveLength(0);

    const ack = await fake.sendSocketEnvelope('slash_commands', fake.slashCommand({ text: 'via socket' }));
    expect(ack.payload).toEqual({ response_type: 'ephemeral', text: 'ok' });
    const post = await fake.waitForCall('chat.postMessage');
    expect(post.body).toMatchObject({ channel: fake.identity.channelId, text: 'socket: via socket' });
  });

  it('acks events_api envelopes and reconnects after the fake drops the socket', async () => {
    const fake = await startFake();
    // A SocketModeReceiver built by hand needs its OWN installerOptions.clientOptions (App's are not passed to it);
    // a small clientPingTimeout makes the reconnect delay (= clientPingTimeout) short.
    const receiver = new SocketModeReceiver({
      appToken: APP_TOKEN,
      clientPingTimeout: 300,
      logLevel: LogLevel.ERROR,
      installerOptions: { clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } } },
    });
    const app = new App({
      token: BOT_TOKEN,
      receiver,
      socketMode: true,
      botId: fake.identity.botId,
      botUserId: fake.identity.botUserId,
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } },
    });
    const seen: string[] = [];
    app.message(async ({ message }) => {
      if ('text' in message && typeof message.text === 'string') seen.push(message.text);
    });
    await app.start();
    cleanups.unshift(() => app.stop());
    await fake.waitForSocketConnection();

    const ack1 = await fake.sendSocketEnvelope('events_api', fake.directMessage({ text: 'first' }));
    expect(ack1.payload).toEqual({});

    await fake.dropSocket('disconnect');
    await fake.waitForSocketConnection({ nth: 2 });
    expect(fake.callsTo('apps.connections.open')).toHaveLength(2);

    // An abrupt TCP drop: the SocketModeClient logs 'WebSocket error occurred' (expected) and reconnects.
    await fake.dropSocket('terminate');
    await fake.waitForSocketConnection({ nth: 3 });

    await fake.sendSocketEnvelope('events_api', fake.directMessage({ text: 'second' }));
    // Bolt's ignoreSelf drops the bot's own message; other bots go through.
    await fake.sendSocketEnvelope('events_api', fake.botMessage({ botId: fake.identity.botId, text: 'own echo' }));
    await fake.sendSocketEnvelope('events_api', fake.botMessage({ text: 'other bot' }));
    expect(seen).toEqual(['first', 'second', 'other bot']);
    expect(fake.socketAcks).toHaveLength(4);
  });
});

describe('FakeSlack Web API overrides', () => {
  it('serves 429 + Retry-After that the WebClient understands as a rate limit, and 500s as HTTP errors', async () => {
    const fake = await startFake();
    const client = new webApi.WebClient(BOT_TOKEN, {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      logLevel: LogLevel.ERROR,
    });
    const rateLimitedEvents: number[] = [];
    client.on(webApi.WebClientEvent.RATE_LIMITED, (sec: number) => rateLimitedEvents.push(sec));

    fake.respondWith('chat.postMessage', replies.rateLimited(1), { times: 1 });
    const err = await client.chat.postMessage({ channel: 'C1', text: 'x' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: webApi.ErrorCode.RateLimitedError, retryAfter: 1 });
    expect(rateLimitedEvents).toEqual([1]);

    // The override was one-shot: the next call gets the default answer.
    const ok = await client.chat.postMessage({ channel: 'C1', text: 'y' });
    expect(ok.ok).toBe(true);
    expect(typeof ok.ts).toBe('string');

    fake.respondWith('chat.postMessage', replies.httpError(500));
    const err500 = await client.chat.postMessage({ channel: 'C1', text: 'z' }).catch((e: unknown) => e);
    expect(err500).toMatchObject({ code: webApi.ErrorCode.HTTPError, statusCode: 500 });

    fake.respondWith('conversations.info', replies.apiError('channel_not_found'));
    const errApi = await client.conversations.info({ channel: 'C404' }).catch((e: unknown) => e);
    expect(errApi).toMatchObject({ code: webApi.ErrorCode.PlatformError, data: { error: 'channel_not_found' } });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(3);
  });

  it('with rejectRateLimitedCalls off, a 429 makes the WebClient wait Retry-After seconds then fail (retries: 0)', async () => {
    const fake = await startFake();
    const client = new webApi.WebClient(BOT_TOKEN, { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR });
    fake.respondWith('chat.postMessage', replies.rateLimited(1));
    const started = Date.now();
    const err = await client.chat.postMessage({ channel: 'C1', text: 'x' }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(String(err)).toContain('A rate limit was exceeded');
  });
});

describe('FakeSlack files', () => {
  it('files.info and files.list describe a shared file; its download needs the bot token, else the sign-in page', async () => {
    const fake = await startFake();
    const client = new webApi.WebClient(BOT_TOKEN, { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR });
    const shared = fake.addFile({ name: 'note.txt', bytes: Buffer.from('Le Lot raccorde ses écoles.'), channel: 'C1' });
    const info = await client.files.info({ file: shared.id });
    expect(info.file).toMatchObject({ id: shared.id, name: 'note.txt', size: 28 });
    expect((await client.files.list({ channel: 'C1' })).files?.map((f) => f.id)).toEqual([shared.id]);
    expect(await client.files.info({ file: 'F0NONE' }).catch((e: unknown) => e)).toMatchObject({ data: { error: 'file_not_found' } });

    const url = info.file?.url_private_download ?? '';
    const withToken = await fetch(url, { headers: { authorization: `Bearer ${BOT_TOKEN}` } });
    expect(await withToken.text()).toBe('Le Lot raccorde ses écoles.');
    const without = await fetch(url);
    expect(without.headers.get('content-type')).toMatch(/text\/html/);
    expect(await without.text()).toMatch(/Connectez-vous/);
    expect(fake.files.downloads.map((d) => [d.token, d.served])).toEqual([
      [BOT_TOKEN, true],
      [undefined, false],
    ]);
  });
});
