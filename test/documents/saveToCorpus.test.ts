import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeFileName } from '../../src/documents/safeFileName.ts';
import { saveToCorpus } from '../../src/documents/saveToCorpus.ts';

let corpus: string;
beforeAll(async () => {
  corpus = await mkdtemp(path.join(tmpdir(), 'relais-save-'));
});
afterAll(async () => {
  await rm(corpus, { recursive: true, force: true });
});

describe('saveToCorpus', () => {
  const bytes = Buffer.from("---\ntitle: L'Ariège\n---\n\nLa fibre arrive à Foix.\n");

  it('writes the file whole, leaving no temporary file behind', async () => {
    const name = safeFileName("L'Ariège", 'md', bytes);
    expect(await saveToCorpus(corpus, name, bytes)).toEqual({ file: name, alreadyPresent: false });
    expect(await readFile(path.join(corpus, name))).toEqual(bytes);
    expect(await readdir(corpus)).toEqual([name]);
  });

  it('recognises the same content under another title, and when saved twice at once', async () => {
    const first = safeFileName("L'Ariège", 'md', bytes);
    expect(await saveToCorpus(corpus, safeFileName('Autre titre', 'md', bytes), bytes)).toEqual({ file: first, alreadyPresent: true });
    const other = Buffer.from('Un autre communiqué.');
    const name = safeFileName('autre', 'md', other);
    const results = await Promise.all([saveToCorpus(corpus, name, other), saveToCorpus(corpus, name, other)]);
    expect(results.map((r) => r.alreadyPresent).sort()).toEqual([false, true]);
    expect((await readdir(corpus)).sort()).toEqual([first, name].sort());
  });

  it('recognises a file copied into the corpus by hand (another name, the same bytes)', async () => {
    const release = Buffer.from('Foix, le 12 mars 2024. Le Département ouvre trois tiers-lieux numériques.\n');
    await writeFile(path.join(corpus, '004_ariege-tiers-lieux.txt'), release);
    const before = (await readdir(corpus)).sort();
    const saved = await saveToCorpus(corpus, safeFileName('Tiers-lieux', 'txt', release), release);
    expect(saved).toEqual({ file: '004_ariege-tiers-lieux.txt', alreadyPresent: true });
    expect((await readdir(corpus)).sort()).toEqual(before);
  });

  it('refuses a name that safeFileName did not make', async () => {
    for (const name of ['../evade.md', 'sous/dossier.md', '.cache.md', 'page.html', 'cp.md']) {
      await expect(saveToCorpus(corpus, name, bytes)).rejects.toThrow(/unsafe name/);
    }
  });
});
