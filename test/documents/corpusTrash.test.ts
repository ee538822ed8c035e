// The trash: files go there and back under the same relative path; only listed files move.
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorpusTrash, listFiles } from '../../src/documents/corpusTrash.ts';

let root: string;
let corpus: string;
let trash: CorpusTrash;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'relais-trash-'));
  corpus = path.join(root, 'corpus');
  await mkdir(path.join(corpus, '2024'), { recursive: true });
  await writeFile(path.join(corpus, '2024', 'note.md'), '# Note');
  await writeFile(path.join(corpus, 'a.txt'), 'A');
  await writeFile(path.join(corpus, '.cache'), 'hidden');
  await writeFile(path.join(root, 'secret.txt'), 'outside');
  trash = new CorpusTrash(corpus, path.join(root, 'data', 'trash'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('CorpusTrash', () => {
  it('lists visible files by relative path', async () => {
    expect(await listFiles(corpus)).toEqual(['2024/note.md', 'a.txt']);
    expect(await trash.list()).toEqual([]);
  });

  it('moves a nested file to the trash and back where it was', async () => {
    await trash.put('2024/note.md');
    expect(await trash.list()).toEqual(['2024/note.md']);
    expect(await readdir(path.join(corpus, '2024'))).toEqual([]);
    await trash.restore('2024/note.md');
    expect(await listFiles(corpus)).toEqual(['2024/note.md', 'a.txt']);
  });

  it('moves nothing it did not list: paths out, hidden files, unknown names', async () => {
    for (const file of ['../secret.txt', '.cache', 'absent.txt', '/etc/hosts']) {
      await expect(trash.put(file)).rejects.toMatchObject({ code: 'not-in-corpus' });
      await expect(trash.restore(file)).rejects.toMatchObject({ code: 'not-in-trash' });
    }
    expect(await readdir(root)).toContain('secret.txt');
  });

  it('does not restore over a file of the same name', async () => {
    await trash.put('a.txt');
    await writeFile(path.join(corpus, 'a.txt'), 'A again');
    await expect(trash.restore('a.txt')).rejects.toMatchObject({ code: 'already-in-corpus' });
    expect(await trash.list()).toEqual(['a.txt']);
  });
});
