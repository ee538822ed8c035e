// Runs a command the same way on every platform: preconditions first (admin-only), then the handler;
// a UserError becomes an ephemeral reply the user can act on, in their language, anything else is
// logged with an id and the user gets that id, never the error's text.
import { newErrorRef, UserError } from '../src/engine/index.ts';
import { messagesFor, userErrorText } from '../src/messages/catalogue.ts';
import type { CommandContext, CommandDefinition, CommandInput } from './command.ts';
import { errorReply, type Reply } from './reply.ts';

export async function runCommand(command: CommandDefinition, input: CommandInput, context: CommandContext): Promise<Reply> {
  if (command.adminOnly && !input.invoker.isAdmin) {
    context.logger.info({ command: command.name, platform: input.invoker.platform, user: input.invoker.userId }, 'admin command refused');
    return errorReply(userErrorText(new UserError('not-admin', { command: command.name }), input.locale));
  }
  try {
    return await command.run(input, context);
  } catch (error) {
    if (error instanceof UserError) return errorReply(userErrorText(error, input.locale));
    const id = newErrorRef();
    context.logger.error({ errorId: id, command: command.name, platform: input.invoker.platform, error: error instanceof Error ? error.stack : String(error) }, 'command failed');
    return errorReply(messagesFor(input.locale).somethingWentWrong(id));
  }
}
