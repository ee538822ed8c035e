// The composition root: the one place that puts Relais together from its settings — engine,
// operations (logs, safety nets, fair use, metrics, stats), platform adapters — for every process that
// runs it: `npm start` (src/main.ts), `npm run ask` (src/cli/ask.ts), each Discord shard
// (src/discordShard.ts) and `npm run discord:deploy` (src/cli/deployDiscord.ts). Nothing else imports
// the platform adapters.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Shard } from 'discord.js';
import { type Config, searchEngineOptions } from './config.ts';
import { CorpusFolder } from './documents/corpusFolder.ts';
import { type EngineOptions, type Logger, type RelaisEngine, stderrLogger } from './engine/index.ts';
import { openConfiguredEngine, postgresFailure } from './openEngine.ts';
import { Operations, type OperationsStores, type RunningPlatform, statsRetention } from './operations/operations.ts';
import { isRelaisMessage } from './operations/shards/shardMessages.ts';
import type { ShardChannel } from './operations/shards/shardHub.ts';
import type { QuestionGate } from '../commands/command.ts';
import type { Conversations } from './conversation/conversations.ts';
import type { DeployResult } from './platforms/discord/deployCommands.ts';
import { answerLine, runTerminalChat } from './platforms/terminal/terminalChat.ts';

/**
 * README captures of replies as each platform renders them (npm run screens). The renderers, and
 * discord.js with them, load only here: a bot or terminal chat that does not need them starts without.
 */
export async function screenCaptures(corpusDir: string): Promise<string> {
  const { screenCaptures: capture } = await import('./platforms/screenCaptures.ts');
  return capture(corpusDir);
}

/** What each Discord shard process runs (discord.js's ShardingManager forks it). */
export const SHARD_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'discordShard.ts');

/** The corpus folder as admins change it from chat: the same folder and caps the engine reads with. */
export function corpusFolder(config: Config): CorpusFolder {
  const { corpusDir, dataDir, maxDocumentBytes, maxFileBytes, maxPdfPages, fetch } = config;
  return new CorpusFolder({
    corpusDir,
    dataDir,
    fetch,
    maxDocumentBytes,
    maxFileBytes,
    corpusCaps: { maxDocumentBytes, maxFileBytes, maxPdfPages },
  });
}

/**
 * Where operations keep their data (question stats, votes): with SEARCH_BACKEND=postgres, in the same
 * database as the index (every instance and shard reads one `stats`); otherwise files in DATA_DIR.
 */
export function operationsStores(config: Config): ((logger: Logger) => Promise<OperationsStores>) | undefined {
  const { postgres } = searchEngineOptions(config);
  if (!postgres) return undefined;
  return async (logger) => {
    // The PostgreSQL client loads only when configured.
    const [{ OperationsDatabase }, { PostgresFeedbackStore }, { PostgresQuestionStats }] = await Promise.all([
      import('./operations/postgres/operationsDatabase.ts'),
      import('./operations/postgres/postgresFeedbackStore.ts'),
      import('./operations/postgres/postgresQuestionStats.ts'),
    ]);
    const database = await OperationsDatabase.open({ connectionString: postgres.connectionString, schema: postgres.schema, logger }).catch(
      (error: unknown) => {
        throw postgresFailure(error, postgres.connectionString, postgres.schema) ?? error;
      },
    );
    const retention = statsRetention(config);
    const stats = await PostgresQuestionStats.open({ database, logger, retention });
    const feedback = await PostgresFeedbackStore.open({ database, logger, retention });
    return {
      stats,
      feedback,
      close: async () => {
        await stats.close();
        await database.close();
      },
    };
  };
}

/**
 * A bot that stays up answers from its snapshot at once and compares the corpus folder with it in the
 * background. Not when Discord runs sharded: the shards open the snapshot this process leaves, which
 * must match the corpus first.
 */
function startupCorpusCheck(config: Config): EngineOptions['corpusCheck'] {
  return config.discord && config.discord.shards !== 'off' ? 'before-serving' : 'while-serving';
}

/** A discord.js shard's IPC as the operations' ShardHub reads it (Relais's messages only). */
export function shardChannel(shard: Shard): ShardChannel {
  return {
    // A shard respawning has no process for a moment: what it misses, it rebuilds or re-asks.
    send: (message) => void shard.send(message).catch(() => undefined),
    onMessage: (listener) =>
      void shard.on('message', (message: unknown) => {
        if (isRelaisMessage(message)) listener(message as never);
      }),
  };
}

/** The manager's hub when Discord runs sharded: the shards' stats, reindexes and metrics meet in this process. */
function shardLinks(config: Config, engine: RelaisEngine, operations: Operations): ((shard: Shard) => void) | undefined {
  if (!config.discord || config.discord.shards === 'off') return undefined;
  const hub = operations.shardHub(engine, { relayReindexes: searchEngineOptions(config).backend !== 'postgres' });
  return (shard) => hub.attach(shard.id, shardChannel(shard));
}

