// Counting votes: each voter's latest vote on an answer counts once.
import { describe, expect, it } from 'vitest';
import type { FeedbackVote } from '../../commands/command.ts';
import { FeedbackTally } from '../../src/conversation/feedbackTally.ts';

const vote = (answerId: string, voterHash: string, v: 'up' | 'down', question = `question ${answerId}`): FeedbackVote => ({
  answerId,
  voterHash,
  vote: v,
  platform: 'discord',
  question,
  sources: [`corpus/${answerId}.txt`],
});

describe('FeedbackTally', () => {
  it('records a vote, changes it, and does not count it twice', () => {
    const tally = new FeedbackTally();
    expect(tally.apply(vote('a', 'h1', 'up'))).toBe('recorded');
    expect(tally.apply(vote('a', 'h1', 'up'))).toBe('unchanged');
    expect(tally.apply(vote('a', 'h1', 'down'))).toBe('changed');
    expect(tally.summary()).toMatchObject({ votes: 1, helpful: 0, helpfulShare: 0 });
  });

  it('gives the share of helpful votes and the answers with the most 👎 first', () => {
    const tally = new FeedbackTally();
    tally.apply(vote('a', 'h1', 'up'));
    tally.apply(vote('b', 'h1', 'down'));
    tally.apply(vote('b', 'h2', 'down'));
    tally.apply(vote('c', 'h1', 'down'));
    tally.apply(vote('c', 'h2', 'up'));
    const summary = tally.summary({ top: 2 });
    expect(summary).toMatchObject({ votes: 5, helpful: 2, helpfulShare: 0.4 });
    expect(summary.mostDisliked.map((d) => [d.question, d.down, d.up])).toEqual([
      ['question b', 2, 0],
      ['question c', 1, 1],
    ]);
    expect(summary.mostDisliked[0]?.sources).toEqual(['corpus/b.txt']);
  });
});
