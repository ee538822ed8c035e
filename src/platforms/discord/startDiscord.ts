// What `npm start` calls when DISCORD_TOKEN is set: one DiscordAdapter in this process, or with
// DISCORD_SHARDS=auto|N a ShardingManager whose shard processes serve from this engine's snapshot.
import type { Shard } from 'discord.js';
import type { QuestionGate } from '../../../commands/command.ts';
import type { CorpusFiles } from '../../../commands/corpusFiles.ts';
import type { Config } from '../../config.ts';
import type { Conversations } from '../../conversation/conversations.ts';
import type { Logger, RelaisEngine } from '../../engine/index.ts';
import { DiscordAdapter } from './discordAdapter.ts';
import { startShardedDiscord } from './shardedDiscord.ts';

export interface RunningDiscord {
  stop(): Promise<void>;
  /** For /healthz: the gateway connection is up (sharded: every shard is ready). */
  isConnected(): boolean;
}

/** What this process shares with its Discord adapter: fair use and stats, conversations and votes, the corpus folder. */
export interface DiscordShared {
  questions?: QuestionGate;
  conversations?: Conversations;
  corpusFiles?: CorpusFiles;
}

/**
 * `engine` must have been opened with snapshots on (the default) for the shards to reuse its index.
 * `shared` (rate limits, metrics, stats, conversations) applies in this process only: each shard process
 * makes its own, whose stats and metrics reach this one through `onShard` (the composition root's ShardHub).
 */
export async function startDiscord(
  config: Config,
  engine: RelaisEngine,
  logger: Logger,
  shared: DiscordShared,
  shardFile: string,
  onShard?: (shard: Shard) => void,
): Promise<RunningDiscord | undefined> {
  const discord = config.discord;
  if (!discord) return undefined;
  if (discord.shards === 'off') return DiscordAdapter.start({ config: discord, engine, logger, ...shared });
  const sharded = await startShardedDiscord({ config, engine, logger, shardFile, ...(onShard ? { onShard } : {}) });
  return {
    stop: () => sharded.stop(),
    isConnected: () => [...sharded.manager.shards.values()].every((shard) => shard.ready),
  };
}
