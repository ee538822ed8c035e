// Reindexing nobody asked for in chat: on a schedule (REINDEX_INTERVAL) and/or when the corpus
// folder changes (REINDEX_ON_CHANGE, through CorpusWatcher). Both go through the engine's
// single-flight reindex, like the admin command. A change seen while a reindex runs triggers one
// more run afterwards, so no change is missed. The summary of each run goes to the log, with every
// skipped file and why; a failed run is logged and the previous index keeps serving.
import type { Logger, ReindexSummary, RelaisEngine } from '../engine/index.ts';
import { CorpusWatcher, type CorpusWatcherOptions } from './corpusWatcher.ts';

export type ReindexTrigger = 'schedule' | 'corpus-change';

export interface AutomaticReindexOptions {
  engine: RelaisEngine;
  logger: Logger;
  corpusDir: string;
  /** Reindex this often; undefined: no schedule. */
  intervalMs?: number;
  /** Reindex when the corpus folder changes. */
  onChange: boolean;
  /** Watcher tuning (tests). */
  watcher?: Partial<Pick<CorpusWatcherOptions, 'debounceMs' | 'pollMs' | 'forcePolling'>>;
}

export class AutomaticReindex {
  private timer: NodeJS.Timeout | undefined;
  private watcher: CorpusWatcher | undefined;
  private running: Promise<void> | undefined;
  private again: ReindexTrigger | undefined;
  private stopped = false;

  private constructor(private readonly options: AutomaticReindexOptions) {}

  static async start(options: AutomaticReindexOptions): Promise<AutomaticReindex> {
    const auto = new AutomaticReindex(options);
    if (options.intervalMs !== undefined) {
      auto.timer = setInterval(() => void auto.trigger('schedule'), options.intervalMs);
      auto.timer.unref();
      options.logger.info({ everyMs: options.intervalMs }, 'scheduled reindex on');
    }
    if (options.onChange) {
      auto.watcher = await CorpusWatcher.start({
        dir: options.corpusDir,
        logger: options.logger,
        onChange: () => void auto.trigger('corpus-change'),
        ...options.watcher,
      });
    }
    return auto;
  }

  /** Runs a reindex now (or right after the one in progress); resolves when done, never rejects. */
  trigger(trigger: ReindexTrigger): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = trigger;
      return this.running;
    }
    this.running = this.run(trigger).finally(() => {
      this.running = undefined;
      const next = this.again;
      this.again = undefined;
      if (next && !this.stopped) void this.trigger(next);
    });
    return this.running;
  }

  /** Resolves when no automatic reindex is running or queued. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    this.watcher?.stop();
  }

  private async run(trigger: ReindexTrigger): Promise<void> {
    const { engine, logger } = this.options;
    try {
      logReindexSummary(logger, trigger, await engine.reindex());
    } catch (error) {
      logger.error(
        { trigger, error: error instanceof Error ? error.message : String(error) },
        'automatic reindex failed; the previous index keeps serving',
      );
    }
  }
}

/** One log line per reindex; a warning when files were skipped, so they are noticed. */
export function logReindexSummary(logger: Logger, trigger: string, summary: ReindexSummary): void {
  const details = {
    trigger,
    documents: summary.documents,
    passages: summary.passages,
    durationMs: summary.durationMs,
    added: summary.added,
    changed: summary.changed,
    removed: summary.removed,
    skipped: summary.skipped,
  };
  if (summary.skipped.length > 0)
    logger.warn(
      details,
      `reindex done; ${summary.skipped.length} file(s) skipped: ${summary.skipped.map((s) => `${s.file} (${s.reason})`).join(', ')}`,
    );
  else logger.info(details, 'reindex done');
}
