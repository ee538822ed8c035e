// npm run bench: Relais and the anchors over generated corpora of several sizes. Each system is
// measured in child processes of its own (see measureSystem.ts), one after the other; the table is
// printed and the full report written as JSON.
//   npm run bench -- [--sizes 10000,100000] [--systems relais,minisearch-default] [--repeat 5]
//                    [--quick] [--out bench-results/latest.json] [--corpus-cache DIR] [--cold-runs 1]
//                    [--timeout SECONDS] [--max-old-space MB] [--database-url URL] [--instances 2] [--concurrent-rounds 3]
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readCommandLine } from '../cli/commandLine.ts';
import { StartupError } from '../startupError.ts';
import { DEFAULT_CORPUS_CACHE, ensureCorpus } from './corpusCache.ts';
import { formatTable, type BenchReport } from './formatTable.ts';
import { DEFAULT_QUESTIONS, REPO_ROOT, measureSystem, type SystemMeasurement } from './measureSystem.ts';
import { SYSTEMS, anchorOf, defaultSystems } from './systems.ts';

const USAGE = `npm run bench -- [options]
  --sizes N,N        corpus sizes in documents (default 10000,100000)
  --systems a,b      systems to measure (default ${defaultSystems(undefined).join(',')}, plus relais-postgres and postgres-fts
                     when a database is given; known: ${Object.keys(SYSTEMS).join(', ')})
  --repeat N         timed passes over the public eval questions, after three warm-up passes (default 5)
  --quick            size 1000 and 2 passes (seconds); --sizes / --repeat still override
  --out FILE         JSON report (default bench-results/latest.json)
  --corpus-cache DIR where generated corpora are kept (default ${DEFAULT_CORPUS_CACHE})
  --cold-runs N      fresh processes timed from snapshot to first answer; the median is shown (default 1)
  --timeout S        limit per child process, in seconds (default 3600)
  --max-old-space MB V8 heap limit of the children (default 8192)
  --questions FILE   questions, one JSON object with a "question" field per line (default the public eval)
  --database-url URL PostgreSQL server for relais-postgres (schema bench_<size>) and postgres-fts (bench_postgres_fts_<size>),
                     dropped and rebuilt (default: the DATABASE_URL environment variable; without either, both are skipped)
  --instances N      processes querying at once, for the systems that are measured so (default 2; 1 = off)
  --concurrent-rounds N  rounds of one instance alone then N at once; the median ratio is shown (default 3)`;

function positiveIntegers(text: string, option: string): number[] {
  const values = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => Number(s.replace(/_/g, '')));
  if (values.length === 0 || values.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`${option} expects positive integers, got "${text}"`);
  return values;
}

/** The commit measured and the source files that differed from it (other work in the tree shows in the figures). */
function gitState(): BenchReport['git'] {
  try {
    const run = (...args: string[]): string =>
      execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trimEnd();
    const changed = run('status', '--porcelain', '--', 'src', 'package.json')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => l.slice(3))
      .filter((f) => !f.startsWith('src/bench/'));
    return { commit: run('rev-parse', '--short', 'HEAD').trim(), changed };
  } catch {
    return undefined;
  }
}

/** The URL without its password, for the report. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

/** The options, checked, with their defaults. */
interface BenchOptions {
  sizes: number[];
  systems: string[];
  databaseUrl: string | undefined;
  repeat: number;
  coldRuns: number;
  timeoutS: number;
  maxOldSpaceMb: number;
  instances: number;
  concurrentRounds: number;
  out: string;
  questions: string;
  corpusCache: string;
}

function readBenchCommandLine() {
  return readCommandLine(
    {
      options: {
        sizes: { type: 'string' },
        systems: { type: 'string' },
        repeat: { type: 'string' },
        quick: { type: 'boolean' },
        out: { type: 'string' },
        'corpus-cache': { type: 'string' },
        'cold-runs': { type: 'string' },
        timeout: { type: 'string' },
        'max-old-space': { type: 'string' },
        questions: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        'database-url': { type: 'string' },
        instances: { type: 'string' },
        'concurrent-rounds': { type: 'string' },
      },
    },
    'npm run bench -- [options] (npm run bench -- --help lists them)',
  );
}

