// Runs a line typed in Slack ("/relais sources fibre", "@Relais Qui finance… ?") through the shared
// commands: who asks (admin or not, from SLACK_ADMIN_USER_IDS), in which language (read once by the
// listener from what was typed), and where the interim replies (reindex "started") go.
import { allCommands } from '../../../commands/allCommands.ts';
import type { AnswerVisibility, ConversationScope, QuestionGate } from '../../../commands/command.ts';
import { parseCommandText } from '../../../commands/parseCommandText.ts';
import type { Reply } from '../../../commands/reply.ts';
import { runCommand } from '../../../commands/runCommand.ts';
import type { Locale, Logger, RelaisEngine } from '../../engine/index.ts';

export interface SlackCommandDeps {
  engine: RelaisEngine;
  logger: Logger;
  adminUserIds: ReadonlySet<string>;
  /** Rate limits, in-flight cap, metrics and stats shared with the other platforms (src/operations). */
  questions?: QuestionGate;
}

export interface SlackLine {
  text: string;
  userId: string;
  /** The language the line is written in (detectLocale, once, where the listener read it). */
  locale: Locale;
  /** The thread (or DM) it is asked in, and the answers' buttons; absent: no memory, no buttons. */
  conversation?: ConversationScope;
  /** Private (the asker only, with a share button) or public; public when unset. */
  visibility?: AnswerVisibility;
}

export function runSlackCommand(line: SlackLine, deps: SlackCommandDeps, progress: (reply: Reply) => Promise<void>): Promise<Reply> {
  const { command, options } = parseCommandText(line.text);
  const invoker = { platform: 'slack' as const, userId: line.userId, isAdmin: deps.adminUserIds.has(line.userId) };
  return runCommand(
    command,
    { options, locale: line.locale, invoker, ...(line.visibility ? { visibility: line.visibility } : {}) },
    { engine: deps.engine, logger: deps.logger, commands: allCommands, progress, ...(deps.questions ? { questions: deps.questions } : {}),
      ...(line.conversation ? { conversation: line.conversation } : {}) },
  );
}
