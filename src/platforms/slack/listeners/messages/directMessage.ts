// A direct message to Relais (message.im): answered right there, in the DM.
import type { App } from '@slack/bolt';
import { fileRefs } from '../../slackFiles.ts';
import { answerConversationMessage } from '../conversationAnswer.ts';
import type { ListenerDeps } from '../listenerDeps.ts';

export function registerDirectMessage(app: App, deps: ListenerDeps): void {
  app.message(async ({ message, context, client }) => {
    if (message.channel_type !== 'im') return;
    await deps.track(
      answerConversationMessage(
        {
          channel: message.channel,
          ts: message.ts,
          subtype: message.subtype,
          ...('thread_ts' in message && typeof message.thread_ts === 'string' ? { thread_ts: message.thread_ts } : {}),
          ...('user' in message && typeof message.user === 'string' ? { user: message.user } : {}),
          ...('text' in message && typeof message.text === 'string' ? { text: message.text } : {}),
          ...('bot_id' in message && typeof message.bot_id === 'string' ? { bot_id: message.bot_id } : {}),
          ...('files' in message && Array.isArray(message.files) ? { files: fileRefs(message.files) } : {}),
        },
        { replyIn: 'direct', isDirectMessage: true, botUserId: context.botUserId, via: 'message.im' },
        client,
        deps,
      ),
    );
  });
}
