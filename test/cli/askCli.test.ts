// The `ask --json` contract and the terminal chat, through real processes.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DATABASE_URL, dropSchema } from '../engine/search/postgres/postgresTestDatabase.ts';

function run(args: string[], stdin: string) {
  // LOG_LEVEL unset, as on a fresh clone.
  const env = { ...process.env };
  delete env.LOG_LEVEL;
  return spawnSync(process.execPath, ['--import', 'tsx', ...args], { input: stdin, encoding: 'utf8', timeout: 30_000, env });
}

describe('npm run ask -- --json', () => {
  it('writes one JSON line per input line, blank ones included, and nothing else on stdout', () => {
    const result = run(
      ['src/cli/ask.ts', '--json'],
      'Quand Fort-de-France a-t-elle signé avec Orange ?\n\n   \n?!\nQuelle est la superficie de Lyon ?\n',
    );
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    const [first, blank, spaces, second, third] = lines.map((l) => JSON.parse(l));
    expect(blank).toMatchObject({ question: '', answered: false, results: [], error: expect.any(String) });
    expect(spaces).toMatchObject({ question: '   ', answered: false, results: [] });
    expect(first).toMatchObject({ answered: true });
    expect(first.results[0]).toMatchObject({ source: 'corpus/000_dd735be49553672e.txt', date: '2018-04-06' });
    expect(Object.keys(first.results[0]).sort()).toEqual(['date', 'excerpt', 'score', 'source', 'title']);
    expect(second).toMatchObject({ question: '?!', answered: false, results: [] });
    expect(third).toMatchObject({ answered: false, results: [] });
  });
});

describe.skipIf(!DATABASE_URL)('npm run ask -- --json on PostgreSQL', () => {
  it('exits at the end of its input: neither the pool nor the generation listener keeps it alive', async () => {
    const schema = `t_cli_${process.pid}`;
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', '--json'], {
      input: 'Quand Fort-de-France a-t-elle signé avec Orange ?\n',
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, SEARCH_BACKEND: 'postgres', DATABASE_URL, DATABASE_SCHEMA: schema },
    });
    await dropSchema(schema);
    expect(result.error, 'timed out: something kept the process alive').toBeUndefined();
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout.trim())).toMatchObject({ answered: true });
  });
});

describe('npm start without tokens', () => {
  it('answers each line of a piped input and exits at its end', () => {
    const result = run(['src/main.ts'], 'Qui dirige Gers Numérique ?\nhelp\n');
    expect(result.status).toBe(0);
    // No start-up lines between the person and the answers (issue 14, item 9): the terminal logs at warn.
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Romain Gabrielli');
    expect(result.stdout).toContain('Gers numérique : Philippe Martin');
    expect(result.stdout).toContain('sources');
  });
});
