// Every Slack listener, registered by kind (slash commands, events, messages, button actions).
import type { App } from '@slack/bolt';
import { registerConfirmAction } from './actions/confirmAction.ts';
import { registerRelaisCommand } from './commands/relaisCommand.ts';
import { registerAppMention } from './events/appMention.ts';
import type { ListenerDeps } from './listenerDeps.ts';
import { registerDirectMessage } from './messages/directMessage.ts';

export function registerListeners(app: App, deps: ListenerDeps): void {
  registerRelaisCommand(app, deps);
  registerAppMention(app, deps);
  registerDirectMessage(app, deps);
  registerConfirmAction(app, deps);
}
