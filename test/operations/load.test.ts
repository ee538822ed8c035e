// Load: 200 questions at once through the fake Slack and 200 through the fake Discord, from 20
// users each asking 10, with the production defaults (6 questions per user per minute, 8 in
// flight). Every question gets exactly one reply — an answer or the polite "retry in N s" — none is
// lost, and the limit applies per user: 6 answers and 4 refusals each. Prints p50/p99 of the time
// from sending to the reply reaching the fake; asserts no timing.
//   npx vitest run test/operations/load.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../fakes/discord/payloads.ts';
import type { RecordedRequest } from '../fakes/fakeDiscord.ts';
import { QuestionGate } from '../../src/operations/questionGate.ts';
import { RelaisMetrics } from '../../src/operations/metrics.ts';
import { startHarness as startDiscord, type Harness as DiscordHarness } from '../platforms/discord/helpers.ts';
import {
  GERS_TITLE,
  percentile,
  responseIdOf,
  SIGNING_SECRET,
  startHarness as startSlack,
  type Harness as SlackHarness,
} from '../platforms/slack/slackTestHarness.ts';
import { GERS_QUESTION, recordingLogger } from './helpers.ts';

const USERS = 20;
const PER_USER = 10;
const LIMIT = 6;
const QUESTIONS = USERS * PER_USER;

let slack: SlackHarness;
let discord: DiscordHarness;
const metrics = new RelaisMetrics({ defaultMetrics: false });
const gate = () => new QuestionGate({ logger: recordingLogger(), rateLimitPerMinute: LIMIT, maxInFlight: 8, metrics });

beforeAll(async () => {
  [slack, discord] = await Promise.all([startSlack({ mode: 'http', adapter: { questions: gate() } }), startDiscord({ questions: gate() })]);
});
afterAll(async () => {
  await Promise.all([slack?.close(), discord?.stop()]);
});

// Waits are on the replies themselves; this bound only turns a hang into a failure. A slow machine
// makes the test slower, never red.
const REPLIES_WAIT_MS = 150_000;
const TEST_TIMEOUT_MS = 180_000;

function report(platform: string, latencies: number[], answered: number, limited: number): void {
  const sorted = [...latencies].sort((a, b) => a - b);
  console.log(
    `[load] ${platform}: ${QUESTIONS} questions at once from ${USERS} users → ${answered} answered, ${limited} rate-limited; reply time p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms`,
  );
}

describe('200 questions at once', () => {
  it(
    'through the fake Slack: each answered exactly once, the limit applied per user',
    async () => {
      const started = Date.now();
      const sent = Array.from({ length: QUESTIONS }, (_, i) => {
        const user = `U${String(i % USERS).padStart(4, '0')}`;
        const payload = slack.fake.slashCommand({ text: GERS_QUESTION, user_id: user });
        return { user, id: responseIdOf(payload), payload };
      });
      const acks = await Promise.all(sent.map((s) => slack.fake.sendSlashCommand(slack.adapter.url as string, SIGNING_SECRET, s.payload)));
      expect(acks.every((a) => a.status === 200)).toBe(true);
      await Promise.all(sent.map((s) => slack.fake.waitForResponse((r) => r.id === s.id, REPLIES_WAIT_MS)));
      // Stopping waits for every answer in progress: a duplicate would be posted by then.
      await slack.adapter.stop();

      const perUser = new Map<string, { answered: number; limited: number }>();
      const latencies: number[] = [];
      for (const s of sent) {
        const replies = slack.fake.responsesTo(s.id);
        expect(replies).toHaveLength(1);
        const body = JSON.stringify(replies[0]?.body);
        const counts = perUser.get(s.user) ?? { answered: 0, limited: 0 };
        if (body.includes(GERS_TITLE)) counts.answered++;
        else {
          expect(replies[0]?.body['response_type']).toBe('ephemeral');
          expect(body).toMatch(/merci de réessayer dans \d+ s/);
          counts.limited++;
        }
        perUser.set(s.user, counts);
        latencies.push((replies[0]?.at ?? 0) - started);
      }
      expect([...perUser.values()]).toEqual(Array.from({ length: USERS }, () => ({ answered: LIMIT, limited: PER_USER - LIMIT })));
      report('Slack (HTTP slash commands)', latencies, USERS * LIMIT, USERS * (PER_USER - LIMIT));
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'through the fake Discord: each answered exactly once, the limit applied per user',
    async () => {
      const users = Array.from({ length: USERS }, (_, i) => makeUser({ username: `user${i}` }));
      const started = Date.now();
      const sent = Array.from({ length: QUESTIONS }, (_, i) => {
        const user = users[i % USERS]!;
        return {
          user: user.id,
          interaction: discord.fake.interactionCreate({ commandName: 'ask', options: { question: GERS_QUESTION }, user }),
        };
      });
      // The reply to an interaction: the deferred (private, ANSWER_VISIBILITY's default) message edited, answer or refusal.
      const repliesTo = (token: string): RecordedRequest[] =>
        discord.fake.requests.filter(
          (r) =>
            (r.method === 'PATCH' && r.path.endsWith(`/${token}/messages/@original`)) ||
            (r.method === 'POST' && r.path.endsWith(`/webhooks/${discord.fake.applicationId}/${token}`)),
        );
      await discord.fake.waitFor(
        () => (sent.every((s) => repliesTo(s.interaction.token).length >= 1) ? true : undefined),
        REPLIES_WAIT_MS,
        'a reply to every question',
      );
      // Stopping waits for the handlers still running: a duplicate would be sent by then.
      await discord.adapter.stop(REPLIES_WAIT_MS);

      const perUser = new Map<string, { answered: number; limited: number }>();
      const latencies: number[] = [];
      for (const s of sent) {
        const replies = repliesTo(s.interaction.token);
        expect(replies).toHaveLength(1);
        const reply = replies[0]!;
        const counts = perUser.get(s.user) ?? { answered: 0, limited: 0 };
        expect(reply.method).toBe('PATCH');
        if (JSON.stringify(reply.body.embeds ?? []).includes(GERS_TITLE)) {
          counts.answered++;
        } else {
          expect(reply.body.content).toMatch(/merci de réessayer dans \d+ s/);
          counts.limited++;
        }
        perUser.set(s.user, counts);
        latencies.push(reply.at - started);
      }
      expect([...perUser.values()]).toEqual(Array.from({ length: USERS }, () => ({ answered: LIMIT, limited: PER_USER - LIMIT })));
      report('Discord (slash commands)', latencies, USERS * LIMIT, USERS * (PER_USER - LIMIT));

      const text = await metrics.text();
      expect(text).toContain(`relais_questions_total{platform="slack",outcome="answered"} ${USERS * LIMIT}`);
      expect(text).toContain(`relais_questions_total{platform="discord",outcome="limited"} ${USERS * (PER_USER - LIMIT)}`);
    },
    TEST_TIMEOUT_MS,
  );
});
