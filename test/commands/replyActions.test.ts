// Button ids: what Relais writes it reads back, and nothing else.
import { describe, expect, it } from 'vitest';
import { ACTION_BUTTON_ID, actionButtonIds, readActionButtonId } from '../../commands/replyActions.ts';

describe('reply action ids', () => {
  it("round-trips feedback and share buttons, within Discord's 100 characters", () => {
    const ids = [...actionButtonIds({ kind: 'feedback', answerId: 'Ab_-12' }), ...actionButtonIds({ kind: 'share', answerId: 'Ab_-12' })];
    expect(ids.map(readActionButtonId)).toEqual([
      { kind: 'feedback', vote: 'up', answerId: 'Ab_-12' },
      { kind: 'feedback', vote: 'down', answerId: 'Ab_-12' },
      { kind: 'share', answerId: 'Ab_-12' },
    ]);
    expect(ids.every((id) => id.length <= 100 && ACTION_BUTTON_ID.test(id))).toBe(true);
  });

  it('reads nothing else as a Relais button', () => {
    for (const id of ['relais:vote:sideways:a', 'relais:share:', 'relais:share:a:b', 'other:vote:up:a', 'relais:vote:up:<@U1>', '']) {
      expect(readActionButtonId(id)).toBeUndefined();
    }
  });
});
