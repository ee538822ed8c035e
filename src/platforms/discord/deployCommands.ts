// `npm run discord:deploy`: registers the shared commands as Discord slash commands, on the test
// server given by DISCORD_GUILD_ID (instant) or globally (every server the bot is in; Discord may
// take a while to show changes). A bulk overwrite: commands no longer defined are removed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REST, Routes, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import { ConfigError, loadConfig, type DiscordConfig } from '../../config.ts';
import { stderrLogger, type Logger } from '../../engine/index.ts';
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

async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  if (!config.discord) {
    process.stderr.write(
      'Discord is not configured: set DISCORD_TOKEN and DISCORD_APPLICATION_ID in .env (see .env.example), and DISCORD_GUILD_ID to register on one test server at once.\n',
    );
    return 1;
  }
  const logger = stderrLogger(config.logLevel);
  try {
    const result = await deployCommands(config.discord, logger);
    const where = result.scope === 'guild'
      ? `on server ${result.guildId} (available now)`
      : 'globally (Discord may take up to an hour to show them everywhere)';
    process.stdout.write(`Registered ${result.commands.length} commands ${where}: ${result.commands.map((c) => `/${c.name}`).join(', ')}\n`);
    return 0;
  } catch (error) {
    const e = error as { status?: number; code?: number; message?: string };
    const hint = e.status === 401
      ? ' (DISCORD_TOKEN is wrong: copy the bot token from the Developer Portal, Bot tab)'
      : e.status === 403 || e.code === 50001
        ? ' (the bot is not in that server, or was invited without the applications.commands scope)'
        : '';
    process.stderr.write(`Registering the Discord commands failed: ${e.message ?? String(error)}${hint}\n`);
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
