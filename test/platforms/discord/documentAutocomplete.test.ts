// Discord autocomplete on /sources (titles and territories) and /source (files), through the real
// discord.js against FakeDiscord: the choices come from the indexed documents, filtered by what is typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDiscordCommands } from '../../../src/platforms/discord/discordCommands.ts';
import { type Harness, isCallback, startHarness } from './helpers.ts';

const TERRITORY_FILE = {
  name: '600_gironde_numerique.md',
  text: [
    '---',
    'title: La Gironde ouvre huit espaces numériques',
    'territory: Gironde',
    'date: 2023-09-14',
    '---',
    '',
    'Le Département de la Gironde a ouvert huit espaces numériques dans ses bourgs-centres.',
  ].join('\n'),
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ extraFiles: [TERRITORY_FILE] });
});
afterAll(async () => {
  await h?.stop();
});

type Choice = { name: string; value: string };

async function choices(commandName: string, focused: string, value: string): Promise<Choice[]> {
  const sent = h.fake.autocomplete({ commandName, focused, value });
  const callback = await h.fake.waitForRequest(isCallback(sent.id));
  expect(callback.body.type).toBe(8);
  return callback.body.data.choices as Choice[];
}

describe('autocomplete', () => {
  it('declares autocomplete on the options that name documents', () => {
    const commands = buildDiscordCommands();
    const option = (command: string, name: string) => commands.find((c) => c.name === command)?.options?.find((o) => o.name === name);
    expect(option('sources', 'filter')).toMatchObject({ autocomplete: true });
    expect(option('source', 'file')).toMatchObject({ autocomplete: true });
    expect(option('ask', 'question')).not.toHaveProperty('autocomplete');
  });

  it('/sources suggests territories and titles matching what is typed', async () => {
    const all = await choices('sources', 'filter', '');
    expect(all.length).toBeGreaterThan(5);
    expect(all.length).toBeLessThanOrEqual(25);
    expect(all[0]).toEqual({ name: 'Gironde', value: 'Gironde' });
    for (const c of all) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    const gers = await choices('sources', 'filter', 'gers num');
    expect(gers.map((c) => c.name)).toEqual([expect.stringMatching(/^Gers numérique : Philippe Martin/)]);
    expect(await choices('sources', 'filter', 'zzzz introuvable')).toEqual([]);
  });

  it('/source suggests files, named by their titles', async () => {
    const gironde = await choices('source', 'file', 'gironde');
    expect(gironde).toEqual([
      { name: 'La Gironde ouvre huit espaces numériques · 600_gironde_numerique.md', value: '600_gironde_numerique.md' },
    ]);
  });
});
