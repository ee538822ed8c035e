// The composition root: the one place that puts Relais together from its settings — engine,
// operations (logs, safety nets, fair use, metrics, stats), platform adapters — for every process that
// runs it: `npm start` (src/main.ts), `npm run ask` (src/cli/ask.ts), each Discord shard
// (src/discordShard.ts) and `npm run discord:deploy` (src/cli/deployDiscord.ts). Nothing else imports
// the platform adapters.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.ts';
import { CorpusFolder } from './documents/corpusFolder.ts';
import { type Logger, type RelaisEngine, stderrLogger } from './engine/index.ts';
import { openConfiguredEngine } from './openEngine.ts';
import { Operations, type RunningPlatform } from './operations/operations.ts';
import type { QuestionGate } from '../commands/command.ts';
import type { DeployResult } from './platforms/discord/deployCommands.ts';
import { answerLine, runTerminalChat } from './platforms/terminal/terminalChat.ts';

/** What each Discord shard process runs (discord.js's ShardingManager forks it). */
export const SHARD_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'discordShard.ts');

/** The corpus folder as admins change it from chat: the same folder and caps the engine reads with. */
export function corpusFolder(config: Config): CorpusFolder {
  const { corpusDir, dataDir, maxDocumentBytes, maxFileBytes, maxPdfPages, fetch } = config;
  return new CorpusFolder({ corpusDir, dataDir, fetch, maxDocumentBytes, maxFileBytes,
    corpusCaps: { maxDocumentBytes, maxFileBytes, maxPdfPages } });
}

/** Starts every platform whose tokens are set; a platform that fails to start stops the others. */
async function startPlatforms(config: Config, engine: RelaisEngine, logger: Logger, questions: QuestionGate): Promise<RunningPlatform[]> {
  const corpusFiles = corpusFolder(config);
  const running: RunningPlatform[] = [];
  try {
    // Platform libraries load only when configured: the terminal chat starts without them.
    if (config.slack) {
      const { SlackAdapter } = await import('./platforms/slack/slackAdapter.ts');
      const slack = await SlackAdapter.start({ config: config.slack, engine, logger, questions, corpusFiles,
        stopGraceMs: config.operations.shutdownGraceMs });
      running.push({ name: 'slack', stop: () => slack.stop(), isConnected: () => slack.isConnected() });
    }
    if (config.discord) {
      const { startDiscord } = await import('./platforms/discord/startDiscord.ts');
      const discord = await startDiscord(config, engine, logger, questions, SHARD_FILE, corpusFiles);
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
  const operations = await Operations.start(config, terminal ? { logLevel: config.terminalLogLevel } : {});
  const logger = operations.logger;
  const started = performance.now();
  const engine = await openConfiguredEngine(config, logger);
  const status = engine.status();
  logger.info({ documents: status.documents, passages: status.passages, from: status.loadedFrom, ms: Math.round(performance.now() - started) }, 'index ready');
  await operations.engineReady(engine);

  const platforms = await startPlatforms(config, engine, logger, operations.questions);
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
 * are counted in one place), the engine from the snapshot the manager made, one DiscordAdapter.
 */
export async function serveDiscordShard(config: Config): Promise<void> {
  const operations = await Operations.start(config, { shard: true });
  const { logger } = operations;
  if (!config.discord) {
    logger.error({}, 'discord shard started without DISCORD_TOKEN / DISCORD_APPLICATION_ID');
    process.exit(1);
  }
  const engine = await openConfiguredEngine(config, logger, { useSnapshot: true });
  if (engine.status().loadedFrom !== 'snapshot') logger.warn({}, 'this shard rebuilt the index: the snapshot was missing or out of date');
  const { DiscordAdapter } = await import('./platforms/discord/discordAdapter.ts');
  const adapter = await DiscordAdapter.start({ config: config.discord, engine, logger, questions: operations.questions,
    corpusFiles: corpusFolder(config) });
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
