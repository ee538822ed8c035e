// One Discord shard, forked by shardedDiscord.ts's ShardingManager (which sets SHARDS/SHARD_COUNT:
// discord.js's Client reads them). It opens the engine from the snapshot the manager made, then
// runs the same DiscordAdapter as the unsharded bot.
import { loadConfig, searchEngineOptions } from '../../config.ts';
import { stderrLogger } from '../../engine/logger.ts';
import { RelaisEngine } from '../../engine/relaisEngine.ts';
import { DiscordAdapter } from './discordAdapter.ts';

const config = loadConfig();
const logger = stderrLogger(config.logLevel);
if (!config.discord) {
  logger.error({}, 'discord shard started without DISCORD_TOKEN / DISCORD_APPLICATION_ID');
  process.exit(1);
}
const engine = await RelaisEngine.open({
  corpusDir: config.corpusDir, dataDir: config.dataDir, maxFileBytes: config.maxFileBytes,
  maxQuestionLength: config.maxQuestionLength, logger, useSnapshot: true, ...searchEngineOptions(config),
});
if (engine.status().loadedFrom !== 'snapshot') {
  logger.warn({}, 'this shard rebuilt the index: the snapshot was missing or out of date');
}
const adapter = await DiscordAdapter.start({ config: config.discord, engine, logger });

let stopping = false;
const shutdown = async (): Promise<void> => {
  if (stopping) return;
  stopping = true;
  await adapter.stop().catch(() => undefined);
  process.exit(0);
};
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
// The manager is gone: do not linger as an orphan.
process.on('disconnect', () => void shutdown());
