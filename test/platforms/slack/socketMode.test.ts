// The same adapter over Socket Mode: envelopes acknowledged, answers posted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_TOKEN, GERS_QUESTION, GERS_TITLE, type Harness, responseIdOf, startHarness, waitForNthResponse } from './slackTestHarness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ mode: 'socket' });
});
afterAll(async () => {
  await h?.close();
});

/**
 * Answering can hold the event loop past the harness's short ping timeout (300 ms), so the client
 * may be reconnecting when a test starts: wait for the socket to be up again.
 */
async function connected(): Promise<void> {
  if (!h.fake.socketConnected) await h.fake.waitForSocketConnection({ nth: h.fake.socketConnectionCount + 1 });
}

describe('Slack adapter over Socket Mode', () => {
  it('connects with the app-level token and has no HTTP URL', () => {
    expect(h.adapter.url).toBeUndefined();
    expect(h.fake.callsTo('apps.connections.open')[0]?.token).toBe(APP_TOKEN);
  });

  it('acknowledges a /relais envelope and answers through response_url with a cited fact', async () => {
    const payload = h.fake.slashCommand({ text: GERS_QUESTION });
    const ack = await h.fake.sendSocketEnvelope('slash_commands', payload);
    expect(ack.envelope_id).toBeTruthy();
    const answer = await waitForNthResponse(h.fake, responseIdOf(payload), 1);
    expect(answer.body['response_type']).toBe('ephemeral');
    const blocks = JSON.stringify(answer.body['blocks']);
    expect(blocks.replace(/\*/g, '')).toContain('163 personnes');
    expect(blocks).toContain(GERS_TITLE);
  });

  it('acknowledges an app_mention envelope and answers in its thread', async () => {
    const mention = h.fake.appMention({ text: GERS_QUESTION });
    const ack = await h.fake.sendSocketEnvelope('events_api', mention);
    expect(ack.envelope_id).toBeTruthy();
    const post = await h.fake.waitForCall('chat.postMessage', (c) => c.body['thread_ts'] === mention['ts']);
    expect(post.token).toBe('xoxb-test-bot-token');
    expect(JSON.stringify(post.body['blocks'])).toContain(GERS_TITLE);
  });

  it('acknowledges a block_actions envelope (a click on 👍) and answers the clicker through its response_url', async () => {
    await connected();
    const mention = h.fake.appMention({ text: GERS_QUESTION });
    await h.fake.sendSocketEnvelope('events_api', mention);
    const post = await h.fake.waitForCall('chat.postMessage', (c) => c.body['thread_ts'] === mention['ts']);
    const actions = (post.body['blocks'] as { type: string; elements?: { action_id: string }[] }[]).find((b) => b.type === 'actions');
    const up = actions?.elements?.find((e) => e.action_id.startsWith('relais:vote:up:'))?.action_id;
    expect(up).toBeDefined();
    const click = h.fake.blockActions({ actionId: up as string });
    await connected();
    const ack = await h.fake.sendSocketEnvelope('interactive', click);
    expect(ack.envelope_id).toBeTruthy();
    const id = decodeURIComponent(new URL(click['response_url'] as string).pathname.split('/').pop() ?? '');
    const notice = await waitForNthResponse(h.fake, id, 1);
    expect(notice.body).toMatchObject({ response_type: 'ephemeral' });
    expect(String(notice.body['text'])).toContain('Merci');
  });
});
