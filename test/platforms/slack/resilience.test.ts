// Slack failing when Relais posts (429 with Retry-After, 500): logged, never a crash or an unhandled
// rejection, and the next question is answered.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RESPONSE_URL, replies } from '../../fakes/fakeSlack.ts';
import { BOT_TOKEN, GERS_QUESTION, GERS_TITLE, type Harness, SIGNING_SECRET, slash, startHarness } from './slackTestHarness.ts';

let h: Harness;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  h = await startHarness({ mode: 'http' });
});
afterAll(async () => {
  await h?.close();
  process.off('unhandledRejection', onUnhandled);
});
beforeEach(() => {
  h.fake.reset();
  h.logger.entries.length = 0;
});
afterEach(() => {
  expect(unhandled).toEqual([]);
});

const mention = async (text = GERS_QUESTION) => {
  const event = h.fake.appMention({ text });
  const res = await h.fake.sendEvent(h.adapter.url as string, SIGNING_SECRET, event);
  expect(res.status).toBe(200);
  return event;
};
const errorsLogged = () => h.logger.entries.filter((e) => e.level === 'error');

describe('when Slack fails', () => {
  it('chat.postMessage 429 + Retry-After: waits as told, retries, and answers', async () => {
    h.fake.respondWith('chat.postMessage', replies.rateLimited(1), { times: 1 });
    const event = await mention();
    const answered = await h.fake.waitForCall(
      'chat.postMessage',
      (c) => c.body['thread_ts'] === event['ts'] && h.fake.callsTo('chat.postMessage').indexOf(c) === 1,
    );
    const [first, second] = h.fake.callsTo('chat.postMessage');
    expect(second?.at ?? 0).toBeGreaterThanOrEqual((first?.at ?? 0) + 950);
    expect(JSON.stringify(answered.body['blocks'])).toContain(GERS_TITLE);
  });

  it('chat.postMessage 500 on every attempt: logged without the token, the user told ephemerally, the next question answered', async () => {
    const remove = h.fake.respondWith('chat.postMessage', replies.httpError(500));
    const event = await mention();
    const notice = await h.fake.waitForCall('chat.postEphemeral');
    expect(notice.body['thread_ts']).toBe(event['ts']);
    const failure = errorsLogged().find((e) => e.message === 'conversation answer failed');
    expect(failure?.details['error']).toMatchObject({ statusCode: 500 });
    expect(String(notice.body['text'])).toContain(`réf. ${String(failure?.details['errorId'])}`);
    expect(JSON.stringify(h.logger.entries)).not.toContain(BOT_TOKEN);
    remove();

    const next = await mention();
    const answer = await h.fake.waitForCall(
      'chat.postMessage',
      (c) => c.body['thread_ts'] === next['ts'] && !String(c.body['text']).includes('réf.'),
    );
    expect(JSON.stringify(answer.body['blocks'])).toContain(GERS_TITLE);
  });

  it('response_url 429 + Retry-After: waits as told, retries, and answers', async () => {
    h.fake.respondWith(RESPONSE_URL, replies.rateLimited(1), { times: 1 });
    const { result, id } = await slash(h, GERS_QUESTION);
    expect(result.status).toBe(200);
    const answered = await h.fake.waitForResponse((r) => r.id === id && h.fake.responsesTo(id).length === 2);
    const [first] = h.fake.responsesTo(id);
    expect(answered.at).toBeGreaterThanOrEqual((first?.at ?? 0) + 950);
    expect(JSON.stringify(answered.body['blocks'])).toContain(GERS_TITLE);
    expect(h.logger.entries.some((e) => e.level === 'warn' && e.message === 'response_url post failed; retrying')).toBe(true);
  });

  it('response_url 500 on every attempt: logged, no crash, the next command answered', async () => {
    const remove = h.fake.respondWith(RESPONSE_URL, replies.httpError(500));
    const failing = await slash(h, GERS_QUESTION);
    expect(failing.result.status).toBe(200);
    // One answer attempt + one retry, then the error notice + its retry: all 500.
    await h.fake.waitForResponse((r) => r.id === failing.id && h.fake.responsesTo(failing.id).length === 4);
    await expect
      .poll(() => errorsLogged().map((e) => e.message))
      .toEqual(['slash command answer failed', 'could not tell the user either']);
    expect(errorsLogged()[0]?.details['error']).toMatchObject({ statusCode: 500 });
    remove();

    const { response } = await slash(h, GERS_QUESTION);
    expect(JSON.stringify((await response()).body['blocks'])).toContain(GERS_TITLE);
  });
});
