// npm run discord:deploy: registers the shared commands as Discord slash commands, on the test server
// given by DISCORD_GUILD_ID (instant) or globally (every server the bot is in; Discord may take a while
// to show changes). A bulk overwrite: commands no longer defined are removed.
import { ConfigError, loadConfig } from '../config.ts';
import { deployDiscordCommands } from '../compositionRoot.ts';

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
  const { discord } = config;
  if (!discord) {
    process.stderr.write(
      'Discord is not configured: set DISCORD_TOKEN and DISCORD_APPLICATION_ID in .env (see .env.example), and DISCORD_GUILD_ID to register on one test server at once.\n',
    );
    return 1;
  }
  try {
    const result = await deployDiscordCommands({ ...config, discord });
    const where =
      result.scope === 'guild'
        ? `on server ${result.guildId} (available now)`
        : 'globally (Discord may take up to an hour to show them everywhere)';
    process.stdout.write(
      `Registered ${result.commands.length} commands ${where}: ${result.commands.map((c) => `/${c.name}`).join(', ')}\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`Registering the Discord commands failed: ${describeFailure(error)}\n`);
    return 1;
  }
}

/** Discord's refusal and what to do about it. */
function describeFailure(error: unknown): string {
  const e = typeof error === 'object' && error !== null ? error : {};
  const status = 'status' in e ? e.status : undefined;
  const code = 'code' in e ? e.code : undefined;
  const message = 'message' in e && typeof e.message === 'string' ? e.message : String(error);
  const hint =
    status === 401
      ? ' (DISCORD_TOKEN is wrong: copy the bot token from the Developer Portal, Bot tab)'
      : status === 403 || code === 50001
        ? ' (the bot is not in that server, or was invited without the applications.commands scope)'
        : '';
  return `${message}${hint}`;
}

process.exitCode = await main();
