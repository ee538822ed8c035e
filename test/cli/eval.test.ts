// npm run eval over another corpus (CORPUS_DIR or --corpus), through real processes: the answers come
// from that corpus, and the temporary folder the answers went through is removed. The scorer here is a
// stand-in that prints each answer's first source; the questions are this test's own.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let work: string;
let questions: string;
let scorer: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'relais-eval-test-'));
  const corpus = path.join(work, 'autre-corpus');
  mkdirSync(corpus);
  writeFileSync(
    path.join(corpus, 'morbihan.txt'),
    'Le Morbihan accélère la fibre\nLe syndicat du Morbihan a raccordé 8 700 foyers à la fibre optique en 2023.\n',
  );
  questions = path.join(work, 'questions.jsonl');
  writeFileSync(questions, `${JSON.stringify({ question: 'Combien de foyers le Morbihan a-t-il raccordés à la fibre ?' })}\n`);
  scorer = path.join(work, 'scorer.mjs');
  writeFileSync(
    scorer,
    [
      "import { readFileSync } from 'node:fs';",
      "const answers = process.argv[process.argv.indexOf('--answers') + 1];",
      "for (const line of readFileSync(answers, 'utf8').split('\\n').filter(Boolean)) console.log(JSON.parse(line).results[0]?.source ?? 'none');",
    ].join('\n'),
  );
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function evaluate(args: string[], env: Record<string, string> = {}) {
  const temporary = mkdtempSync(path.join(work, 'tmp-'));
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/eval.ts', '--questions', questions, '--scorer', scorer, ...args],
    {
      encoding: 'utf8',
      timeout: 60_000,
      env: { PATH: process.env.PATH ?? '', TMPDIR: temporary, DATA_DIR: path.join(work, 'data'), ...env },
    },
  );
  // tsx keeps its cache there too (tsx-0): only eval's own folders count.
  return { ...result, leftInTmp: readdirSync(temporary).filter((name) => name.startsWith('relais-eval-')) };
}

describe('npm run eval (issue 14, item 9)', () => {
  it('answers from CORPUS_DIR, and removes its temporary folder', () => {
    const result = evaluate([], { CORPUS_DIR: path.join(work, 'autre-corpus') });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe('autre-corpus/morbihan.txt');
    expect(result.stderr).toContain(`relais eval: corpus ${path.join(work, 'autre-corpus')}`);
    expect(result.leftInTmp).toEqual([]);
  });

  it('answers from --corpus', () => {
    const result = evaluate(['--corpus', path.join(work, 'autre-corpus')]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe('autre-corpus/morbihan.txt');
  });
});
