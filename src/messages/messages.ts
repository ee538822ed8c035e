// The shape of everything Relais says to people, written once per language (fr.ts, en.ts): commands,
// platform adapters, the terminal chat, and the refusals the engine and the gate raise as coded
// UserErrors. Logs and start-up lines are for operators and stay in English where they are written.
import type { UserErrorCode, UserErrorParams } from '../engine/index.ts';

/** Why a document was not added, removed or restored (commands/corpusFiles.ts DocumentRefusalCode). */
export interface DocumentRefusalParams {
  limit?: string;
  status?: number;
  host?: string;
  reason?: string;
  file?: string;
}
export type DocumentRefusalTexts = Record<string, (details: DocumentRefusalParams) => string>;

/** A message for each UserError code, from its parameters. */
export type UserErrorTexts = { [C in UserErrorCode]: (params: UserErrorParams[C]) => string };

export interface Messages {
  errors: UserErrorTexts;
  /** An unexpected failure, with the reference the log line carries. */
  somethingWentWrong(ref: string): string;
  ask: {
    description: string;
    questionOption: string;
    facts(count: number): string;
    noAnswer(missing: readonly string[]): string;
    noSureAnswer: string;
    closestPassage: string;
    closestDocuments: string;
    /** Introduces the facts after the lead one. */
    also: string;
    /** The button showing the paragraph around a fact. */
    readPassage: string;
  };
  sources: {
    description: string;
    filterOption: string;
    pageOption: string;
    none(filter: string): string;
    count(count: number, filter: string): string;
    page(page: number, pages: number): string;
  };
  reindex: {
    description: string;
    started: string;
    alreadyRunning: string;
    done(seconds: number, documents: number, passages: number): string;
    added: string;
    changed: string;
    removed: string;
    skipped: string;
    /** A list cut after its first names. */
    more(shown: string, more: number): string;
  };
  stats: {
    description: string;
    heading: string;
    nothingYet: string;
    keptWhileServing: string;
    summary(questions: number, since: string, answered: number, percent: string, median: string): string;
    topUnanswered: string;
    topCited: string;
  };
  source: {
    description: string;
    fileOption: string;
    usage: string;
    notFound(file: string): string;
    file: string;
    date: string;
    link: string;
    territory: string;
    unknown: string;
    none: string;
    opening: string;
    passages(count: number): string;
  };
  passage: { gone: string };
  documents: {
    addDescription: string;
    urlOption: string;
    fileOption: string;
    removeDescription: string;
    restoreDescription: string;
    fileNameOption: string;
    /** How to give `add` a document, on each platform. */
    addUsage: string;
    removeUsage: string;
    unavailable: string;
    added(count: number): string;
    alreadyPresent: string;
    passages(count: number, file: string): string;
    notAdded: string;
    refusals: DocumentRefusalTexts;
    confirmRemove(title: string): string;
    confirmLabel: string;
    /** A confirmation button clicked after Relais restarted or too late. */
    confirmationExpired: string;
    removeHint(file: string): string;
    removed(title: string): string;
    restoreHint(file: string): string;
    restored(title: string): string;
    trashEmpty: string;
    trashHeading(count: number): string;
  };
  help: {
    description: string;
    heading(documents: number): string;
    howToAsk: string;
    /** The real ways to ask on each platform; `ask` is the ask command as the reader types it there. */
    waysToAsk: Record<'slack' | 'discord' | 'terminal', (ask: string) => string[]>;
    examples: string;
    exampleQuestion(title: string): string;
    commands: string;
    /** Option names as the reader's language writes them in usage lines. */
    placeholders: Readonly<Record<string, string>>;
    lastIndexed: string;
  };
  discord: { unknownCommand: string };
  slack: { moreNotShown(count: number): string };
  terminal: { greeting(documents: number): string };
  /** Buttons under answers, sharing, votes, and what people hear about them. */
  conversation: {
    helpfulButton: string;
    notHelpfulButton: string;
    shareButton: string;
    /** Above an answer shared in the channel: what was asked. */
    sharedQuestion(question: string): string;
    shared: string;
    /** A button on an answer Relais no longer remembers (restarted, or too old). */
    expired: string;
    voteRecorded: string;
    voteChanged: string;
    voteUnchanged: string;
    /** Only the asker may share their private answer. */
    notYours: string;
    /** stats: the votes. */
    feedbackSummary(votes: number, percent: string): string;
    mostDisliked: string;
  };
}
