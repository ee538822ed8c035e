// Smoke test of the benchmark's plumbing (npm run bench itself is not part of npm test).
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusFolderName, isCompleteCorpus } from '../../src/bench/corpusCache.ts';
import { formatTable, type BenchReport } from '../../src/bench/formatTable.ts';
import { DEFAULT_QUESTIONS, REPO_ROOT, measureSystem, type SystemMeasurement } from '../../src/bench/measureSystem.ts';
import { percentile } from '../../src/bench/stats.ts';
import {
  ANCHOR_SYSTEM,
  SYSTEMS,
  anchorOf,
  benchSchema,
  defaultSystems,
  loadSystem,
  skipReason,
  type BenchContext,
} from '../../src/bench/systems.ts';

// The PostgreSQL system is measured here only against a server (CI starts one: .ci/postgres.sh).
const DATABASE_URL = process.env.DATABASE_URL?.trim() || undefined;
const schemas: string[] = [];

const bundledCorpus = path.join(REPO_ROOT, 'corpus');
const temporary: string[] = [];
afterAll(async () => {
  await Promise.all(temporary.map((d) => rm(d, { recursive: true, force: true })));
  if (DATABASE_URL && schemas.length > 0) {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    try {
      for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    } finally {
      await client.end();
    }
  }
});

const hasSharedQuestions = existsSync(DEFAULT_QUESTIONS);
if (!hasSharedQuestions) console.warn(`bench.test.ts: measuring skipped, ${DEFAULT_QUESTIONS} is missing (../shared beside the checkout)`);

describe('benchmark helpers', () => {
  it('takes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('knows a corpus is incomplete until every generated file is there', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-corpus-'));
    temporary.push(dir);
    expect(corpusFolderName(10_000)).toBe('c10k');
    expect(corpusFolderName(1_500)).toBe('c1500');
    await writeFile(path.join(dir, 'syn_000000.txt'), 'Brest : communiqué\n\nTexte.\n');
    expect(await isCompleteCorpus(dir, 2)).toBe(false);
    await writeFile(path.join(dir, 'syn_000001.txt'), 'Brest : communiqué\n\nTexte.\n');
    expect(await isCompleteCorpus(dir, 2)).toBe(true);
  });

  it('prints a row per system and the ratio to the anchor', () => {
    const measured = (system: string, p99Ms: number): SystemMeasurement => ({
      system,
      size: 1000,
      corpusDir: '/c',
      ok: true,
      childWallMs: {},
      build: {
        documents: 1000,
        buildMs: 2000,
        peakRssBuildMb: 100,
        heapUsedMb: 10,
        externalMb: 5,
        gcForced: true,
        snapshotMb: 3,
        peakRssMb: 110,
        queries: {
          questions: 44,
          repeat: 1,
          samples: 44,
          p50Ms: 1,
          p99Ms,
          meanMs: 1,
          maxMs: p99Ms,
          qps: 500,
          withResults: 40,
          firstPassP50Ms: 2,
          firstPassP99Ms: p99Ms,
          warmUpPasses: 3,
        },
      },
      coldMedian: { documents: 1000, bootMs: 100, loadMs: 50, firstAnswerMs: 5, coldStartMs: 400, peakRssMb: 90 },
    });
    const report: BenchReport = {
      date: '2026-01-01T00:00:00.000Z',
      machine: { cpu: 'Test CPU', cores: 2, totalMemoryGiB: 24, node: 'v20.0.0', platform: 'linux' },
      loadAverage: { before: [0.1, 0.2, 0.3], after: [0.4, 0.5, 0.6] },
      options: { sizes: [1000], systems: ['relais', 'minisearch-default'], repeat: 1, coldRuns: 1, questions: 'q', maxOldSpaceMb: 8192 },
      systems: {
        relais: { label: 'Relais', description: '', anchor: false },
        'minisearch-default': { label: 'MiniSearch-default', description: '', anchor: true },
      },
      results: [measured('relais', 2), measured('minisearch-default', 8)],
    };
    const table = formatTable(report);
    expect(table).toContain('Test CPU, 2 cores');
    expect(table).toMatch(/\| 1,000 \| Relais \| 2\.00 \|/);
    expect(table).toMatch(/Relais \/ MiniSearch-default \|.*\| 0\.250× \|/);

    // Each system against its own anchor.
    const both: BenchReport = {
      ...report,
      systems: {
        ...report.systems,
        'relais-postgres': { label: 'Relais-PostgreSQL', description: '', anchor: false, comparedWith: 'postgres-fts' },
        'postgres-fts': { label: 'PostgreSQL-FTS', description: '', anchor: true },
      },
      results: [...report.results, measured('relais-postgres', 5), measured('postgres-fts', 50)],
    };
    const two = formatTable(both);
    expect(two).toMatch(/Relais-PostgreSQL \/ PostgreSQL-FTS \|.*\| 0\.100× \|/);
    expect(two).not.toContain('Relais-PostgreSQL / MiniSearch-default');
    expect(two).not.toContain('PostgreSQL-FTS / MiniSearch-default');
  });
});

