// sources <words>: titles, territories, tags and the text itself; each line with title, French date,
// format and link.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/allCommands.ts';
import { documentFormat } from '../../commands/documentLine.ts';
import { replyAsPlainText } from '../../commands/reply.ts';
import { runCommand } from '../../commands/runCommand.ts';
import { sourcesCommand } from '../../commands/sources.ts';
import { RelaisEngine, silentLogger } from '../../src/engine/index.ts';

let root: string;
let engine: RelaisEngine;

const RELEASES: Record<string, string> = {
  'vosges-reseau.md': [
    '---',
    'title: Les Vosges achèvent leur réseau public',
    'date: 2023-03-01',
    'url: https://www.vosges.example/presse/reseau',
    'territory: Vosges',
    'tags: [très haut débit]',
    '---',
    '',
    'Le département annonce la fin des travaux de son réseau public.',
    '',
    'Plus de 98 000 foyers sont désormais raccordables à la fibre, annonce le président du conseil départemental.',
  ].join('\n'),
  'lozere-inclusion.txt': [
    'Lozère : des médiateurs numériques dans chaque canton',
    '',
    'Mende, le 14 novembre 2022. Le conseil départemental recrute douze médiateurs pour accompagner les habitants, avec le réseau des bibliothèques.',
  ].join('\n'),
};

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'relais-sources-'));
  const corpusDir = path.join(root, 'corpus');
  await import('node:fs/promises').then((fs) => fs.mkdir(corpusDir));
  for (const [name, text] of Object.entries(RELEASES)) await writeFile(path.join(corpusDir, name), text);
  engine = await RelaisEngine.open({ corpusDir, dataDir: path.join(root, 'data'), useSnapshot: false });
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function sources(filter: string, locale: 'fr' | 'en' = 'fr'): Promise<string> {
  const reply = await runCommand(
    sourcesCommand,
    { options: { filter }, locale, invoker: { platform: 'terminal', userId: 'u', isAdmin: false } },
    { engine, logger: silentLogger, commands: allCommands, progress: async () => undefined },
  );
  return replyAsPlainText(reply);
}

describe('sources <words>', () => {
  it('finds a document by a word only its text uses, in any inflection', async () => {
    const text = await sources('fibres');
    expect(text).toContain('Les Vosges achèvent leur réseau public');
    expect(text).not.toContain('Lozère');
  });

  it('finds by territory, tag and title, and needs every word', async () => {
    expect(await sources('Vosges')).toContain('Les Vosges');
    expect(await sources('débit')).toContain('Les Vosges');
    expect(await sources('médiateurs')).toContain('Lozère');
    expect(await sources('médiateurs fibre')).toMatch(/Aucun communiqué/);
  });

  it('lists documents named in their title before those whose text only uses the word', async () => {
    const lines = (await sources('réseau')).split('\n');
    expect(lines[0]).toMatch(/^2 communiqué/);
    expect(lines[1]).toContain('Les Vosges');
    expect(lines[2]).toContain('Lozère');
  });

  it('shows title, date in French, format and link (or file)', async () => {
    const vosges = await sources('Vosges');
    expect(vosges).toContain(
      'Les Vosges achèvent leur réseau public — 1er mars 2023 — Markdown — https://www.vosges.example/presse/reseau',
    );
    const lozere = await sources('Lozère');
    expect(lozere).toContain(
      'Lozère : des médiateurs numériques dans chaque canton — 14 novembre 2022 — texte — corpus/lozere-inclusion.txt',
    );
    expect(await sources('Vosges', 'en')).toContain('March 1, 2023 — Markdown');
  });
});

describe('documentLine', () => {
  it('names each format the corpus reads', () => {
    expect(['a.pdf', 'a.docx', 'a.odt', 'a.html', 'a.md', 'a.txt'].map((f) => documentFormat(f, 'fr'))).toEqual([
      'PDF',
      'Word',
      'OpenDocument',
      'HTML',
      'Markdown',
      'texte',
    ]);
  });
});
