// A floor under answer quality on the public eval set: every question goes through the engine and the
// shared scorer. Skipped when ../shared is absent.
import { describe, expect, it } from 'vitest';
import { publicEvalPresent, questionsFile, runEval } from '../fixtures/publicEval.ts';

if (!publicEvalPresent) console.warn(`publicEvalFloor: skipped, ${questionsFile} or the scorer is absent (no ../shared next to the repo)`);

describe.skipIf(!publicEvalPresent)('public eval floor (../shared/eval)', () => {
  it('keeps hit@1 at 95% or more, every unanswerable question refused, the multi-source question answered', async () => {
    const { summary } = await runEval(questionsFile);
    expect(Number(summary.hit1), JSON.stringify(summary)).toBeGreaterThanOrEqual(95);
    expect(Number(summary.rejection), JSON.stringify(summary)).toBeGreaterThanOrEqual(100);
    expect(Number(summary.multi), JSON.stringify(summary)).toBeGreaterThanOrEqual(100);
  }, 60_000);
});
