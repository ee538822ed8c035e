// The question stats of one embedded process: one JSON line per answered or unanswered question in
// DATA_DIR/question-stats.jsonl, appended as questions are answered, read back at start-up (so it
// survives restarts). Retention: records older than `maxAgeDays` are dropped, and the file is compacted
// to the most recent `maxRecords` when it grows past half as much again. With the PostgreSQL backend the
// stats live in the database instead (postgres/postgresQuestionStats.ts), shared by every instance.
import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { QuestionStatsSummary } from '../../commands/command.ts';
import type { Answer, Logger } from '../engine/index.ts';
import { summarizeRecords } from './questionStatsSummary.ts';
import {
  asQuestionRecord,
  DEFAULT_STATS_RETENTION,
  questionRecord,
  type QuestionRecord,
  type QuestionStatsStore,
} from './questionStatsStore.ts';

export type { QuestionRecord };

export const QUESTION_STATS_FILE = 'question-stats.jsonl';
const DAY_MS = 86_400_000;

export interface QuestionStatsOptions {
  dataDir: string;
  logger: Logger;
  /** Records kept after compaction. Default 20,000. */
  maxRecords?: number;
  /** Records older than this many days are dropped. Default 90. */
  maxAgeDays?: number;
  now?: () => number;
}

export class QuestionStats implements QuestionStatsStore {
  private records: QuestionRecord[] = [];
  private linesInFile = 0;
  private writing: Promise<void> = Promise.resolve();
  private readonly file: string;
  private readonly maxRecords: number;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  private constructor(private readonly options: QuestionStatsOptions) {
    this.file = path.join(options.dataDir, QUESTION_STATS_FILE);
    this.maxRecords = options.maxRecords ?? DEFAULT_STATS_RETENTION.maxRecords;
    this.maxAgeMs = (options.maxAgeDays ?? DEFAULT_STATS_RETENTION.maxAgeDays) * DAY_MS;
    this.now = options.now ?? Date.now;
  }

  /** Reads what earlier runs recorded; a missing file is an empty history, a bad line is skipped. */
  static async open(options: QuestionStatsOptions): Promise<QuestionStats> {
    const stats = new QuestionStats(options);
    let text = '';
    try {
      text = await readFile(stats.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        options.logger.warn({ error: String(error), file: stats.file }, 'question stats unreadable; starting empty');
    }
    let bad = 0;
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      stats.linesInFile++;
      const record = parseRecord(line);
      if (record) stats.records.push(record);
      else bad++;
    }
    if (bad > 0) options.logger.warn({ bad, file: stats.file }, 'question stats: unreadable lines skipped');
    const expired = stats.dropExpired();
    if (stats.records.length > stats.maxRecords || bad > 0 || expired > 0) await stats.compact();
    return stats;
  }

  /** Records an answer from the engine (answered or not); writes happen in order, in the background. */
  record(platform: string, question: string, answer: Answer, latencyMs: number): void {
    this.keep(questionRecord(platform, question, answer, latencyMs, this.now()));
  }

  keep(record: QuestionRecord): void {
    this.records.push(record);
    this.linesInFile++;
    const line = `${JSON.stringify(record)}\n`;
    const tooBig = this.linesInFile > this.maxRecords * 1.5;
    this.enqueue(async () => {
      await mkdir(this.options.dataDir, { recursive: true });
      await appendFile(this.file, line, 'utf8');
    });
    if (tooBig) void this.compact();
  }

  /** Keeps the most recent `maxRecords`, rewriting the file atomically (temp file, then rename). */
  compact(): Promise<void> {
    this.dropExpired();
    this.records = this.records.slice(-this.maxRecords);
    this.linesInFile = this.records.length;
    const snapshot = this.records.map((r) => `${JSON.stringify(r)}\n`).join('');
    return this.enqueue(async () => {
      await mkdir(this.options.dataDir, { recursive: true });
      const temp = `${this.file}.${process.pid}.tmp`;
      await writeFile(temp, snapshot, 'utf8');
      await rename(temp, this.file);
    });
  }

  /** Resolves once everything recorded so far is on disk. */
  flush(): Promise<void> {
    return this.writing;
  }

  close(): Promise<void> {
    return this.flush();
  }

  get size(): number {
    return this.records.length;
  }

  async summary(options: { top?: number } = {}): Promise<QuestionStatsSummary> {
    // Records that expired since start-up are left out; the next compaction removes them from the file.
    const cutoff = this.now() - this.maxAgeMs;
    return summarizeRecords(
      this.records.filter((r) => r.at >= cutoff),
      options.top,
    );
  }

  /** Forgets records older than the retention; returns how many. */
  private dropExpired(): number {
    const cutoff = this.now() - this.maxAgeMs;
    const before = this.records.length;
    this.records = this.records.filter((r) => r.at >= cutoff);
    return before - this.records.length;
  }

  private enqueue(write: () => Promise<void>): Promise<void> {
    this.writing = this.writing.then(write).catch((error: unknown) => {
      this.options.logger.warn({ error: String(error), file: this.file }, 'question stats not saved');
    });
    return this.writing;
  }
}

function parseRecord(line: string): QuestionRecord | undefined {
  try {
    return asQuestionRecord(JSON.parse(line));
  } catch {
    return undefined;
  }
}
