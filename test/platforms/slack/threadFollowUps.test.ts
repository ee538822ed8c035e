// Follow-ups in a Slack thread Relais answered: a plain reply is answered without a new mention, read
// with the thread's earlier questions; threads Relais did not answer are left alone. The mention gets
// a 👀 reaction while Relais works, removed when the answer lands.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONVERSATION_RELEASES, HAUT_VALLON, MORVELLE, THREE_TURNS } from '../../fixtures/conversationReleases.ts';
import type { RecordedCall } from '../../fakes/fakeSlack.ts';
import { type Harness, SIGNING_SECRET, startHarness } from './slackTestHarness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ mode: 'http', extraFiles: CONVERSATION_RELEASES });
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => {
  h.fake.reset();
});

const send = (event: Parameters<Harness['fake']['sendEvent']>[2]) => h.fake.sendEvent(h.adapter.url as string, SIGNING_SECRET, event);
const text = (call: RecordedCall) => JSON.stringify(call.body['blocks']).replace(/\*/g, '');
/**
 * The answer's lead fact: answer first, it is the reply's first section (its citation follows as
 * context). A refusal opens with its heading instead, which holds no fact.
 */
const firstFact = (call: RecordedCall) =>
  JSON.stringify((call.body['blocks'] as { type: string }[]).find((b) => b.type === 'section') ?? {}).replace(/\*/g, '');

async function answerInThread(threadTs: string, nth: number): Promise<RecordedCall> {
  await h.fake.waitForCall(
    'chat.postMessage',
    (c) =>
      c.body['thread_ts'] === threadTs &&
      h.fake
        .callsTo('chat.postMessage')
        .filter((p) => p.body['thread_ts'] === threadTs)
        .indexOf(c) ===
        nth - 1,
  );
  return h.fake.callsTo('chat.postMessage').filter((c) => c.body['thread_ts'] === threadTs)[nth - 1] as RecordedCall;
}

describe('follow-ups in a Slack thread', () => {
  it("answers a three-turn conversation, the third answer right only with the thread's context", async () => {
    const mention = h.fake.appMention({ text: THREE_TURNS[0] });
    await send(mention);
    const threadTs = mention['ts'] as string;
    expect(text(await answerInThread(threadTs, 1))).toContain(HAUT_VALLON.president);

    // Plain replies in the thread, without a mention: message.channels events.
    await send(h.fake.channelMessage({ text: THREE_TURNS[1], thread_ts: threadTs }));
    expect(firstFact(await answerInThread(threadTs, 2))).toContain(HAUT_VALLON.sockets);

    await send(h.fake.channelMessage({ text: THREE_TURNS[2], thread_ts: threadTs }));
    const third = await answerInThread(threadTs, 3);
    expect(firstFact(third)).toContain(HAUT_VALLON.end);
    expect(text(third)).not.toContain(MORVELLE.end);

    // The same question in a new thread, without the conversation, finds the other territory's date.
    const alone = h.fake.appMention({ text: THREE_TURNS[2] });
    await send(alone);
    expect(firstFact(await answerInThread(alone['ts'] as string, 1))).toContain(MORVELLE.end);
  });

  it("gives a re-mention inside the thread the thread's context too", async () => {
    const mention = h.fake.appMention({ text: THREE_TURNS[0] });
    await send(mention);
    const threadTs = mention['ts'] as string;
    await answerInThread(threadTs, 1);
    await send(h.fake.appMention({ text: THREE_TURNS[2], thread_ts: threadTs }));
    expect(firstFact(await answerInThread(threadTs, 2))).toContain(HAUT_VALLON.end);
  });

  it('leaves alone replies in threads it did not answer, to someone else, and channel messages outside threads', async () => {
    const mention = h.fake.appMention({ text: THREE_TURNS[0] });
    await send(mention);
    await answerInThread(mention['ts'] as string, 1);
    h.fake.reset();
    await send(h.fake.channelMessage({ text: `<@U0COLLEGUE1> ${THREE_TURNS[1]}`, thread_ts: mention['ts'] as string }));
    await send(h.fake.channelMessage({ text: THREE_TURNS[1], thread_ts: '1700000000.000999' }));
    await send(h.fake.channelMessage({ text: THREE_TURNS[1] }));
    // A DM answered afterwards: everything sent before has been handled.
    await send(h.fake.directMessage({ text: 'aide' }));
    await h.fake.waitForCall('chat.postMessage', (c) => c.body['channel'] === h.fake.identity.dmChannelId);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('shows 👀 on the mention while working, and takes it off once the answer is posted', async () => {
    const mention = h.fake.appMention({ text: THREE_TURNS[0] });
    await send(mention);
    await answerInThread(mention['ts'] as string, 1);
    const removed = await h.fake.waitForCall('reactions.remove');
    const added = h.fake.callsTo('reactions.add')[0];
    expect(added?.body).toMatchObject({ channel: h.fake.identity.channelId, timestamp: mention['ts'], name: 'eyes' });
    expect(removed.body).toMatchObject({ channel: h.fake.identity.channelId, timestamp: mention['ts'], name: 'eyes' });
    const order = h.fake.calls.map((c) => c.method).filter((m) => ['reactions.add', 'chat.postMessage', 'reactions.remove'].includes(m));
    expect(order).toEqual(['reactions.add', 'chat.postMessage', 'reactions.remove']);
  });

  it('still answers when the reaction is refused (no reactions:write)', async () => {
    h.fake.respondWith('reactions.add', { status: 200, body: { ok: false, error: 'missing_scope' } }, { times: 1 });
    const mention = h.fake.appMention({ text: THREE_TURNS[0] });
    await send(mention);
    expect(text(await answerInThread(mention['ts'] as string, 1))).toContain(HAUT_VALLON.president);
    expect(h.fake.callsTo('reactions.remove')).toHaveLength(0);
  });
});
