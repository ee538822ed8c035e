// @Relais in a channel: answered in the mention's thread (or a new thread under the mention).
import type { App } from '@slack/bolt';
import { fileRefs } from '../../slackFiles.ts';
import { answerConversationMessage } from '../conversationAnswer.ts';
import type { ListenerDeps } from '../listenerDeps.ts';

export function registerAppMention(app: App, deps: ListenerDeps): void {
  app.event('app_mention', async ({ event, context, client }) => {
    const isDirectMessage = event.channel.startsWith('D');
    await deps.track(
      answerConversationMessage(
        { ...event, files: fileRefs(event.files) },
        { replyIn: isDirectMessage ? 'direct' : 'thread', isDirectMessage, botUserId: context.botUserId, via: 'app_mention' },
        client,
        deps,
      ),
    );
  });
}
