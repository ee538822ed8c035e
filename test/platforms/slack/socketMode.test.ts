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
    expect(answer.body['response_type']).toBe('in_channel');
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
});
