// Small measuring helpers shared by the benchmark's parent and child processes.
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Nearest-rank percentile (p in 0–100) of unsorted samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/**
 * The process's peak resident set so far, in bytes: the kernel's high-water mark (VmHWM) where
 * /proc exists, getrusage's maxrss elsewhere. Unlike sampling, it sees peaks inside synchronous code.
 */
export function peakRssBytes(): number {
  let hwm = 0;
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) hwm = Number(match[1]) * 1024;
  } catch {
    // not Linux
  }
  return Math.max(hwm, process.resourceUsage().maxRSS * 1024);
}

/** Samples RSS every `everyMs` while the event loop turns, and the kernel's peak whenever asked. */
export class RssSampler {
  private max = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(everyMs = 50) {
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }

  sample(): void {
    this.max = Math.max(this.max, process.memoryUsage.rss());
  }

  /** Highest of the samples and the kernel's high-water mark, in bytes. */
  peak(): number {
    this.sample();
    return Math.max(this.max, peakRssBytes());
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/** Total size of the regular files under `dir`, in bytes. */
export async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += await folderBytes(full);
    else if (entry.isFile()) total += (await stat(full)).size;
  }
  return total;
}
