// A reply's buttons as one Block Kit actions block. Button values carry what the click needs (a
// passage reference, a few dozen characters; Slack allows 2,000) and nothing private.
import type { ReplyAction } from '../../../../commands/replyActions.ts';

/** The action_id of the "Lire le passage" button, which the actions listener answers. */
export const READ_PASSAGE_ACTION = 'relais_read_passage';

const MAX_BUTTON_TEXT = 75;
const MAX_VALUE = 2000;

export interface SlackButton {
  type: 'button';
  action_id: string;
  text: { type: 'plain_text'; text: string; emoji: boolean };
  value: string;
}

export interface SlackActionsBlock {
  type: 'actions';
  elements: SlackButton[];
}

function button(action: ReplyAction): SlackButton | undefined {
  if (action.passage.length > MAX_VALUE) return undefined;
  return { type: 'button', action_id: READ_PASSAGE_ACTION, text: { type: 'plain_text', text: action.label.slice(0, MAX_BUTTON_TEXT), emoji: false }, value: action.passage };
}

/** The actions block, or none when the reply has no button. */
export function replyActionBlocks(actions: readonly ReplyAction[] | undefined): SlackActionsBlock[] {
  // Slack wants action_ids unique within a block: one button of each kind.
  const buttons = (actions ?? []).map(button).filter((b): b is SlackButton => b !== undefined).slice(0, 1);
  return buttons.length > 0 ? [{ type: 'actions', elements: buttons }] : [];
}
