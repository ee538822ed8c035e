// A reply's buttons as a Block Kit actions block. A confirm button's value carries the asker's language
// and what the click runs (commands/replyActions.ts); ../listeners/actions/confirmAction.ts reads it.
import type { Locale } from '../../../../commands/command.ts';
import { encodeConfirm, type ReplyAction } from '../../../../commands/replyActions.ts';

export const CONFIRM_ACTION_ID = 'relais_confirm';
/** Slack's caps: a button's text and value. */
const MAX_LABEL = 75;
const MAX_VALUE = 2000;

export interface SlackButton {
  type: 'button';
  action_id: string;
  text: { type: 'plain_text'; text: string };
  style: 'danger';
  value: string;
}

export interface SlackActionsBlock {
  type: 'actions';
  elements: SlackButton[];
}

/** `locale|payload`: the click is answered in the language the question was asked in. */
export function confirmValue(action: ReplyAction, locale: Locale): string {
  return `${locale}|${encodeConfirm(action)}`;
}

export function replyActionBlocks(actions: readonly ReplyAction[] | undefined, locale: Locale): SlackActionsBlock[] {
  const buttons = (actions ?? [])
    .map((action) => ({ action, value: confirmValue(action, locale) }))
    // A payload too long for a button is left out; the reply's text says how to confirm by typing.
    .filter(({ value }) => value.length <= MAX_VALUE)
    .map(({ action, value }): SlackButton => ({
      type: 'button', action_id: CONFIRM_ACTION_ID, text: { type: 'plain_text', text: action.label.slice(0, MAX_LABEL) }, style: 'danger', value,
    }));
  return buttons.length > 0 ? [{ type: 'actions', elements: buttons.slice(0, 5) }] : [];
}
