// Runs an eval question set through the engine and the shared scorer (../shared/eval/score.mjs), as
// `npm run ask -- --json` would answer it. Shared by the floor tests of the public and dev sets.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { answerToJson } from '../../src/cli/answerJsonLine.ts';
import { RelaisEngine } from '../../src/engine/relaisEngine.ts';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const evalDir = path.resolve(repoRoot, '..', 'shared', 'eval');
export const scorer = path.join(evalDir, 'score.mjs');

export interface EvalSummary {
  questions: number;
  hit1: string;
  hit3: string;
  rejection: string;
  multi: string;
  overall: string;
}

/** Whether the eval files are there (../shared beside the repo); floor tests skip otherwise. */
export function evalAvailable(questionsFile: string): boolean {
  return existsSync(questionsFile) && existsSync(scorer);
}

/** Answers every question over the bundled corpus plus `extraCorpus` (a folder), scores them, returns the summary and the by-kind table. */
export async function runEval(questionsFile: string, extraCorpus?: string): Promise<{ summary: EvalSummary; byKind: string }> {
  const work = await mkdtemp(path.join(tmpdir(), 'relais-eval-'));
  try {
    const corpus = path.join(work, 'corpus');
    await cp(path.join(repoRoot, 'corpus'), corpus, { recursive: true });
    if (extraCorpus) for (const f of await readdir(extraCorpus)) await cp(path.join(extraCorpus, f), path.join(corpus, f));
    const engine = await RelaisEngine.open({ corpusDir: corpus, dataDir: path.join(work, 'data'), useSnapshot: false });
    const questions = (await readFile(questionsFile, 'utf8')).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { question: string });
    const lines: string[] = [];
    for (const { question } of questions) lines.push(JSON.stringify(answerToJson(await engine.ask(question))));
    const answersFile = path.join(work, 'answers.jsonl');
    await writeFile(answersFile, `${lines.join('\n')}\n`);
    const run = (extra: string[]) => promisify(execFile)(process.execPath, [scorer, '--questions', questionsFile, '--answers', answersFile, ...extra]);
    const { stdout } = await run(['--json']);
    const { stdout: byKind } = await run(['--by-kind']);
    return { summary: JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as EvalSummary, byKind };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
