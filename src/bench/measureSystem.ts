// Measures ONE system on ONE corpus, each phase in a child process of its own so that peak RSS and
// heap are that system's alone:
//   build  – index from nothing and save (build time, peak RSS, heap after GC, snapshot size), then
//            query latency over the public eval questions: WARM_UP_PASSES untimed passes, then `repeat` timed passes;
//   cold   – a fresh process opens what build saved and answers one question (time from process start
//            to the first answer, and the load part alone);
//   concurrent – (systems marked `concurrent`) N processes each open what build saved, warm up, then,
//            released together, answer the questions `repeat` times at the same time.
// As a script it is the child: node --import tsx --expose-gc src/bench/measureSystem.ts --phase ...
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { RssSampler, folderBytes, median, percentile } from './stats.ts';
import { SYSTEMS, benchSchema, loadSystem, skipReason, type BenchContext, type BenchSystem, type SystemUnderTest } from './systems.ts';

const WARM_UP_PASSES = 3;

/** Asks every question `repeat` times, one after the other; the latency of each answer in ms. */
async function timePasses(ask: (question: string) => unknown, questions: readonly string[], repeat: number): Promise<number[]> {
  const samples: number[] = [];
  for (let r = 0; r < repeat; r++) {
    for (const q of questions) {
      const t = performance.now();
      await ask(q);
      samples.push(performance.now() - t);
    }
  }
  return samples;
}

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_QUESTIONS = path.resolve(REPO_ROOT, '../shared/eval/questions.public.jsonl');
const THIS_FILE = fileURLToPath(import.meta.url);
/** How the parent hands the database URL to its children: the environment, not argv (which `ps` shows). */
const DATABASE_URL_ENV = 'RELAIS_BENCH_DATABASE_URL';
const READY = 'RELAIS-BENCH-READY';
const MB = 1024 * 1024;

export interface QueryFigures {
  questions: number;
  repeat: number;
  samples: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  maxMs: number;
  /** Questions answered per second, one after the other. */
  qps: number;
  /** Questions of one pass for which the system returned at least one result. */
  withResults: number;
  /** The first, untimed-for-the-table pass, while the JIT is still compiling: what the first users see. */
  firstPassP50Ms: number;
  firstPassP99Ms: number;
  warmUpPasses: number;
}

export interface BuildFigures {
  documents: number;
  /** From nothing to index built and saved. */
  buildMs: number;
  /** Peak RSS of the process up to the saved index (it includes Node and tsx themselves). */
  peakRssBuildMb: number;
  /** V8 heap used once built, after a full GC (when --expose-gc). */
  heapUsedMb: number;
  /** Memory outside the V8 heap (typed arrays' buffers and the like), after the same GC. */
  externalMb: number;
  gcForced: boolean;
  snapshotMb: number;
  queries: QueryFigures;
  /** Peak RSS of the whole child, queries included. */
  peakRssMb: number;
}

export interface ColdFigures {
  documents: number;
  /** Process start to the end of module loading (Node and tsx start-up, imports). */
  bootMs: number;
  /** Opening from the saved index alone. */
  loadMs: number;
  /** The first question, once open. */
  firstAnswerMs: number;
  /** Process start to the first answer. */
  coldStartMs: number;
  peakRssMb: number;
}

/** One instance of the concurrent phase: its own latencies while the others asked too. */
export interface InstanceFigures {
  samples: number;
  p50Ms: number;
  p99Ms: number;
  qps: number;
  /** Wall-clock (epoch ms) bounds of its timed passes, to compute the combined throughput. */
  startedAt: number;
  endedAt: number;
  peakRssMb: number;
  /**
   * CPU time of the whole process over its timed passes, per second of wall time: above 1 when V8's
   * helper threads (optimising compiler, garbage collector) run beside the main thread — cores that
   * instances running at once must share. Absent from reports written before it was measured.
   */
  coresBusy?: number;
}

export interface ConcurrentFigures {
  instances: number;
  repeat: number;
  /** Every instance's answers divided by the time from the first start to the last end. */
  combinedQps: number;
  /** Over all instances' samples together. */
  p50Ms: number;
  p99Ms: number;
  perInstance: InstanceFigures[];
}

