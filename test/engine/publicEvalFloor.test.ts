// A floor under answer quality on the public eval set: every question goes through the engine and the
// shared scorer. Skipped when ../shared is absent.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalAvailable, evalDir, runEval } from './evalRunner.ts';

const questionsFile = path.join(evalDir, 'questions.public.jsonl');
const present = evalAvailable(questionsFile);
if (!present) console.warn(`publicEvalFloor: skipped, ${questionsFile} is absent (no ../shared next to the repo)`);

describe.skipIf(!present)('public eval floor (../shared/eval)', () => {
  it('keeps hit@1 at 95% or more, every unanswerable question refused, the multi-source question answered', async () => {
    const { summary } = await runEval(questionsFile);
    expect(Number(summary.hit1), JSON.stringify(summary)).toBeGreaterThanOrEqual(95);
    expect(Number(summary.rejection), JSON.stringify(summary)).toBeGreaterThanOrEqual(100);
    expect(Number(summary.multi), JSON.stringify(summary)).toBeGreaterThanOrEqual(100);
  }, 60_000);
});
