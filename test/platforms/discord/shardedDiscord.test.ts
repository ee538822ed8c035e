/**
 * Sharding with discord.js's ShardingManager: the spawn options, and a real two-shard run (two
 * forked processes under tsx) against FakeDiscord, both serving from the snapshot the manager made.
 */
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShardingManager } from 'discord.js';
import { parseConfig } from '../../../src/config.ts';
import { RelaisEngine, silentLogger } from '../../../src/engine/index.ts';
import {
  SHARD_EXEC_ARGV,
  shardCount,
  shardingManagerOptions,
  startShardedDiscord,
  type ShardedDiscord,
} from '../../../src/platforms/discord/shardedDiscord.ts';
import { SHARD_FILE } from '../../../src/compositionRoot.ts';
import { openConfiguredEngine } from '../../../src/openEngine.ts';
import { FakeDiscord } from '../../fakes/fakeDiscord.ts';
import { discordConfig, isPatchOriginal, tempCorpus } from './helpers.ts';

describe('ShardingManager options', () => {
  it('forks discordShard.ts as a process under tsx, with the token and the shard count', () => {
    const config = { token: 'tok', applicationId: '123456789012345678', adminRoleIds: [], shards: 2 as const };
    const options = shardingManagerOptions(config, 2);
    expect(options).toEqual({ totalShards: 2, mode: 'process', token: 'tok', execArgv: ['--import', 'tsx'], respawn: true });
    expect(SHARD_EXEC_ARGV).toEqual(['--import', 'tsx']);
    expect(existsSync(SHARD_FILE)).toBe(true);
    expect(path.basename(SHARD_FILE)).toBe('discordShard.ts');
    const manager = new ShardingManager(SHARD_FILE, options);
    expect(manager.file).toBe(SHARD_FILE);
    // execArgv and mode are set by the manager but not in discord.js's typings.
    const spawnOptions = manager as unknown as { execArgv: string[]; mode: string };
    expect(spawnOptions.execArgv).toEqual(['--import', 'tsx']);
    expect(spawnOptions.mode).toBe('process');
    expect(manager.totalShards).toBe(2);
  });
});

describe('two shards against FakeDiscord', () => {
  let fake: FakeDiscord;
  let corpus: Awaited<ReturnType<typeof tempCorpus>>;
  let sharded: ShardedDiscord | undefined;
  const savedEnv = { ...process.env };

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    // Discord recommends two shards for this bot.
    fake.recommendShards(2);
    corpus = await tempCorpus();
  });

  afterAll(async () => {
    await sharded?.stop();
    await fake?.stop();
    await corpus?.cleanup();
    process.env = savedEnv;
  });

  it("DISCORD_SHARDS=auto asks Discord's recommendation through DISCORD_API_URL", async () => {
    expect(await shardCount(discordConfig(fake, { shards: 'auto' }))).toBe(2);
    expect(await shardCount(discordConfig(fake, { shards: 3 }))).toBe(3);
  });

  it('spawns two shards that identify as [0, 2] and [1, 2], load the same snapshot, and answer', async () => {
    // The shards read their settings from the environment, like in production.
    const env = {
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_SHARDS: 'auto',
      CORPUS_DIR: corpus.corpusDir,
      DATA_DIR: corpus.dataDir,
      LOG_LEVEL: 'warn',
    };
    Object.assign(process.env, env);
    const config = parseConfig(env);
    const engine = await openConfiguredEngine(config, silentLogger, { useSnapshot: true });
    sharded = await startShardedDiscord({
      config,
      engine,
      logger: silentLogger,
      shardFile: SHARD_FILE,
      spawnDelayMs: 0,
      spawnTimeoutMs: 45_000,
    });
    const snapshotFiles = async () => {
      const names = (await readdir(corpus.dataDir, { recursive: true })).sort();
      return Promise.all(names.map(async (name) => [name, (await stat(path.join(corpus.dataDir, name))).mtimeMs] as const));
    };
    const made = await snapshotFiles();
    expect(made.length).toBeGreaterThan(0);

    expect(sharded.totalShards).toBe(2);
    expect(fake.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(fake.identifies.every((i) => i.token === fake.token)).toBe(true);
    // Neither shard rewrote the snapshot: both loaded it.
    expect(await snapshotFiles()).toEqual(made);
    const opened = await RelaisEngine.open({ corpusDir: corpus.corpusDir, dataDir: corpus.dataDir });
    expect(opened.status().loadedFrom).toBe('snapshot');

    const sent = fake.interactionCreate({
      commandName: 'ask',
      options: { question: 'Combien de personnes sont mobilisées sur les chantiers de fibre du Gers ?' },
    });
    const patch = await fake.waitForRequest(isPatchOriginal(sent.token), 30_000);
    expect(patch.body.embeds[0].description).toMatch(/\*\*163\*\* personnes/);
    expect(patch.body.allowed_mentions).toEqual({ parse: [], replied_user: false });

    await sharded.stop();
    expect([...sharded.manager.shards.values()].every((s) => s.process?.exitCode !== null || s.process?.signalCode !== null)).toBe(true);
  }, 120_000);
});
