// Votes on answers, kept next to the question stats: one JSON line per vote that counts (a first
// vote or a change) in DATA_DIR/feedback-votes.jsonl, with the question, the sources of its facts and
// the voter's salted hash, never their id. Read back at start-up; the latest vote of each voter on an
// answer counts. The FeedbackStore interface lets a PostgreSQL table take this file's place.
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FeedbackStore, FeedbackSummary, FeedbackVote, VoteOutcome } from '../../commands/command.ts';
import { FeedbackTally } from '../conversation/feedbackTally.ts';
import type { Logger } from '../engine/index.ts';

export const FEEDBACK_VOTES_FILE = 'feedback-votes.jsonl';

export interface FeedbackVotesOptions {
  dataDir: string;
  logger: Logger;
  now?: () => number;
}

export class FeedbackVotes implements FeedbackStore {
  private readonly tally = new FeedbackTally();
  private writing: Promise<void> = Promise.resolve();
  private readonly file: string;

  private constructor(private readonly options: FeedbackVotesOptions) {
    this.file = path.join(options.dataDir, FEEDBACK_VOTES_FILE);
  }

  /** Reads the votes of earlier runs; a missing file is none, a bad line is skipped. */
  static async open(options: FeedbackVotesOptions): Promise<FeedbackVotes> {
    const store = new FeedbackVotes(options);
    let text = '';
    try {
      text = await readFile(store.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        options.logger.warn({ error: String(error), file: store.file }, 'feedback votes unreadable; starting empty');
    }
    for (const line of text.split('\n')) {
      const vote = line.trim() === '' ? undefined : parseVote(line);
      if (vote) store.tally.apply(vote);
    }
    return store;
  }

  async vote(vote: FeedbackVote): Promise<VoteOutcome> {
    const outcome = this.tally.apply(vote);
    if (outcome === 'unchanged') return outcome;
    const line = `${JSON.stringify({ at: (this.options.now ?? Date.now)(), ...vote })}\n`;
    this.writing = this.writing
      .then(async () => {
        await mkdir(this.options.dataDir, { recursive: true });
        await appendFile(this.file, line, 'utf8');
      })
      .catch((error: unknown) => {
        this.options.logger.warn({ error: String(error), file: this.file }, 'feedback vote not saved');
      });
    await this.writing;
    return outcome;
  }

  async summary(options: { top?: number } = {}): Promise<FeedbackSummary> {
    return this.tally.summary(options);
  }

  /** Resolves once every vote so far is on disk. */
  flush(): Promise<void> {
    return this.writing;
  }
}

function parseVote(line: string): FeedbackVote | undefined {
  try {
    const v = JSON.parse(line) as Partial<FeedbackVote>;
    const valid =
      typeof v.answerId === 'string' &&
      typeof v.voterHash === 'string' &&
      (v.vote === 'up' || v.vote === 'down') &&
      typeof v.question === 'string' &&
      Array.isArray(v.sources) &&
      typeof v.platform === 'string';
    return valid ? (v as FeedbackVote) : undefined;
  } catch {
    return undefined;
  }
}
