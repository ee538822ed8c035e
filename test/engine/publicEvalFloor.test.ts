// A floor under answer quality: every question of the public eval set goes through the engine and the
// shared scorer; hit@1, rejection and multi-source must stay at 100%. Skipped when ../shared is absent.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { RelaisEngine } from '../../src/engine/relaisEngine.ts';
import { publicEvalPresent, publicQuestions, questionsFile, scoreEngine } from '../fixtures/publicEval.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
if (!publicEvalPresent) console.warn(`publicEvalFloor: skipped, ${questionsFile} or the scorer is absent (no ../shared next to the repo)`);

let work: string | undefined;
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe.skipIf(!publicEvalPresent)('public eval floor (../shared/eval)', () => {
  it('keeps hit@1, rejection and multi-source at 100%', async () => {
    work = await mkdtemp(path.join(tmpdir(), 'relais-eval-'));
    const engine = await RelaisEngine.open({ corpusDir: path.join(repoRoot, 'corpus'), dataDir: work, useSnapshot: false });
    const questions = await publicQuestions();
    expect(questions.length).toBeGreaterThan(0);

    const stdout = await scoreEngine(engine, path.join(work, 'answers.jsonl'), ['--json']);
    const summary = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, string>;
    expect(summary.questions).toBe(questions.length);
    expect(Number(summary.hit1), JSON.stringify(summary)).toBeGreaterThanOrEqual(100);
    expect(Number(summary.rejection), JSON.stringify(summary)).toBeGreaterThanOrEqual(100);
    expect(Number(summary.multi), JSON.stringify(summary)).toBeGreaterThanOrEqual(100);
  });
});
