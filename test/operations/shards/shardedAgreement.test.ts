/**
 * Discord shards that agree: a real ShardingManager forks two shard processes (tsx) against FakeDiscord,
 * put together as `npm start` does (operations and their stores, the manager's ShardHub). A reindex on
 * shard 0 changes shard 1's answers, and so does a release an admin adds from chat on shard 0 (attached,
 * downloaded from a local file server as from Discord's CDN); `stats` is the same from either shard and counts both; the
 * manager's /metrics shows each shard's series, labelled by shard. Twice: with the embedded index (the
 * manager relays the reindex) and with PostgreSQL (the shared generation reaches shard 1 by NOTIFY;
 * skipped without DATABASE_URL).
 */
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config.ts';
import { operationsStores, SHARD_FILE, shardChannel } from '../../../src/compositionRoot.ts';
import { type RelaisEngine, silentLogger } from '../../../src/engine/index.ts';
import { openConfiguredEngine } from '../../../src/openEngine.ts';
import { Operations } from '../../../src/operations/operations.ts';
import { startShardedDiscord, type ShardedDiscord } from '../../../src/platforms/discord/shardedDiscord.ts';
import { FakeDiscord, type RecordedRequest } from '../../fakes/fakeDiscord.ts';
import { startFileServer, type FileServer } from '../../fixtures/documents/fileServer.ts';
import { isCallback, isPatchOriginal, tempCorpus } from '../../platforms/discord/helpers.ts';
import { DATABASE_URL, dropSchema, freshSchema, sql } from '../../engine/search/postgres/postgresTestDatabase.ts';

const NEW_RELEASE = path.resolve(import.meta.dirname, '../../fixtures/reindex/010_val-de-brienne.txt');
const NEW_QUESTION = "Combien d'espaces publics numériques le Val-de-Brienne a-t-il ouverts ?";
const ADDED_FILE = 'atelier-montclar.txt';
const ADDED_RELEASE = [
  'Le Pays de Montclar ouvre un atelier de réparation informatique',
  '',
  'Montclar, le 4 février 2025. Le Pays de Montclar a inauguré samedi un atelier où des bénévoles réparent les',
  'ordinateurs des habitants. En trois mois, l’atelier a remis en état quarante-sept ordinateurs, prêtés ensuite',
  'aux collégiens qui n’en avaient pas.',
  '',
].join('\n');
const ADDED_QUESTION = "Combien d'ordinateurs l'atelier du Pays de Montclar a-t-il remis en état ?";

const BACKENDS = [
  { name: 'embedded index', backend: 'compact', run: true },
  { name: 'PostgreSQL', backend: 'postgres', run: DATABASE_URL !== undefined },
] as const;

