// A reply, without a mention, in a channel thread Relais has answered (message.channels,
// message.groups): answered in that thread, read with the thread's earlier questions. Messages in
// threads Relais did not answer, outside threads, or addressed to someone else (they mention another
// person and not Relais) are none of its business and are ignored.
import type { App } from '@slack/bolt';
import { answerConversationMessage, slackConversationKey } from '../conversationAnswer.ts';
import type { ListenerDeps } from '../listenerDeps.ts';

export function registerThreadFollowUp(app: App, deps: ListenerDeps): void {
  app.message(async ({ message, context, client }) => {
    if (message.channel_type !== 'channel' && message.channel_type !== 'group') return;
    const threadTs = 'thread_ts' in message && typeof message.thread_ts === 'string' ? message.thread_ts : undefined;
    if (threadTs === undefined || !deps.conversations.memory.knows(slackConversationKey(message.channel, threadTs))) return;
    const text = 'text' in message && typeof message.text === 'string' ? message.text : '';
    if (addressedToSomeoneElse(text, context.botUserId)) return;
    await deps.track(
      answerConversationMessage(
        {
          channel: message.channel,
          ts: message.ts,
          thread_ts: threadTs,
          subtype: message.subtype,
          ...('user' in message && typeof message.user === 'string' ? { user: message.user } : {}),
          ...('text' in message && typeof message.text === 'string' ? { text: message.text } : {}),
          ...('bot_id' in message && typeof message.bot_id === 'string' ? { bot_id: message.bot_id } : {}),
        },
        { replyIn: 'thread', isDirectMessage: false, botUserId: context.botUserId, via: 'thread_follow_up' },
        client,
        deps,
      ),
    );
  });
}

/** A message that mentions people, none of them Relais, talks to them. */
function addressedToSomeoneElse(text: string, botUserId: string | undefined): boolean {
  const mentioned = [...text.matchAll(/<@([A-Z0-9]+)(?:\|[^>]*)?>/g)].map((m) => m[1]);
  return mentioned.length > 0 && !mentioned.includes(botUserId);
}
