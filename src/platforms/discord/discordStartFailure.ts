// Why the Discord bot could not start, as one line naming the setting and what to do: Discord not
// reached (network, DNS, proxy, DISCORD_API_URL) is told apart from Discord refusing DISCORD_TOKEN, and
// from the gateway refusing the intents. The token never appears in the line.
import { errorCode, isUnreachable, StartupError } from '../../startupError.ts';

export class DiscordStartError extends StartupError {
  override readonly name: string = 'DiscordStartError';
}

export function discordStartFailure(error: unknown, apiUrl: string | undefined): DiscordStartError | undefined {
  const e = error as { code?: unknown; status?: unknown; message?: unknown };
  const api = apiUrl ?? 'https://discord.com/api';
  if (e.code === 'TokenInvalid' || e.status === 401 || e.code === 4004) {
    return new DiscordStartError(
      'Discord did not accept DISCORD_TOKEN (401 Unauthorized): copy the bot token from the Developer Portal (your application → Bot → Reset Token) into .env.',
      { cause: error },
    );
  }
  if (e.code === 'DisallowedIntents' || e.code === 4014) {
    return new DiscordStartError(
      'Discord refused the gateway intents (4014): check the bot in the Developer Portal (Bot tab) and DISCORD_TOKEN.',
      { cause: error },
    );
  }
  if (typeof e.status === 'number' && e.status >= 500) {
    return new DiscordStartError(
      `Discord answered HTTP ${e.status} at ${api}: Discord is having trouble (see discordstatus.com) or DISCORD_API_URL is wrong; try again later.`,
      { cause: error },
    );
  }
  if (isUnreachable(error) || e.message === 'Request aborted' || (error instanceof Error && error.name === 'AbortError')) {
    return new DiscordStartError(
      `Discord could not be reached at ${api} (${errorCode(error) ?? 'no answer'}): check the network, a proxy${apiUrl ? ', or DISCORD_API_URL' : ''}; the token was not checked.`,
      { cause: error },
    );
  }
  return undefined;
}
