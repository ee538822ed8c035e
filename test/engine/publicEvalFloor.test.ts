// A floor under answer quality: every question of the public eval set goes through the engine and the
// shared scorer; hit@1, rejection and multi-source must stay at 100%. Skipped when ../shared is absent.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { RelaisEngine } from '../../src/engine/relaisEngine.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const evalDir = path.resolve(repoRoot, '..', 'shared', 'eval');
const questionsFile = path.join(evalDir, 'questions.public.jsonl');
const scorer = path.join(evalDir, 'score.mjs');
const present = existsSync(questionsFile) && existsSync(scorer);
if (!present) console.warn(`publicEvalFloor: skipped, ${questionsFile} or ${scorer} is absent (no ../shared next to the repo)`);

let work: string | undefined;
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe.skipIf(!present)('public eval floor (../shared/eval)', () => {
  it('keeps hit@1, rejection and multi-source at 100%', async () => {
    work = await mkdtemp(path.join(tmpdir(), 'relais-eval-'));
    const engine = await RelaisEngine.open({ corpusDir: path.join(repoRoot, 'corpus'), dataDir: work, useSnapshot: false });
    const questions = (await readFile(questionsFile, 'utf8'))
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { question: string });
    expect(questions.length).toBeGreaterThan(0);

    const lines: string[] = [];
    for (const { question } of questions) {
      const answer = await engine.ask(question);
      lines.push(JSON.stringify({
        question,
        answered: answer.answered,
        results: answer.facts.map((f) => ({ source: f.source, title: f.title, date: f.date, excerpt: f.excerpt, score: f.score })),
      }));
    }
    const answersFile = path.join(work, 'answers.jsonl');
    await writeFile(answersFile, `${lines.join('\n')}\n`);

    const { stdout } = await promisify(execFile)(process.execPath, [scorer, '--questions', questionsFile, '--answers', answersFile, '--json']);
    const summary = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, string>;
    expect(summary.questions).toBe(questions.length);
    expect(Number(summary.hit1), JSON.stringify(summary)).toBeGreaterThanOrEqual(100);
    expect(Number(summary.rejection), JSON.stringify(summary)).toBeGreaterThanOrEqual(100);
    expect(Number(summary.multi), JSON.stringify(summary)).toBeGreaterThanOrEqual(100);
  });
});
