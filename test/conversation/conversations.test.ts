// Conversations: what a scope remembers, and what clicks on an answer's buttons come to.
import { describe, expect, it } from 'vitest';
import type { GivenAnswer, Invoker } from '../../commands/command.ts';
import { Conversations } from '../../src/conversation/conversations.ts';
import { InMemoryFeedbackStore } from '../../src/conversation/inMemoryFeedbackStore.ts';
import { voterHash } from '../../src/conversation/voterHash.ts';
import type { Answer } from '../../src/engine/index.ts';

const asker: Invoker = { platform: 'slack', userId: 'U1', isAdmin: false };
const answer = {
  question: 'q',
  answered: true,
  language: 'fr',
  answerType: 'number',
  facts: [
    { source: 'corpus/a.txt', title: 'A', excerpt: 'x', highlights: [], score: 1 },
    { source: 'corpus/a.txt', title: 'A', excerpt: 'y', highlights: [], score: 1 },
    { source: 'corpus/b.txt', title: 'B', excerpt: 'z', highlights: [], score: 1 },
  ],
  related: [],
  confidence: 1,
} as unknown as Answer;
const given = (question: string): GivenAnswer => ({
  question,
  answer,
  reply: { ephemeral: true, heading: '2 faits', sections: [] },
  locale: 'fr',
  invoker: asker,
});

describe('Conversations', () => {
  it('remembers a question as the next turn of its conversation, and answers by id', () => {
    const conversations = new Conversations();
    const scope = conversations.scope('slack:C:1');
    const id = scope.remember(given('Qui préside ?')) as string;
    expect(conversations.scope('slack:C:1').earlier).toEqual([{ question: 'Qui préside ?' }]);
    expect(conversations.answers.find(id)?.question).toBe('Qui préside ?');
    // A one-off (a slash command) keeps the answer for its buttons, not a conversation.
    expect(conversations.scope(undefined).remember(given('Seul ?'))).toMatch(/^[\w-]{16}$/);
  });

  it("records a vote with the question, its sources once each, and the voter's salted hash", async () => {
    const votes = new InMemoryFeedbackStore();
    const recorded: unknown[] = [];
    const spy = {
      vote: async (v: Parameters<typeof votes.vote>[0]) => {
        recorded.push(v);
        return votes.vote(v);
      },
      summary: () => votes.summary(),
    };
    const conversations = new Conversations({ votes: spy, salt: 'sel-de-test-0123456789' });
    const id = conversations.scope(undefined).remember(given('Combien ?')) as string;
    const outcome = await conversations.click({ kind: 'feedback', answerId: id, vote: 'down' }, { ...asker, userId: 'U2' }, 'en');
    expect(outcome.notice.heading).toContain('enregistré');
    expect(recorded[0]).toMatchObject({
      question: 'Combien ?',
      sources: ['corpus/a.txt', 'corpus/b.txt'],
      vote: 'down',
      voterHash: voterHash('sel-de-test-0123456789', 'slack', 'U2'),
    });
    expect(JSON.stringify(recorded)).not.toContain('U2');
  });

  it('shares for the asker only, and says when an answer is gone', async () => {
    const conversations = new Conversations();
    const id = conversations.scope(undefined).remember(given('Combien ?')) as string;
    expect((await conversations.click({ kind: 'share', answerId: id }, { ...asker, userId: 'U9' }, 'fr')).publicReply).toBeUndefined();
    const shared = await conversations.click({ kind: 'share', answerId: id }, asker, 'fr');
    expect(shared.publicReply).toMatchObject({
      ephemeral: false,
      heading: 'Question : « Combien ? »',
      actions: [{ kind: 'feedback', answerId: id }],
    });
    const gone = await conversations.click({ kind: 'feedback', answerId: 'nope', vote: 'up' }, asker, 'en');
    expect(gone.notice.heading).toMatch(/too old/);
  });
});
