import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { allCommands, findCommand } from '../../commands/allCommands.ts';
import { type CommandContext, type CommandInput, needsAdmin } from '../../commands/command.ts';
import { parseCommandText } from '../../commands/parseCommandText.ts';
import { replyAsPlainText, type Reply } from '../../commands/reply.ts';
import { runCommand } from '../../commands/runCommand.ts';
import { summaryReply } from '../../commands/reindex.ts';
import { RelaisEngine, silentLogger } from '../../src/engine/index.ts';

let engine: RelaisEngine;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'relais-commands-'));
  cpSync('corpus', path.join(dir, 'corpus'), { recursive: true });
  engine = await RelaisEngine.open({ corpusDir: path.join(dir, 'corpus'), dataDir: path.join(dir, 'data'), useSnapshot: false });
});

function input(options: CommandInput['options'], isAdmin = false, locale: 'fr' | 'en' = 'fr'): CommandInput {
  return { options, locale, invoker: { platform: 'terminal', userId: 'u1', isAdmin } };
}

function context(progress: (r: Reply) => Promise<void> = async () => {}): CommandContext {
  return { engine, logger: silentLogger, commands: allCommands, progress };
}

describe('command definitions', () => {
  it('define each command once, with French and English descriptions', () => {
    const names = allCommands.map((c) => c.name);
    expect(names).toEqual(['ask', 'sources', 'source', 'add', 'remove', 'restore', 'reindex', 'stats', 'help']);
    for (const c of allCommands) {
      expect(c.description.fr.length).toBeGreaterThan(10);
      expect(c.description.en.length).toBeGreaterThan(10);
      expect(c.name).toMatch(/^[a-z]+$/);
    }
    expect(allCommands.filter(needsAdmin).map((c) => c.name)).toEqual(['add', 'remove', 'restore', 'reindex', 'stats']);
  });

  it('are found by their French names too', () => {
    expect(findCommand('aide')?.name).toBe('help');
    expect(findCommand('REINDEX')?.name).toBe('reindex');
  });
});

describe('parseCommandText', () => {
  it.each([
    ['Qui est maire à Fort-de-France ?', 'ask', { question: 'Qui est maire à Fort-de-France ?' }],
    ['ask Combien de salariés ?', 'ask', { question: 'Combien de salariés ?' }],
    ['sources', 'sources', { filter: undefined, page: undefined }],
    ['sources fibre optique 2', 'sources', { filter: 'fibre optique', page: 2 }],
    ['reindex', 'reindex', {}],
    ['aide', 'help', {}],
    // Issue 14, item 4: a bare command word, or the word and its own arguments, is a command...
    ['Aide ?', 'help', {}],
    ['stats', 'stats', {}],
    ['sources 2', 'sources', { filter: undefined, page: 2 }],
    ['sources fibre', 'sources', { filter: 'fibre', page: undefined }],
    ["sources Côtes-d'Armor 3", 'sources', { filter: "Côtes-d'Armor", page: 3 }],
    ['sources 2019', 'sources', { filter: '2019', page: undefined }],
    ['ask', 'ask', { question: '' }],
    // ...anything phrased as a question is a question.
    ["Aide de l'État pour la fibre dans le Gers ?", 'ask', { question: "Aide de l'État pour la fibre dans le Gers ?" }],
    ['Sources de financement du très haut débit', 'ask', { question: 'Sources de financement du très haut débit' }],
    ['Sources fibre Gers ?', 'ask', { question: 'Sources fibre Gers ?' }],
    ['sources fibre optique Gers', 'ask', { question: 'sources fibre optique Gers' }],
    ["sources d'énergie", 'ask', { question: "sources d'énergie" }],
    ['Stats fibre Gers', 'ask', { question: 'Stats fibre Gers' }],
    ['Reindex the corpus please', 'ask', { question: 'Reindex the corpus please' }],
    ['Help for digital inclusion in Roubaix?', 'ask', { question: 'Help for digital inclusion in Roubaix?' }],
  ])('%s → %s', (text, name, options) => {
    const parsed = parseCommandText(text);
    expect(parsed.command.name).toBe(name);
    expect(parsed.options).toEqual(options);
  });
});

