// One Discord shard process, forked by the ShardingManager (which sets SHARDS/SHARD_COUNT: discord.js's
// Client reads them). Put together by the composition root, like every other entry.
import { loadConfig } from './config.ts';
import { serveDiscordShard } from './compositionRoot.ts';

await serveDiscordShard(loadConfig());
