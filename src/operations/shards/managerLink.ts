// A Discord shard process's end of the IPC with its manager: its question stats and votes go up (relayed stores),
// it answers the manager's requests for its metrics, and, with an embedded index, it announces its own
// reindexes and rebuilds when another shard (or the manager's schedule) reindexed.
import type { Logger, RelaisEngine } from '../../engine/index.ts';
import type { RelaisMetrics } from '../metrics.ts';
import { ReindexRelay } from './reindexRelay.ts';
import { RelayedFeedback } from './relayedFeedback.ts';
import { RelayedQuestionStats } from './relayedQuestionStats.ts';
import type { ManagerToShard, MessageChannel, ShardToManager } from './shardMessages.ts';

export class ManagerLink {
  readonly stats: RelayedQuestionStats;
  readonly feedback: RelayedFeedback;
  private reindex: ReindexRelay | undefined;

  constructor(
    private readonly manager: MessageChannel<ShardToManager, ManagerToShard>,
    metrics: RelaisMetrics,
  ) {
    this.stats = new RelayedQuestionStats(manager);
    this.feedback = new RelayedFeedback(manager);
    manager.onMessage((message) => {
      if (message.relais === 'metrics-request') {
        void metrics.registry.getMetricsAsJSON().then((json) => manager.send({ relais: 'metrics', id: message.id, metrics: json }));
      } else if (message.relais === 'reindex') {
        this.reindex?.rebuild();
      }
    });
  }

  /** Embedded index: reindexes made here are announced, those made elsewhere rebuilt here. */
  relayReindexes(engine: RelaisEngine, logger: Logger): void {
    this.reindex = new ReindexRelay(engine, logger, () => this.manager.send({ relais: 'reindexed' }));
  }

  stop(): void {
    this.reindex?.stop();
  }
}
