// A click on a reply's confirm button (`remove` once asked): the command runs as if typed by whoever
// clicked — refused to them alone when they may not run it, the question left in place — and its
// outcome replaces the question, through the action's response_url.
import type { BlockAction } from '@slack/bolt';
import { allCommands } from '../../../../../commands/allCommands.ts';
import type { Locale } from '../../../../../commands/command.ts';
import { decodeConfirm } from '../../../../../commands/replyActions.ts';
import { errorReply, type Reply } from '../../../../../commands/reply.ts';
import { canRun, runCommand } from '../../../../../commands/runCommand.ts';
import { messagesFor } from '../../../../messages/catalogue.ts';
import { renderSlackReply } from '../../rendering/renderSlackReply.ts';
import { postToResponseUrl } from '../../responseUrl.ts';
import { slackCommandContext } from '../../runSlackCommand.ts';
import { logFailure } from '../../slackErrors.ts';
import type { ListenerDeps } from '../listenerDeps.ts';

/** `locale|payload` (../../rendering/replyActions.ts). */
function readValue(value: string): { locale: Locale; payload: string } {
  const [locale, ...rest] = value.split('|');
  return { locale: locale === 'en' ? 'en' : 'fr', payload: rest.join('|') };
}

export async function answerConfirmation(body: BlockAction, value: string, deps: ListenerDeps): Promise<void> {
  const { locale, payload } = readValue(value);
  const where = { channel: body.channel?.id, user: body.user.id, via: 'block_actions' };
  const send = async (reply: Reply, replaceOriginal: boolean): Promise<void> => {
    const { text, blocks } = renderSlackReply(reply, { locale });
    await postToResponseUrl(
      body.response_url,
      { response_type: 'ephemeral', text, blocks, replace_original: replaceOriginal },
      deps.responseUrlPolicy,
      (retry) => deps.logger.warn({ ...where, ...retry }, 'response_url post failed; retrying'),
    );
  };
  try {
    const confirmation = decodeConfirm(payload);
    const command = confirmation && allCommands.find((c) => c.name === confirmation.command);
    if (!confirmation || !command) {
      await send(errorReply(messagesFor(locale).documents.confirmationExpired), false);
      return;
    }
    const invoker = { platform: 'slack', userId: body.user.id, isAdmin: deps.adminUserIds.has(body.user.id) } as const;
    // Someone else's click: refused to them alone, the question stays for the admin who asked.
    const allowed = canRun(command, invoker);
    const context = slackCommandContext(deps, (r) => send(r, false));
    const reply = await runCommand(command, { options: confirmation.options, locale, invoker }, context);
    await send(reply, allowed);
  } catch (error) {
    const ref = logFailure(deps.logger, error, where, 'confirmation failed');
    await send(errorReply(messagesFor(locale).somethingWentWrong(ref)), false).catch(() => undefined);
  }
}
