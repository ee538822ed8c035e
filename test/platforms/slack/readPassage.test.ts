// "Lire le passage" on Slack, through the real Bolt against FakeSlack over signed HTTP: the answer
// carries the button; a signed block_actions click gets the paragraph around the fact, ephemeral,
// on the click's response_url, and the answer in the channel is left as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_PASSAGE_ACTION } from '../../../src/platforms/slack/rendering/replyActions.ts';
import { MAYENNE_ANSWER, MAYENNE_FILE, MAYENNE_QUESTION, MAYENNE_TEXT } from '../../fixtures/mayenneRelease.ts';
import { type Harness, SIGNING_SECRET, slash, startHarness, waitForNthResponse } from './slackTestHarness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ mode: 'http', extraFiles: { [MAYENNE_FILE]: MAYENNE_TEXT } });
});
afterAll(async () => {
  await h?.close();
});

interface Button {
  action_id: string;
  value: string;
  text: { text: string };
}

async function click(value: string, message: { text?: string; blocks?: unknown[] }) {
  const payload = h.fake.blockActions({ actionId: READ_PASSAGE_ACTION, value, message });
  const id = decodeURIComponent(new URL(String(payload['response_url'])).pathname.split('/').pop() ?? '');
  const result = await h.fake.sendInteraction(h.adapter.url as string, SIGNING_SECRET, payload);
  return { result, response: () => waitForNthResponse(h.fake, id, 1) };
}

describe('Lire le passage (Slack)', () => {
  it('the answer carries the button; a signed click shows the paragraph around the fact, only to the clicker', async () => {
    const answer = await (await slash(h, MAYENNE_QUESTION)).response();
    const blocks = answer.body['blocks'] as Array<{ type: string; elements?: Button[] }>;
    const button = blocks.find((b) => b.type === 'actions')?.elements?.[0];
    expect(button).toMatchObject({ action_id: READ_PASSAGE_ACTION, text: { text: 'Lire le passage' } });
    expect(button!.value.length).toBeLessThanOrEqual(2000);

    const { result, response } = await click(button!.value, { text: String(answer.body['text']), blocks });
    expect(result.status).toBe(200);
    const shown = await response();
    expect(shown.body['response_type']).toBe('ephemeral');
    expect(shown.body['replace_original']).toBe(false);
    const text = JSON.stringify(shown.body['blocks']);
    expect(text).toContain(`*${MAYENNE_ANSWER}*`);
    expect(text).toContain('Les premières écoles seront raccordées en janvier.');
    expect(text).toContain('La Mayenne raccorde ses écoles rurales');
    expect(text).not.toContain('actions');
  });

  it('a click with a reference that names nothing gets a clear message and changes nothing', async () => {
    const { response } = await click('pas-une-reference', { text: 'Au total' });
    const shown = await response();
    expect(shown.body['response_type']).toBe('ephemeral');
    expect(String(shown.body['text'])).toMatch(/plus dans le corpus/);
  });

  it('an unsigned click is refused', async () => {
    const payload = h.fake.blockActions({ actionId: READ_PASSAGE_ACTION, value: 'x' });
    const result = await h.fake.sendInteraction(h.adapter.url as string, SIGNING_SECRET, payload, { badSignature: true });
    expect(result.status).toBe(401);
  });
});

describe('Lire le passage (Slack, Socket Mode)', () => {
  it('answers a block_actions envelope: acknowledged, then the paragraph on the response_url, ephemeral', async () => {
    const socket = await startHarness({ mode: 'socket', extraFiles: { [MAYENNE_FILE]: MAYENNE_TEXT } });
    try {
      const reference = (await socket.engine.ask(MAYENNE_QUESTION)).facts[0]!.passage!;
      const payload = socket.fake.blockActions({ actionId: READ_PASSAGE_ACTION, value: reference, message: { text: 'Au total' } });
      const id = decodeURIComponent(new URL(String(payload['response_url'])).pathname.split('/').pop() ?? '');
      const ack = await socket.fake.sendSocketEnvelope('interactive', payload);
      expect(ack.envelope_id).toBeTruthy();
      const shown = await waitForNthResponse(socket.fake, id, 1);
      expect(shown.body['response_type']).toBe('ephemeral');
      expect(JSON.stringify(shown.body['blocks'])).toContain(MAYENNE_ANSWER);
    } finally {
      await socket.close();
    }
  });
});
