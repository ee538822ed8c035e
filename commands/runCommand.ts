// Runs a command the same way on every platform: preconditions first (admin-only), then the handler;
// a UserError becomes an ephemeral reply the user can act on, anything else is logged with an id and
// the user gets that id, never the error's text.
import { randomUUID } from 'node:crypto';
import { UserError } from '../src/engine/index.ts';
import type { CommandContext, CommandDefinition, CommandInput } from './command.ts';
import { errorReply, type Reply } from './reply.ts';

export async function runCommand(command: CommandDefinition, input: CommandInput, context: CommandContext): Promise<Reply> {
  const en = input.locale === 'en';
  if (command.adminOnly && !input.invoker.isAdmin) {
    context.logger.info({ command: command.name, platform: input.invoker.platform, user: input.invoker.userId }, 'admin command refused');
    return errorReply(en
      ? `Only Relais admins can run ${command.name}.`
      : `Seuls les administrateurs de Relais peuvent lancer ${command.name}.`);
  }
  try {
    return await command.run(input, context);
  } catch (error) {
    if (error instanceof UserError) return errorReply(error.message);
    const id = randomUUID().slice(0, 8);
    context.logger.error({ errorId: id, command: command.name, platform: input.invoker.platform, error: error instanceof Error ? error.stack : String(error) }, 'command failed');
    return errorReply(en
      ? `Something went wrong; it has been reported (ref. ${id}).`
      : `Une erreur s'est produite ; elle a été signalée (réf. ${id}).`);
  }
}
