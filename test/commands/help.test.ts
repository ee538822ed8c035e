// help says how to ask where it is read: per platform, in the reader's language, with example questions
// made from the corpus's own titles (and answered by it), admin commands for admins only.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/allCommands.ts';
import type { CommandContext, Invoker, Locale } from '../../commands/command.ts';
import { helpCommand } from '../../commands/help.ts';
import { replyAsPlainText } from '../../commands/reply.ts';
import { detectLocale, RelaisEngine, silentLogger } from '../../src/engine/index.ts';

let engine: RelaisEngine;
beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'relais-help-'));
  cpSync('corpus', path.join(dir, 'corpus'), { recursive: true });
  engine = await RelaisEngine.open({ corpusDir: path.join(dir, 'corpus'), dataDir: path.join(dir, 'data'), useSnapshot: false });
});

const context = (): CommandContext => ({ engine, logger: silentLogger, commands: allCommands, progress: async () => {} });

async function help(platform: Invoker['platform'], locale: Locale, isAdmin = false): Promise<string> {
  const reply = await helpCommand.run({ options: {}, locale, invoker: { platform, userId: 'u', isAdmin } }, context());
  expect(reply.ephemeral).toBe(true);
  return replyAsPlainText(reply);
}

describe('help', () => {
  it('on Slack: /relais, a mention and a DM, with sub-commands under /relais, in French for French readers', async () => {
    const text = await help('slack', 'fr');
    expect(text).toContain('/relais <votre question>');
    expect(text).toContain('@Relais');
    expect(text).toContain('message privé');
    expect(text).toContain('/relais sources [filtre] [page]');
    expect(text).toContain('/relais source <fichier>');
    expect(text).toContain('/relais aide');
    expect(text).not.toMatch(/\bask <question>/);
  });

  it("on Discord: the command names the reader's client shows (/question, /aide in French; /ask, /help in English)", async () => {
    const fr = await help('discord', 'fr');
    expect(fr).toContain('/question <question>');
    expect(fr).toContain('/aide');
    expect(fr).not.toContain('/ask');
    const en = await help('discord', 'en');
    expect(en).toContain('/ask <question>');
    expect(en).toContain('/help');
    expect(en).toContain('a direct message to Relais');
    expect(en).not.toContain('Posez');
  });

  it('lists admin commands to admins only', async () => {
    expect(await help('slack', 'fr')).not.toMatch(/reindexer|statistiques/);
    const admin = await help('slack', 'fr', true);
    expect(admin).toContain('/relais reindexer');
    expect(admin).toContain('/relais statistiques');
    expect(await help('discord', 'en', true)).toContain('/reindex');
  });

  it("gives example questions made from the corpus's titles, which the corpus answers", async () => {
    for (const locale of ['fr', 'en'] as const) {
      const reply = await helpCommand.run(
        { options: {}, locale, invoker: { platform: 'terminal', userId: 'u', isAdmin: false } },
        context(),
      );
      const examples = reply.sections.flatMap((s, i) =>
        s.type === 'list' && reply.sections[i - 1]?.type === 'text' && i === 3 ? s.items : [],
      );
      expect(examples).toHaveLength(2);
      const titles = engine.documents().map((d) => d.title);
      for (const question of examples) {
        expect(titles.some((t) => question.includes(t.slice(0, 20)))).toBe(true);
        const answer = await engine.ask(question, { locale: detectLocale(question) });
        expect(answer.answered).toBe(true);
      }
    }
  });
});
