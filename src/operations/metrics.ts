// Relais's Prometheus metrics (prom-client), in a registry of their own so several instances (tests)
// never collide. What each one answers:
//   relais_questions_total{platform,outcome}     how many questions, and how they ended
//       outcome: answered | unanswered (the corpus does not say) | invalid (empty, too long…) |
//                limited (per-user rate limit) | busy (too many in flight) | error
//   relais_answer_duration_seconds{platform}     time from admission to answer (histogram)
//   relais_questions_in_flight                   being answered right now
//   relais_index_documents / relais_index_passages   size of the index in use
//   relais_last_reindex_timestamp_seconds / relais_last_reindex_duration_seconds
//   relais_reindex_total{result}                 ok | failed
//   relais_errors_total{event}                   error-level log lines, by their (fixed) message
//   relais_platform_connected{platform}          1 when the chat platform's connection is up
//   plus prom-client's default process metrics (memory, CPU, event-loop lag, handles).
// Sharded Discord: each shard process keeps its own registry, labelled shard="<id>", and the manager's
// /metrics adds them to its own (one scrape for the whole bot; see shards/shardHub.ts).
import {
  AggregatorRegistry,
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  type MetricObjectWithValues,
  type MetricValue,
  Registry,
} from 'prom-client';
import type { Logger, RelaisEngine } from '../engine/index.ts';

export type QuestionOutcome = 'answered' | 'unanswered' | 'invalid' | 'limited' | 'busy' | 'error';

const plainGauge = (name: string, help: string, registers: Registry[]): Gauge => new Gauge({ name, help, registers });

/** A gauge read at each scrape from `value` (left as it was when there is none yet). */
function sizeGauge(name: string, help: string, registers: Registry[], value: () => number | undefined): Gauge {
  return new Gauge({
    name,
    help,
    registers,
    collect() {
      const v = value();
      if (v !== undefined) this.set(v);
    },
  });
}

export class RelaisMetrics {
  readonly registry = new Registry();
  readonly questions: Counter<'platform' | 'outcome'>;
  readonly answerDuration: Histogram<'platform'>;
  readonly inFlight: Gauge;
  readonly indexDocuments: Gauge;
  readonly indexPassages: Gauge;
  readonly lastReindexTimestamp: Gauge;
  readonly lastReindexDuration: Gauge;
  readonly reindexes: Counter<'result'>;
  readonly errors: Counter<'event'>;
  readonly platformConnected: Gauge<'platform'>;
  private engine: RelaisEngine | undefined;
  private platforms = new Map<string, () => boolean>();
  private others: (() => Promise<MetricObjectWithValues<MetricValue<string>>[][]>) | undefined;

  /** `labels`: added to every series (a shard's id). */
  constructor(options: { defaultMetrics?: boolean; labels?: Record<string, string> } = {}) {
    if (options.labels) this.registry.setDefaultLabels(options.labels);
    const registers = [this.registry];
    this.questions = new Counter({
      name: 'relais_questions_total',
      help: 'Questions asked, by platform and outcome',
      labelNames: ['platform', 'outcome'],
      registers,
    });
    this.answerDuration = new Histogram({
      name: 'relais_answer_duration_seconds',
      help: 'Time to answer an admitted question',
      labelNames: ['platform'],
      registers,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    });
    this.inFlight = plainGauge('relais_questions_in_flight', 'Questions being answered now', registers);
    this.indexDocuments = sizeGauge(
      'relais_index_documents',
      'Documents in the index in use',
      registers,
      () => this.engine?.status().documents,
    );
    this.indexPassages = sizeGauge(
      'relais_index_passages',
      'Passages in the index in use',
      registers,
      () => this.engine?.status().passages,
    );
    this.lastReindexTimestamp = plainGauge(
      'relais_last_reindex_timestamp_seconds',
      'When the index in use was built (Unix time)',
      registers,
    );
    this.lastReindexDuration = plainGauge('relais_last_reindex_duration_seconds', 'How long the last reindex took', registers);
    this.reindexes = new Counter({ name: 'relais_reindex_total', help: 'Reindexes run, by result', labelNames: ['result'], registers });
    this.errors = new Counter({ name: 'relais_errors_total', help: 'Errors logged, by log message', labelNames: ['event'], registers });
    this.platformConnected = new Gauge({
      name: 'relais_platform_connected',
      help: '1 when the platform connection is up',
      labelNames: ['platform'],
      registers,
      collect: () => {
        for (const [name, connected] of this.platforms) this.platformConnected.set({ platform: name }, connected() ? 1 : 0);
      },
    });
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  /** Index size comes from this engine at each scrape; every reindex updates the reindex metrics. */
  watchEngine(engine: RelaisEngine): () => void {
    this.engine = engine;
    this.lastReindexTimestamp.set(Date.parse(engine.status().indexedAt) / 1000);
    return engine.onReindex((outcome) => {
      if (outcome.ok) {
        this.reindexes.inc({ result: 'ok' });
        this.lastReindexDuration.set(outcome.summary.durationMs / 1000);
        this.lastReindexTimestamp.set(Date.parse(engine.status().indexedAt) / 1000);
      } else {
        this.reindexes.inc({ result: 'failed' });
      }
    });
  }

  watchPlatform(name: string, isConnected: () => boolean): void {
    this.platforms.set(name, isConnected);
  }

  questionAnswered(platform: string, outcome: QuestionOutcome, seconds?: number): void {
    this.questions.inc({ platform, outcome });
    if (seconds !== undefined) this.answerDuration.observe({ platform }, seconds);
  }

  /** The same logger, counting each error line in relais_errors_total (messages are fixed strings: bounded labels). */
  countingErrors(logger: Logger): Logger {
    return {
      debug: (details, message) => logger.debug(details, message),
      info: (details, message) => logger.info(details, message),
      warn: (details, message) => logger.warn(details, message),
      error: (details, message) => {
        this.errors.inc({ event: (message ?? 'error').slice(0, 80) });
        logger.error(details, message);
      },
    };
  }

  /** Other processes' metrics (the shards'), fetched at each scrape and shown with this registry's. */
  include(others: () => Promise<MetricObjectWithValues<MetricValue<string>>[][]>): void {
    this.others = others;
  }

  async text(): Promise<string> {
    if (!this.others) return this.registry.metrics();
    const all = [await this.registry.getMetricsAsJSON(), ...(await this.others())];
    // Series differ by their shard label, so the aggregation adds nothing up: it puts them side by side.
    return AggregatorRegistry.aggregate(all).metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
