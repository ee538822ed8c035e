// What a Relais command is, for every platform: defined once here, turned into a Slack sub-command,
// a Discord slash command or a terminal command by the adapters, which only translate.
import type { Answer, Locale, Logger, RelaisEngine } from '../src/engine/index.ts';
import type { QuestionStatsSummary } from '../src/operations/questionStats.ts';
import type { Reply } from './reply.ts';

export type { Locale };

export interface Localized {
  fr: string;
  en: string;
}

export interface CommandOption {
  name: string;
  description: Localized;
  type: 'string' | 'integer';
  required: boolean;
  /** For strings: the longest value accepted. */
  maxLength?: number;
  /** For integers. */
  minValue?: number;
  /** The asker's own sentence (a question): its language is the asker's. */
  prose?: boolean;
}

/** Who runs the command, as the adapter established it. */
export interface Invoker {
  platform: 'slack' | 'discord' | 'terminal';
  userId: string;
  /** Decided by the adapter from its own settings (Slack user ids, Discord permissions or roles). */
  isAdmin: boolean;
}

export interface CommandInput {
  /** Option values by name; strings as typed, integers parsed. */
  options: Record<string, string | number | undefined>;
  locale: Locale;
  invoker: Invoker;
}

export interface CommandContext {
  engine: RelaisEngine;
  logger: Logger;
  /** Every command, for help. */
  commands: readonly CommandDefinition[];
  /** Sends an interim reply (e.g. "reindex started") before the final one. */
  progress(reply: Reply): Promise<void>;
  /** Fair use and records of questions, the same for every platform; absent (terminal, tests): no limits, nothing recorded. */
  questions?: QuestionGate;
}

/** What every question passes through (implemented by src/operations/questionGate.ts). */
export interface QuestionGate {
  /**
   * Runs `ask` when the asker may ask now: per-user rate limit, global cap on questions in flight,
   * then metrics, logs and stats. Throws a UserError ('rate-limited', 'busy', 'stopping') otherwise.
   */
  answer(question: string, invoker: Invoker, ask: (question: string) => Promise<Answer>): Promise<Answer>;
  /** What was asked so far (the admins' stats command); undefined when nothing is recorded. */
  stats(): QuestionStatsSummary | undefined;
}

export interface CommandDefinition {
  /** Lowercase, as Discord requires; also the Slack sub-command. */
  name: string;
  /** Names in other languages (Discord localizations, Slack sub-command aliases). */
  localizedNames?: Partial<Localized>;
  description: Localized;
  options: CommandOption[];
  /** Checked by runCommand before the handler runs (Sapphire's precondition, shared by all platforms). */
  adminOnly: boolean;
  /** Can take more than a moment: adapters acknowledge first (Discord deferReply, Slack ack). */
  slow: boolean;
  run(input: CommandInput, context: CommandContext): Promise<Reply>;
}

export function defineCommand(definition: CommandDefinition): CommandDefinition {
  return definition;
}
