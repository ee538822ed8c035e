// @mentions and direct messages over HTTP events: answered in the right place, once, and never to bots.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SlackEvent } from '../../fakes/fakeSlack.ts';
import { GERS_QUESTION, GERS_TITLE, type Harness, SIGNING_SECRET, startHarness } from './slackTestHarness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ mode: 'http' });
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => {
  h.fake.reset();
});

const send = (event: Parameters<Harness['fake']['sendEvent']>[2], opts: Parameters<Harness['fake']['sendEvent']>[3] = {}) =>
  h.fake.sendEvent(h.adapter.url as string, SIGNING_SECRET, event, opts);

/** Sends a DM that is answered, and waits for that answer: everything sent before has been handled. */
async function drain(): Promise<void> {
  const marker = h.fake.directMessage({ text: 'help' });
  await send(marker);
  await h.fake.waitForCall('chat.postMessage', (c) => c.body['channel'] === marker['channel'] && JSON.stringify(c.body).includes('Relais'));
}

/** Answers posted in the thread a mention (outside any thread) starts. */
const answersTo = (mention: SlackEvent) => h.fake.callsTo('chat.postMessage').filter((c) => c.body['thread_ts'] === mention['ts']);

describe('mentions and direct messages', () => {
  it('answers a mention in a new thread under it, without the mention in the question', async () => {
    const mention = h.fake.appMention({ text: GERS_QUESTION });
    expect((await send(mention)).status).toBe(200);
    const post = await h.fake.waitForCall('chat.postMessage');
    expect(post.body).toMatchObject({ channel: h.fake.identity.channelId, thread_ts: mention['ts'] });
    expect(JSON.stringify(post.body['blocks']).replace(/\*/g, '')).toContain('163 personnes');
    expect(JSON.stringify(post.body['blocks'])).toContain(GERS_TITLE);
    expect(post.body['unfurl_links']).toBe('false');
  });

  it('answers a mention made inside a thread in that same thread', async () => {
    const threadTs = '1700000000.000100';
    const mention = h.fake.appMention({ text: GERS_QUESTION, thread_ts: threadTs });
    await send(mention);
    const post = await h.fake.waitForCall('chat.postMessage');
    expect(post.body['thread_ts']).toBe(threadTs);
  });

  it('answers a direct message directly, not in a thread', async () => {
    const dm = h.fake.directMessage({ text: GERS_QUESTION });
    await send(dm);
    const post = await h.fake.waitForCall('chat.postMessage');
    expect(post.body['channel']).toBe(h.fake.identity.dmChannelId);
    expect(post.body['thread_ts']).toBeUndefined();
    expect(JSON.stringify(post.body['blocks'])).toContain(GERS_TITLE);
  });

  it("ignores its own messages and other bots' messages", async () => {
    await send(
      h.fake.botMessage({ botId: h.fake.identity.botId, channelType: 'im', channel: h.fake.identity.dmChannelId, text: GERS_QUESTION }),
    );
    await send(h.fake.botMessage({ channelType: 'im', channel: h.fake.identity.dmChannelId, text: GERS_QUESTION }));
    await send(h.fake.botMessage({ channelType: 'im', channel: h.fake.identity.dmChannelId, subtype: 'bot_message', text: GERS_QUESTION }));
    await send(h.fake.appMention({ text: GERS_QUESTION, extra: { bot_id: 'B0OTHERBOT', user: 'U0OTHERBOT' } }));
    await drain();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1); // the drain marker's answer only
    expect(h.fake.callsTo('chat.postEphemeral')).toHaveLength(0);
  });

  it('answers a redelivered event (same event_id, x-slack-retry-num: 1) once', async () => {
    const mention = h.fake.appMention({ text: GERS_QUESTION });
    const body = h.fake.eventCallback(mention);
    expect((await send(body)).status).toBe(200);
    expect((await send(body, { retryNum: 1, retryReason: 'http_timeout' })).status).toBe(200);
    expect((await send(body, { retryNum: 2, retryReason: 'http_timeout' })).status).toBe(200);
    await drain();
    expect(answersTo(mention)).toHaveLength(1);
  });

  it('answers a mention delivered both as app_mention and as message once', async () => {
    const ts = '1700000001.000200';
    const text = `<@${h.fake.identity.botUserId}> ${GERS_QUESTION}`;
    await send(h.fake.appMention({ text, ts, channel: h.fake.identity.dmChannelId }));
    await send(h.fake.directMessage({ text, ts }));
    await drain();
    const answers = h.fake.callsTo('chat.postMessage').filter((c) => JSON.stringify(c.body['blocks']).includes(GERS_TITLE));
    expect(answers).toHaveLength(1);
  });

  it("gives an empty mention the engine's hint, ephemerally, in the thread", async () => {
    const mention = h.fake.appMention({ text: `<@${h.fake.identity.botUserId}>` });
    await send(mention);
    const hint = await h.fake.waitForCall('chat.postEphemeral');
    expect(hint.body).toMatchObject({ channel: h.fake.identity.channelId, user: h.fake.identity.userId, thread_ts: mention['ts'] });
    expect(String(hint.body['text'])).toMatch(/Posez une question/);
  });
});
