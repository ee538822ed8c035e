// /relais <question> | sources [filter] [page] | reindex | help
// Acknowledged at once (Slack's 3-second rule), then answered through the command's response_url:
// ephemeral replies only to the asker, the others in the channel. A question's answer is private by
// default (ANSWER_VISIBILITY), with a "Partager dans le canal" button. Works the same over HTTP and
// Socket Mode, and in channels the bot has not joined.
import type { App, SlashCommand, webApi } from '@slack/bolt';
import { errorReply, type Reply } from '../../../../../commands/reply.ts';
import { renderSlackReply } from '../../rendering/renderSlackReply.ts';
import { postToResponseUrl } from '../../responseUrl.ts';
import { detectLocale } from '../../../../engine/index.ts';
import { messagesFor } from '../../../../messages/catalogue.ts';
import { runSlackCommand } from '../../runSlackCommand.ts';
import { describeError, logFailure } from '../../slackErrors.ts';
import type { ListenerDeps } from '../listenerDeps.ts';

export const RELAIS_SLASH_COMMAND = '/relais';

export function registerRelaisCommand(app: App, deps: ListenerDeps): void {
  app.command(RELAIS_SLASH_COMMAND, async ({ command, ack, client }) => {
    await ack();
    await deps.track(answerSlashCommand(command, client, deps));
  });
}

async function answerSlashCommand(command: SlashCommand, client: webApi.WebClient, deps: ListenerDeps): Promise<void> {
  const locale = detectLocale(command.text);
  const where = { channel: command.channel_id, user: command.user_id, via: 'slash_command' };
  const send = async (reply: Reply) => {
    const { text, blocks } = renderSlackReply(reply, { locale });
    await postToResponseUrl(
      command.response_url,
      { response_type: reply.ephemeral ? 'ephemeral' : 'in_channel', text, blocks, replace_original: false },
      deps.responseUrlPolicy,
      (retry) => deps.logger.warn({ ...where, ...retry }, 'response_url post failed; retrying'),
    );
  };
  try {
    // A slash command carries no file: `/relais add` takes the asker's latest share in the channel.
    const findFiles = async () =>
      (await deps.slackFiles.recentShare(client, command.channel_id, command.user_id)).map((ref) => deps.slackFiles.incoming(client, ref));
    const line = {
      text: command.text,
      userId: command.user_id,
      locale,
      conversation: deps.conversations.scope(undefined),
      visibility: deps.conversations.visibility,
      findFiles,
    };
    await send(await runSlackCommand(line, deps, send));
  } catch (error) {
    const ref = logFailure(deps.logger, error, where, 'slash command answer failed');
    await send(errorReply(messagesFor(locale).somethingWentWrong(ref))).catch((second: unknown) => {
      deps.logger.error({ errorId: ref, ...where, error: describeError(second) }, 'could not tell the user either');
    });
  }
}
