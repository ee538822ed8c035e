// What people asked, kept for the admins' `stats` command: one JSON line per answered or unanswered
// question in DATA_DIR/question-stats.jsonl, appended as questions are answered, read back at
// start-up (so it survives restarts), and compacted to the most recent `maxRecords` when the file
// grows past half as much again. Only unanswered questions keep their text (cut to 200 characters),
// because that is what the admins need to see: what the corpus is missing.
import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { QuestionStatsSummary, UnansweredGroup } from '../../commands/command.ts';
import { questionKeyTerms, type Answer, type Logger } from '../engine/index.ts';

export const QUESTION_STATS_FILE = 'question-stats.jsonl';

export interface QuestionRecord {
  /** Unix time, ms. */
  at: number;
  platform: string;
  answered: boolean;
  latencyMs: number;
  /** Sources cited by the answer (its facts, best first). */
  cited?: { source: string; title: string }[];
  /** Unanswered only: the question (cut) and its grouping key. */
  question?: string;
  terms?: string[];
}

export interface QuestionStatsOptions {
  dataDir: string;
  logger: Logger;
  /** Records kept after compaction. Default 20,000. */
  maxRecords?: number;
  now?: () => number;
}

const MAX_QUESTION_CHARS = 200;

export class QuestionStats {
  private records: QuestionRecord[] = [];
  private linesInFile = 0;
  private writing: Promise<void> = Promise.resolve();
  private readonly file: string;
  private readonly maxRecords: number;
  private readonly now: () => number;

  private constructor(private readonly options: QuestionStatsOptions) {
    this.file = path.join(options.dataDir, QUESTION_STATS_FILE);
    this.maxRecords = options.maxRecords ?? 20_000;
    this.now = options.now ?? Date.now;
  }

  /** Reads what earlier runs recorded; a missing file is an empty history, a bad line is skipped. */
  static async open(options: QuestionStatsOptions): Promise<QuestionStats> {
    const stats = new QuestionStats(options);
    let text = '';
    try {
      text = await readFile(stats.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') options.logger.warn({ error: String(error), file: stats.file }, 'question stats unreadable; starting empty');
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
    if (stats.records.length > stats.maxRecords || bad > 0) await stats.compact();
    return stats;
  }

  /** Records an answer from the engine (answered or not); writes happen in order, in the background. */
  record(platform: string, question: string, answer: Answer, latencyMs: number): void {
    const record: QuestionRecord = { at: this.now(), platform, answered: answer.answered, latencyMs: Math.round(latencyMs * 10) / 10 };
    if (answer.answered) {
      record.cited = dedupe(answer.facts.map((f) => ({ source: f.source, title: f.title })));
    } else {
      record.question = Array.from(question.replace(/\s+/g, ' ').trim()).slice(0, MAX_QUESTION_CHARS).join('');
      record.terms = questionKeyTerms(question);
    }
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

  get size(): number {
    return this.records.length;
  }

  summary(options: { top?: number } = {}): QuestionStatsSummary {
    const top = options.top ?? 5;
    const records = this.records;
    const answered = records.filter((r) => r.answered).length;
    const latencies = records.map((r) => r.latencyMs).sort((a, b) => a - b);
    const groups = new Map<string, UnansweredGroup>();
    for (const r of records) {
      if (r.answered) continue;
      const terms = r.terms ?? [];
      const key = terms.length > 0 ? terms.join(' ') : `"${(r.question ?? '').toLowerCase()}"`;
      const group = groups.get(key) ?? { terms, count: 0, example: '' };
      group.count++;
      group.example = r.question ?? '';
      groups.set(key, group);
    }
    const cited = new Map<string, { source: string; title: string; count: number }>();
    for (const r of records) {
      for (const c of r.cited ?? []) {
        const entry = cited.get(c.source) ?? { source: c.source, title: c.title, count: 0 };
        entry.count++;
        entry.title = c.title;
        cited.set(c.source, entry);
      }
    }
    const first = records[0];
    return {
      ...(first ? { since: new Date(first.at).toISOString() } : {}),
      questions: records.length,
      answered,
      answeredShare: records.length > 0 ? answered / records.length : 0,
      ...(latencies.length > 0 ? { medianLatencyMs: median(latencies) } : {}),
      topUnanswered: [...groups.values()].sort((a, b) => b.count - a.count || a.terms.join(' ').localeCompare(b.terms.join(' '))).slice(0, top),
      topCited: [...cited.values()].sort((a, b) => b.count - a.count || a.source.localeCompare(b.source)).slice(0, top),
    };
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
    const r = JSON.parse(line) as Partial<QuestionRecord>;
    if (typeof r.at !== 'number' || typeof r.answered !== 'boolean' || typeof r.latencyMs !== 'number' || typeof r.platform !== 'string') return undefined;
    return r as QuestionRecord;
  } catch {
    return undefined;
  }
}

function dedupe(citations: { source: string; title: string }[]): { source: string; title: string }[] {
  const seen = new Set<string>();
  return citations.filter((c) => !seen.has(c.source) && seen.add(c.source));
}

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
