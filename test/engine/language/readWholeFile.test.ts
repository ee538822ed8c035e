// One request for the whole file: the same bytes as fs.readFileSync, empty files included.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWholeFile } from '../../../src/engine/language/readWholeFile.ts';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'relais-read-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('readWholeFile', () => {
  it('reads a file of several megabytes as readFileSync does', async () => {
    const file = path.join(work, 'table.tsv');
    await writeFile(file, Buffer.from(Array.from({ length: 200_000 }, (_, i) => `mot${i}\tsens ${i}`).join('\n')));
    expect((await readWholeFile(file)).equals(readFileSync(file))).toBe(true);
  });

  it('reads an empty file', async () => {
    const file = path.join(work, 'empty.tsv');
    await writeFile(file, '');
    expect((await readWholeFile(file)).length).toBe(0);
  });

  it('rejects for a missing file', async () => {
    await expect(readWholeFile(path.join(work, 'missing.tsv'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