describe('systems', () => {
  it('has two anchors: MiniSearch with default options for the embedded index, PostgreSQL full-text search for the PostgreSQL backend', () => {
    expect(ANCHOR_SYSTEM).toBe('minisearch-default');
    expect(
      Object.keys(SYSTEMS)
        .filter((name) => SYSTEMS[name]?.anchor)
        .sort(),
    ).toEqual(['minisearch-default', 'postgres-fts']);
    expect(anchorOf('relais')).toBe('minisearch-default');
    expect(anchorOf('relais-postgres')).toBe('postgres-fts');
    expect(benchSchema(1000, 'relais-postgres')).not.toBe(benchSchema(1000, 'postgres-fts'));
  });

  it('includes the PostgreSQL systems by default only when a database is given, and skips them without one', () => {
    expect(defaultSystems(undefined)).toEqual(['relais', 'minisearch-default']);
    expect(defaultSystems('postgres://localhost/x')).toEqual(expect.arrayContaining(['relais-postgres', 'postgres-fts']));
    expect(skipReason('relais-postgres', undefined)).toMatch(/--database-url|DATABASE_URL/);
    expect(skipReason('postgres-fts', undefined)).toMatch(/--database-url|DATABASE_URL/);
    expect(skipReason('relais-postgres', 'postgres://localhost/x')).toBeUndefined();
    expect(skipReason('relais', undefined)).toBeUndefined();
  });

  it('reports relais-postgres as skipped, not failed, without a database', async () => {
    const result = await measureSystem({ system: 'relais-postgres', size: 5, corpusDir: bundledCorpus, repeat: 1 });
    expect(result.ok).toBe(false);
    expect(result.skipped).toMatch(/DATABASE_URL/);
    expect(result.error).toBeUndefined();
    const report: BenchReport = {
      date: '2026-01-01T00:00:00.000Z',
      machine: { cpu: 'Test CPU', cores: 2, totalMemoryGiB: 24, node: 'v20.0.0', platform: 'linux' },
      loadAverage: { before: [0.1, 0.2, 0.3] },
      options: { sizes: [5], systems: ['relais-postgres'], repeat: 1, coldRuns: 1, questions: 'q', maxOldSpaceMb: 8192 },
      systems: { 'relais-postgres': { label: 'Relais-PostgreSQL', description: '', anchor: false } },
      results: [result],
    };
    expect(formatTable(report)).toMatch(/Skipped:\n- Relais-PostgreSQL @ 5: no PostgreSQL server/);
    expect(formatTable(report)).not.toContain('Failed:');
  });

  it.each(Object.keys(SYSTEMS))('%s builds, saves, reopens from its snapshot and answers', async (name) => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bench-data-'));
    temporary.push(dataDir);
    const context: BenchContext = { corpusDir: bundledCorpus, dataDir };
    if (SYSTEMS[name]?.needsDatabase) {
      if (!DATABASE_URL) {
        console.warn(`bench.test.ts: ${name} skipped, DATABASE_URL is not set`);
        return;
      }
      const schema = `t_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
      schemas.push(schema);
      context.database = { url: DATABASE_URL, schema };
    }
    const system = await loadSystem(name);
    const built = await system.build(context);
    expect(built.documents).toBe(5);
    expect(await built.ask('Combien de prises ouvertes à la fibre compte le Gers ?')).toBeGreaterThan(0);
    const { system: opened, loadMs } = await system.open(context);
    expect(loadMs).toBeGreaterThanOrEqual(0);
    expect(opened.documents).toBe(5);
    expect(await opened.ask('Combien de prises ouvertes à la fibre compte le Gers ?')).toBeGreaterThan(0);
    await built.close?.();
    await opened.close?.();
  });

  // Each measurement spawns several child processes (build, cold starts, timed passes, two instances),
  // each compiling TypeScript: on a loaded 2-core machine that took over a minute. The limits only
  // catch a hung child; they are not timings.
  const CHILD_TIMEOUT_MS = 240_000;
  const TEST_TIMEOUT_MS = 480_000;

  // The measuring child asks the public eval questions, from ../shared beside the checkout.
  it.skipIf(!hasSharedQuestions)(
    'measures two instances querying at once',
    async () => {
      const result = await measureSystem({
        system: 'relais',
        size: 5,
        corpusDir: bundledCorpus,
        repeat: 1,
        timeoutMs: CHILD_TIMEOUT_MS,
        concurrentRounds: 2,
      });
      expect(result.error).toBeUndefined();
      expect(result.concurrent?.instances).toBe(2);
      expect(result.concurrent?.perInstance).toHaveLength(2);
      expect(result.concurrent?.combinedQps).toBeGreaterThan(0);
      // The baseline: one instance, opened and warmed up as each of the two.
      expect(result.concurrentAlone?.perInstance).toHaveLength(1);
      expect(result.concurrentAlone?.combinedQps).toBeGreaterThan(0);
      expect(result.concurrentRounds).toHaveLength(2);
      // Each instance's CPU time over its passes per wall second: the main thread and V8's helpers.
      for (const instance of [...result.concurrent!.perInstance, ...result.concurrentAlone!.perInstance]) {
        expect(instance.coresBusy).toBeGreaterThan(0);
        expect(instance.coresBusy).toBeLessThanOrEqual(os.cpus().length + 0.5);
      }
      expect(
        formatTable({
          date: '2026-01-01T00:00:00.000Z',
          machine: { cpu: 'Test CPU', cores: 2, totalMemoryGiB: 24, node: 'v20.0.0', platform: 'linux' },
          loadAverage: { before: [0.1, 0.2, 0.3] },
          options: { sizes: [5], systems: ['relais'], repeat: 1, coldRuns: 1, questions: 'q', maxOldSpaceMb: 8192 },
          systems: { relais: { label: 'Relais', description: '', anchor: false } },
          results: [result],
        }),
      ).toMatch(/Concurrent: 2 instances[^]*together \/ one[^]*cores busy per instance/);
    },
    TEST_TIMEOUT_MS,
  );

  it.skipIf(!DATABASE_URL)(
    'measures relais-postgres in child processes that close the engine and report',
    async () => {
      const result = await measureSystem({
        system: 'relais-postgres',
        size: 5,
        corpusDir: bundledCorpus,
        repeat: 1,
        timeoutMs: CHILD_TIMEOUT_MS,
        databaseUrl: DATABASE_URL,
        instances: 1,
      });
      schemas.push('bench_5');
      expect(result.error).toBeUndefined();
      expect(result.build?.documents).toBe(5);
      expect(result.coldMedian?.documents).toBe(5);
    },
    TEST_TIMEOUT_MS,
  );

  it.skipIf(!hasSharedQuestions)(
    'measures a system in child processes',
    async () => {
      const result = await measureSystem({
        system: 'minisearch-default',
        size: 5,
        corpusDir: bundledCorpus,
        repeat: 1,
        timeoutMs: CHILD_TIMEOUT_MS,
      });
      expect(result.error).toBeUndefined();
      expect(result.build?.documents).toBe(5);
      expect(result.build?.queries.samples).toBeGreaterThan(0);
      expect(result.coldMedian?.coldStartMs).toBeGreaterThan(result.coldMedian?.loadMs ?? 0);
    },
    TEST_TIMEOUT_MS,
  );
});
