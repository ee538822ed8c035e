// A reindex that must reach every Discord shard when each holds its own index in memory (the embedded
// backends; with PostgreSQL the shared generation does it, and nothing is relayed). Both ends use one:
// a rebuild made here by an admin or a schedule is announced; a rebuild asked for by the other end is
// run without being announced back, so a reindex goes round once.
import type { Logger, RelaisEngine } from '../../engine/index.ts';

export class ReindexRelay {
  /** Relayed rebuilds running: their outcome is not announced. */
  private relaying = 0;
  private readonly stopWatching: () => void;

  constructor(
    private readonly engine: RelaisEngine,
    private readonly logger: Logger,
    announce: () => void,
  ) {
    this.stopWatching = engine.onReindex((outcome) => {
      if (outcome.ok && this.relaying === 0) announce();
    });
  }

  /** Rebuilds this index because another one was rebuilt; a failure is logged, the old index serves on. */
  rebuild(): void {
    this.relaying++;
    this.engine
      .reindex()
      .then(
        (summary) => this.logger.info({ documents: summary.documents, ms: summary.durationMs }, 'index rebuilt after a reindex elsewhere'),
        (error: unknown) => this.logger.warn({ error: String(error) }, 'relayed reindex failed; the previous index keeps serving'),
      )
      .finally(() => {
        this.relaying--;
      });
  }

  stop(): void {
    this.stopWatching();
  }
}
