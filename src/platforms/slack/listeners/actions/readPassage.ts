// "Lire le passage": a click on the button under an answer shows the clicker, and only them, the
// paragraph around the cited fact (posted to the click's response_url as an ephemeral message, so the
// answer in the channel stays as it was).
import type { BlockAction } from '@slack/bolt';
import { readPassageReply } from '../../../../../commands/readPassage.ts';
import { errorReply, type Reply } from '../../../../../commands/reply.ts';
import { detectLocale, type Locale } from '../../../../engine/index.ts';
import { messagesFor } from '../../../../messages/catalogue.ts';
import { renderSlackReply } from '../../rendering/renderSlackReply.ts';
import { postToResponseUrl } from '../../responseUrl.ts';
import { describeError, logFailure } from '../../slackErrors.ts';
import type { ListenerDeps } from '../listenerDeps.ts';

export async function showPassage(body: BlockAction, reference: string, deps: ListenerDeps): Promise<void> {
  // The answer's own language: the click carries no locale, the message it sits under does.
  const locale: Locale = detectLocale(body.message?.['text'] ?? '');
  const where = { channel: body.channel?.id, user: body.user.id, via: 'read_passage' };
  const send = async (reply: Reply) => {
    const { text, blocks } = renderSlackReply(reply, { locale });
    await postToResponseUrl(
      body.response_url,
      { response_type: 'ephemeral', text, blocks, replace_original: false },
      deps.responseUrlPolicy,
    );
  };
  try {
    await send(await readPassageReply(deps.engine, reference, locale));
  } catch (error) {
    const ref = logFailure(deps.logger, error, where, 'read passage failed');
    await send(errorReply(messagesFor(locale).somethingWentWrong(ref))).catch((second: unknown) => {
      deps.logger.error({ errorId: ref, ...where, error: describeError(second) }, 'could not tell the user either');
    });
  }
}
