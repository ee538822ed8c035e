// What the answer buttons reply: a shared answer restates its question, keeps the answer as the asker
// saw it (with no empty paragraph for an answer that opens with its fact) and its "Lire le passage"
// button, gets 👍 / 👎, and no second share button.
import { describe, expect, it } from 'vitest';
import { sharedAnswer } from '../../commands/answerButtons.ts';
import type { GivenAnswer } from '../../commands/command.ts';
import type { Reply } from '../../commands/reply.ts';

const asked = (reply: Reply): GivenAnswer => ({
  question: 'Combien de prises ?',
  // The shared reply is made from the reply as given; the engine's answer is not read.
  answer: {} as GivenAnswer['answer'],
  reply,
  locale: 'fr',
  invoker: { platform: 'slack', userId: 'U1', isAdmin: false },
});

const lead: Reply['sections'][number] = {
  type: 'fact',
  excerpt: 'Le réseau compte 4 200 prises.',
  highlights: [{ start: 17, end: 22 }],
  lead: true,
  citation: { title: 'Titre', source: 'corpus/a.txt', date: '12 mars 2019' },
};

describe('sharedAnswer', () => {
  it('restates the question, opens with the answer, keeps "Lire le passage" and adds 👍 / 👎 only', () => {
    const shared = sharedAnswer(
      asked({
        ephemeral: true,
        heading: '',
        sections: [lead],
        actions: [{ kind: 'read-passage', label: 'Lire le passage', passage: 'a.1.b' }],
      }),
      'A1',
    );
    expect(shared.ephemeral).toBe(false);
    expect(shared.heading).toContain('Combien de prises ?');
    expect(shared.sections).toEqual([lead]);
    expect(shared.actions).toEqual([
      { kind: 'read-passage', label: 'Lire le passage', passage: 'a.1.b' },
      { kind: 'feedback', answerId: 'A1' },
    ]);
  });

  it('keeps the heading of a reply that has one (a refusal) as its first paragraph', () => {
    const shared = sharedAnswer(asked({ ephemeral: true, heading: 'Le corpus ne le dit pas.', sections: [] }), 'A2');
    expect(shared.sections).toEqual([{ type: 'text', text: 'Le corpus ne le dit pas.' }]);
    expect(shared.actions).toEqual([{ kind: 'feedback', answerId: 'A2' }]);
  });
});
