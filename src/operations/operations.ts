// Running Relais for real, as `npm start` does: everything in src/operations put together around the
// engine and the platform adapters. In order:
//   start()           the pino logger (secrets redacted), process safety nets, the /healthz and
//                     /metrics endpoint (503 while the index loads), the question stats store and the
//                     question gate (rate limits, in-flight cap) the adapters pass to the commands;
//   engineReady()     index metrics, the "index" health check, automatic reindex (schedule, watcher);
//   platformReady()   one health check per platform, and what shutdown must stop;
//   installSignals()  SIGTERM/SIGINT → graceful shutdown, exit 0.
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
import { Conversations } from '../conversation/conversations.ts';
import { FeedbackVotes } from './feedbackVotes.ts';
import { feedbackSalt } from './feedbackSalt.ts';
import { listenFailure } from '../startupError.ts';

export interface RunningPlatform {
  name: string;
  stop(): Promise<void>;
  isConnected(): boolean;
}

export class Operations {
  private readonly platforms: RunningPlatform[] = [];
  private automaticReindex: AutomaticReindex | undefined;
  private stopWatchingEngine: (() => void) | undefined;

  private constructor(
    private readonly config: Config,
    readonly logger: Logger,
    readonly metrics: RelaisMetrics,
    readonly questions: QuestionGate,
    /** Conversation memory, recent answers and votes, shared by the platforms of this process. */
    readonly conversations: Conversations,
    private readonly stats: QuestionStats | undefined,
    private readonly server: OperationsServer | undefined,
  ) {}

  /**
   * `logLevel`: instead of LOG_LEVEL's (the terminal chat logs at its own level). `shard`: a Discord
   * shard process, with the same logs, safety nets and fair use, but no endpoint, metrics or stats
   * (its siblings share the machine's port and DATA_DIR).
   */
  static async start(config: Config, options: { logger?: Logger; logLevel?: LogLevel; shard?: boolean } = {}): Promise<Operations> {
    const metrics = new RelaisMetrics({ defaultMetrics: !options.shard });
    const base = options.logger ?? createLogger({ level: options.logLevel ?? config.logLevel, secrets: secretsOf(config) });
    const logger = options.shard ? base : metrics.countingErrors(base);
    installProcessSafetyNets({ logger });
    const ops = config.operations;
    if (options.shard) {
      const questions = new QuestionGate({ logger, rateLimitPerMinute: ops.rateLimitPerMinute, maxInFlight: ops.maxInFlight });
      // Votes in a shard stay in its memory: the shards share DATA_DIR, not a file to append to.
      const conversations = new Conversations({ visibility: conversationConfig(config).answerVisibility });
      return new Operations(config, logger, metrics, questions, conversations, undefined, undefined);
    }
    const server = ops.metricsPort !== undefined
      ? await OperationsServer.start({ port: ops.metricsPort, host: ops.metricsHost, metrics, logger }).catch((error: unknown) => {
        throw listenFailure(error, { port: 'METRICS_PORT', host: 'METRICS_HOST' }, { port: ops.metricsPort as number, host: ops.metricsHost });
      })
      : undefined;
    const stats = await QuestionStats.open({ dataDir: config.dataDir, logger });
    const feedback = await FeedbackVotes.open({ dataDir: config.dataDir, logger });
    const questions = new QuestionGate({ logger, rateLimitPerMinute: ops.rateLimitPerMinute, maxInFlight: ops.maxInFlight,
      metrics, stats, feedback });
    const conversations = new Conversations({ votes: feedback, visibility: conversationConfig(config).answerVisibility,
      salt: await feedbackSalt(conversationConfig(config).feedbackSalt, config.dataDir) });
    return new Operations(config, logger, metrics, questions, conversations, stats, server);
  }

  /** The operations endpoint's address, when METRICS_PORT is set. */
  get url(): string | undefined {
    return this.server?.url;
  }

  async engineReady(engine: RelaisEngine): Promise<void> {
    this.stopWatchingEngine = this.metrics.watchEngine(engine);
    this.server?.setCheck('index', () => engine.status().documents >= 0);
    const ops = this.config.operations;
    if (ops.reindexIntervalMs !== undefined || ops.reindexOnChange) {
      this.automaticReindex = await AutomaticReindex.start({
        engine, logger: this.logger, corpusDir: this.config.corpusDir,
        ...(ops.reindexIntervalMs !== undefined ? { intervalMs: ops.reindexIntervalMs } : {}),
        onChange: ops.reindexOnChange,
      });
    }
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
      { name: 'automatic reindex', run: () => { this.automaticReindex?.stop(); this.stopWatchingEngine?.(); } },
      { name: 'question stats', run: () => this.stats?.flush() },
      { name: 'operations endpoint', run: () => this.server?.stop() },
    ];
  }
}

/** Tolerates a Config built by hand without conversation settings (tests): private answers, a kept salt. */
function conversationConfig(config: Config): ConversationConfig {
  return (config.conversation as ConversationConfig | undefined) ?? { answerVisibility: 'private' };
}