export interface SystemMeasurement {
  system: string;
  size: number;
  corpusDir: string;
  ok: boolean;
  error?: string;
  /** Why the system was not measured (e.g. no database given); ok is false then, and this is not a failure. */
  skipped?: string;
  build?: BuildFigures;
  /** One per cold run; `coldMedian` summarises them. */
  cold?: ColdFigures[];
  coldMedian?: ColdFigures;
  /** Two (or --instances) processes querying at once, for systems marked `concurrent`. */
  concurrent?: ConcurrentFigures;
  /**
   * One process measured exactly as each of those (opened from what build saved, the same warm-up), alone:
   * what their combined throughput is compared with. The build process's own passes are no like baseline:
   * it built the index in place (and compiled the analysis code doing so) rather than opening it.
   */
  concurrentAlone?: ConcurrentFigures;
  /**
   * Every round of one instance alone then the instances together (throughput of each); `concurrent` and
   * `concurrentAlone` are the round with the median ratio. Rounds, back to back, because this machine's
   * speed drifts by a third within minutes: a ratio of two runs minutes apart says more of the drift.
   */
  concurrentRounds?: Array<{ aloneQps: number; togetherQps: number }>;
  /** Wall time of each child as the parent saw it, spawn to exit. */
  childWallMs: { build?: number; cold?: number[]; concurrent?: number };
}

export interface MeasureOptions {
  system: string;
  size: number;
  corpusDir: string;
  questionsFile?: string;
  repeat?: number;
  coldRuns?: number;
  /** --max-old-space-size of the children, in MB. */
  maxOldSpaceMb?: number;
  /** Per child. */
  timeoutMs?: number;
  /** Where the data folder goes (a fresh one per measurement, removed after). */
  tmpDir?: string;
  /** PostgreSQL server for systems that need one (runBenchmark resolves --database-url / DATABASE_URL). */
  databaseUrl?: string;
  /** Processes querying at once in the concurrent phase (systems marked `concurrent`); below 2 skips it. Default 2. */
  instances?: number;
  /** Rounds of one instance alone then the instances together. Default 3. */
  concurrentRounds?: number;
  log?: (line: string) => void;
}

/** The build, the cold starts and the concurrent instances, each in child processes, into `result`. */
async function runPhases(result: SystemMeasurement, common: string[], options: MeasureOptions, log: (line: string) => void): Promise<void> {
  log(`  ${options.system} @ ${options.size}: build + queries…`);
  const build = await runChild([...common, '--phase', 'build'], options);
  result.childWallMs.build = build.wallMs;
  result.build = build.figures as BuildFigures;
  const cold: ColdFigures[] = [];
  result.childWallMs.cold = [];
  for (let i = 0; i < (options.coldRuns ?? 1); i++) {
    log(`  ${options.system} @ ${options.size}: cold start ${i + 1}…`);
    const run = await runChild([...common, '--phase', 'cold'], options);
    result.childWallMs.cold.push(run.wallMs);
    cold.push(run.figures as ColdFigures);
  }
  result.cold = cold;
  result.coldMedian = medianCold(cold);
  const instances = options.instances ?? 2;
  if (SYSTEMS[options.system]?.concurrent && instances >= 2) {
    const started = performance.now();
    await runConcurrentRounds(result, common, instances, options, log);
    result.childWallMs.concurrent = Math.round(performance.now() - started);
  }
}

/** Rounds of one instance alone, then `instances` at once; keeps the round with the median ratio. */
async function runConcurrentRounds(
  result: SystemMeasurement,
  common: string[],
  instances: number,
  options: MeasureOptions,
  log: (line: string) => void,
): Promise<void> {
  const rounds: Array<{ alone: ConcurrentFigures; together: ConcurrentFigures }> = [];
  const count = options.concurrentRounds ?? 3;
  for (let r = 1; r <= count; r++) {
    log(`  ${options.system} @ ${options.size}: round ${r} of ${count}, 1 instance alone, then ${instances} at once…`);
    const alone = await runConcurrent(common, 1, options);
    rounds.push({ alone, together: await runConcurrent(common, instances, options) });
  }
  const ratio = (r: (typeof rounds)[number]) => r.together.combinedQps / Math.max(1e-9, r.alone.combinedQps);
  const middle = [...rounds].sort((a, b) => ratio(a) - ratio(b))[Math.floor((rounds.length - 1) / 2)]!;
  result.concurrentAlone = middle.alone;
  result.concurrent = middle.together;
  result.concurrentRounds = Array.from(rounds, (r) => ({ aloneQps: r.alone.combinedQps, togetherQps: r.together.combinedQps }));
}

