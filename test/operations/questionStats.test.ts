import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTION_STATS_FILE, QuestionStats } from '../../src/operations/questionStats.ts';
import { GERS_QUESTION, GERS_SOURCE, openTestEngine, recordingLogger, type TestEngine } from './helpers.ts';

let t: TestEngine;
beforeAll(async () => {
  t = await openTestEngine();
});
afterAll(async () => {
  await t?.cleanup();
});

async function tempDataDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'relais-stats-'));
}

describe('QuestionStats', () => {
  it('summarises questions, share answered, median latency, unanswered groups and cited documents', async () => {
    const dataDir = await tempDataDir();
    try {
      const stats = await QuestionStats.open({ dataDir, logger: recordingLogger() });
      const answered = await t.engine.ask(GERS_QUESTION);
      const unanswered = await t.engine.ask('Quel est le budget de la 5G à Lyon ?');
      expect(answered.answered).toBe(true);
      expect(unanswered.answered).toBe(false);
      stats.record('slack', GERS_QUESTION, answered, 10);
      stats.record('discord', GERS_QUESTION, answered, 30);
      stats.record('slack', 'Quel est le budget de la 5G à Lyon ?', unanswered, 20);
      stats.record('discord', 'budget 5G Lyon', unanswered, 40);
      stats.record('slack', 'Qui dirige Orange à Brest ?', await t.engine.ask('Qui dirige Orange à Brest ?'), 50);
      const summary = await stats.summary();
      expect(summary).toMatchObject({ questions: 5, answered: 2, answeredShare: 0.4, medianLatencyMs: 30 });
      expect(summary.topUnanswered[0]).toEqual({ terms: ['5g', 'budget', 'lyon'], count: 2, example: 'budget 5G Lyon' });
      expect(summary.topCited[0]).toMatchObject({ source: GERS_SOURCE, count: 2 });
      await stats.flush();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('survives a restart, skips a line cut short by a crash, and keeps only what it needs', async () => {
    const dataDir = await tempDataDir();
    try {
      const logger = recordingLogger();
      const first = await QuestionStats.open({ dataDir, logger });
      const unanswered = await t.engine.ask('Quel est le budget de la 5G à Lyon ?');
      first.record('slack', 'Quel est le budget de la 5G à Lyon ?', unanswered, 12);
      first.record('slack', GERS_QUESTION, await t.engine.ask(GERS_QUESTION), 8);
      await first.flush();
      const file = path.join(dataDir, QUESTION_STATS_FILE);
      const lines = (await readFile(file, 'utf8'))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines[0]).toMatchObject({
        platform: 'slack',
        answered: false,
        question: 'Quel est le budget de la 5G à Lyon ?',
        terms: ['5g', 'budget', 'lyon'],
      });
      // Answered questions keep what they cited, not their text.
      expect(lines[1]).not.toHaveProperty('question');
      expect(lines[1]).toMatchObject({ answered: true, cited: [expect.objectContaining({ source: GERS_SOURCE })] });

      await writeFile(file, `${await readFile(file, 'utf8')}{"at":17000000,"platf`);
      const second = await QuestionStats.open({ dataDir, logger });
      expect(await second.summary()).toMatchObject({ questions: 2, answered: 1 });
      expect(logger.lines.some((l) => l.message === 'question stats: unreadable lines skipped')).toBe(true);
      // the bad line is gone after the compaction at open
      expect((await readFile(file, 'utf8')).trim().split('\n')).toHaveLength(2);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('stays bounded: past 1.5 × maxRecords the file is compacted to the most recent maxRecords', async () => {
    const dataDir = await tempDataDir();
    try {
      const answer = await t.engine.ask(GERS_QUESTION);
      const stats = await QuestionStats.open({ dataDir, logger: recordingLogger(), maxRecords: 10 });
      for (let i = 0; i < 16; i++) stats.record('slack', GERS_QUESTION, answer, i);
      await stats.flush();
      const lines = (await readFile(path.join(dataDir, QUESTION_STATS_FILE), 'utf8')).trim().split('\n');
      expect(lines).toHaveLength(10);
      expect(JSON.parse(lines[9] as string)).toMatchObject({ latencyMs: 15 });
      expect(stats.size).toBe(10);
      // and a big file left by an earlier run is cut at open
      await mkdir(dataDir, { recursive: true });
      const reopened = await QuestionStats.open({ dataDir, logger: recordingLogger(), maxRecords: 4 });
      expect(reopened.size).toBe(4);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('drops records older than maxAgeDays, from the summary at once and from the file at the next opening', async () => {
    const dataDir = await tempDataDir();
    try {
      const day = 86_400_000;
      let clock = Date.parse('2026-02-01T08:00:00Z');
      const answer = await t.engine.ask(GERS_QUESTION);
      const stats = await QuestionStats.open({ dataDir, logger: recordingLogger(), maxAgeDays: 7, now: () => clock });
      for (const daysAgo of [10, 8, 3, 1]) {
        clock = Date.parse('2026-02-01T08:00:00Z') - daysAgo * day;
        stats.record('slack', GERS_QUESTION, answer, daysAgo);
      }
      await stats.flush();
      clock = Date.parse('2026-02-01T08:00:00Z');
      expect(await stats.summary()).toMatchObject({ questions: 2, medianLatencyMs: 2 });
      const reopened = await QuestionStats.open({ dataDir, logger: recordingLogger(), maxAgeDays: 7, now: () => clock });
      await reopened.flush();
      const lines = (await readFile(path.join(dataDir, QUESTION_STATS_FILE), 'utf8')).trim().split('\n');
      expect(lines.map((l) => (JSON.parse(l) as { latencyMs: number }).latencyMs)).toEqual([3, 1]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
