// The benchmark report (what runBenchmark writes as JSON) and its printed form: a Markdown table of
// size × system, then each system's figures divided by its anchor's per size (MiniSearch-default for the
// embedded index, PostgreSQL's own full-text search for the PostgreSQL backend).
import type { SystemMeasurement } from './measureSystem.ts';

export interface MachineInfo {
  cpu: string;
  cores: number;
  totalMemoryGiB: number;
  node: string;
  platform: string;
}

export interface BenchReport {
  date: string;
  machine: MachineInfo;
  /** os.loadavg() (1, 5, 15 min) before the first and after the last measurement. */
  loadAverage: { before: number[]; after?: number[] };
  /** Commit measured and the files under src/ (and package.json) that differed from it at the start. */
  git?: { commit: string; changed: string[] };
  options: {
    sizes: number[];
    systems: string[];
    repeat: number;
    coldRuns: number;
    questions: string;
    maxOldSpaceMb: number;
    /** Processes querying at once in the concurrent phase. */
    instances?: number;
    /** Rounds of one instance alone then those at once. */
    concurrentRounds?: number;
    /** The PostgreSQL server used, password hidden. */
    database?: string;
  };
  /** comparedWith: the anchor the system's ratios are taken against (absent in older reports: the one anchor). */
  systems: Record<string, { label: string; description: string; anchor: boolean; comparedWith?: string }>;
  results: SystemMeasurement[];
  durationS?: number;
}

interface Column {
  title: string;
  value: (m: SystemMeasurement) => number | undefined;
  format: (n: number) => string;
  /** For ratios: whether a larger figure is better. */
  higherIsBetter?: boolean;
}

function decimals(n: number): string {
  if (!Number.isFinite(n)) return '–';
  const abs = Math.abs(n);
  return n.toFixed(abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3);
}

const integer = (n: number): string => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');

export const COLUMNS: Column[] = [
  { title: 'build s', value: (m) => m.build && m.build.buildMs / 1000, format: decimals },
  { title: 'peak RSS MB', value: (m) => m.build?.peakRssBuildMb, format: integer },
  { title: 'heap MB', value: (m) => m.build && m.build.heapUsedMb + m.build.externalMb, format: integer },
  { title: 'snapshot MB', value: (m) => m.build?.snapshotMb, format: decimals },
  { title: 'cold start s', value: (m) => m.coldMedian && m.coldMedian.coldStartMs / 1000, format: decimals },
  { title: 'load s', value: (m) => m.coldMedian && m.coldMedian.loadMs / 1000, format: decimals },
  { title: 'p50 ms', value: (m) => m.build?.queries.p50Ms, format: decimals },
  { title: 'p99 ms', value: (m) => m.build?.queries.p99Ms, format: decimals },
  { title: 'q/s', value: (m) => m.build?.queries.qps, format: decimals, higherIsBetter: true },
];

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function header(titles: string[]): string[] {
  return [row(titles), row(titles.map((t, i) => (i < 2 ? '---' : '---:')))];
}

export function describeMachine(report: Pick<BenchReport, 'date' | 'machine' | 'loadAverage' | 'git'>): string {
  const m = report.machine;
  const load = (l?: number[]): string => (l ? l.map((x) => x.toFixed(2)).join(' / ') : '?');
  const git = report.git
    ? `; commit ${report.git.commit}${report.git.changed.length > 0 ? ` + local changes (${report.git.changed.join(', ')})` : ''}`
    : '';
  return (
    `${m.cpu}, ${m.cores} cores, ${m.totalMemoryGiB} GiB, Node ${m.node} (${m.platform}), ${report.date.slice(0, 10)}; ` +
    `load average (1/5/15 min) ${load(report.loadAverage.before)} before, ${load(report.loadAverage.after)} after${git}`
  );
}

export function formatTable(report: BenchReport): string {
  const label = (name: string): string => report.systems[name]?.label ?? name;
  const lines: string[] = [describeMachine(report), ''];
  lines.push(...header(['size', 'system', ...COLUMNS.map((c) => c.title)]));
  const failures: string[] = [];
  const skipped: string[] = [];
  for (const m of report.results) {
    if (m.skipped) {
      skipped.push(`${label(m.system)} @ ${m.size.toLocaleString('en-US')}: ${m.skipped}`);
      continue;
    }
    if (!m.ok) failures.push(`${label(m.system)} @ ${m.size.toLocaleString('en-US')}: ${m.error ?? 'failed'}`);
    lines.push(
      row([
        m.size.toLocaleString('en-US'),
        m.ok ? label(m.system) : `${label(m.system)} (failed)`,
        ...COLUMNS.map((c) => {
          const v = c.value(m);
          return v === undefined ? '–' : c.format(v);
        }),
      ]),
    );
  }
  lines.push(...ratioTables(report, label), ...concurrentTable(report, label));
  if (failures.length > 0) lines.push('', 'Failed:', ...failures.map((f) => `- ${f}`));
  if (skipped.length > 0) lines.push('', 'Skipped:', ...skipped.map((f) => `- ${f}`));
  return lines.join('\n');
}

