// A reply's buttons as one Block Kit `actions` block: "Lire le passage" and 👍 / 👎 under an answer,
// "Partager dans le canal" under a private one. Feedback and share buttons' action_id says what they do
// and to which answer (commands/replyActions.ts); "Lire le passage" carries its passage reference in its
// value (a few dozen characters; Slack allows 2,000). The listeners in ../listeners/actions read them back.
import type { Locale } from '../../../engine/index.ts';
import { actionButtonIds, type ReplyAction } from '../../../../commands/replyActions.ts';
import { messagesFor } from '../../../messages/catalogue.ts';

/** The action_id of the "Lire le passage" button, which the actions listener answers. */
export const READ_PASSAGE_ACTION = 'relais_read_passage';

const MAX_BUTTON_TEXT = 75;
const MAX_VALUE = 2000;

export interface SlackButton {
  type: 'button';
  action_id: string;
  text: { type: 'plain_text'; text: string; emoji: true };
  value: string;
  style?: 'primary';
}

export interface SlackActionsBlock {
  type: 'actions';
  block_id: string;
  elements: SlackButton[];
}

const button = (actionId: string, text: string, value: string, primary = false): SlackButton => ({
  type: 'button', action_id: actionId, text: { type: 'plain_text', text, emoji: true }, value, ...(primary ? { style: 'primary' as const } : {}),
});

function buttonsOf(action: ReplyAction, locale: Locale): SlackButton[] {
  if (action.kind === 'read-passage') {
    return action.passage.length > MAX_VALUE ? [] : [button(READ_PASSAGE_ACTION, action.label.slice(0, MAX_BUTTON_TEXT), action.passage)];
  }
  const m = messagesFor(locale).conversation;
  const ids = actionButtonIds(action);
  if (action.kind === 'feedback') return [button(ids[0] as string, `👍 ${m.helpfulButton}`, action.answerId), button(ids[1] as string, `👎 ${m.notHelpfulButton}`, action.answerId)];
  return [button(ids[0] as string, m.shareButton, action.answerId, true)];
}

/**
 * The blocks for a reply's actions: one actions block (Slack allows 25 elements), or none when no
 * button is left (Slack refuses an actions block without elements: invalid_blocks).
 */
export function replyActionBlocks(actions: readonly ReplyAction[] | undefined, locale: Locale): SlackActionsBlock[] {
  const elements = (actions ?? []).flatMap((a) => buttonsOf(a, locale)).slice(0, 25);
  return elements.length > 0 ? [{ type: 'actions', block_id: 'relais-actions', elements }] : [];
}
