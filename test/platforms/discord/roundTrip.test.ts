/**
 * Round-trip time of /ask through FakeDiscord: from INTERACTION_CREATE sent on the gateway to the
 * PATCH of the answer received by the fake (gateway → discord.js → defer callback → engine →
 * render → PATCH), 100 questions one after another. Prints p50/p99; asserts only correctness.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPatchOriginal, startHarness, type Harness } from './helpers.ts';

const QUESTIONS = [
  'Combien de personnes sont mobilisées sur les chantiers de fibre du Gers ?',
  'Combien de prises ouvertes à la fibre compte le Gers ?',
  'Quel partenariat la Manche a-t-elle signé avec Séoul ?',
  'How many people work on the Gers building sites?',
  'Qui a reçu Jérôme Barré ?',
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

describe('/ask round trip through FakeDiscord', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('answers 100 questions; prints p50/p99', async () => {
    // Warm-up (JIT, HTTP keep-alive), not measured.
    for (const question of QUESTIONS) {
      const sent = h.fake.interactionCreate({ commandName: 'ask', options: { question } });
      await h.fake.waitForRequest(isPatchOriginal(sent.token));
    }
    h.fake.clearRequests();
    const times: number[] = [];
    for (let i = 0; i < 100; i++) {
      const question = QUESTIONS[i % QUESTIONS.length]!;
      const started = performance.now();
      const sent = h.fake.interactionCreate({ commandName: 'ask', options: { question } });
      const patch = await h.fake.waitForRequest(isPatchOriginal(sent.token));
      times.push(performance.now() - started);
      expect(patch.status).toBe(200);
      expect(patch.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
      expect(patch.body.content.length + (patch.body.embeds?.length ?? 0)).toBeGreaterThan(0);
      if (i % QUESTIONS.length === 0) expect(patch.body.embeds[0].description).toMatch(/\*\*163\*\* personnes/);
      h.fake.clearRequests();
    }
    const sorted = [...times].sort((a, b) => a - b);
    const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
    // Slow ones are @discordjs/rest's client-side global limit (50 requests/s; each /ask makes two).
    const slow = times.filter((t) => t > 100).length;
    console.log(
      `[discord] /ask round trip over ${times.length} questions: p50 ${fmt(percentile(sorted, 50))}, p99 ${fmt(percentile(sorted, 99))}, max ${fmt(sorted.at(-1)!)}; ${slow} over 100 ms`,
    );
    expect(times).toHaveLength(100);
  });
});