describe('runCommand', () => {
  it('ask returns cited facts', async () => {
    const reply = await runCommand(
      findCommand('ask')!,
      input({ question: 'Combien de prises ouvertes à la fibre compte le Gers ?' }),
      context(),
    );
    const fact = reply.sections.find((s) => s.type === 'fact');
    expect(fact).toMatchObject({ type: 'fact', citation: { source: 'corpus/002_dc55de66c2507726.txt' } });
    expect(replyAsPlainText(reply)).toContain('13.000 prises');
  });

  it("ask says plainly when the corpus does not answer, in the question's language", async () => {
    const reply = await runCommand(
      findCommand('ask')!,
      input({ question: 'Who won the 2018 football world cup in Lyon?' }, false, 'en'),
      context(),
    );
    expect(reply.heading).toMatch(/corpus doesn't answer/);
    expect(reply.sections.some((s) => s.type === 'fact')).toBe(false);
  });

  it('ask turns an empty question into an ephemeral explanation, not an error', async () => {
    const reply = await runCommand(findCommand('ask')!, input({ question: ' ?!… ' }), context());
    expect(reply.ephemeral).toBe(true);
    expect(reply.heading).toMatch(/Posez une question/);
  });

  it('sources filters by a word and pages', async () => {
    const reply = await runCommand(findCommand('sources')!, input({ filter: 'fibre' }), context());
    expect(replyAsPlainText(reply)).toContain('Paris incube la fibre optique');
    // The Gers release says fibre in its text only.
    expect(replyAsPlainText(reply)).toContain('Gers numérique');
    expect(replyAsPlainText(reply)).not.toContain('Fort-de-France');
    const none = await runCommand(findCommand('sources')!, input({ filter: 'zzzz' }), context());
    expect(none.heading).toMatch(/Aucun communiqué/);
  });

  it('reindex is refused to non-admins and changes nothing', async () => {
    const before = engine.status().indexedAt;
    const spy = vi.spyOn(engine, 'reindex');
    const reply = await runCommand(findCommand('reindex')!, input({}, false), context());
    expect(reply.ephemeral).toBe(true);
    expect(reply.heading).toMatch(/administrateurs/);
    expect(spy).not.toHaveBeenCalled();
    expect(engine.status().indexedAt).toBe(before);
    spy.mockRestore();
  });

  it('reindex by an admin says it started, then gives the summary', async () => {
    const progress: Reply[] = [];
    const reply = await runCommand(
      findCommand('reindex')!,
      input({}, true, 'en'),
      context(async (r) => {
        progress.push(r);
      }),
    );
    expect(progress[0]?.heading).toMatch(/started/);
    expect(reply.heading).toMatch(/Reindex done .* 5 documents/);
  });

  it('two admins reindexing at once: the second hears that one is already running (issue 14, item 9)', async () => {
    const headings: string[] = [];
    // Sending "started" takes a moment, as it does on Slack or Discord.
    const progress = async (r: Reply) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      headings.push(r.heading);
    };
    const [first, second] = await Promise.all([
      runCommand(findCommand('reindex')!, input({}, true), context(progress)),
      runCommand(findCommand('reindex')!, input({}, true), context(progress)),
    ]);
    expect(headings.sort()).toEqual(['Réindexation lancée…', 'Une réindexation est déjà en cours ; vous en aurez le bilan.']);
    expect(first.heading).toMatch(/Réindexation terminée/);
    expect(second.heading).toBe(first.heading);
  });

  it('a reindex summary names at most ten files per list and counts the rest (issue 14, item 9)', () => {
    const files = Array.from({ length: 2000 }, (_, i) => `communiques/2024/${String(i).padStart(4, '0')}_fibre-et-inclusion-numerique.md`);
    const reply = summaryReply(
      { added: files, changed: [], removed: [], skipped: [], documents: 2000, passages: 41_000, durationMs: 12_345 },
      'fr',
    );
    const [added = ''] = (reply.sections[0] as { items: string[] }).items;
    expect(added).toMatch(/^Ajoutés \(2000\) : communiques\/2024\/0000_.*0009_fibre-et-inclusion-numerique\.md et 1\s990 autres$/u);
    expect(added.length).toBeLessThan(1000);
  });

  it("a reindex summary gives skip reasons in the admin's language (issue 14, item 9)", () => {
    const skipped = [
      { file: 'photo.txt', reason: 'binary content', reasonFr: 'contenu binaire' },
      { file: 'ancien.txt', reason: 'empty' },
    ];
    const summary = { added: [], changed: [], removed: [], skipped, documents: 5, passages: 90, durationMs: 800 };
    expect(replyAsPlainText(summaryReply(summary, 'fr'))).toContain('Ignorés (2) : photo.txt (contenu binaire), ancien.txt (empty)');
    expect(replyAsPlainText(summaryReply(summary, 'en'))).toContain('Skipped (2) : photo.txt (binary content), ancien.txt (empty)');
  });

  it('help lists every command an admin may run, and what Relais knows', async () => {
    const reply = await runCommand(findCommand('help')!, input({}, true, 'en'), context());
    const text = replyAsPlainText(reply);
    for (const c of allCommands.filter((c) => c.name !== 'ask')) expect(text).toContain(c.name);
    expect(text).toContain('5 press releases');
  });

  it('a bug in a handler becomes a reported error id, never its message', async () => {
    const broken = {
      ...findCommand('help')!,
      run: async () => {
        throw new Error('token xoxb-secret leaked');
      },
    };
    const errors: object[] = [];
    const logger = {
      ...silentLogger,
      error: (d: object) => {
        errors.push(d);
      },
    };
    const reply = await runCommand(broken, input({}), { ...context(), logger });
    expect(reply.ephemeral).toBe(true);
    expect(reply.heading).toMatch(/réf\. [0-9a-f]{8}/);
    expect(reply.heading).not.toContain('xoxb');
    expect(errors).toHaveLength(1);
  });
});
