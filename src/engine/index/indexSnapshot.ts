// Saves and loads the built index with the fingerprint of the corpus it was built from, so a start-up
// over an unchanged corpus skips the build. A snapshot that is unreadable, of another format or for
// other files is never trusted: the caller rebuilds.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileFingerprint, SkippedFile } from '../types.ts';
import type { PassageIndexData } from './passageIndex.ts';

const FORMAT = 'relais-index';
// Bump when the analysis chain or the index layout changes: old snapshots are then rebuilt.
export const SNAPSHOT_VERSION = 1;
export const SNAPSHOT_FILE = 'index-snapshot.json';

export interface IndexSnapshot {
  format: typeof FORMAT;
  version: number;
  corpusDir: string;
  builtAt: string;
  files: FileFingerprint[];
  skipped: SkippedFile[];
  index: PassageIndexData;
}

export function sameFiles(a: FileFingerprint[], b: FileFingerprint[]): boolean {
  return a.length === b.length && a.every((f, i) => f.file === b[i]?.file && f.size === b[i]?.size && f.sha256 === b[i]?.sha256);
}

export async function saveSnapshot(dataDir: string, snapshot: Omit<IndexSnapshot, 'format' | 'version'>): Promise<string> {
  await mkdir(dataDir, { recursive: true });
  const target = path.join(dataDir, SNAPSHOT_FILE);
  const temporary = `${target}.${process.pid}.tmp`;
  // Write beside, then rename: a crash mid-write never leaves a truncated snapshot in place.
  await writeFile(temporary, JSON.stringify({ format: FORMAT, version: SNAPSHOT_VERSION, ...snapshot }));
  await rename(temporary, target);
  return target;
}

export type SnapshotLoad =
  | { ok: true; snapshot: IndexSnapshot }
  | { ok: false; reason: string };

export async function loadSnapshot(dataDir: string): Promise<SnapshotLoad> {
  const file = path.join(dataDir, SNAPSHOT_FILE);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'no snapshot yet' : `unreadable snapshot (${code ?? 'error'})` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'corrupt snapshot (not valid JSON)' };
  }
  const s = parsed as Partial<IndexSnapshot>;
  if (s?.format !== FORMAT) return { ok: false, reason: 'not a Relais snapshot' };
  if (s.version !== SNAPSHOT_VERSION) return { ok: false, reason: `snapshot version ${String(s.version)}, expected ${SNAPSHOT_VERSION}` };
  if (!Array.isArray(s.files) || !s.index || !Array.isArray(s.index.passages) || !Array.isArray(s.index.documents)) {
    return { ok: false, reason: 'corrupt snapshot (missing parts)' };
  }
  return { ok: true, snapshot: s as IndexSnapshot };
}
