// Every Slack listener, registered by kind (slash commands, events, messages, button actions).
import type { App } from '@slack/bolt';
import { registerReplyButtons } from './actions/replyButtons.ts';
import { registerRelaisCommand } from './commands/relaisCommand.ts';
import { registerAppMention } from './events/appMention.ts';
import type { ListenerDeps } from './listenerDeps.ts';
import { registerDirectMessage } from './messages/directMessage.ts';
import { registerThreadFollowUp } from './messages/threadFollowUp.ts';

export function registerListeners(app: App, deps: ListenerDeps): void {
  registerRelaisCommand(app, deps);
  registerAppMention(app, deps);
  registerDirectMessage(app, deps);
  registerThreadFollowUp(app, deps);
  registerReplyButtons(app, deps);
}
