// Round-trip time of a question through the fake Slack: the acknowledgement (HTTP response to the
// signed slash command / Socket Mode envelope ack) and the answer (response_url POST received),
// p50/p99 over 100 questions each. Prints the figures; asserts only that every answer is right.
//   npx vitest run test/platforms/slack/roundTrip.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GERS_QUESTION,
  GERS_TITLE,
  type Harness,
  percentile,
  responseIdOf,
  SIGNING_SECRET,
  startHarness,
  waitForNthResponse,
} from './slackTestHarness.ts';

const QUESTIONS = 100;

let http: Harness;
let socket: Harness;
beforeAll(async () => {
  [http, socket] = await Promise.all([startHarness({ mode: 'http' }), startHarness({ mode: 'socket' })]);
});
afterAll(async () => {
  await Promise.all([http?.close(), socket?.close()]);
});

function report(label: string, acks: number[], answers: number[]): void {
  const fmt = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return `p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms`;
  };
  console.log(`[slack round-trip] ${label}, ${QUESTIONS} questions: acknowledgement ${fmt(acks)}; answer ${fmt(answers)}`);
}

describe('round-trip time through FakeSlack', () => {
  it('HTTP: signed /relais → 200 ack → answer on response_url', async () => {
    const acks: number[] = [];
    const answers: number[] = [];
    for (let i = 0; i < QUESTIONS; i++) {
      const payload = http.fake.slashCommand({ text: GERS_QUESTION });
      const started = performance.now();
      const result = await http.fake.sendSlashCommand(http.adapter.url as string, SIGNING_SECRET, payload);
      acks.push(performance.now() - started);
      expect(result.status).toBe(200);
      const answer = await waitForNthResponse(http.fake, responseIdOf(payload), 1);
      answers.push(performance.now() - started);
      expect(JSON.stringify(answer.body['blocks'])).toContain(GERS_TITLE);
    }
    report('HTTP', acks, answers);
  });

  it('Socket Mode: slash_commands envelope → ack → answer on response_url', async () => {
    const acks: number[] = [];
    const answers: number[] = [];
    for (let i = 0; i < QUESTIONS; i++) {
      const payload = socket.fake.slashCommand({ text: GERS_QUESTION });
      const started = performance.now();
      await socket.fake.sendSocketEnvelope('slash_commands', payload);
      acks.push(performance.now() - started);
      const answer = await waitForNthResponse(socket.fake, responseIdOf(payload), 1);
      answers.push(performance.now() - started);
      expect(JSON.stringify(answer.body['blocks'])).toContain(GERS_TITLE);
    }
    report('Socket Mode', acks, answers);
  });
});