/** Runs the build child, then the cold-start children, over a fresh data folder. Never throws for a failing system. */
export async function measureSystem(options: MeasureOptions): Promise<SystemMeasurement> {
  const log = options.log ?? (() => undefined);
  const skipped = skipReason(options.system, options.databaseUrl);
  if (skipped) {
    log(`  ${options.system} @ ${options.size}: skipped: ${skipped}`);
    return { system: options.system, size: options.size, corpusDir: options.corpusDir, ok: false, skipped, childWallMs: {} };
  }
  const dataDir = await mkdtemp(path.join(options.tmpDir ?? os.tmpdir(), `relais-bench-${options.system}-`));
  const resultFile = path.join(dataDir, '..', `${path.basename(dataDir)}.result.json`);
  const result: SystemMeasurement = {
    system: options.system,
    size: options.size,
    corpusDir: options.corpusDir,
    ok: false,
    childWallMs: {},
  };
  const common = [
    '--system',
    options.system,
    '--corpus',
    options.corpusDir,
    '--data',
    dataDir,
    '--result',
    resultFile,
    '--questions',
    options.questionsFile ?? DEFAULT_QUESTIONS,
    '--repeat',
    String(options.repeat ?? 5),
    ...(SYSTEMS[options.system]?.needsDatabase ? ['--schema', benchSchema(options.size, options.system)] : []),
  ];
  try {
    await runPhases(result, common, options, log);
    result.ok = true;
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
    log(`  ${options.system} @ ${options.size}: FAILED: ${result.error}`);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
    await rm(resultFile, { force: true });
  }
  return result;
}

function medianCold(runs: ColdFigures[]): ColdFigures {
  const pick = (key: keyof ColdFigures): number => median(runs.map((r) => r[key]));
  return {
    documents: pick('documents'),
    bootMs: pick('bootMs'),
    loadMs: pick('loadMs'),
    firstAnswerMs: pick('firstAnswerMs'),
    coldStartMs: pick('coldStartMs'),
    peakRssMb: pick('peakRssMb'),
  };
}

