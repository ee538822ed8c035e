// Shared by the operations tests: an engine over a temp copy of the bundled corpus, and a logger that records.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RelaisEngine, type Logger } from '../../src/engine/index.ts';

export const BUNDLED_CORPUS = path.resolve(import.meta.dirname, '../../corpus');
export const GERS_QUESTION = 'Combien de personnes sont mobilisées sur les chantiers de fibre du Gers ?';
export const GERS_SOURCE = 'corpus/002_dc55de66c2507726.txt';

export interface TestEngine {
  engine: RelaisEngine;
  root: string;
  corpusDir: string;
  dataDir: string;
  cleanup(): Promise<void>;
}

export async function openTestEngine(options: { useSnapshot?: boolean; logger?: Logger } = {}): Promise<TestEngine> {
  const root = await mkdtemp(path.join(tmpdir(), 'relais-ops-'));
  const corpusDir = path.join(root, 'corpus');
  const dataDir = path.join(root, 'data');
  await cp(BUNDLED_CORPUS, corpusDir, { recursive: true });
  const engine = await RelaisEngine.open({
    corpusDir,
    dataDir,
    useSnapshot: options.useSnapshot ?? false,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  return { engine, root, corpusDir, dataDir, cleanup: () => rm(root, { recursive: true, force: true }) };
}

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  details: Record<string, unknown>;
  message?: string;
}

export interface RecordingLogger extends Logger {
  lines: LogLine[];
  /**
   * Resolves once the lines written so far satisfy `check` (at once if they already do): waiting on
   * the event itself, not on a clock, so a slow machine only makes the test slower. The test's own
   * timeout bounds the wait.
   */
  waitFor(check: (lines: readonly LogLine[]) => boolean): Promise<void>;
}

export function recordingLogger(): RecordingLogger {
  const lines: LogLine[] = [];
  const waiting: Array<{ check: (lines: readonly LogLine[]) => boolean; resolve: () => void }> = [];
  const at = (level: LogLine['level']) => (details: object, message?: string) => {
    lines.push({ level, details: details as Record<string, unknown>, message });
    for (const w of [...waiting]) {
      if (w.check(lines)) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  const waitFor = (check: (lines: readonly LogLine[]) => boolean) =>
    check(lines) ? Promise.resolve() : new Promise<void>((resolve) => void waiting.push({ check, resolve }));
  return { lines, waitFor, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