/** Starts every platform whose tokens are set; a platform that fails to start stops the others. */
async function startPlatforms(
  config: Config,
  engine: RelaisEngine,
  logger: Logger,
  questions: QuestionGate,
  conversations: Conversations,
  onShard?: (shard: Shard) => void,
): Promise<RunningPlatform[]> {
  const corpusFiles = corpusFolder(config);
  const running: RunningPlatform[] = [];
  try {
    // Platform libraries load only when configured: the terminal chat starts without them.
    if (config.slack) {
      const { SlackAdapter } = await import('./platforms/slack/slackAdapter.ts');
      const slack = await SlackAdapter.start({
        config: config.slack,
        engine,
        logger,
        questions,
        conversations,
        corpusFiles,
        stopGraceMs: config.operations.shutdownGraceMs,
      });
      running.push({ name: 'slack', stop: () => slack.stop(), isConnected: () => slack.isConnected() });
    }
    if (config.discord) {
      const { startDiscord } = await import('./platforms/discord/startDiscord.ts');
      const discord = await startDiscord(config, engine, logger, { questions, conversations, corpusFiles }, SHARD_FILE, onShard);
      if (!discord) throw new Error('Discord is configured but did not start');
      logger.info({ shards: config.discord?.shards }, 'Discord adapter started');
      running.push({ name: 'discord', stop: () => discord.stop(), isConnected: () => discord.isConnected() });
    }
  } catch (error) {
    await Promise.allSettled(running.map((p) => p.stop()));
    throw error;
  }
  return running;
}

/**
 * npm start: the engine over the corpus, served on every configured chat platform, or, with none
 * configured, as a terminal chat; around them, src/operations.
 */
export async function serve(config: Config): Promise<void> {
  // Without Slack or Discord this is a terminal chat: start-up lines would come between the person
  // and the answers, so it logs at warn unless LOG_LEVEL says otherwise.
  const terminal = !config.slack && !config.discord;
  const stores = operationsStores(config);
  const operations = await Operations.start(config, {
    ...(terminal ? { logLevel: config.terminalLogLevel } : {}),
    ...(stores ? { openStores: stores } : {}),
  });
  const logger = operations.logger;
  const started = performance.now();
  const engine = await openConfiguredEngine(config, logger, { corpusCheck: startupCorpusCheck(config) });
  const status = engine.status();
  logger.info(
    { documents: status.documents, passages: status.passages, from: status.loadedFrom, ms: Math.round(performance.now() - started) },
    'index ready',
  );
  await operations.engineReady(engine);

  const platforms = await startPlatforms(
    config,
    engine,
    logger,
    operations.questions,
    operations.conversations,
    shardLinks(config, engine, operations),
  );
  if (platforms.length === 0) {
    await runTerminalChat({ engine, logger, corpusFiles: corpusFolder(config) });
    await operations.stop();
    return;
  }
  for (const platform of platforms) operations.platformReady(platform);
  operations.installSignals();
  // In the background, yielding to real questions: the JIT compiles the ranking before people ask.
  void engine.warmUp();
}

export interface TerminalRelais {
  engine: RelaisEngine;
  logger: Logger;
  /** One typed line answered as the terminal chat answers it (a question or a command). */
  answerLine(line: string, color: boolean, write: (text: string) => void): Promise<void>;
}

/** npm run ask: the engine alone, logging to stderr at the terminal's level (stdout carries answers). */
export async function openForTerminal(config: Config): Promise<TerminalRelais> {
  const logger = stderrLogger(config.terminalLogLevel);
  const engine = await openConfiguredEngine(config, logger);
  const corpusFiles = corpusFolder(config);
  return { engine, logger, answerLine: (line, color, write) => answerLine(line, engine, logger, color, write, corpusFiles) };
}

/**
 * One Discord shard: the same redacted logs, safety nets and fair-use limits as the unsharded bot
 * (per shard: a server's events always reach the same shard, and DMs shard 0, so a user's questions
 * are counted in one place), the engine from the snapshot the manager made, one DiscordAdapter. Its
 * question stats and metrics go to the manager; with an embedded index, so do its reindexes (and the
 * others' come back), while with PostgreSQL the shared generation reaches every shard by itself.
 */
export async function serveDiscordShard(config: Config): Promise<void> {
  const operations = await Operations.start(config, { shard: { id: config.discord?.shardId ?? 0 } });
  const { logger } = operations;
  if (!config.discord) {
    logger.error({}, 'discord shard started without DISCORD_TOKEN / DISCORD_APPLICATION_ID');
    process.exit(1);
  }
  const engine = await openConfiguredEngine(config, logger, { useSnapshot: true });
  if (engine.status().loadedFrom !== 'snapshot') logger.warn({}, 'this shard rebuilt the index: the snapshot was missing or out of date');
  await operations.engineReady(engine, { relayReindexes: searchEngineOptions(config).backend !== 'postgres' });
  const { DiscordAdapter } = await import('./platforms/discord/discordAdapter.ts');
  const adapter = await DiscordAdapter.start({
    config: config.discord,
    engine,
    logger,
    questions: operations.questions,
    conversations: operations.conversations,
    corpusFiles: corpusFolder(config),
  });
  operations.platformReady({ name: 'discord', stop: () => adapter.stop(), isConnected: () => adapter.isConnected() });
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
}

/** npm run discord:deploy: registers the shared commands as Discord slash commands. */
export async function deployDiscordCommands(config: Config & { discord: NonNullable<Config['discord']> }): Promise<DeployResult> {
  const { deployCommands } = await import('./platforms/discord/deployCommands.ts');
  return deployCommands(config.discord, stderrLogger(config.logLevel));
}
