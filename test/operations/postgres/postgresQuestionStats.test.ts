/**
 * Question stats in PostgreSQL (SEARCH_BACKEND=postgres): two instances — two pools, two stores, as two
 * processes would hold — write to one table and read one summary, the same figures the file store
 * gives for the same records; retention by age and by count; migrations applied once.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../../commands/allCommands.ts';
import { replyAsPlainText } from '../../../commands/reply.ts';
import { runCommand } from '../../../commands/runCommand.ts';
import { statsCommand } from '../../../commands/stats.ts';
import { type Answer, silentLogger } from '../../../src/engine/index.ts';
import { OperationsDatabase } from '../../../src/operations/postgres/operationsDatabase.ts';
import { migrateOperations, OPERATIONS_MIGRATIONS } from '../../../src/operations/postgres/operationsSchema.ts';
import { PostgresQuestionStats } from '../../../src/operations/postgres/postgresQuestionStats.ts';
import { QuestionGate } from '../../../src/operations/questionGate.ts';
import { QuestionStats } from '../../../src/operations/questionStats.ts';
import { DATABASE_URL, dropSchema, freshSchema, skipMessage, sql } from '../../engine/search/postgres/postgresTestDatabase.ts';
import { GERS_QUESTION, openTestEngine, type TestEngine } from '../helpers.ts';

skipMessage('postgresQuestionStats.test.ts');
const DAY_MS = 86_400_000;

describe.skipIf(!DATABASE_URL)('question stats in PostgreSQL', () => {
  const url = DATABASE_URL as string;
  const opened: OperationsDatabase[] = [];
  const schemas: string[] = [];
  let t: TestEngine;
  let answered: Answer;
  let unanswered: Answer;

  const open = async (schema: string) => {
    const database = await OperationsDatabase.open({ connectionString: url, schema, logger: silentLogger });
    opened.push(database);
    return database;
  };
  const schemaForTest = (name: string) => {
    const schema = freshSchema(name);
    schemas.push(schema);
    return schema;
  };

  beforeAll(async () => {
    t = await openTestEngine();
    answered = await t.engine.ask(GERS_QUESTION);
    unanswered = await t.engine.ask('Quel est le budget de la 5G à Lyon ?');
    expect(answered.answered).toBe(true);
    expect(unanswered.answered).toBe(false);
  });

  afterAll(async () => {
    for (const database of opened) await database.close().catch(() => undefined);
    for (const schema of schemas) await dropSchema(schema);
    await t?.cleanup();
  });

  it('two instances write to one table and both `stats` show every question, as the file store would', async () => {
    const schema = schemaForTest('two');
    // Two instances starting together migrate once.
    const [first, second] = await Promise.all([open(schema), open(schema)]);
    const a = await PostgresQuestionStats.open({ database: first as OperationsDatabase, logger: silentLogger });
    const b = await PostgresQuestionStats.open({ database: second as OperationsDatabase, logger: silentLogger });
    const dataDir = await mkdtemp(path.join(tmpdir(), 'relais-stats-pg-'));
    const file = await QuestionStats.open({ dataDir, logger: silentLogger });
    try {
      const asked: [PostgresQuestionStats, string, string, Answer, number][] = [
        [a, 'slack', GERS_QUESTION, answered, 12],
        [b, 'discord', GERS_QUESTION, answered, 30],
        [a, 'slack', 'Quel est le budget de la 5G à Lyon ?', unanswered, 20.5],
        [b, 'discord', 'budget 5G Lyon', unanswered, 41],
        [b, 'discord', 'Et la météo à Quimper demain ?', await t.engine.ask('Et la météo à Quimper demain ?'), 7],
      ];
      for (const [store, platform, question, answer, ms] of asked) {
        store.record(platform, question, answer, ms);
        // One instance's writes may land before or after the other's: the file gets the same order.
        await store.flush();
        file.record(platform, question, answer, ms);
      }
      const fromA = await a.summary();
      const fromB = await b.summary();
      expect(fromA).toEqual(fromB);
      expect(fromA).toMatchObject({ questions: 5, answered: 2, answeredShare: 0.4, medianLatencyMs: 20.5 });
      expect(fromA.topUnanswered[0]).toEqual({ terms: ['5g', 'budget', 'lyon'], count: 2, example: 'budget 5G Lyon' });
      const fromFile = await file.summary();
      expect({ ...fromA, since: undefined }).toEqual({ ...fromFile, since: undefined });
      expect(Math.abs(Date.parse(fromA.since as string) - Date.parse(fromFile.since as string))).toBeLessThan(60_000);

      // The admins' command, asked on either instance, says the same.
      const gate = (store: PostgresQuestionStats) =>
        new QuestionGate({ logger: silentLogger, rateLimitPerMinute: 0, maxInFlight: 2, stats: store });
      const statsText = async (store: PostgresQuestionStats) =>
        replyAsPlainText(
          await runCommand(
            statsCommand,
            { options: {}, locale: 'fr', invoker: { platform: 'discord', userId: 'A1', isAdmin: true } },
            { engine: t.engine, logger: silentLogger, commands: allCommands, progress: async () => {}, questions: gate(store) },
          ),
        );
      const text = await statsText(a);
      expect(text).toMatch(/5/);
      expect(text).toContain('budget 5G Lyon');
      expect(await statsText(b)).toBe(text);
      expect(await sql(`SELECT version FROM "${schema}".operations_migrations`)).toEqual(
        OPERATIONS_MIGRATIONS.map((m) => ({ version: m.version })),
      );
    } finally {
      await file.flush();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('keeps only what the retention says: younger than maxAgeDays, the most recent maxRecords', async () => {
    const schema = schemaForTest('retention');
    const database = await open(schema);
    let clock = Date.parse('2026-03-01T09:00:00Z');
    const store = await PostgresQuestionStats.open({
      database,
      logger: silentLogger,
      now: () => clock,
      retention: { maxAgeDays: 30, maxRecords: 4 },
    });
    // Two old ones (40 and 35 days before the end), then five recent ones.
    for (const daysAgo of [40, 35, 5, 4, 3, 2, 1]) {
      clock = Date.parse('2026-03-01T09:00:00Z') - daysAgo * DAY_MS;
      store.record('slack', GERS_QUESTION, answered, daysAgo);
    }
    await store.flush();
    clock = Date.parse('2026-03-01T09:00:00Z');
    // The summary keeps to the retention before anything is deleted…
    const summary = await store.summary();
    expect(summary.questions).toBe(4);
    expect(summary.medianLatencyMs).toBe(2.5);
    expect(summary.since).toBe(new Date(clock - 4 * DAY_MS).toISOString());
    // …and pruning deletes the rest.
    await store.prune();
    const rows = await sql<{ latency_ms: number }>(`SELECT latency_ms FROM "${schema}".question_stat ORDER BY id`);
    expect(rows.map((r) => r.latency_ms)).toEqual([4, 3, 2, 1]);
    // Twenty-seven and a half days later, the two youngest (now 29.5 and 28.5 days old) are all that is kept.
    clock += 27.5 * DAY_MS;
    expect((await store.summary()).questions).toBe(2);
    await store.prune();
    expect(await sql(`SELECT count(*)::int AS n FROM "${schema}".question_stat`)).toEqual([{ n: 2 }]);
  });

  it('refuses a schema migrated by a newer Relais, and applies nothing twice', async () => {
    const schema = schemaForTest('newer');
    await open(schema);
    const client = await (opened.at(-1) as OperationsDatabase).pool.connect();
    try {
      expect(await migrateOperations(client, schema, silentLogger)).toEqual([]);
      await client.query(`INSERT INTO "${schema}".operations_migrations (version, name) VALUES (999, 'from the future')`);
      await expect(migrateOperations(client, schema, silentLogger)).rejects.toThrow(/newer than this Relais knows/);
    } finally {
      client.release();
    }
  });
});