function spawnChild(args: string[], options: MeasureOptions): ChildProcess {
  const nodeArgs = ['--import', 'tsx', '--expose-gc', `--max-old-space-size=${options.maxOldSpaceMb ?? 8192}`, THIS_FILE, ...args];
  const env = { ...process.env };
  delete env[DATABASE_URL_ENV];
  if (options.databaseUrl) env[DATABASE_URL_ENV] = options.databaseUrl;
  return spawn(process.execPath, nodeArgs, { cwd: REPO_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** The instances' figures read back from their result files, and their combined throughput. */
async function concurrentFigures(files: string[], instances: number, repeat: number): Promise<ConcurrentFigures> {
  const perInstance = await Promise.all(
    files.map(async (file) => JSON.parse(await readFile(file, 'utf8')) as InstanceFigures & { samplesMs: number[] }),
  );
  const all = perInstance.flatMap((f) => f.samplesMs);
  const span = Math.max(...perInstance.map((f) => f.endedAt)) - Math.min(...perInstance.map((f) => f.startedAt));
  return {
    instances,
    repeat,
    combinedQps: round(all.length / (span / 1000), 1),
    p50Ms: round(percentile(all, 50)),
    p99Ms: round(percentile(all, 99)),
    perInstance: perInstance.map(({ samplesMs: _, ...figures }) => figures),
  };
}

/**
 * The concurrent phase: `instances` children open what build saved and warm up; once every one has
 * said READY, all are released at once and time their passes. Combined throughput is every answer over
 * the span from the first start to the last end.
 */
async function runConcurrent(common: string[], instances: number, options: MeasureOptions): Promise<ConcurrentFigures> {
  const resultFile = common[common.indexOf('--result') + 1] as string;
  const children = Array.from({ length: instances }, (_, i) => {
    const args = [...common.map((a) => (a === resultFile ? `${resultFile}.${i}` : a)), '--phase', 'concurrent'];
    return { args, file: `${resultFile}.${i}` };
  });
  await Promise.all(children.map((c) => rm(c.file, { force: true })));
  let ready = 0;
  const spawned: ChildProcess[] = [];
  const release = (): void => {
    for (const child of spawned) child.stdin?.write('GO\n');
  };
  try {
    await Promise.all(
      children.map((c) =>
        runChild(c.args, options, (child) => {
          spawned.push(child);
          let line = '';
          child.stdout?.on('data', (chunk: Buffer) => {
            line += chunk.toString('utf8');
            if (line.includes(READY)) {
              line = '';
              if (++ready === instances) release();
            }
          });
        }).catch((error: unknown) => {
          // One instance failing must not leave the others waiting for a release that never comes.
          for (const child of spawned) child.kill('SIGKILL');
          throw error;
        }),
      ),
    );
    return await concurrentFigures(
      children.map((c) => c.file),
      instances,
      options.repeat ?? 5,
    );
  } finally {
    await Promise.all(children.map((c) => rm(c.file, { force: true })));
  }
}

async function runChild(
  args: string[],
  options: MeasureOptions,
  watch?: (child: ChildProcess) => void,
): Promise<{ figures: unknown; wallMs: number }> {
  const resultFile = args[args.indexOf('--result') + 1] as string;
  await rm(resultFile, { force: true });
  const started = performance.now();
  const child = spawnChild(args, options);
  if (!watch) child.stdin?.end();
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  watch?.(child);
  let timedOut = false;
  const timeoutMs = options.timeoutMs ?? 3_600_000;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal }));
  }).finally(() => clearTimeout(timer));
  const wallMs = Math.round(performance.now() - started);
  if (timedOut) throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s`);
  if (exit.code !== 0) {
    // The error's own line (e.g. "Error [ERR_MODULE_NOT_FOUND]: Cannot find module …") says more than the stack's tail.
    const lines = output
      .trim()
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('at '));
    const cause = lines.find((l) => /error/i.test(l)) ?? lines.at(-1);
    throw new Error(`child exited with ${exit.signal ?? `code ${exit.code}`}${cause ? `: ${cause}` : ''}`);
  }
  return { figures: JSON.parse(await readFile(resultFile, 'utf8')), wallMs };
}

// ---------------------------------------------------------------- the child

async function readQuestions(file: string): Promise<string[]> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim() !== '');
  return lines.map((line) => (JSON.parse(line) as { question: string }).question);
}

const round = (n: number, digits = 3): number => Number(n.toFixed(digits));
const toMb = (bytes: number): number => round(bytes / MB, 1);

/** What every phase of a child works with. */
interface ChildRun {
  system: BenchSystem;
  context: BenchContext;
  questions: string[];
  repeat: number;
  sampler: RssSampler;
  /** Process start to the end of module loading, in ms. */
  bootMs: number;
}

const CHILD_USAGE =
  'usage: --phase build|cold|concurrent --system NAME --corpus DIR --data DIR --result FILE ' +
  '[--questions FILE] [--repeat N] [--schema NAME]';

async function childMain(): Promise<void> {
  const bootMs = performance.now();
  const { values } = parseArgs({
    options: {
      phase: { type: 'string' },
      system: { type: 'string' },
      corpus: { type: 'string' },
      data: { type: 'string' },
      result: { type: 'string' },
      questions: { type: 'string' },
      repeat: { type: 'string' },
      schema: { type: 'string' },
    },
  });
  const { phase, system: name, corpus: corpusDir, data: dataDir, result: resultFile } = values;
  if (!phase || !name || !corpusDir || !dataDir || !resultFile) throw new Error(CHILD_USAGE);
  const questions = await readQuestions(values.questions ?? DEFAULT_QUESTIONS);
  const repeat = Number(values.repeat ?? 5);
  const sampler = new RssSampler(50);
  const system = await loadSystem(name);
  const context: BenchContext = { corpusDir, dataDir };
  const databaseUrl = process.env[DATABASE_URL_ENV];
  if (databaseUrl && values.schema) context.database = { url: databaseUrl, schema: values.schema };

  const run: ChildRun = { system, context, questions, repeat, sampler, bootMs };
  let figures: BuildFigures | ColdFigures | InstanceFigures;
  if (phase === 'build') figures = await buildPhase(run);
  else if (phase === 'cold') figures = await coldPhase(run);
  else if (phase === 'concurrent') figures = await concurrentPhase(run);
  else throw new Error(`unknown phase ${phase}`);
  await writeFile(resultFile, JSON.stringify(figures));
  sampler.stop();
}

/** Index from nothing and save, weigh the heap after a full GC, then time the queries after the warm-up. */
async function buildPhase(run: ChildRun): Promise<BuildFigures> {
  const { questions, repeat, sampler } = run;
  const started = performance.now();
  const built = await run.system.build(run.context);
  const buildMs = performance.now() - started;
  const peakRssBuild = sampler.peak();
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const memory = process.memoryUsage();
  const snapshotBytes = built.snapshotBytes ? await built.snapshotBytes() : await folderBytes(run.context.dataDir);
  const warmUp = await warmUpPasses(built, questions);
  const passesStarted = performance.now();
  const samples = await timePasses((q) => built.ask(q), questions, repeat);
  const passesMs = performance.now() - passesStarted;
  await built.close?.();
  return {
    documents: built.documents,
    buildMs: round(buildMs, 1),
    peakRssBuildMb: toMb(peakRssBuild),
    heapUsedMb: toMb(memory.heapUsed),
    externalMb: toMb(memory.external),
    gcForced: gc !== undefined,
    snapshotMb: toMb(snapshotBytes),
    queries: queryFigures(questions.length, repeat, samples, passesMs, warmUp),
    peakRssMb: toMb(sampler.peak()),
  };
}

/**
 * Warm-up: V8 compiles hot loops only after they have run a while; measured on the 10,000-document
 * corpus, Relais's first three passes over these questions ran at 11–25 ms p50, the later ones at
 * ~1.4 ms. Every system gets the same warm-up; the first pass's figures are kept in the JSON.
 */
async function warmUpPasses(built: SystemUnderTest, questions: readonly string[]): Promise<{ withResults: number; firstPass: number[] }> {
  let withResults = 0;
  const firstPass: number[] = [];
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) {
    for (const q of questions) {
      const t = performance.now();
      const results = await built.ask(q);
      if (pass === 0) {
        firstPass.push(performance.now() - t);
        if (results > 0) withResults++;
      }
    }
  }
  return { withResults, firstPass };
}

function queryFigures(
  questions: number,
  repeat: number,
  samples: number[],
  passesMs: number,
  warmUp: { withResults: number; firstPass: number[] },
): QueryFigures {
  return {
    questions,
    repeat,
    samples: samples.length,
    p50Ms: round(percentile(samples, 50)),
    p99Ms: round(percentile(samples, 99)),
    meanMs: round(samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length)),
    maxMs: round(Math.max(...samples)),
    qps: round(samples.length / (passesMs / 1000), 1),
    withResults: warmUp.withResults,
    firstPassP50Ms: round(percentile(warmUp.firstPass, 50)),
    firstPassP99Ms: round(percentile(warmUp.firstPass, 99)),
    warmUpPasses: WARM_UP_PASSES,
  };
}

/** A fresh process opens what build saved and answers one question. */
async function coldPhase(run: ChildRun): Promise<ColdFigures> {
  const opened = await run.system.open(run.context);
  const t = performance.now();
  await opened.system.ask(run.questions[0] ?? 'fibre');
  const end = performance.now();
  await opened.system.close?.();
  return {
    documents: opened.system.documents,
    bootMs: round(run.bootMs, 1),
    loadMs: round(opened.loadMs, 1),
    firstAnswerMs: round(end - t, 1),
    // performance.now() counts from the process's time origin, i.e. its start.
    coldStartMs: round(end, 1),
    peakRssMb: toMb(run.sampler.peak()),
  };
}

/** Open and warm up, say READY, wait for the parent's GO (sent to every instance at once), then time the passes. */
async function concurrentPhase(run: ChildRun): Promise<InstanceFigures & { samplesMs: number[] }> {
  const { questions, repeat } = run;
  const opened = (await run.system.open(run.context)).system;
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) for (const q of questions) await opened.ask(q);
  const go = releasedByParent();
  process.stdout.write(`${READY}\n`);
  await go;
  process.stdin.pause();
  const startedAt = performance.timeOrigin + performance.now();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const samples = await timePasses((q) => opened.ask(q), questions, repeat);
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const endedAt = performance.timeOrigin + performance.now();
  await opened.close?.();
  return {
    samples: samples.length,
    p50Ms: round(percentile(samples, 50)),
    p99Ms: round(percentile(samples, 99)),
    qps: round(samples.length / (elapsed / 1000), 1),
    startedAt,
    endedAt,
    peakRssMb: toMb(run.sampler.peak()),
    coresBusy: round((cpu.user + cpu.system) / 1000 / elapsed, 2),
    samplesMs: samples.map((x) => round(x)),
  };
}

/** Resolves when the parent writes GO on stdin; listening starts before READY is said, so no GO is missed. */
function releasedByParent(): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let input = '';
    process.stdin.on('data', (chunk: Buffer) => {
      input += chunk.toString('utf8');
      if (input.includes('GO')) resolve();
    });
    process.stdin.on('end', () => reject(new Error('released without GO')));
  });
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  childMain().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exit(1);
    },
  );
}