describe.each(BACKENDS)('two Discord shards that agree ($name)', ({ backend, run: enabled }) => {
  const schema = freshSchema('shards');
  let fake: FakeDiscord;
  let corpus: Awaited<ReturnType<typeof tempCorpus>>;
  let sharded: ShardedDiscord | undefined;
  let operations: Operations | undefined;
  let managerEngine: RelaisEngine | undefined;
  let cdn: FileServer;
  const savedEnv = { ...process.env };

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    fake.recommendShards(2);
    corpus = await tempCorpus();
    cdn = await startFileServer();
    cdn.put(ADDED_FILE, Buffer.from(ADDED_RELEASE, 'utf8'));
  });

  afterAll(async () => {
    await sharded?.stop();
    await operations?.stop();
    await managerEngine?.close();
    await fake?.stop();
    await cdn?.close();
    await corpus?.cleanup();
    if (backend === 'postgres') await dropSchema(schema);
    process.env = savedEnv;
  });

  /** Sends `command` to shard `shard` and returns the text of its final reply. */
  const run = async (shard: number, commandName: string, options: Record<string, string> = {}): Promise<string> => {
    fake.useShard(shard);
    const sent = fake.interactionCreate({ commandName, options });
    // A slow command is deferred, then its reply PATCHed; a quick one replies in the callback itself.
    const final = (r: RecordedRequest) => isPatchOriginal(sent.token)(r) || (isCallback(sent.id)(r) && r.body?.type === 4);
    const reply = await fake.waitForRequest(final, 30_000);
    const body = (reply.method === 'PATCH' ? reply.body : reply.body.data) as {
      content?: string;
      embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
    };
    return [
      body.content ?? '',
      ...(body.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]),
    ].join('\n');
  };

  /** Asks shard `shard` until its answer matches (a change reaches the other shard asynchronously), for a minute at most. */
  const askUntil = async (shard: number, question: string, expected: RegExp): Promise<string> => {
    const deadline = Date.now() + 60_000;
    let answer = '';
    while (Date.now() < deadline) {
      answer = await run(shard, 'ask', { question });
      if (expected.test(answer)) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return answer;
  };

  it.runIf(enabled)(
    'a reindex or an add on one shard reaches the other; stats and metrics cover both',
    async () => {
      const env = {
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_API_URL: fake.apiUrl,
        DISCORD_SHARDS: 'auto',
        CORPUS_DIR: corpus.corpusDir,
        DATA_DIR: corpus.dataDir,
        LOG_LEVEL: 'warn',
        RATE_LIMIT_PER_MINUTE: '0',
        METRICS_PORT: '0',
        SEARCH_BACKEND: backend,
        ...(backend === 'postgres' ? { DATABASE_URL, DATABASE_SCHEMA: schema } : {}),
      };
      Object.assign(process.env, env);
      const config = parseConfig(env);
      const stores = operationsStores(config);
      expect(stores === undefined).toBe(backend !== 'postgres');
      operations = await Operations.start(config, { logger: silentLogger, ...(stores ? { openStores: stores } : {}) });
      const engine = await openConfiguredEngine(config, silentLogger, { useSnapshot: true });
      managerEngine = engine;
      await operations.engineReady(engine);
      const hub = operations.shardHub(engine, { relayReindexes: backend !== 'postgres' });
      sharded = await startShardedDiscord({
        config,
        engine,
        logger: silentLogger,
        shardFile: SHARD_FILE,
        spawnDelayMs: 0,
        spawnTimeoutMs: 45_000,
        onShard: (shard) => hub.attach(shard.id, shardChannel(shard)),
      });
      expect(fake.identifies.map((i) => i.shard).sort()).toEqual([
        [0, 2],
        [1, 2],
      ]);

      // Shard 1 does not know the new release yet.
      await copyFile(NEW_RELEASE, path.join(corpus.corpusDir, path.basename(NEW_RELEASE)));
      expect(await run(1, 'ask', { question: NEW_QUESTION })).not.toMatch(/douze/);

      // An admin reindexes on shard 0 (alice has Manage Server)…
      fake.useShard(0);
      const reindex = fake.interactionCreate({ commandName: 'reindex' });
      const done = await fake.waitForRequest((r) => r.method === 'POST' && r.path.endsWith(`/${reindex.token}`), 60_000);
      expect(done.body.content).toMatch(/6 documents/);

      // …and shard 1 serves the new index too — told through the manager (embedded) or by NOTIFY
      // (PostgreSQL): asked until it answers, both being asynchronous.
      expect(await askUntil(1, NEW_QUESTION, /douze/)).toMatch(/douze/);
      if (backend !== 'postgres') {
        // The manager's own index followed as well (its snapshot is what a respawned shard loads).
        expect(engine.status().documents).toBe(6);
      }

      // An admin adds a release from chat on shard 0 (a file attached to /add): shard 1 answers from it too.
      fake.useShard(0);
      const attachment = {
        file: { filename: ADDED_FILE, url: cdn.url(ADDED_FILE), size: ADDED_RELEASE.length, contentType: 'text/plain' },
      };
      const added = fake.interactionCreate({ commandName: 'add', attachments: attachment });
      const addedReply = await fake.waitForRequest(isPatchOriginal(added.token), 60_000);
      expect(addedReply.body.embeds[0].description).toContain('Le Pays de Montclar ouvre un atelier de réparation informatique');
      expect(await askUntil(1, ADDED_QUESTION, /quarante-sept/)).toMatch(/quarante-sept/);

      // stats: the same from either shard, counting the questions both shards answered.
      await run(0, 'ask', { question: 'Combien de personnes sont mobilisées sur les chantiers de fibre du Gers ?' });
      const fromZero = await run(0, 'stats');
      const fromOne = await run(1, 'stats');
      expect(fromZero).toBe(fromOne);
      const asked = await operations.questions.stats();
      expect(asked?.questions).toBeGreaterThanOrEqual(3);
      expect(fromZero).toContain(String(asked?.questions));
      if (backend === 'postgres') {
        expect(await sql(`SELECT count(*)::int AS n FROM "${schema}".question_stat`)).toEqual([{ n: asked?.questions }]);
      }

      // /metrics on the manager: one scrape, each shard's series labelled by its id.
      const metrics = await (await fetch(`${operations.url as string}/metrics`)).text();
      expect(metrics).toMatch(/relais_questions_total\{[^}]*shard="0"[^}]*\} [1-9]/);
      expect(metrics).toMatch(/relais_questions_total\{[^}]*shard="1"[^}]*\} [1-9]/);
      expect(metrics).toMatch(/relais_index_documents\{shard="1"\} 7/);
      expect(metrics).toMatch(/relais_platform_connected\{platform="discord",shard="0"\} 1/);
    },
    240_000,
  );
});
