// Running Relais for real, as `npm start` does: everything in src/operations put together around the
// engine and the platform adapters. In order:
//   start()           the pino logger (secrets redacted), process safety nets, the /healthz and
//                     /metrics endpoint (503 while the index loads), the question stats store (the
//                     composition root chooses it) and the question gate (rate limits, in-flight cap)
//                     the adapters pass to the commands;
//   engineReady()     index metrics, the "index" health check, automatic reindex (schedule, watcher);
//   shardHub()        with Discord shards: their stats, reindexes and metrics meet here (shards/);
//   platformReady()   one health check per platform, and what shutdown must stop;
//   installSignals()  SIGTERM/SIGINT → graceful shutdown, exit 0.
import type { FeedbackStore } from '../../commands/command.ts';
import { type Config, type ConversationConfig, secretsOf } from '../config.ts';
import type { Logger, LogLevel, RelaisEngine } from '../engine/index.ts';
import { AutomaticReindex } from './automaticReindex.ts';
import { gracefulShutdown, type ShutdownStep } from './gracefulShutdown.ts';
import { createLogger } from './logging.ts';
import { RelaisMetrics } from './metrics.ts';
import { OperationsServer } from './operationsServer.ts';
import { installProcessSafetyNets } from './processSafety.ts';
import { QuestionGate } from './questionGate.ts';
import { QuestionStats } from './questionStats.ts';
import type { QuestionStatsStore } from './questionStatsStore.ts';
import { ManagerLink } from './shards/managerLink.ts';
import { ShardHub } from './shards/shardHub.ts';
import { managerChannel } from './shards/shardMessages.ts';
import { Conversations } from '../conversation/conversations.ts';
import { FeedbackVotes } from './feedbackVotes.ts';
import { feedbackSalt } from './feedbackSalt.ts';
import { listenFailure } from '../startupError.ts';

export interface RunningPlatform {
  name: string;
  stop(): Promise<void>;
  isConnected(): boolean;
}

/** The stores operations keep their data in, opened by the composition root for the configured backend. */
export interface OperationsStores {
  stats: QuestionStatsStore;
  /** The 👍/👎 votes on answers; without, votes stay in memory. */
  feedback?: FeedbackStore;
  /** Flushes and releases them (files: nothing; PostgreSQL: the pool). */
  close(): Promise<void>;
}

export interface OperationsStartOptions {
  logger?: Logger;
  /** Instead of LOG_LEVEL's (the terminal chat logs at its own level). */
  logLevel?: LogLevel;
  /** Where question stats are kept. Default: the file in DATA_DIR. */
  openStores?: (logger: Logger) => Promise<OperationsStores>;
  /**
   * A Discord shard process (its id): the same logs, safety nets and fair use, no endpoint of its own;
   * its stats and metrics go to the manager over IPC (shards/managerLink.ts).
   */
  shard?: { id: number };
}

export class Operations {
  private readonly platforms: RunningPlatform[] = [];
  private automaticReindex: AutomaticReindex | undefined;
  private stopWatchingEngine: (() => void) | undefined;
  private hub: ShardHub | undefined;

  private constructor(
    private readonly config: Config,
    readonly logger: Logger,
    readonly metrics: RelaisMetrics,
    readonly questions: QuestionGate,
    /** Conversation memory, recent answers and votes, shared by the platforms of this process. */
    readonly conversations: Conversations,
    private readonly stores: OperationsStores,
    private readonly server: OperationsServer | undefined,
    private readonly managerLink?: ManagerLink,
  ) {}

  /** A Discord shard process: its siblings share the machine's port and DATA_DIR, so stats, votes and metrics go through the manager. */
  private static async startShard(config: Config, logger: Logger, metrics: RelaisMetrics): Promise<Operations> {
    const ops = config.operations;
    const link = new ManagerLink(managerChannel(), metrics);
    const questions = new QuestionGate({
      logger,
      rateLimitPerMinute: ops.rateLimitPerMinute,
      maxInFlight: ops.maxInFlight,
      metrics,
      stats: link.stats,
      feedback: link.feedback,
    });
    // The salt that hides voters is the manager's file, written before any shard starts.
    const conversations = new Conversations({
      votes: link.feedback,
      visibility: conversationConfig(config).answerVisibility,
      salt: await feedbackSalt(conversationConfig(config).feedbackSalt, config.dataDir),
    });
    const stores = { stats: link.stats, feedback: link.feedback, close: async () => link.stop() };
    return new Operations(config, logger, metrics, questions, conversations, stores, undefined, link);
  }

