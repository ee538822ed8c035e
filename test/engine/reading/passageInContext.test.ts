// RelaisEngine.readPassage and readDocument over a small corpus written here: the paragraph around a
// cited passage (not across a heading), found again after its document changed elsewhere, and gone
// once its sentence is; a document's card by its file name.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RelaisEngine } from '../../../src/engine/index.ts';

const RELEASE = `La Mayenne raccorde ses écoles rurales

Laval, le 4 octobre 2022. Le Département de la Mayenne a lancé le raccordement de ses écoles rurales.

Un calendrier en trois étapes

Les premières écoles seront raccordées en janvier. Au total, 86 écoles rurales recevront la fibre d'ici l'été. Le chantier est financé à parts égales par le Département et l'État. Les travaux commenceront par le bocage.
`;

let root: string;
let corpusDir: string;
let engine: RelaisEngine;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'relais-reading-'));
  corpusDir = path.join(root, 'corpus');
  await mkdir(corpusDir);
  await writeFile(path.join(corpusDir, '010_mayenne.txt'), RELEASE);
  engine = await RelaisEngine.open({ corpusDir, dataDir: path.join(root, 'data'), useSnapshot: false });
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function citedPassage(): Promise<string> {
  const answer = await engine.ask("Combien d'écoles rurales recevront la fibre en Mayenne ?");
  expect(answer.answered).toBe(true);
  return answer.facts[0]!.passage!;
}

describe('readPassage', () => {
  it('gives the cited sentence with its neighbours, not across the heading above', async () => {
    const found = await engine.readPassage(await citedPassage());
    expect(found?.document.file).toBe('010_mayenne.txt');
    expect(found!.text.slice(found!.passage.start, found!.passage.end)).toBe("Au total, 86 écoles rurales recevront la fibre d'ici l'été.");
    expect(found!.text).toContain('Les premières écoles seront raccordées en janvier.');
    expect(found!.text).toContain('Le chantier est financé');
    expect(found!.text).not.toContain('Un calendrier en trois étapes');
  });

  it('finds the sentence again after the document changed around it, and says undefined once it is gone', async () => {
    const reference = await citedPassage();
    await writeFile(path.join(corpusDir, '010_mayenne.txt'), RELEASE.replace('Laval', 'Intro ajoutée.\n\nLaval'));
    await engine.reindex();
    expect((await engine.readPassage(reference))?.text).toContain('86 écoles rurales');
    await writeFile(path.join(corpusDir, '010_mayenne.txt'), RELEASE.replace('86 écoles', '90 écoles'));
    await engine.reindex();
    expect(await engine.readPassage(reference)).toBeUndefined();
    await writeFile(path.join(corpusDir, '010_mayenne.txt'), RELEASE);
    await engine.reindex();
  });

  it('says undefined for a reference that names nothing', async () => {
    expect(await engine.readPassage('n-importe-quoi')).toBeUndefined();
    expect(await engine.readPassage('AAAAAAAAAA.1.BBBBBBBB')).toBeUndefined();
  });
});

describe('readDocument', () => {
  it('finds a document by its file, with or without the folder or extension, and gives its opening', async () => {
    for (const name of ['010_mayenne.txt', 'corpus/010_mayenne.txt', '010_MAYENNE.TXT', '010_mayenne']) {
      const found = await engine.readDocument(name);
      expect(found?.document.title).toBe('La Mayenne raccorde ses écoles rurales');
    }
    const found = await engine.readDocument('010_mayenne.txt');
    expect(found!.opening[0]).toContain('Laval');
    expect(found!.opening.join(' ').length).toBeLessThanOrEqual(600);
    expect(await engine.readDocument('999_absent.txt')).toBeUndefined();
    expect(await engine.readDocument('')).toBeUndefined();
  });
});