function readBenchOptions(values: ReturnType<typeof readBenchCommandLine>['values']): BenchOptions {
  // positiveIntegers never returns an empty list, so a single value is its first.
  const single = (text: string, option: string): number => positiveIntegers(text, option)[0]!;
  const sizes = positiveIntegers(values.sizes ?? (values.quick ? '1000' : '10000,100000'), '--sizes');
  // The only place the benchmark reads its environment: the option wins, DATABASE_URL is the default.
  const databaseUrl = (values['database-url'] ?? process.env.DATABASE_URL)?.trim() || undefined;
  const systems = (values.systems ?? defaultSystems(databaseUrl).join(','))
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const unknown = systems.filter((s) => !(s in SYSTEMS));
  if (unknown.length > 0) throw new Error(`unknown system(s) ${unknown.join(', ')}; known: ${Object.keys(SYSTEMS).join(', ')}`);
  return {
    sizes,
    systems,
    databaseUrl,
    repeat: single(values.repeat ?? (values.quick ? '2' : '5'), '--repeat'),
    coldRuns: single(values['cold-runs'] ?? '1', '--cold-runs'),
    timeoutS: single(values.timeout ?? '3600', '--timeout'),
    maxOldSpaceMb: single(values['max-old-space'] ?? '8192', '--max-old-space'),
    instances: single(values.instances ?? '2', '--instances'),
    concurrentRounds: single(values['concurrent-rounds'] ?? '3', '--concurrent-rounds'),
    out: path.resolve(REPO_ROOT, values.out ?? 'bench-results/latest.json'),
    questions: path.resolve(values.questions ?? DEFAULT_QUESTIONS),
    corpusCache: values['corpus-cache'] ?? DEFAULT_CORPUS_CACHE,
  };
}

/** The report before any measurement: the machine, its load, the commit and the options. */
function newReport(options: BenchOptions): BenchReport {
  const { sizes, systems, repeat, coldRuns, questions, maxOldSpaceMb, instances, concurrentRounds, databaseUrl } = options;
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus[0]?.model.trim() ?? 'unknown',
      cores: cpus.length,
      totalMemoryGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    loadAverage: { before: os.loadavg() },
    git: gitState(),
    options: {
      sizes,
      systems,
      repeat,
      coldRuns,
      questions,
      maxOldSpaceMb,
      instances,
      concurrentRounds,
      database: databaseUrl ? redact(databaseUrl) : undefined,
    },
    systems: Object.fromEntries(
      systems.map((name) => {
        const entry = SYSTEMS[name]!;
        return [name, { label: entry.label, description: entry.description, anchor: entry.anchor === true, comparedWith: anchorOf(name) }];
      }),
    ),
    results: [],
  };
}

async function main(): Promise<void> {
  const { values } = readBenchCommandLine();
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const options = readBenchOptions(values);
  const log = (line: string): void => console.error(line);
  const started = performance.now();
  const report = newReport(options);
  const save = async (): Promise<void> => {
    await mkdir(path.dirname(options.out), { recursive: true });
    await writeFile(options.out, `${JSON.stringify(report, null, 2)}\n`);
  };
  await measureAll(options, report, save, log);
  report.loadAverage.after = os.loadavg();
  report.durationS = Math.round((performance.now() - started) / 100) / 10;
  await save();
  console.log(formatTable(report));
  console.log(`\nJSON report: ${path.relative(process.cwd(), options.out) || options.out} (${report.durationS} s)`);
  if (report.results.some((r) => !r.ok && !r.skipped)) process.exitCode = 1;
}

/** Every system over every size, one after the other, the report saved after each. */
async function measureAll(
  options: BenchOptions,
  report: BenchReport,
  save: () => Promise<void>,
  log: (line: string) => void,
): Promise<void> {
  const { systems, questions, repeat, coldRuns, maxOldSpaceMb, databaseUrl, instances, concurrentRounds } = options;
  for (const size of options.sizes) {
    const corpusDir = await ensureCorpus(size, options.corpusCache, log);
    log(`${size.toLocaleString('en-US')} documents (${corpusDir}):`);
    for (const system of systems) {
      const result = await measureSystem({
        system,
        size,
        corpusDir,
        questionsFile: questions,
        repeat,
        coldRuns,
        maxOldSpaceMb,
        timeoutMs: options.timeoutS * 1000,
        log,
        databaseUrl,
        instances,
        concurrentRounds,
      });
      report.results.push(result);
      logFigures(result, log);
      // Written after every measurement, so a long run cut short keeps what it measured.
      await save();
    }
  }
}

/** The headline figures of one measurement, on stderr while the run goes on. */
function logFigures(result: SystemMeasurement, log: (line: string) => void): void {
  if (!result.ok || !result.build || !result.coldMedian) return;
  const b = result.build;
  log(
    `    build ${(b.buildMs / 1000).toFixed(2)} s, peak RSS ${b.peakRssBuildMb} MB, p50 ${b.queries.p50Ms} ms, ` +
      `p99 ${b.queries.p99Ms} ms, cold start ${(result.coldMedian.coldStartMs / 1000).toFixed(2)} s`,
  );
  const c = result.concurrent;
  const one = result.concurrentAlone;
  if (one) log(`    1 instance alone: ${one.combinedQps} q/s, p50 ${one.p50Ms} ms, p99 ${one.p99Ms} ms`);
  if (c) log(`    ${c.instances} instances at once: ${c.combinedQps} q/s together, p50 ${c.p50Ms} ms, p99 ${c.p99Ms} ms`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = error instanceof StartupError ? error.exitCode : 1;
});
