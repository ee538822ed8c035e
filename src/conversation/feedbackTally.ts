// Counting votes the way every feedback store does: each voter's latest vote on an answer counts once
// (changing it replaces it, the same vote again changes nothing); the share of helpful answers, and
// the answers with the most 👎 with their question and sources.
import type { DislikedAnswer, FeedbackSummary, FeedbackVote, VoteOutcome } from '../../commands/command.ts';

interface AnswerVotes {
  question: string;
  sources: string[];
  byVoter: Map<string, FeedbackVote['vote']>;
}

export class FeedbackTally {
  private readonly answers = new Map<string, AnswerVotes>();

  /** Applies a vote; says whether it was new, a change, or a repeat. */
  apply(vote: FeedbackVote): VoteOutcome {
    const entry = this.answers.get(vote.answerId) ?? { question: vote.question, sources: vote.sources, byVoter: new Map() };
    this.answers.set(vote.answerId, entry);
    const previous = entry.byVoter.get(vote.voterHash);
    if (previous === vote.vote) return 'unchanged';
    entry.byVoter.set(vote.voterHash, vote.vote);
    return previous === undefined ? 'recorded' : 'changed';
  }

  summary(options: { top?: number } = {}): FeedbackSummary {
    let votes = 0;
    let helpful = 0;
    const disliked: DislikedAnswer[] = [];
    for (const entry of this.answers.values()) {
      const all = [...entry.byVoter.values()];
      const up = all.filter((v) => v === 'up').length;
      votes += all.length;
      helpful += up;
      if (all.length > up) disliked.push({ question: entry.question, sources: entry.sources, down: all.length - up, up });
    }
    disliked.sort((a, b) => b.down - a.down || a.up - b.up || a.question.localeCompare(b.question));
    return { votes, helpful, helpfulShare: votes > 0 ? helpful / votes : 0, mostDisliked: disliked.slice(0, options.top ?? 5) };
  }
}
