// Socket Mode after start-up: a Slack outage (the socket dropped, apps.connections.open failing with
// HTTP errors for a while) is retried until Slack is back, never given up, and nothing is left unhandled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replies } from '../../fakes/fakeSlack.ts';
import { GERS_QUESTION, type Harness, responseIdOf, startHarness, waitForNthResponse } from './slackTestHarness.ts';

let h: Harness;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  h = await startHarness({ mode: 'socket', adapter: { socketReconnectDelayMs: 50 } });
});
afterAll(async () => {
  await h?.close();
  process.off('unhandledRejection', onUnhandled);
});

describe('Slack Socket Mode after start-up (issue 14, item 5)', () => {
  it('reconnects once Slack is back from an outage, and answers again', async () => {
    // Slack's own client gives up at the first HTTP error while reconnecting; Relais must not.
    h.fake.respondWith('apps.connections.open', replies.httpError(503), { times: 4 });
    await h.fake.dropSocket('terminate');
    await h.fake.waitForSocketConnection({ nth: 2, timeoutMs: 30_000 });
    expect(h.fake.callsTo('apps.connections.open').length).toBeGreaterThanOrEqual(1 + 4 + 1);
    expect(h.logger.entries.some((e) => e.message === 'Slack Socket Mode reconnection failed; retrying')).toBe(true);

    const payload = h.fake.slashCommand({ text: GERS_QUESTION });
    await h.fake.sendSocketEnvelope('slash_commands', payload);
    const answer = await waitForNthResponse(h.fake, responseIdOf(payload), 1);
    expect(JSON.stringify(answer.body['blocks'])).toContain('163');
    expect(h.adapter.isConnected()).toBe(true);
    expect(unhandled).toEqual([]);
  });

  it('reconnects after Slack asks it to (a routine "disconnect" message)', async () => {
    const before = h.fake.callsTo('apps.connections.open').length;
    await h.fake.dropSocket('disconnect');
    await h.fake.waitForSocketConnection({ nth: 3, timeoutMs: 30_000 });
    expect(h.fake.callsTo('apps.connections.open').length).toBe(before + 1);
  });
});
