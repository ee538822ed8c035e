// Tells when the corpus folder changed, once things have settled: a recursive fs.watch (Node 20
// supports `recursive` on Linux, macOS and Windows), debounced so that copying twenty files makes
// one call. Where recursive watching is unavailable or fails (some network and container file
// systems), it falls back to polling: every `pollMs`, a cheap fingerprint of the tree (paths,
// sizes, modification times) is compared with the previous one. Hidden files are ignored, like
// the corpus loader does.
import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../engine/index.ts';

export interface CorpusWatcherOptions {
  dir: string;
  logger: Logger;
  /** Called once changes have been quiet for `debounceMs`. */
  onChange: () => void;
  /** Default 2,000 ms. */
  debounceMs?: number;
  /** Polling interval of the fallback. Default 30,000 ms. */
  pollMs?: number;
  /** Skip fs.watch and poll (tests, or file systems without change events). */
  forcePolling?: boolean;
}

export class CorpusWatcher {
  private watcher: FSWatcher | undefined;
  private poller: NodeJS.Timeout | undefined;
  private debounce: NodeJS.Timeout | undefined;
  private lastPrint: string | undefined;
  private stopped = false;

  private constructor(private readonly options: CorpusWatcherOptions) {}

  get mode(): 'watch' | 'poll' {
    return this.watcher ? 'watch' : 'poll';
  }

  static async start(options: CorpusWatcherOptions): Promise<CorpusWatcher> {
    const w = new CorpusWatcher(options);
    if (!options.forcePolling) {
      try {
        w.watcher = watch(options.dir, { recursive: true, persistent: false }, (_event, file) => {
          if (typeof file === 'string' && file.split(/[\\/]/).some((part) => part.startsWith('.'))) return;
          w.changed();
        });
        w.watcher.on('error', (error) => {
          options.logger.warn({ error: String(error), dir: options.dir }, 'corpus watcher failed; polling instead');
          w.watcher?.close();
          w.watcher = undefined;
          void w.startPolling();
        });
      } catch (error) {
        options.logger.warn(
          { error: String(error), dir: options.dir },
          'recursive watching unavailable; polling the corpus folder instead',
        );
      }
    }
    if (!w.watcher) await w.startPolling();
    options.logger.info({ dir: options.dir, mode: w.mode, debounceMs: options.debounceMs ?? 2_000 }, 'watching the corpus folder');
    return w;
  }

  stop(): void {
    this.stopped = true;
    this.watcher?.close();
    clearInterval(this.poller);
    clearTimeout(this.debounce);
  }

  private changed(): void {
    if (this.stopped) return;
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      if (!this.stopped) this.options.onChange();
    }, this.options.debounceMs ?? 2_000);
    this.debounce.unref();
  }

  private async startPolling(): Promise<void> {
    if (this.stopped || this.poller) return;
    this.lastPrint = await treeFingerprint(this.options.dir);
    let polling = false;
    this.poller = setInterval(() => {
      if (polling) return;
      polling = true;
      void treeFingerprint(this.options.dir)
        .then((print) => {
          if (print !== this.lastPrint) {
            this.lastPrint = print;
            this.changed();
          }
        })
        .finally(() => {
          polling = false;
        });
    }, this.options.pollMs ?? 30_000);
    this.poller.unref();
  }
}

/** Paths, sizes and modification times of every visible entry under `dir` (no file is read). */
export async function treeFingerprint(dir: string): Promise<string> {
  const lines: string[] = [];
  const walk = async (absolute: string, relative: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(absolute, { withFileTypes: true });
    } catch (error) {
      lines.push(`${relative}/ ! ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
      return;
    }
    for (const entry of entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const childAbsolute = path.join(absolute, entry.name);
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        await walk(childAbsolute, child);
        continue;
      }
      const info = await stat(childAbsolute).catch(() => undefined);
      lines.push(info ? `${child} ${info.size} ${info.mtimeMs}` : `${child} ?`);
    }
  };
  await walk(path.resolve(dir), '');
  return lines.join('\n');
}
