import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType, InteractionContextType, PermissionFlagsBits } from 'discord.js';
import { allCommands } from '../../../commands/allCommands.ts';
import { silentLogger } from '../../../src/engine/index.ts';
import { buildDiscordCommands } from '../../../src/platforms/discord/discordCommands.ts';
import { deployCommands } from '../../../src/platforms/discord/deployCommands.ts';
import { FakeDiscord } from '../../fakes/fakeDiscord.ts';
import { discordConfig } from './helpers.ts';

describe('buildDiscordCommands', () => {
  const built = buildDiscordCommands();

  it('builds one Discord command per shared command, in order', () => {
    expect(built.map((c) => c.name)).toEqual(allCommands.map((c) => c.name));
  });

  it('English by default, French as localizations; options carry their limits and localizations', () => {
    const ask = built.find((c) => c.name === 'ask')!;
    expect(ask).toMatchObject({
      type: 1,
      name_localizations: { fr: 'question' },
      description: expect.stringMatching(/^Ask the press-release corpus/),
      description_localizations: { fr: expect.stringMatching(/^Pose une question/) },
      default_member_permissions: null,
      contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    });
    expect(ask.options).toEqual([
      {
        type: ApplicationCommandOptionType.String,
        name: 'question',
        description: 'Your question, in French or English',
        description_localizations: { fr: 'Votre question, en français ou en anglais' },
        required: true,
        max_length: 500,
      },
    ]);
    const sources = built.find((c) => c.name === 'sources')!;
    expect(sources.options).toMatchObject([
      { name: 'filter', type: ApplicationCommandOptionType.String, required: false, max_length: 100 },
      { name: 'page', type: ApplicationCommandOptionType.Integer, required: false, min_value: 1 },
    ]);
    expect(built.find((c) => c.name === 'help')).toMatchObject({ name_localizations: { fr: 'aide' } });
  });

  it('reindex needs Manage Server by default and exists in servers only', () => {
    const reindex = built.find((c) => c.name === 'reindex')!;
    expect(reindex.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
    expect(reindex.contexts).toEqual([InteractionContextType.Guild]);
    expect(reindex.name_localizations).toEqual({ fr: 'reindexer' });
  });

  it('stays within Discord limits (names, descriptions of at most 100 characters)', () => {
    for (const c of built) {
      expect(c.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      for (const d of [c.description, ...Object.values(c.description_localizations ?? {})]) expect(d!.length).toBeLessThanOrEqual(100);
    }
  });

  it('refuses a definition Discord would reject', () => {
    const bad = { ...allCommands[0]!, name: 'Ask Me' };
    expect(() => buildDiscordCommands([bad])).toThrow(/not a valid name/);
    const long = { ...allCommands[0]!, description: { fr: 'x'.repeat(101), en: 'ok' } };
    expect(() => buildDiscordCommands([long])).toThrow(/1 to 100 characters/);
  });
});

describe('deployCommands against FakeDiscord', () => {
  let fake: FakeDiscord;
  beforeEach(async () => {
    fake = await FakeDiscord.start();
  });
  afterEach(async () => {
    await fake.stop();
  });

  it('PUTs the commands built from commands/ to the guild when DISCORD_GUILD_ID is set', async () => {
    const result = await deployCommands(discordConfig(fake, { guildId: fake.guildId }), silentLogger);
    const put = fake.requests.find((r) => r.method === 'PUT')!;
    expect(put.path).toBe(`/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
    expect(put.headers.authorization).toBe(`Bot ${fake.token}`);
    expect(put.body).toEqual(JSON.parse(JSON.stringify(buildDiscordCommands())));
    expect(result).toMatchObject({ scope: 'guild', guildId: fake.guildId });
    expect(result.commands.map((c) => c.name)).toEqual([
      'ask',
      'sources',
      'source',
      'add',
      'remove',
      'restore',
      'reindex',
      'stats',
      'help',
    ]);
    const stored = fake.registeredCommands.guilds[fake.guildId]!;
    expect(stored.find((c) => c.name === 'reindex')?.default_member_permissions).toBe('32');
    expect(stored.find((c) => c.name === 'ask')?.name_localizations).toEqual({ fr: 'question' });
    expect(fake.registeredCommands.global).toEqual([]);
  });

  it('PUTs them globally otherwise, and a second deploy overwrites (same ids)', async () => {
    const first = await deployCommands(discordConfig(fake), silentLogger);
    expect(fake.requests.find((r) => r.method === 'PUT')?.path).toBe(`/applications/${fake.applicationId}/commands`);
    expect(first.scope).toBe('global');
    const second = await deployCommands(discordConfig(fake), silentLogger);
    expect(second.commands).toEqual(first.commands);
    expect(fake.registeredCommands.global).toHaveLength(9);
  });

  it('a wrong token fails with Discord’s 401', async () => {
    await expect(deployCommands(discordConfig(fake, { token: 'wrong' }), silentLogger)).rejects.toMatchObject({ status: 401 });
  });
});

describe('the discord:deploy entry (tsx src/cli/deployDiscord.ts)', () => {
  const root = path.resolve(import.meta.dirname, '../../..');
  const script = path.join(root, 'src/cli/deployDiscord.ts');
  const tsx = pathToFileURL(path.join(root, 'node_modules/tsx/dist/loader.mjs')).href;
  // Run from an empty folder so no developer .env leaks in; only the variables given here count.
  const run = async (env: Record<string, string>) => {
    const cwd = await mkdtemp(path.join(tmpdir(), 'relais-deploy-'));
    try {
      return await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          ['--import', tsx, script],
          { cwd, env: { PATH: process.env.PATH ?? '', ...env } },
          (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
        );
      });
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  };

  it('registers on the guild and prints what it registered', async () => {
    const fake = await FakeDiscord.start();
    try {
      const out = await run({
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_GUILD_ID: fake.guildId,
        DISCORD_API_URL: fake.apiUrl,
        LOG_LEVEL: 'silent',
      });
      expect(out.stderr).toBe('');
      expect(out.stdout).toMatch(
        new RegExp(
          `Registered 9 commands on server ${fake.guildId} .*: /ask, /sources, /source, /add, /remove, /restore, /reindex, /stats, /help`,
        ),
      );
      expect(out.code).toBe(0);
      expect(fake.registeredCommands.guilds[fake.guildId]?.map((c) => c.name)).toEqual([
        'ask',
        'sources',
        'source',
        'add',
        'remove',
        'restore',
        'reindex',
        'stats',
        'help',
      ]);
    } finally {
      await fake.stop();
    }
  });

  it('exits non-zero with a clear message when Discord is not configured', async () => {
    const out = await run({});
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/Discord is not configured: set DISCORD_TOKEN and DISCORD_APPLICATION_ID/);
  });
});
