// The question stats with the PostgreSQL backend: one row per question in question_stat, written by
// every instance and shard, so `stats` gives the same figures wherever it is asked. Rows are written in
// the background, in batches (one INSERT for whatever accumulated while the previous one ran); the
// summary is computed in SQL over the rows the retention keeps (younger than maxAgeDays, the most recent
// maxRecords), with the same figures and tie-breaks as the file store (questionStatsSummary.ts).
// Retention also deletes what it no longer keeps, at opening and every PRUNE_EVERY rows written.
import type { QuestionStatsSummary, UnansweredGroup } from '../../../commands/command.ts';
import type { Answer, Logger } from '../../engine/index.ts';
import {
  DEFAULT_STATS_RETENTION,
  questionRecord,
  type QuestionRecord,
  type QuestionStatsStore,
  type StatsRetention,
} from '../questionStatsStore.ts';
import type { OperationsDatabase } from './operationsDatabase.ts';

const DAY_MS = 86_400_000;
/** Rows written between two retention passes. */
const PRUNE_EVERY = 500;

export interface PostgresQuestionStatsOptions {
  database: OperationsDatabase;
  logger: Logger;
  retention?: Partial<StatsRetention>;
  now?: () => number;
}

export class PostgresQuestionStats implements QuestionStatsStore {
  private pending: QuestionRecord[] = [];
  private writing: Promise<void> = Promise.resolve();
  private writtenSincePrune = 0;
  private readonly retention: StatsRetention;
  private readonly now: () => number;

  private constructor(private readonly options: PostgresQuestionStatsOptions) {
    this.retention = { ...DEFAULT_STATS_RETENTION, ...options.retention };
    this.now = options.now ?? Date.now;
  }

  /** The database must be open (its tables migrated); retention runs once now. */
  static async open(options: PostgresQuestionStatsOptions): Promise<PostgresQuestionStats> {
    const stats = new PostgresQuestionStats(options);
    await stats.prune();
    return stats;
  }

  record(platform: string, question: string, answer: Answer, latencyMs: number): void {
    this.keep(questionRecord(platform, question, answer, latencyMs, this.now()));
  }

  keep(record: QuestionRecord): void {
    this.pending.push(record);
    if (this.pending.length === 1) this.writing = this.writing.then(() => this.writePending());
  }

  flush(): Promise<void> {
    return this.writing;
  }

  async close(): Promise<void> {
    await this.flush();
  }

  /** Deletes the rows the retention no longer keeps: too old, or beyond the most recent maxRecords. */
  async prune(): Promise<void> {
    const { s } = this.options.database;
    const cutoff = new Date(this.now() - this.retention.maxAgeDays * DAY_MS);
    await this.options.database.query(`DELETE FROM ${s}.question_stat WHERE at < $1`, [cutoff]);
    await this.options.database.query(
      `DELETE FROM ${s}.question_stat WHERE id < (SELECT id FROM ${s}.question_stat ORDER BY id DESC OFFSET $1 LIMIT 1)`,
      [this.retention.maxRecords - 1],
    );
    this.writtenSincePrune = 0;
  }

  async summary(options: { top?: number } = {}): Promise<QuestionStatsSummary> {
    const top = options.top ?? 5;
    const { s } = this.options.database;
    const cutoff = new Date(this.now() - this.retention.maxAgeDays * DAY_MS);
    // The rows the retention keeps, whether or not the last prune has deleted the others yet.
    const kept = `WITH kept AS (SELECT * FROM ${s}.question_stat WHERE at >= $1 ORDER BY id DESC LIMIT $2)`;
    const window = [cutoff, this.retention.maxRecords];
    return this.options.database.readConsistently(async (client) => {
      const totals = (await client.query<Totals>(`${kept} ${TOTALS}`, window)).rows[0] as Totals;
      const unanswered = (await client.query<UnansweredRow>(`${kept} ${UNANSWERED}`, [...window, top])).rows;
      const cited = (await client.query<CitedRow>(`${kept} ${CITED}`, [...window, top])).rows;
      return {
        ...(totals.since ? { since: totals.since.toISOString() } : {}),
        questions: totals.questions,
        answered: totals.answered,
        answeredShare: totals.questions > 0 ? totals.answered / totals.questions : 0,
        ...(totals.median !== null ? { medianLatencyMs: totals.median } : {}),
        topUnanswered: unanswered.map((r): UnansweredGroup => ({ terms: r.terms, count: r.count, example: r.example })),
        topCited: cited,
      };
    });
  }

  /** Writes what accumulated, in one statement; a failure loses these records (logged), never the process. */
  private async writePending(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    const { s } = this.options.database;
    try {
      await this.options.database.query(
        `INSERT INTO ${s}.question_stat (at, platform, answered, latency_ms, cited, question, terms)
        SELECT to_timestamp((r->>'at')::double precision / 1000), r->>'platform', (r->>'answered')::boolean,
               (r->>'latencyMs')::double precision, r->'cited', r->>'question',
               CASE WHEN r ? 'terms' THEN ARRAY(SELECT jsonb_array_elements_text(r->'terms')) END
        FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS rows(r, n) ORDER BY n`,
        [JSON.stringify(batch)],
      );
      this.writtenSincePrune += batch.length;
      if (this.writtenSincePrune >= PRUNE_EVERY) await this.prune();
    } catch (error) {
      this.options.logger.warn({ error: String(error), records: batch.length }, 'question stats not saved');
    }
  }
}

interface Totals {
  questions: number;
  answered: number;
  median: number | null;
  since: Date | null;
}

interface UnansweredRow {
  terms: string[];
  count: number;
  example: string;
}

interface CitedRow {
  source: string;
  title: string;
  count: number;
}

const TOTALS = `SELECT count(*)::int AS questions, (count(*) FILTER (WHERE answered))::int AS answered,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms) AS median, min(at) AS since FROM kept`;

/** Grouped by key terms (else the lower-cased text), as unansweredKey does; the example is the latest wording. */
const UNANSWERED = `, grouped AS (
    SELECT CASE WHEN cardinality(terms) > 0 THEN array_to_string(terms, ' ') ELSE '"' || lower(coalesce(question, '')) || '"' END AS key,
           id, to_jsonb(coalesce(terms, '{}')) AS terms, array_to_string(coalesce(terms, '{}'), ' ') AS terms_text,
           coalesce(question, '') AS question
    FROM kept WHERE NOT answered)
  SELECT (array_agg(terms ORDER BY id))[1] AS terms, count(*)::int AS count, (array_agg(question ORDER BY id DESC))[1] AS example
  FROM grouped GROUP BY key
  ORDER BY count DESC, min(terms_text) COLLATE "C", min(id)
  LIMIT $3`;

/** Each answer counts once per source it cited; the title is the latest given. */
const CITED = `, citations AS (
    SELECT k.id, c->>'source' AS source, c->>'title' AS title
    FROM kept k CROSS JOIN LATERAL jsonb_array_elements(coalesce(k.cited, '[]')) AS c)
  SELECT source, (array_agg(title ORDER BY id DESC))[1] AS title, count(*)::int AS count
  FROM citations GROUP BY source
  ORDER BY count DESC, source COLLATE "C"
  LIMIT $3`;
