// Votes kept in memory only: the terminal, tests, and adapters started without a store.
import type { FeedbackStore, FeedbackSummary, FeedbackVote, VoteOutcome } from '../../commands/command.ts';
import { FeedbackTally } from './feedbackTally.ts';

export class InMemoryFeedbackStore implements FeedbackStore {
  private readonly tally = new FeedbackTally();

  async vote(vote: FeedbackVote): Promise<VoteOutcome> {
    return this.tally.apply(vote);
  }

  async summary(options: { top?: number } = {}): Promise<FeedbackSummary> {
    return this.tally.summary(options);
  }
}
