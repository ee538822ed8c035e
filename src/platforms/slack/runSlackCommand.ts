// Runs a line typed in Slack ("/relais sources fibre", "@Relais Qui finance… ?") through the shared
// commands: who asks (admin or not, from SLACK_ADMIN_USER_IDS), in which language, and where the
// interim replies (reindex "started") go.
import { allCommands } from '../../../commands/allCommands.ts';
import type { Locale, QuestionGate } from '../../../commands/command.ts';
import { parseCommandText } from '../../../commands/parseCommandText.ts';
import type { Reply } from '../../../commands/reply.ts';
import { runCommand } from '../../../commands/runCommand.ts';
import { detectLocale, type Logger, type RelaisEngine } from '../../engine/index.ts';

export interface SlackCommandDeps {
  engine: RelaisEngine;
  logger: Logger;
  adminUserIds: ReadonlySet<string>;
  /** Rate limits, in-flight cap, metrics and stats shared with the other platforms (src/operations). */
  questions?: QuestionGate;
}

/** English when the text reads as English, French otherwise (and for bare sub-commands). */
export function localeOf(text: string): Locale {
  return detectLocale(text) === 'en' ? 'en' : 'fr';
}

export function runSlackCommand(
  text: string,
  userId: string,
  deps: SlackCommandDeps,
  progress: (reply: Reply) => Promise<void>,
): Promise<Reply> {
  const { command, options } = parseCommandText(text);
  return runCommand(
    command,
    { options, locale: localeOf(text), invoker: { platform: 'slack', userId, isAdmin: deps.adminUserIds.has(userId) } },
    { engine: deps.engine, logger: deps.logger, commands: allCommands, progress, ...(deps.questions ? { questions: deps.questions } : {}) },
  );
}
