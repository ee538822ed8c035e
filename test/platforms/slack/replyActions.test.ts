// A reply's buttons in Block Kit: one actions block, last, in the reply's language, within the 50 blocks.
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../commands/reply.ts';
import { renderSlackReply, SLACK_LIMITS } from '../../../src/platforms/slack/rendering/renderSlackReply.ts';
import { REPLY_BUTTON_ACTION, replyActionBlocks } from '../../../src/platforms/slack/rendering/replyActions.ts';

describe('Slack reply actions', () => {
  it('renders 👍 / 👎 and share as buttons of one actions block', () => {
    const [block] = replyActionBlocks(
      [
        { kind: 'feedback', answerId: 'A1' },
        { kind: 'share', answerId: 'A1' },
      ],
      'en',
    );
    expect(block?.elements.map((e) => [e.action_id, e.text.text])).toEqual([
      ['relais:vote:up:A1', '👍 Helpful'],
      ['relais:vote:down:A1', '👎 Not helpful'],
      ['relais:share:A1', 'Share in channel'],
    ]);
    expect(replyActionBlocks(undefined, 'fr')).toEqual([]);
  });

  it("renders a confirmation as a danger button of the same block, its own action_id, the asker's language in its value", () => {
    const confirm = { kind: 'confirm' as const, label: 'Retirer', command: 'remove', options: { file: 'a.txt', confirmed: 'oui' } };
    const [block] = replyActionBlocks([{ kind: 'read-passage', label: 'Lire le passage', passage: 'P.1' }, confirm], 'fr');
    expect(block?.elements.map((e) => [e.action_id, e.style])).toEqual([
      ['relais_read_passage', undefined],
      ['relais_confirm', 'danger'],
    ]);
    expect(block?.elements[1]?.value).toBe('fr|["remove",{"file":"a.txt","confirmed":"oui"}]');
    expect(block?.elements.every((e) => REPLY_BUTTON_ACTION.test(e.action_id))).toBe(true);
  });

  it('renders no actions block when no button is left (Slack refuses one without elements)', () => {
    expect(replyActionBlocks([{ kind: 'read-passage', label: 'Lire le passage', passage: 'x'.repeat(2001) }], 'fr')).toEqual([]);
    const { blocks } = renderSlackReply({
      ephemeral: false,
      heading: 'h',
      sections: [],
      actions: [{ kind: 'read-passage', label: 'L', passage: 'x'.repeat(2001) }],
    });
    expect(blocks.map((b) => b.type)).toEqual(['section']);
  });

  it('puts the buttons last, and keeps the message within 50 blocks', () => {
    const reply: Reply = {
      ephemeral: false,
      heading: 'Liste',
      sections: Array.from({ length: 80 }, (_, i) => ({ type: 'text' as const, text: `ligne ${i}` })),
      actions: [{ kind: 'feedback', answerId: 'A2' }],
    };
    const { blocks } = renderSlackReply(reply, { locale: 'fr' });
    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    expect(blocks.at(-1)).toMatchObject({
      type: 'actions',
      elements: [{ text: { text: '👍 Utile' } }, { text: { text: '👎 Pas utile' } }],
    });
  });
});
