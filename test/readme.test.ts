// The README's promises, checked: its JSON command gives JSON lines only on stdout.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '..');
const README = readFileSync(path.join(REPO, 'README.md'), 'utf8');

describe('README', () => {
  it('gives an ask --json command whose stdout is JSON lines only, npm banner included (issue 14, item 9)', () => {
    const command = /`(npm run [^`]*ask -- --json) < questions\.txt`/.exec(README)?.[1];
    expect(command).toBeDefined();
    const stdout = execSync(command!, {
      cwd: REPO,
      input: 'Combien de prises ouvertes à la fibre compte le Gers ?\n\n',
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, LOG_LEVEL: 'warn' },
    });
    const lines = stdout.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
  });
});

describe('README "What happens when…"', () => {
  it('names, for each row, tests that exist', () => {
    const section = README.split('## What happens when…')[1]?.split('\n## ')[0] ?? '';
    const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| what was tried') && !l.startsWith('| ---'));
    expect(rows.length).toBeGreaterThanOrEqual(25);
    for (const row of rows) {
      const cell = row.split(' | ').at(-1) ?? '';
      const named = [...cell.matchAll(/`(test\/[^`]+\.test\.ts)`((?:,? ?“[^”]+”)+)/g)];
      expect(named.length, row).toBeGreaterThan(0);
      for (const [, file, titles] of named) {
        const source = readFileSync(path.join(REPO, file!), 'utf8');
        for (const [, title] of titles!.matchAll(/“([^”]+)”/g)) expect(source, `${file} “${title}”`).toContain(title);
      }
    }
  });
});
