// Running Discord sharded (DISCORD_SHARDS=auto or a number): discord.js's own ShardingManager forks
// one process per shard running src/discordShard.ts. This process opened the engine first, so the
// index snapshot in DATA_DIR matches the corpus; every shard then loads that snapshot instead of
// rebuilding the index.
import { REST, Routes, type Shard, ShardingManager, type RESTGetAPIGatewayBotResult, type ShardingManagerOptions } from 'discord.js';
import type { Config, DiscordConfig } from '../../config.ts';
import type { Logger, RelaisEngine } from '../../engine/index.ts';
import { discordStartFailure } from './discordStartFailure.ts';

/**
 * Shards are TypeScript run through tsx: `--import tsx` registers its loader in the child (Node
 * ≥ 20.6). The specifier resolves from the working directory, the project root under `npm start`.
 */
export const SHARD_EXEC_ARGV = ['--import', 'tsx'] as const;

export function shardingManagerOptions(config: DiscordConfig, totalShards: number): ShardingManagerOptions {
  return {
    totalShards,
    mode: 'process',
    token: config.token,
    execArgv: [...SHARD_EXEC_ARGV],
    respawn: true,
  };
}

/**
 * How many shards to run: the number given, or for 'auto' Discord's recommendation from
 * GET /gateway/bot, asked through DISCORD_API_URL when set (discord.js's own helper always asks
 * discord.com).
 */
export async function shardCount(config: DiscordConfig): Promise<number> {
  if (typeof config.shards === 'number') return Math.max(1, config.shards);
  const rest = new REST({ version: '10', ...(config.apiUrl ? { api: config.apiUrl } : {}) }).setToken(config.token);
  try {
    const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
    return Math.max(1, gateway.shards);
  } catch (error) {
    throw discordStartFailure(error, config.apiUrl) ?? error;
  }
}

export interface ShardedDiscord {
  manager: ShardingManager;
  totalShards: number;
  /** Kills every shard process (no respawn). */
  stop(): Promise<void>;
}

export interface ShardedDiscordOptions {
  config: Config;
  logger: Logger;
  /** The engine this process opened with snapshots on: its snapshot is what every shard loads. */
  engine: RelaisEngine;
  /** The shard entry each forked process runs (src/discordShard.ts). */
  shardFile: string;
  /** Pause between two shard spawns. Discord allows one IDENTIFY per 5 s per bucket: default 5,500 ms. */
  spawnDelayMs?: number;
  /** How long a shard may take to become ready. Default 30 s. */
  spawnTimeoutMs?: number;
  /** Each shard as it is created, before its process starts (its IPC: stats, reindexes, metrics). */
  onShard?: (shard: Shard) => void;
}

export async function startShardedDiscord(options: ShardedDiscordOptions): Promise<ShardedDiscord> {
  const { config, logger } = options;
  const discord = config.discord;
  if (!discord) throw new Error('Discord is not configured (DISCORD_TOKEN, DISCORD_APPLICATION_ID)');
  if (discord.shards === 'off') throw new Error('DISCORD_SHARDS is off: start DiscordAdapter directly');

  // The snapshot was built (or checked) once, by the engine opened here, before any shard starts.
  const status = options.engine.status();
  logger.info(
    { documents: status.documents, indexedAt: status.indexedAt, loadedFrom: status.loadedFrom },
    'index snapshot ready for the shards',
  );

  const totalShards = await shardCount(discord);
  const manager = new ShardingManager(options.shardFile, shardingManagerOptions(discord, totalShards));
  manager.on('shardCreate', (shard) => {
    logger.info({ shardId: shard.id, totalShards }, 'discord shard starting');
    options.onShard?.(shard);
    shard.on('death', () => logger.warn({ shardId: shard.id }, 'discord shard process exited'));
  });
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    const exits = [...manager.shards.values()].map((shard) => {
      const child = shard.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise<void>((resolve) => child.once('exit', () => resolve()));
    });
    for (const shard of manager.shards.values()) if (shard.process) shard.kill();
    await Promise.all(exits);
  };
  try {
    await manager.spawn({ amount: totalShards, delay: options.spawnDelayMs ?? 5_500, timeout: options.spawnTimeoutMs ?? 30_000 });
  } catch (error) {
    await stop();
    throw error;
  }
  logger.info({ totalShards }, 'discord shards ready');
  return { manager, totalShards, stop };
}
