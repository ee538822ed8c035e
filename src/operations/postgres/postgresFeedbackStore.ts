// The 👍/👎 votes on answers with the PostgreSQL backend: one row per voter and answer in
// feedback_vote, shared by every instance and shard, so the feedback figures of `stats` are the same
// wherever they are asked. Same rules as the JSON-lines store (src/operations/feedbackVotes.ts):
// a voter's latest vote on an answer counts once, the same vote again is 'unchanged', the question
// and sources are those of the first vote on the answer. Retention as for the question stats: votes
// older than maxAgeDays, or beyond the most recent maxRecords, no longer count and are deleted at
// opening and by prune().
import type { DislikedAnswer, FeedbackStore, FeedbackSummary, FeedbackVote, VoteOutcome } from '../../../commands/command.ts';
import type { Logger } from '../../engine/index.ts';
import { DEFAULT_STATS_RETENTION, type StatsRetention } from '../questionStatsStore.ts';
import type { OperationsDatabase } from './operationsDatabase.ts';

const DAY_MS = 86_400_000;

export interface PostgresFeedbackStoreOptions {
  database: OperationsDatabase;
  logger: Logger;
  retention?: Partial<StatsRetention>;
  now?: () => number;
}

export class PostgresFeedbackStore implements FeedbackStore {
  private readonly retention: StatsRetention;
  private readonly now: () => number;

  private constructor(private readonly options: PostgresFeedbackStoreOptions) {
    this.retention = { ...DEFAULT_STATS_RETENTION, ...options.retention };
    this.now = options.now ?? Date.now;
  }

  /** The database must be open (its tables migrated); retention runs once now. */
  static async open(options: PostgresFeedbackStoreOptions): Promise<PostgresFeedbackStore> {
    const store = new PostgresFeedbackStore(options);
    await store.prune();
    return store;
  }

  /** Records a first vote or a change at once (the voter is told it counted); a repeat writes nothing. */
  async vote(vote: FeedbackVote): Promise<VoteOutcome> {
    const { s } = this.options.database;
    // `previous` reads the snapshot before the upsert: what the voter had said, if anything.
    const { rows } = await this.options.database.query<{ previous: string | null; written: number }>(
      `WITH previous AS (SELECT vote FROM ${s}.feedback_vote WHERE answer_id = $1 AND voter_hash = $2),
       written AS (
         INSERT INTO ${s}.feedback_vote AS v (answer_id, voter_hash, vote, platform, question, sources, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (answer_id, voter_hash) DO UPDATE SET vote = EXCLUDED.vote, platform = EXCLUDED.platform, at = EXCLUDED.at
         WHERE v.vote <> EXCLUDED.vote
         RETURNING 1)
       SELECT (SELECT vote FROM previous) AS previous, (SELECT count(*) FROM written)::int AS written`,
      [vote.answerId, vote.voterHash, vote.vote, vote.platform, vote.question, vote.sources, new Date(this.now())],
    );
    const row = rows[0] as { previous: string | null; written: number };
    if (row.written === 0) return 'unchanged';
    return row.previous === null ? 'recorded' : 'changed';
  }

  async summary(options: { top?: number } = {}): Promise<FeedbackSummary> {
    const { s } = this.options.database;
    const kept = `WITH kept AS (SELECT * FROM ${s}.feedback_vote WHERE at >= $1 ORDER BY id DESC LIMIT $2)`;
    const window = [new Date(this.now() - this.retention.maxAgeDays * DAY_MS), this.retention.maxRecords];
    return this.options.database.readConsistently(async (client) => {
      const totals = (
        await client.query<{ votes: number; helpful: number }>(
          `${kept} SELECT count(*)::int AS votes, (count(*) FILTER (WHERE vote = 'up'))::int AS helpful FROM kept`,
          window,
        )
      ).rows[0];
      const disliked = (
        await client.query<DislikedAnswer>(
          `${kept}, answers AS (
          SELECT (array_agg(question ORDER BY id))[1] AS question, (array_agg(to_jsonb(sources) ORDER BY id))[1] AS sources,
                 (count(*) FILTER (WHERE vote = 'down'))::int AS down, (count(*) FILTER (WHERE vote = 'up'))::int AS up
          FROM kept GROUP BY answer_id)
        SELECT question, sources, down, up FROM answers WHERE down > 0 ORDER BY down DESC, up, question LIMIT $3`,
          [...window, options.top ?? 5],
        )
      ).rows;
      const votes = totals?.votes ?? 0;
      const helpful = totals?.helpful ?? 0;
      // Ties in the order the file store gives them (its tally compares questions with localeCompare).
      disliked.sort((a, b) => b.down - a.down || a.up - b.up || a.question.localeCompare(b.question));
      return { votes, helpful, helpfulShare: votes > 0 ? helpful / votes : 0, mostDisliked: disliked };
    });
  }

  /** Deletes the votes the retention no longer keeps. */
  async prune(): Promise<void> {
    const { s } = this.options.database;
    await this.options.database.query(`DELETE FROM ${s}.feedback_vote WHERE at < $1`, [
      new Date(this.now() - this.retention.maxAgeDays * DAY_MS),
    ]);
    await this.options.database.query(
      `DELETE FROM ${s}.feedback_vote WHERE id < (SELECT id FROM ${s}.feedback_vote ORDER BY id DESC OFFSET $1 LIMIT 1)`,
      [this.retention.maxRecords - 1],
    );
  }

  /** Votes are written before vote() resolves: nothing is pending. */
  async flush(): Promise<void> {}
}
