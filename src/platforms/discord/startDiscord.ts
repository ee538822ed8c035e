// What `npm start` calls when DISCORD_TOKEN is set: one DiscordAdapter in this process, or with
// DISCORD_SHARDS=auto|N a ShardingManager whose shard processes serve from this engine's snapshot.
import type { QuestionGate } from '../../../commands/command.ts';
import type { CorpusFiles } from '../../../commands/corpusFiles.ts';
import type { Config } from '../../config.ts';
import type { Logger, RelaisEngine } from '../../engine/index.ts';
import { DiscordAdapter } from './discordAdapter.ts';
import { startShardedDiscord } from './shardedDiscord.ts';

export interface RunningDiscord {
  stop(): Promise<void>;
  /** For /healthz: the gateway connection is up (sharded: every shard is ready). */
  isConnected(): boolean;
}

/**
 * `engine` must have been opened with snapshots on (the default) for the shards to reuse its index.
 * `questions` (rate limits, metrics, stats) applies in this process only: shard processes run without it.
 */
export async function startDiscord(config: Config, engine: RelaisEngine, logger: Logger, questions: QuestionGate | undefined,
  shardFile: string, corpusFiles?: CorpusFiles): Promise<RunningDiscord | undefined> {
  const discord = config.discord;
  if (!discord) return undefined;
  if (discord.shards === 'off') {
    return DiscordAdapter.start({ config: discord, engine, logger, ...(questions ? { questions } : {}),
      ...(corpusFiles ? { corpusFiles } : {}) });
  }
  const sharded = await startShardedDiscord({ config, engine, logger, shardFile });
  return {
    stop: () => sharded.stop(),
    isConnected: () => [...sharded.manager.shards.values()].every((shard) => shard.ready),
  };
}
