// The one route for clicks on a reply's buttons (block_actions), by kind: "Lire le passage", 👍 / 👎
// and "Partager dans le canal", the confirmation of `remove`. Each kind's answer lives in its own file.
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { readActionButtonId } from '../../../../../commands/replyActions.ts';
import { CONFIRM_ACTION_ID, READ_PASSAGE_ACTION, REPLY_BUTTON_ACTION } from '../../rendering/replyActions.ts';
import type { ListenerDeps } from '../listenerDeps.ts';
import { answerClick } from './answerButtons.ts';
import { answerConfirmation } from './confirmAction.ts';
import { showPassage } from './readPassage.ts';

function answerButton(body: BlockAction<ButtonAction>, action: ButtonAction, deps: ListenerDeps): Promise<void> {
  if (action.action_id === READ_PASSAGE_ACTION) return showPassage(body, action.value ?? '', deps);
  if (action.action_id === CONFIRM_ACTION_ID) return answerConfirmation(body, action.value ?? '', deps);
  if (readActionButtonId(action.action_id)) return answerClick(body, action, deps);
  return Promise.resolve();
}

export function registerReplyButtons(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>({ type: 'block_actions', action_id: REPLY_BUTTON_ACTION }, async ({ ack, body, action }) => {
    await ack();
    await deps.track(answerButton(body, action, deps));
  });
}
