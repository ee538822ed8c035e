// The ask command's reply: answer first (no heading, the lead fact with only its answer span
// emphasised, citation with a short title and a written-out date), further facts marked as such, the
// "Lire le passage" action only where the document has no link, and honest misses.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/allCommands.ts';
import { askCommand } from '../../commands/ask.ts';
import type { Locale } from '../../commands/command.ts';
import type { Reply, ReplySection } from '../../commands/reply.ts';
import { RelaisEngine, silentLogger } from '../../src/engine/index.ts';

let engine: RelaisEngine;
beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'relais-ask-'));
  cpSync('docs/screens-corpus', path.join(dir, 'corpus'), { recursive: true });
  engine = await RelaisEngine.open({ corpusDir: path.join(dir, 'corpus'), dataDir: path.join(dir, 'data'), useSnapshot: false });
});

async function ask(question: string, locale: Locale = 'fr'): Promise<Reply> {
  const invoker = { platform: 'terminal' as const, userId: 'u', isAdmin: false };
  const context = { engine, logger: silentLogger, commands: allCommands, progress: async () => {} };
  return askCommand.run({ options: { question }, locale, invoker }, context);
}

type Fact = Extract<ReplySection, { type: 'fact' }>;
const facts = (reply: Reply) => reply.sections.filter((s): s is Fact => s.type === 'fact');
const emphasised = (f: Fact) => f.highlights.map((h) => f.excerpt.slice(h.start, h.end));

describe('ask', () => {
  it('opens with the lead fact, only the answer emphasised, cited by short title and date, with the passage one click away', async () => {
    const reply = await ask("Combien d'écoles la Mayenne raccorde-t-elle à la fibre ?");
    expect(reply.heading).toBe('');
    const [lead] = facts(reply);
    expect(reply.sections[0]).toBe(lead);
    expect(lead!.lead).toBe(true);
    expect(emphasised(lead!)).toEqual(['86']);
    expect(lead!.citation.title.length).toBeLessThanOrEqual(81);
    expect(lead!.citation.title.endsWith('…')).toBe(true);
    expect(lead!.citation.date).toBe('4 octobre 2022');
    expect(reply.actions).toEqual([{ kind: 'read-passage', label: 'Lire le passage', passage: expect.any(String) }]);
  });

  it('writes the date and the button in English for an English question', async () => {
    const reply = await ask('How many rural schools will get fibre in the Mayenne?', 'en');
    expect(facts(reply)[0]?.citation.date).toBe('October 4, 2022');
    expect(reply.actions?.[0]).toMatchObject({ kind: 'read-passage', label: 'Read the passage' });
  });

  it('links a document that has a url, and then offers no button; further facts come after, one per release', async () => {
    const reply = await ask('Quels départements ont ouvert des espaces numériques ?');
    const [lead, ...further] = facts(reply);
    expect(lead!.citation.url).toBe('https://www.example.org/gironde/espaces-numeriques');
    expect(reply.actions).toBeUndefined();
    expect(further.length).toBeGreaterThan(0);
    expect(further.every((f) => f.lead === false)).toBe(true);
    expect(new Set([lead!, ...further].map((f) => f.citation.source)).size).toBe(further.length + 1);
    expect(reply.sections[1]).toEqual({ type: 'context', text: 'Également :' });
  });

  it('says plainly when the corpus does not answer', async () => {
    const reply = await ask('Quel est le budget du plan satellite en Corrèze ?');
    expect(reply.heading).toMatch(/Le corpus ne répond pas/);
    expect(facts(reply)).toEqual([]);
    expect(reply.actions).toBeUndefined();
  });
});
