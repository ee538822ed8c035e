// Runs a line typed in Slack ("/relais sources fibre", "@Relais Qui finance… ?") through the shared
// commands: who asks (admin or not, from SLACK_ADMIN_USER_IDS), in which language (read once by the
// listener from what was typed), and where the interim replies (reindex "started") go.
import { allCommands } from '../../../commands/allCommands.ts';
import type { AnswerVisibility, CommandContext, ConversationScope, QuestionGate } from '../../../commands/command.ts';
import type { CorpusFiles, IncomingFile } from '../../../commands/corpusFiles.ts';
import { parseCommandText } from '../../../commands/parseCommandText.ts';
import type { Reply } from '../../../commands/reply.ts';
import { canRun, runCommand } from '../../../commands/runCommand.ts';
import type { Locale, Logger, RelaisEngine } from '../../engine/index.ts';

export interface SlackCommandDeps {
  engine: RelaisEngine;
  logger: Logger;
  adminUserIds: ReadonlySet<string>;
  /** Rate limits, in-flight cap, metrics and stats shared with the other platforms (src/operations). */
  questions?: QuestionGate;
  /** The corpus folder, for add, remove and restore. */
  corpusFiles?: CorpusFiles;
}

export interface SlackLine {
  text: string;
  userId: string;
  /** The language the line is written in (detectLocale, once, where the listener read it). */
  locale: Locale;
  /**
   * The files shared with the line (its message, its thread, or just before a /relais add): looked up
   * only for a command that takes files, run by someone allowed to.
   */
  findFiles?: () => Promise<IncomingFile[]>;
  /** The thread (or DM) it is asked in, and the answers' buttons; absent: no memory, no buttons. */
  conversation?: ConversationScope;
  /** Private (the asker only, with a share button) or public; public when unset. */
  visibility?: AnswerVisibility;
}

export async function runSlackCommand(line: SlackLine, deps: SlackCommandDeps, progress: (reply: Reply) => Promise<void>): Promise<Reply> {
  const { command, options } = parseCommandText(line.text);
  const invoker = { platform: 'slack' as const, userId: line.userId, isAdmin: deps.adminUserIds.has(line.userId) };
  const takesFiles = command.options.some((o) => o.type === 'attachment') && canRun(command, invoker);
  const files = takesFiles && line.findFiles ? await findFiles(line.findFiles, deps) : [];
  const input = {
    options,
    locale: line.locale,
    invoker,
    ...(line.visibility ? { visibility: line.visibility } : {}),
    ...(files.length > 0 ? { files } : {}),
  };
  const context = slackCommandContext(deps, progress);
  return runCommand(command, input, line.conversation ? { ...context, conversation: line.conversation } : context);
}

/** The shared files, or none when Slack would not list them (the command then says how to give one). */
async function findFiles(find: () => Promise<IncomingFile[]>, deps: SlackCommandDeps): Promise<IncomingFile[]> {
  try {
    return await find();
  } catch (error) {
    deps.logger.warn(
      { error: error instanceof Error ? error.message : String(error) },
      'could not list the files shared with a Slack command',
    );
    return [];
  }
}

/** What every command run from Slack gets (typed lines and button clicks alike). */
export function slackCommandContext(deps: SlackCommandDeps, progress: (reply: Reply) => Promise<void>): CommandContext {
  return {
    engine: deps.engine,
    logger: deps.logger,
    commands: allCommands,
    progress,
    ...(deps.questions ? { questions: deps.questions } : {}),
    ...(deps.corpusFiles ? { corpusFiles: deps.corpusFiles } : {}),
  };
}