/** One table per anchor: each system compared with it, figure by figure, at each size. */
function ratioTables(report: BenchReport, label: (name: string) => string): string[] {
  const lines: string[] = [];
  const firstAnchor = Object.entries(report.systems).find(([, s]) => s.anchor)?.[0];
  const anchors = [
    ...new Set(
      Object.entries(report.systems)
        .filter(([, s]) => !s.anchor)
        .map(([, s]) => s.comparedWith ?? firstAnchor)
        .filter((a): a is string => a !== undefined && report.systems[a] !== undefined),
    ),
  ];
  for (const anchorName of anchors) {
    const ratioRows: string[] = [];
    const compared = (name: string): boolean =>
      !report.systems[name]?.anchor && (report.systems[name]?.comparedWith ?? firstAnchor) === anchorName;
    for (const size of [...new Set(report.results.map((m) => m.size))]) {
      const anchor = report.results.find((m) => m.size === size && m.system === anchorName && m.ok);
      if (!anchor) continue;
      for (const m of report.results.filter((r) => r.size === size && compared(r.system) && r.ok)) {
        ratioRows.push(
          row([
            size.toLocaleString('en-US'),
            `${label(m.system)} / ${label(anchorName)}`,
            ...COLUMNS.map((c) => {
              const a = c.value(anchor);
              const v = c.value(m);
              return a === undefined || v === undefined || a === 0 ? '–' : `${decimals(v / a)}×`;
            }),
          ]),
        );
      }
    }
    if (ratioRows.length === 0) continue;
    lines.push('', `Ratios to ${label(anchorName)} (below 1× is better, except q/s):`, '');
    lines.push(...header(['size', 'ratio', ...COLUMNS.map((c) => c.title)]), ...ratioRows);
  }
  return lines;
}

/** " (1.2–1.7×)": every round's ratio, when there were several. */
function roundsRange(m: SystemMeasurement): string {
  const ratios = Array.from(m.concurrentRounds ?? [], (r) => r.togetherQps / Math.max(1e-9, r.aloneQps)).sort((a, b) => a - b);
  return ratios.length > 1 ? ` (${decimals(ratios[0]!)}–${decimals(ratios[ratios.length - 1]!)}×)` : '';
}

/** CPU time per wall second of the instance alone, then of each instance together ("1.38; 0.99 / 1.01"). */
function coresBusy(m: SystemMeasurement): string {
  const alone = m.concurrentAlone?.perInstance[0]?.coresBusy;
  const together = m.concurrent!.perInstance.flatMap((i) => (i.coresBusy === undefined ? [] : [i.coresBusy]));
  if (alone === undefined || together.length < m.concurrent!.perInstance.length) return '–';
  return `${decimals(alone)}; ${together.map(decimals).join(' / ')}`;
}

/** The systems measured with several instances querying at once, alone against together. */
function concurrentTable(report: BenchReport, label: (name: string) => string): string[] {
  const concurrent = report.results.filter((m) => m.ok && m.concurrent);
  if (concurrent.length === 0) return [];
  const n = concurrent[0]!.concurrent!.instances;
  const lines = [
    '',
    `Concurrent: ${n} instances (processes) querying at once, each over its own copy of the index (PostgreSQL: one shared database), against one instance measured the same way (opened from what build saved, the same warm-up) alone:`,
    '',
  ];
  lines.push(
    ...header([
      'size',
      'system',
      'q/s one instance',
      'q/s together',
      'together / one (median round; all rounds)',
      'p50 ms',
      'p99 ms',
      'per instance p50 / p99 ms',
      'RSS per instance MB',
      'cores busy per instance, alone; together',
    ]),
  );
  for (const m of concurrent) {
    const c = m.concurrent!;
    const alone = m.concurrentAlone?.combinedQps ?? 0;
    lines.push(
      row([
        m.size.toLocaleString('en-US'),
        label(m.system),
        alone > 0 ? decimals(alone) : '–',
        decimals(c.combinedQps),
        alone > 0 ? `${decimals(c.combinedQps / alone)}×${roundsRange(m)}` : '–',
        decimals(c.p50Ms),
        decimals(c.p99Ms),
        c.perInstance.map((i) => `${decimals(i.p50Ms)} / ${decimals(i.p99Ms)}`).join('; '),
        c.perInstance.map((i) => integer(i.peakRssMb)).join('; '),
        coresBusy(m),
      ]),
    );
  }
  return lines;
}
