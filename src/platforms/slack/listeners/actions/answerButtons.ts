// Clicks on the buttons under an answer (block_actions): 👍 / 👎 record a vote and thank the clicker
// privately; "Partager dans le canal" posts the private answer for the whole channel, the question
// restated, and turns the private copy into a short note. Everything goes through the click's
// response_url, which works in channels Relais has not joined, as /relais does.
import type { BlockAction, ButtonAction } from '@slack/bolt';
import { readActionButtonId } from '../../../../../commands/replyActions.ts';
import type { Reply } from '../../../../../commands/reply.ts';
import { renderSlackReply } from '../../rendering/renderSlackReply.ts';
import { postToResponseUrl, type ResponseUrlMessage } from '../../responseUrl.ts';
import { logFailure } from '../../slackErrors.ts';
import type { ListenerDeps } from '../listenerDeps.ts';

export async function answerClick(body: BlockAction<ButtonAction>, action: ButtonAction, deps: ListenerDeps): Promise<void> {
  const where = { user: body.user.id, channel: body.channel?.id, action: action.action_id, via: 'block_actions' };
  const click = readActionButtonId(action.action_id);
  if (!click || body.response_url === undefined) return;
  const invoker = { platform: 'slack' as const, userId: body.user.id, isAdmin: deps.adminUserIds.has(body.user.id) };
  try {
    // Slack does not say the clicker's language; the answer's is used (French when it is gone).
    const outcome = await deps.conversations.click(click, invoker, 'fr');
    const respond = (reply: Reply, fields: Omit<ResponseUrlMessage, 'text' | 'blocks'>) => {
      const { text, blocks } = renderSlackReply(reply, { locale: outcome.locale });
      return postToResponseUrl(body.response_url as string, { ...fields, text, blocks }, deps.responseUrlPolicy);
    };
    if (outcome.publicReply) {
      await respond(outcome.publicReply, { response_type: 'in_channel', replace_original: false });
      await respond(outcome.notice, { response_type: 'ephemeral', replace_original: true });
    } else {
      await respond(outcome.notice, { response_type: 'ephemeral', replace_original: false });
    }
  } catch (error) {
    logFailure(deps.logger, error, where, 'button click not answered');
  }
}