  static async start(config: Config, options: OperationsStartOptions = {}): Promise<Operations> {
    const metrics = new RelaisMetrics(options.shard ? { labels: { shard: String(options.shard.id) } } : {});
    const base = options.logger ?? createLogger({ level: options.logLevel ?? config.logLevel, secrets: secretsOf(config) });
    const logger = metrics.countingErrors(base);
    installProcessSafetyNets({ logger });
    const ops = config.operations;
    if (options.shard) return Operations.startShard(config, logger, metrics);
    const server =
      ops.metricsPort !== undefined
        ? await OperationsServer.start({ port: ops.metricsPort, host: ops.metricsHost, metrics, logger }).catch((error: unknown) => {
            throw listenFailure(
              error,
              { port: 'METRICS_PORT', host: 'METRICS_HOST' },
              { port: ops.metricsPort as number, host: ops.metricsHost },
            );
          })
        : undefined;
    const stores = await (options.openStores ?? fileStores(config))(logger).catch(async (error: unknown) => {
      await server?.stop();
      throw error;
    });
    const questions = new QuestionGate({
      logger,
      rateLimitPerMinute: ops.rateLimitPerMinute,
      maxInFlight: ops.maxInFlight,
      metrics,
      stats: stores.stats,
      ...(stores.feedback ? { feedback: stores.feedback } : {}),
    });
    const conversations = new Conversations({
      ...(stores.feedback ? { votes: stores.feedback } : {}),
      visibility: conversationConfig(config).answerVisibility,
      salt: await feedbackSalt(conversationConfig(config).feedbackSalt, config.dataDir),
    });
    return new Operations(config, logger, metrics, questions, conversations, stores, server);
  }

  /** The operations endpoint's address, when METRICS_PORT is set. */
  get url(): string | undefined {
    return this.server?.url;
  }

  /**
   * `relayReindexes` (a shard with an embedded index): its reindexes reach the other shards and theirs
   * reach it. Shards never reindex on a schedule: the manager does, and relays it.
   */
  async engineReady(engine: RelaisEngine, options: { relayReindexes?: boolean } = {}): Promise<void> {
    this.stopWatchingEngine = this.metrics.watchEngine(engine);
    this.server?.setCheck('index', () => engine.status().documents >= 0);
    if (this.managerLink) {
      if (options.relayReindexes) this.managerLink.relayReindexes(engine, this.logger);
      return;
    }
    const ops = this.config.operations;
    if (ops.reindexIntervalMs !== undefined || ops.reindexOnChange) {
      this.automaticReindex = await AutomaticReindex.start({
        engine,
        logger: this.logger,
        corpusDir: this.config.corpusDir,
        ...(ops.reindexIntervalMs !== undefined ? { intervalMs: ops.reindexIntervalMs } : {}),
        onChange: ops.reindexOnChange,
      });
    }
  }

  /**
   * The manager's end of the Discord shards: their question records join this process's stats, their
   * metrics its /metrics, and (`relayReindexes`, embedded index) a reindex anywhere reaches every shard.
   */
  shardHub(engine: RelaisEngine, options: { relayReindexes: boolean }): ShardHub {
    this.hub ??= new ShardHub({
      stats: this.stores.stats,
      ...(this.stores.feedback ? { feedback: this.stores.feedback } : {}),
      engine,
      logger: this.logger,
      relayReindex: options.relayReindexes,
    });
    const hub = this.hub;
    this.metrics.include(() => hub.shardMetrics());
    return hub;
  }

  platformReady(platform: RunningPlatform): void {
    this.platforms.push(platform);
    this.server?.setCheck(platform.name, () => platform.isConnected());
    this.metrics.watchPlatform(platform.name, () => platform.isConnected());
  }

  /** SIGTERM and SIGINT run the graceful shutdown (exit 0); a second signal exits at once. */
  installSignals(): void {
    const shutdown = gracefulShutdown({
      logger: this.logger,
      stopAdmitting: () => this.questions.close(),
      drain: (ms) => this.questions.drain(ms),
      inFlight: () => this.questions.inFlight,
      platforms: this.platforms.map((p): ShutdownStep => ({ name: p.name, run: () => p.stop() })),
      afterwards: this.closingSteps(),
      graceMs: this.config.operations.shutdownGraceMs,
    });
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
    process.on('SIGINT', () => void shutdown('SIGINT'));
  }

  /** Closes what start() opened (the terminal chat's end; shutdown does the same after the platforms). */
  async stop(): Promise<void> {
    for (const step of this.closingSteps()) await step.run();
  }

  private closingSteps(): ShutdownStep[] {
    return [
      {
        name: 'automatic reindex',
        run: () => {
          this.automaticReindex?.stop();
          this.stopWatchingEngine?.();
          this.hub?.stop();
        },
      },
      { name: 'question stats', run: () => this.stores.close() },
      { name: 'operations endpoint', run: () => this.server?.stop() },
    ];
  }
}

/** The default stores: the question stats and the votes, files in DATA_DIR, with the configured retention. */
function fileStores(config: Config): (logger: Logger) => Promise<OperationsStores> {
  return async (logger) => {
    const stats = await QuestionStats.open({ dataDir: config.dataDir, logger, ...statsRetention(config) });
    const feedback = await FeedbackVotes.open({ dataDir: config.dataDir, logger });
    return { stats, feedback, close: () => stats.close() };
  };
}

/** STATS_RETENTION_DAYS and STATS_MAX_RECORDS (a Config built by hand in tests may lack them: the defaults). */
export function statsRetention(config: Config): { maxAgeDays?: number; maxRecords?: number } {
  const ops = config.operations as Partial<Config['operations']>;
  return {
    ...(ops.statsRetentionDays !== undefined ? { maxAgeDays: ops.statsRetentionDays } : {}),
    ...(ops.statsMaxRecords !== undefined ? { maxRecords: ops.statsMaxRecords } : {}),
  };
}

/** Tolerates a Config built by hand without conversation settings (tests): private answers, a kept salt. */
function conversationConfig(config: Config): ConversationConfig {
  return (config.conversation as ConversationConfig | undefined) ?? { answerVisibility: 'private' };
}
