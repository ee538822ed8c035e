// Where the question stats live, whichever store keeps them: a JSON-lines file in DATA_DIR for one
// embedded process (questionStats.ts), a PostgreSQL table shared by every instance and shard with the
// PostgreSQL backend (postgres/postgresQuestionStats.ts), or, in a Discord shard process, the manager's
// store reached over IPC (shards/relayedQuestionStats.ts). The composition root chooses one.
import type { QuestionStatsSummary } from '../../commands/command.ts';
import { questionKeyTerms, type Answer } from '../engine/index.ts';

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

/** How much history is kept: records younger than `maxAgeDays`, at most the `maxRecords` most recent. */
export interface StatsRetention {
  maxAgeDays: number;
  maxRecords: number;
}

export const DEFAULT_STATS_RETENTION: StatsRetention = { maxAgeDays: 90, maxRecords: 20_000 };

export interface QuestionStatsStore {
  /** Keeps one answered or unanswered question; writing happens in the background, in order. */
  record(platform: string, question: string, answer: Answer, latencyMs: number): void;
  /** Keeps a record made elsewhere (a shard's, relayed to its manager). */
  keep(record: QuestionRecord): void;
  /** What the kept history says (within the retention). */
  summary(options?: { top?: number }): Promise<QuestionStatsSummary>;
  /** Resolves once everything recorded so far is stored. */
  flush(): Promise<void>;
  /** Flushes, then releases what the store holds (connections). */
  close(): Promise<void>;
}

const MAX_QUESTION_CHARS = 200;

/**
 * The record kept for one answer. Only unanswered questions keep their text (cut to 200 characters),
 * because that is what the admins need to see: what the corpus is missing.
 */
export function questionRecord(platform: string, question: string, answer: Answer, latencyMs: number, at: number): QuestionRecord {
  const record: QuestionRecord = { at, platform, answered: answer.answered, latencyMs: Math.round(latencyMs * 10) / 10 };
  if (answer.answered) {
    record.cited = dedupe(answer.facts.map((f) => ({ source: f.source, title: f.title })));
  } else {
    record.question = Array.from(question.replace(/\s+/g, ' ').trim()).slice(0, MAX_QUESTION_CHARS).join('');
    record.terms = questionKeyTerms(question);
  }
  return record;
}

/** A record read back (a file line, an IPC message): undefined unless it has the shape of one. */
export function asQuestionRecord(value: unknown): QuestionRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Partial<QuestionRecord>;
  if (typeof r.at !== 'number' || typeof r.answered !== 'boolean' || typeof r.latencyMs !== 'number' || typeof r.platform !== 'string')
    return undefined;
  if (r.cited !== undefined && !Array.isArray(r.cited)) return undefined;
  if (r.terms !== undefined && !Array.isArray(r.terms)) return undefined;
  if (r.question !== undefined && typeof r.question !== 'string') return undefined;
  return r as QuestionRecord;
}

function dedupe(citations: { source: string; title: string }[]): { source: string; title: string }[] {
  const seen = new Set<string>();
  return citations.filter((c) => !seen.has(c.source) && seen.add(c.source));
}
