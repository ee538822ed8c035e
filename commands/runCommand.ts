// Runs a command the same way on every platform, as one pipeline: its preconditions first (admin, then
// fair use, which also logs, counts and records how it ended), then the handler. A UserError becomes
// an ephemeral reply the user can act on, in their language; anything else is logged with an id and
// the user gets that id, never the error's text.
import { newErrorRef, UserError, type Answer } from '../src/engine/index.ts';
import { messagesFor, userErrorText } from '../src/messages/catalogue.ts';
import { type CommandContext, type CommandDefinition, type CommandInput, type Invoker, needsAdmin, type QuestionGate } from './command.ts';
import { errorReply, type Reply } from './reply.ts';

/** Whether the invoker may run the command at all (adapters ask before acknowledging it). */
export function canRun(command: CommandDefinition, invoker: Invoker): boolean {
  return !needsAdmin(command) || invoker.isAdmin;
}

export async function runCommand(command: CommandDefinition, input: CommandInput, context: CommandContext): Promise<Reply> {
  if (!canRun(command, input.invoker)) {
    context.logger.info({ command: command.name, platform: input.invoker.platform, user: input.invoker.userId }, 'admin command refused');
    return errorReply(userErrorText(new UserError('not-admin', { command: command.name }), input.locale));
  }
  try {
    const gate = command.preconditions.includes('fairUse') ? context.questions : undefined;
    return await (gate ? runFairly(gate, command, input, context) : command.run(input, context));
  } catch (error) {
    if (error instanceof UserError) return errorReply(userErrorText(error, input.locale));
    const id = newErrorRef();
    context.logger.error(
      { errorId: id, command: command.name, platform: input.invoker.platform, error: error instanceof Error ? error.stack : String(error) },
      'command failed',
    );
    return errorReply(messagesFor(input.locale).somethingWentWrong(id));
  }
}

/** The sentence a fairUse command is asked (its prose options), for the log and the stats. */
function proseOf(command: CommandDefinition, input: CommandInput): string {
  return command.options
    .filter((o) => o.prose)
    .map((o) => String(input.options[o.name] ?? ''))
    .join(' ');
}

/** Runs the command through the gate, which needs the answer the command reports. */
async function runFairly(gate: QuestionGate, command: CommandDefinition, input: CommandInput, context: CommandContext): Promise<Reply> {
  let reply: Reply | undefined;
  await gate.answer(proseOf(command, input), input.invoker, async () => {
    let answer: Answer | undefined;
    reply = await command.run(input, {
      ...context,
      report: (a) => {
        answer = a;
      },
    });
    if (!answer) throw new Error(`${command.name} declares fairUse but reported no answer`);
    return answer;
  });
  if (!reply) throw new Error(`${command.name} gave no reply`);
  return reply;
}
