// The question stats of a Discord shard process: records go up to the manager, which keeps them in its
// store (the file in DATA_DIR, or PostgreSQL), and `stats` asks the manager for the summary — so every
// shard shows the same figures, and shards never write to one file side by side.
import type { QuestionStatsSummary } from '../../../commands/command.ts';
import type { Answer } from '../../engine/index.ts';
import { questionRecord, type QuestionRecord, type QuestionStatsStore } from '../questionStatsStore.ts';
import type { ManagerToShard, MessageChannel, ShardToManager } from './shardMessages.ts';
import { PendingReplies } from './pendingReplies.ts';

/** How long `stats` waits for the manager. */
const SUMMARY_TIMEOUT_MS = 10_000;

export class RelayedQuestionStats implements QuestionStatsStore {
  private readonly summaries = new PendingReplies<QuestionStatsSummary>(SUMMARY_TIMEOUT_MS);

  constructor(
    private readonly manager: MessageChannel<ShardToManager, ManagerToShard>,
    private readonly now: () => number = Date.now,
  ) {
    manager.onMessage((message) => {
      if (message.relais !== 'stats-summary') return;
      if (message.summary) this.summaries.settle(message.id, message.summary);
      else this.summaries.reject(message.id, new Error(message.error ?? 'the manager has no stats'));
    });
  }

  record(platform: string, question: string, answer: Answer, latencyMs: number): void {
    this.keep(questionRecord(platform, question, answer, latencyMs, this.now()));
  }

  keep(record: QuestionRecord): void {
    this.manager.send({ relais: 'stats-record', record });
  }

  summary(options: { top?: number } = {}): Promise<QuestionStatsSummary> {
    const { id, reply } = this.summaries.open();
    this.manager.send({ relais: 'stats-summary-request', id, ...(options.top !== undefined ? { top: options.top } : {}) });
    return reply;
  }

  /** IPC messages leave in order, as they are sent: nothing is buffered here. */
  async flush(): Promise<void> {}

  async close(): Promise<void> {}
}
