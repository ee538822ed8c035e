// source <file>: a document's card; a file that is not indexed gets a clear message.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/allCommands.ts';
import type { CommandContext } from '../../commands/command.ts';
import { parseCommandText } from '../../commands/parseCommandText.ts';
import { replyAsPlainText } from '../../commands/reply.ts';
import { runCommand } from '../../commands/runCommand.ts';
import { RelaisEngine, silentLogger } from '../../src/engine/index.ts';

let engine: RelaisEngine;
beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'relais-source-'));
  cpSync('docs/screens-corpus', path.join(dir, 'corpus'), { recursive: true });
  engine = await RelaisEngine.open({ corpusDir: path.join(dir, 'corpus'), dataDir: path.join(dir, 'data'), useSnapshot: false });
});

const context = (): CommandContext => ({ engine, logger: silentLogger, commands: allCommands, progress: async () => {} });

async function typed(line: string, locale: 'fr' | 'en' = 'fr') {
  const { command, options } = parseCommandText(line);
  return {
    command: command.name,
    reply: await runCommand(command, { options, locale, invoker: { platform: 'terminal', userId: 'u', isAdmin: false } }, context()),
  };
}

describe('source', () => {
  it("shows the title, date in the reader's language, link and opening lines", async () => {
    const { command, reply } = await typed('source mayenne-ecoles.txt');
    expect(command).toBe('source');
    const text = replyAsPlainText(reply);
    expect(reply.heading).toMatch(/^La Mayenne raccorde ses écoles rurales à la fibre : le Département lance un programme/);
    expect(text).toContain('Fichier : mayenne-ecoles.txt');
    expect(text).toContain('Date : 4 octobre 2022');
    expect(text).toContain('Lien : aucun');
    expect(text).toContain('Début du communiqué');
    expect(text).toContain('Laval, le 4 octobre 2022.');
    const english = (await typed('source mayenne-ecoles.txt', 'en')).reply.sections.flatMap((s) => (s.type === 'list' ? s.items : []));
    expect(english).toContain('Date : October 4, 2022');
    const linked = replyAsPlainText((await typed('source gironde-espaces.md')).reply);
    expect(linked).toContain('Lien : https://www.example.org/gironde/espaces-numeriques');
    expect(linked).toContain('Territoire : Gironde');
  });

  it('a file that is not indexed gets a clear message, and no file at all says how to name one', async () => {
    const { reply } = await typed('source 999_absent.txt');
    expect(reply.ephemeral).toBe(true);
    expect(reply.heading).toMatch(/Aucun communiqué indexé ne s'appelle « 999_absent\.txt »/);
    expect((await typed('source')).reply.heading).toMatch(/Indiquez un fichier/);
  });

  it('a sentence starting with "source" is a question', () => {
    expect(parseCommandText('Source du financement de la fibre ?').command.name).toBe('ask');
    expect(parseCommandText('source fibre').command.name).toBe('ask');
  });
});
