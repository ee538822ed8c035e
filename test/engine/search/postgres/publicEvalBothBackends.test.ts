// Everything above the search backend is shared, so the public eval gives the same line whether the
// index lives in the process (compact) or in PostgreSQL — and that line keeps the floor of
// publicEvalFloor.test.ts. Skipped without DATABASE_URL or without ../shared.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { RelaisEngine } from '../../../../src/engine/relaisEngine.ts';
import { DATABASE_URL, dropSchema, freshSchema, skipMessage } from './postgresTestDatabase.ts';

skipMessage('publicEvalBothBackends.test');
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const evalDir = path.resolve(repoRoot, '..', 'shared', 'eval');
const questionsFile = path.join(evalDir, 'questions.public.jsonl');
const scorer = path.join(evalDir, 'score.mjs');
const present = existsSync(questionsFile) && existsSync(scorer);
const schema = freshSchema('eval');
let work: string | undefined;
let engines: RelaisEngine[] = [];

afterAll(async () => {
  await Promise.all(engines.map((e) => e.close()));
  if (work) await rm(work, { recursive: true, force: true });
  await dropSchema(schema);
});

/** The scorer's summary for one engine's answers to the public questions, and the answers themselves. */
async function evaluate(engine: RelaisEngine, name: string): Promise<{ summary: Record<string, unknown>; lines: string[] }> {
  const questions = (await readFile(questionsFile, 'utf8'))
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { question: string });
  const lines: string[] = [];
  for (const { question } of questions) {
    const answer = await engine.ask(question);
    lines.push(
      JSON.stringify({
        question,
        answered: answer.answered,
        results: answer.facts.map((f) => ({ source: f.source, title: f.title, date: f.date, excerpt: f.excerpt, score: f.score })),
      }),
    );
  }
  const answersFile = path.join(work!, `answers-${name}.jsonl`);
  await writeFile(answersFile, `${lines.join('\n')}\n`);
  const { stdout } = await promisify(execFile)(process.execPath, [
    scorer,
    '--questions',
    questionsFile,
    '--answers',
    answersFile,
    '--json',
  ]);
  return { summary: JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>, lines };
}

describe.skipIf(!DATABASE_URL || !present)('public eval on both backends', () => {
  it('gives the same line on compact and on PostgreSQL', async () => {
    work = await mkdtemp(path.join(tmpdir(), 'relais-eval-pg-'));
    const corpusDir = path.join(repoRoot, 'corpus');
    const compact = await RelaisEngine.open({ corpusDir, dataDir: work, useSnapshot: false });
    const postgres = await RelaisEngine.open({
      corpusDir,
      dataDir: work,
      backend: 'postgres',
      postgres: { connectionString: DATABASE_URL!, schema },
    });
    engines = [postgres];
    expect(postgres.status()).toMatchObject({ documents: 5, passages: compact.status().passages, loadedFrom: 'build' });

    const onCompact = await evaluate(compact, 'compact');
    const onPostgres = await evaluate(postgres, 'postgres');
    expect(onPostgres.summary).toEqual(onCompact.summary);
    expect(onPostgres.lines.length).toBe(onCompact.lines.length);
    expect(Number(onPostgres.summary.hit1)).toBeGreaterThanOrEqual(95);
    expect(Number(onPostgres.summary.rejection)).toBeGreaterThanOrEqual(100);
  }, 60_000);
});
