// Registers the shared commands as Discord slash commands (npm run discord:deploy, src/cli/deployDiscord.ts),
// on the test server given by DISCORD_GUILD_ID (instant) or globally (every server the bot is in;
// Discord may take a while to show changes). A bulk overwrite: commands no longer defined are removed.
import { REST, Routes, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import type { DiscordConfig } from '../../config.ts';
import type { Logger } from '../../engine/index.ts';
import { buildDiscordCommands } from './discordCommands.ts';

export interface DeployResult {
  scope: 'guild' | 'global';
  guildId?: string;
  /** The registered commands as Discord returned them: name and id. */
  commands: { name: string; id: string }[];
}

export async function deployCommands(config: DiscordConfig, logger: Logger): Promise<DeployResult> {
  const rest = new REST({ version: '10', ...(config.apiUrl ? { api: config.apiUrl } : {}) }).setToken(config.token);
  const body = buildDiscordCommands();
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  logger.info({ commands: body.map((c) => c.name), guildId: config.guildId ?? null }, 'registering Discord commands');
  const registered = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
  return {
    scope: config.guildId ? 'guild' : 'global',
    ...(config.guildId ? { guildId: config.guildId } : {}),
    commands: registered.map((c) => ({ name: c.name, id: c.id })),
  };
}
