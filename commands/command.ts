// What a Relais command is, for every platform: defined once here, turned into a Slack sub-command,
// a Discord slash command or a terminal command by the adapters, which only translate.
import type { Answer, Locale, Logger, RelaisEngine } from '../src/engine/index.ts';
import type { CommandOptions } from './commandOptions.ts';
import type { CorpusFiles, IncomingFile } from './corpusFiles.ts';
import type { Reply } from './reply.ts';
import type { Vote } from './replyActions.ts';

export type { Locale };

export interface Localized {
  fr: string;
  en: string;
}

export interface CommandOption {
  name: string;
  description: Localized;
  /** 'attachment': a file given with the command (Discord's attachment option); it arrives in CommandInput.files. */
  type: 'string' | 'integer' | 'attachment';
  required: boolean;
  /** For strings: the longest value accepted. */
  maxLength?: number;
  /** For integers. */
  minValue?: number;
  /** The asker's own sentence (a question): its language is the asker's, and fair use counts it. */
  prose?: boolean;
  /** Values suggested while typing, where the platform can (Discord autocomplete), from the indexed documents. */
  autocomplete?: 'titles-and-territories' | 'files';
}

export type { CommandOptions };

/**
 * What must hold before a command runs, checked by runCommand the same way on every platform:
 *   admin    only admins may run it (each adapter says who is one);
 *   fairUse  the asker's rate limit and the cap on questions in flight apply, and how it ended is
 *            logged, counted and kept for the stats (the QuestionGate of src/operations).
 */
export type Precondition = 'admin' | 'fairUse';

/** Who runs the command, as the adapter established it. */
export interface Invoker {
  platform: 'slack' | 'discord' | 'terminal';
  userId: string;
  /** Decided by the adapter from its own settings (Slack user ids, Discord permissions or roles). */
  isAdmin: boolean;
}

/** Who sees an answer: only the asker (with a button to share it), or the whole channel. */
export type AnswerVisibility = 'private' | 'public';

export interface CommandInput {
  options: CommandOptions;
  locale: Locale;
  invoker: Invoker;
  /** Files given with the command (a Slack share, a Discord attachment), for `add`. */
  files?: readonly IncomingFile[];
  /** How the adapter wants answers shown here; public when unset (mentions, DMs, the terminal). */
  visibility?: AnswerVisibility;
}

/** An earlier question of the conversation a command runs in (a thread's), oldest first. */
export interface ConversationTurn {
  question: string;
}

/** An answer as it was given, kept for its buttons (feedback, share) and the conversation's next question. */
export interface GivenAnswer {
  question: string;
  answer: Answer;
  /** The reply as rendered for the asker, without its buttons. */
  reply: Reply;
  locale: Locale;
  invoker: Invoker;
}

/**
 * The conversation a question is asked in, as the adapter knows it (a Slack thread, a Discord reply
 * chain or thread): what was asked before, and where the new answer is kept.
 */
export interface ConversationScope {
  earlier: readonly ConversationTurn[];
  /** Keeps the answer (and, in a conversation, its question as the next turn); returns the id its buttons carry. */
  remember(given: GivenAnswer): string | undefined;
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
  /** The corpus folder, for add, remove and restore; absent where documents cannot be changed. */
  corpusFiles?: CorpusFiles;
  /** Set by runCommand for a fairUse command: it reports the engine's answer here (metrics, stats). */
  report?: (answer: Answer) => void;
  /** The conversation the command runs in; absent (terminal, tests): no memory, no buttons. */
  conversation?: ConversationScope;
}

export interface UnansweredGroup {
  terms: string[];
  count: number;
  /** The most recent wording. */
  example: string;
}

export interface QuestionStatsSummary {
  /** When the oldest record kept was made (ISO), undefined when there is none. */
  since?: string;
  questions: number;
  answered: number;
  /** answered / questions, 0 when there are none. */
  answeredShare: number;
  medianLatencyMs?: number;
  topUnanswered: UnansweredGroup[];
  topCited: { source: string; title: string; count: number }[];
  /** The 👍 / 👎 given to answers, when votes are kept. */
  feedback?: FeedbackSummary;
}

/** One person's vote on one answer, as kept: never the person's id, only its salted hash. */
export interface FeedbackVote {
  answerId: string;
  voterHash: string;
  vote: Vote;
  platform: Invoker['platform'];
  question: string;
  /** The sources of the answer's facts, best first. */
  sources: string[];
}

export type VoteOutcome = 'recorded' | 'changed' | 'unchanged';

export interface DislikedAnswer {
  question: string;
  sources: string[];
  down: number;
  up: number;
}

export interface FeedbackSummary {
  /** Answers voted on (each voter's latest vote counts once). */
  votes: number;
  helpful: number;
  /** helpful / votes, 0 when there are none. */
  helpfulShare: number;
  /** The answers with the most 👎, most first. */
  mostDisliked: DislikedAnswer[];
}

/** Where votes are kept (src/operations/feedbackVotes.ts: a JSON-lines file; a PostgreSQL table can take its place). */
export interface FeedbackStore {
  /** A vote can be changed, not repeated: the same vote again is 'unchanged' and counts once. */
  vote(vote: FeedbackVote): Promise<VoteOutcome>;
  summary(options?: { top?: number }): Promise<FeedbackSummary>;
}

/** What every fairUse command passes through (implemented by src/operations/questionGate.ts). */
export interface QuestionGate {
  /**
   * Runs `ask` when the asker may ask now: per-user rate limit, global cap on questions in flight,
   * then metrics, logs and stats. Throws a UserError ('rate-limited', 'busy', 'stopping') otherwise.
   */
  answer(question: string, invoker: Invoker, ask: (question: string) => Promise<Answer>): Promise<Answer>;
  /** What was asked so far (the admins' stats command; with PostgreSQL, every instance's); undefined when nothing is recorded. */
  stats(): Promise<QuestionStatsSummary | undefined>;
}

export interface CommandDefinition {
  /** Lowercase, as Discord requires; also the Slack sub-command. */
  name: string;
  /** Names in other languages (Discord localizations, Slack sub-command aliases). */
  localizedNames?: Partial<Localized>;
  description: Localized;
  options: CommandOption[];
  /** Checked by runCommand before the handler runs (as Sapphire's preconditions), for every platform. */
  preconditions: readonly Precondition[];
  /** Can take more than a moment: adapters acknowledge first (Discord deferReply, Slack ack). */
  slow: boolean;
  /**
   * Reads its own arguments from a typed line ("sources fibre 2": args ["fibre", "2"], text "fibre 2");
   * undefined when the words are not its arguments (the line is then a question). Without it, the
   * command takes no argument and only its bare word runs it.
   */
  parse?(args: readonly string[], text: string): CommandOptions | undefined;
  run(input: CommandInput, context: CommandContext): Promise<Reply>;
}

export function needsAdmin(command: CommandDefinition): boolean {
  return command.preconditions.includes('admin');
}

export function defineCommand(definition: CommandDefinition): CommandDefinition {
  return definition;
}
