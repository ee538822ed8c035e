// The answer votes of a Discord shard process: each 👍/👎 goes up to the manager, which keeps it in its
// store (the file in DATA_DIR, or PostgreSQL) and says whether it was new, changed or the same; the
// feedback summary is the manager's too — so a vote counts once whichever shard showed the answer.
import type { FeedbackStore, FeedbackSummary, FeedbackVote, VoteOutcome } from '../../../commands/command.ts';
import type { ManagerToShard, MessageChannel, ShardToManager } from './shardMessages.ts';
import { PendingReplies } from './pendingReplies.ts';

/** How long a vote or the summary waits for the manager. */
const REPLY_TIMEOUT_MS = 10_000;

export class RelayedFeedback implements FeedbackStore {
  private readonly outcomes = new PendingReplies<VoteOutcome>(REPLY_TIMEOUT_MS);
  private readonly summaries = new PendingReplies<FeedbackSummary>(REPLY_TIMEOUT_MS);

  constructor(private readonly manager: MessageChannel<ShardToManager, ManagerToShard>) {
    manager.onMessage((message) => {
      if (message.relais === 'vote-outcome') {
        if (message.outcome) this.outcomes.settle(message.id, message.outcome);
        else this.outcomes.reject(message.id, new Error(message.error ?? 'the manager did not record the vote'));
      } else if (message.relais === 'feedback-summary') {
        if (message.summary) this.summaries.settle(message.id, message.summary);
        else this.summaries.reject(message.id, new Error(message.error ?? 'the manager has no votes'));
      }
    });
  }

  vote(vote: FeedbackVote): Promise<VoteOutcome> {
    const { id, reply } = this.outcomes.open();
    this.manager.send({ relais: 'vote', id, vote });
    return reply;
  }

  summary(options: { top?: number } = {}): Promise<FeedbackSummary> {
    const { id, reply } = this.summaries.open();
    this.manager.send({ relais: 'feedback-summary-request', id, ...(options.top !== undefined ? { top: options.top } : {}) });
    return reply;
  }
}
