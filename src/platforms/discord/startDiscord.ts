// What `npm start` calls when DISCORD_TOKEN is set: one DiscordAdapter in this process, or with
// DISCORD_SHARDS=auto|N a ShardingManager whose shard processes serve from this engine's snapshot.
import type { Config } from '../../config.ts';
import type { Logger } from '../../engine/logger.ts';
import type { RelaisEngine } from '../../engine/relaisEngine.ts';
import { DiscordAdapter } from './discordAdapter.ts';
import { startShardedDiscord } from './shardedDiscord.ts';

export interface RunningDiscord {
  stop(): Promise<void>;
}

/** `engine` must have been opened with snapshots on (the default) for the shards to reuse its index. */
export async function startDiscord(config: Config, engine: RelaisEngine, logger: Logger): Promise<RunningDiscord | undefined> {
  const discord = config.discord;
  if (!discord) return undefined;
  if (discord.shards === 'off') return DiscordAdapter.start({ config: discord, engine, logger });
  return startShardedDiscord({ config, engine, logger });
}
