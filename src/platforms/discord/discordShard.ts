// One Discord shard, forked by shardedDiscord.ts's ShardingManager (which sets SHARDS/SHARD_COUNT:
// discord.js's Client reads them). It opens the engine from the snapshot the manager made, then
// runs the same DiscordAdapter as the unsharded bot.
import { loadConfig, secretsOf } from '../../config.ts';
import { openConfiguredEngine } from '../../openEngine.ts';
import { createLogger } from '../../operations/logging.ts';
import { installProcessSafetyNets } from '../../operations/processSafety.ts';
import { QuestionGate } from '../../operations/questionGate.ts';
import { DiscordAdapter } from './discordAdapter.ts';

const config = loadConfig();
// The same redacted logs and fair-use limits as the unsharded bot. Limits are per shard: a server's
// events always reach the same shard (and DMs shard 0), so a user's questions are counted in one place.
const logger = createLogger({ level: config.logLevel, secrets: secretsOf(config) });
installProcessSafetyNets({ logger });
const questions = new QuestionGate({
  logger, rateLimitPerMinute: config.operations.rateLimitPerMinute, maxInFlight: config.operations.maxInFlight,
});
if (!config.discord) {
  logger.error({}, 'discord shard started without DISCORD_TOKEN / DISCORD_APPLICATION_ID');
  process.exit(1);
}
const engine = await openConfiguredEngine(config, logger, { useSnapshot: true });
if (engine.status().loadedFrom !== 'snapshot') {
  logger.warn({}, 'this shard rebuilt the index: the snapshot was missing or out of date');
}
const adapter = await DiscordAdapter.start({ config: config.discord, engine, logger, questions });

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
