// Answers a message addressed to Relais in a conversation: an @mention in a channel (answered in
// the thread), a reply in a thread Relais answered (the same), or a direct message (answered in the
// DM). Bots, including Relais itself, and edits, joins and other subtypes are ignored; each message
// is answered once however often Slack delivers it. The thread's (or DM's) earlier questions go
// with the new one, so a follow-up is read with them; in channels, a 👀 reaction shows the question
// is being worked on until the answer lands.
import type { webApi } from '@slack/bolt';
import type { IncomingFile } from '../../../../commands/corpusFiles.ts';
import { errorReply, type Reply } from '../../../../commands/reply.ts';
import { renderSlackReply } from '../rendering/renderSlackReply.ts';
import { detectLocale } from '../../../engine/index.ts';
import { messagesFor } from '../../../messages/catalogue.ts';
import { runSlackCommand } from '../runSlackCommand.ts';
import type { SlackFileRef } from '../slackFiles.ts';
import { describeError, logFailure } from '../slackErrors.ts';
import type { ListenerDeps } from './listenerDeps.ts';
import { showWorking } from './workingReaction.ts';

export interface ConversationMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  user?: string;
  text?: string;
  bot_id?: string;
  subtype?: string;
  /** Files shared in the message (subtype file_share, or a mention with files). */
  files?: SlackFileRef[];
}

/** A person's message with files is still a person's message; other subtypes (edits, joins…) are not. */
const ANSWERED_SUBTYPES: ReadonlySet<string | undefined> = new Set([undefined, 'file_share']);

export interface ConversationTarget {
  /** 'thread': reply in the message's thread (starting one); 'direct': reply where the message is. */
  replyIn: 'thread' | 'direct';
  /** Ephemeral replies: chat.postEphemeral in channels; in a DM only the asker sees it anyway. */
  isDirectMessage: boolean;
  botUserId: string | undefined;
  via: string;
}

/** Removes mentions of the bot (<@U123> or <@U123|name>) from a message. */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  const pattern = botUserId !== undefined ? new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g') : /^\s*<@[A-Z0-9]+(?:\|[^>]*)?>/;
  return text.replace(pattern, ' ').replace(/\s+/g, ' ').trim();
}

/** The conversation a message belongs to: its thread in a channel (the one its answer starts), the DM itself. */
export function slackConversationKey(channel: string, threadTs: string | undefined): string {
  return `slack:${channel}:${threadTs ?? '-'}`;
}

function isPersonMessage(message: ConversationMessage, botUserId: string | undefined): message is ConversationMessage & { user: string } {
  return message.bot_id === undefined && ANSWERED_SUBTYPES.has(message.subtype) && message.user !== undefined && message.user !== botUserId;
}

/** The files shared with a message: its own, else those of the thread it is in (looked up only for `add`). */
async function sharedFiles(message: ConversationMessage, client: webApi.WebClient, deps: ListenerDeps): Promise<IncomingFile[]> {
  const refs =
    (message.files ?? []).length > 0
      ? (message.files ?? [])
      : message.thread_ts !== undefined
        ? await deps.slackFiles.inThread(client, message.channel, message.thread_ts)
        : [];
  return refs.map((ref) => deps.slackFiles.incoming(client, ref));
}

export async function answerConversationMessage(
  message: ConversationMessage,
  target: ConversationTarget,
  client: webApi.WebClient,
  deps: ListenerDeps,
): Promise<void> {
  const where = { channel: message.channel, ts: message.ts, user: message.user, via: target.via };
  if (!isPersonMessage(message, target.botUserId)) {
    deps.logger.debug(where, "not a person's message; ignored");
    return;
  }
  if (!deps.answeredMessages.firstTime(`${message.channel}:${message.ts}`)) {
    deps.logger.debug(where, 'already answered; redelivery ignored');
    return;
  }
  const text = stripBotMention(message.text ?? '', target.botUserId);
  if (message.subtype === 'file_share' && text === '') {
    deps.logger.debug(where, 'a file shared without a word; nothing to answer');
    return;
  }
  const locale = detectLocale(text);
  const threadTs = target.replyIn === 'thread' ? (message.thread_ts ?? message.ts) : message.thread_ts;
  const post = async (reply: Reply) => {
    const { text: fallback, blocks } = renderSlackReply(reply, { locale });
    const common = { channel: message.channel, text: fallback, blocks, ...(threadTs !== undefined ? { thread_ts: threadTs } : {}) };
    if (reply.ephemeral && !target.isDirectMessage) await client.chat.postEphemeral({ ...common, user: message.user });
    else await client.chat.postMessage({ ...common, unfurl_links: false, unfurl_media: false });
  };
  const conversation = deps.conversations.scope(slackConversationKey(message.channel, threadTs));
  const done = target.isDirectMessage ? async () => undefined : await showWorking(client, message, deps.logger);
  try {
    const findFiles = () => sharedFiles(message, client, deps);
    await post(await runSlackCommand({ text, userId: message.user, locale, conversation, findFiles }, deps, post));
  } catch (error) {
    const ref = logFailure(deps.logger, error, where, 'conversation answer failed');
    await post(errorReply(messagesFor(locale).somethingWentWrong(ref))).catch((second: unknown) => {
      deps.logger.error({ errorId: ref, ...where, error: describeError(second) }, 'could not tell the user either');
    });
  } finally {
    await done();
  }
}
