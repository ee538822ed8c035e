/**
 * Answer feedback in PostgreSQL: two instances record votes on one table (first vote, change, repeat
 * told apart as the file store does) and both read the same figures; retention by age and by count.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/engine/index.ts';
import { OperationsDatabase } from '../../../src/operations/postgres/operationsDatabase.ts';
import type { FeedbackVote } from '../../../commands/command.ts';
import { PostgresFeedbackStore } from '../../../src/operations/postgres/postgresFeedbackStore.ts';
import { DATABASE_URL, dropSchema, freshSchema, skipMessage, sql } from '../../engine/search/postgres/postgresTestDatabase.ts';

skipMessage('postgresFeedbackStore.test.ts');
const DAY_MS = 86_400_000;

const vote = (
  answerId: string,
  voterHash: string,
  v: 'up' | 'down',
  question = 'Combien de foyers raccordés à Vannes ?',
): FeedbackVote => ({
  answerId,
  voterHash,
  vote: v,
  platform: 'discord',
  question,
  sources: ['corpus/vannes-fibre.txt', 'corpus/morbihan.txt'],
});

describe.skipIf(!DATABASE_URL)('answer feedback in PostgreSQL', () => {
  const url = DATABASE_URL as string;
  const opened: OperationsDatabase[] = [];
  const schemas: string[] = [];
  const open = async (name: string) => {
    const schema = freshSchema(name);
    schemas.push(schema);
    const database = await OperationsDatabase.open({ connectionString: url, schema, logger: silentLogger });
    opened.push(database);
    return { schema, database };
  };

  afterAll(async () => {
    for (const database of opened) await database.close().catch(() => undefined);
    for (const schema of schemas) await dropSchema(schema);
  });

  it('two instances vote on one table: a change counts, a repeat does not, both see the same figures', async () => {
    const { schema, database } = await open('votes');
    const second = await OperationsDatabase.open({ connectionString: url, schema, logger: silentLogger });
    opened.push(second);
    const a = await PostgresFeedbackStore.open({ database, logger: silentLogger });
    const b = await PostgresFeedbackStore.open({ database: second, logger: silentLogger });

    expect(await a.vote(vote('r1', 'h1', 'up'))).toBe('recorded');
    // The same voter, through the other instance (another shard): a repeat, then a change.
    expect(await b.vote(vote('r1', 'h1', 'up'))).toBe('unchanged');
    expect(await b.vote(vote('r1', 'h1', 'down'))).toBe('changed');
    expect(await a.vote(vote('r1', 'h2', 'down'))).toBe('recorded');
    expect(await a.vote(vote('r1', 'h3', 'up'))).toBe('recorded');
    expect(await b.vote(vote('r2', 'h1', 'down', 'Qui finance le réseau de Lorient ?'))).toBe('recorded');
    expect(await b.vote(vote('r3', 'h4', 'up', 'Quand ouvre le tiers-lieu de Ploërmel ?'))).toBe('recorded');

    const fromA = await a.summary();
    expect(fromA).toEqual(await b.summary());
    expect(fromA).toEqual({
      votes: 5,
      helpful: 2,
      helpfulShare: 0.4,
      mostDisliked: [
        { question: 'Combien de foyers raccordés à Vannes ?', sources: ['corpus/vannes-fibre.txt', 'corpus/morbihan.txt'], down: 2, up: 1 },
        { question: 'Qui finance le réseau de Lorient ?', sources: ['corpus/vannes-fibre.txt', 'corpus/morbihan.txt'], down: 1, up: 0 },
      ],
    });
    expect((await a.summary({ top: 1 })).mostDisliked).toHaveLength(1);
    // One row per voter and answer; never a platform user id.
    expect(await sql(`SELECT count(*)::int AS n FROM "${schema}".feedback_vote`)).toEqual([{ n: 5 }]);
  });

  it('keeps only the votes the retention keeps', async () => {
    const { schema, database } = await open('vote_retention');
    let clock = Date.parse('2026-04-01T10:00:00Z');
    const store = await PostgresFeedbackStore.open({
      database,
      logger: silentLogger,
      now: () => clock,
      retention: { maxAgeDays: 30, maxRecords: 3 },
    });
    for (const [i, daysAgo] of [45, 10, 3, 2, 1].entries()) {
      clock = Date.parse('2026-04-01T10:00:00Z') - daysAgo * DAY_MS;
      await store.vote(vote(`r${i}`, 'h1', i % 2 === 0 ? 'down' : 'up'));
    }
    clock = Date.parse('2026-04-01T10:00:00Z');
    // The three most recent: r2 (down), r3 (up), r4 (down).
    expect(await store.summary()).toMatchObject({ votes: 3, helpful: 1 });
    await store.prune();
    expect(
      (await sql<{ answer_id: string }>(`SELECT answer_id FROM "${schema}".feedback_vote ORDER BY id`)).map((r) => r.answer_id),
    ).toEqual(['r2', 'r3', 'r4']);
  });
});
