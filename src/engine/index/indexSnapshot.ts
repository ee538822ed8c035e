// Saves and loads a built index with the fingerprint of the corpus it was built from, so start-up over
// an unchanged corpus skips the build. The file is binary: a JSON header, then the index's typed arrays
// and string lists as raw blocks, which load without parsing (JSON of a 100,000-document index takes
// seconds to parse). A snapshot that is unreadable, truncated, of another version or for other files is
// never trusted: the caller rebuilds.
import { open, readFile, rename, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { FileFingerprint, SkippedFile } from '../types.ts';

const MAGIC = Buffer.from('RELAISIX', 'latin1');
// Bump when the analysis chain or the index layout changes: older snapshots are then rebuilt.
export const SNAPSHOT_VERSION = 6;
export const SNAPSHOT_FILE = 'index-snapshot.bin';
const ALIGN = 8;

export interface SnapshotHeader {
  /** Which backend's parts follow. */
  backend: string;
  /** The analysis chain the terms come from (analysisFingerprint.ts): another one means rebuild. */
  analysis: string;
  corpusDir: string;
  builtAt: string;
  files: FileFingerprint[];
  skipped: SkippedFile[];
}

/** What a backend hands over: typed arrays and string lists go in binary blocks, the rest in the JSON header. */
export type SnapshotParts = Record<string, unknown>;

type BlockKind = 'u8' | 'u32' | 'i32' | 'strings' | 'string';
interface BlockRef { name: string; kind: BlockKind; offset: number; length: number }

export function sameFiles(a: FileFingerprint[], b: FileFingerprint[]): boolean {
  return a.length === b.length && a.every((f, i) => f.file === b[i]?.file && f.size === b[i]?.size && f.sha256 === b[i]?.sha256);
}

function encodeBlock(value: unknown): { kind: BlockKind; bytes: Uint8Array } | undefined {
  if (value instanceof Uint8Array) return { kind: 'u8', bytes: value };
  if (value instanceof Uint32Array) return { kind: 'u32', bytes: new Uint8Array(value.buffer, value.byteOffset, value.byteLength) };
  if (value instanceof Int32Array) return { kind: 'i32', bytes: new Uint8Array(value.buffer, value.byteOffset, value.byteLength) };
  if (typeof value === 'string') return { kind: 'string', bytes: Buffer.from(value, 'utf8') };
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) {
    // NUL never occurs in passage text or terms (the loader refuses binary files), so it separates them.
    return { kind: 'strings', bytes: Buffer.from(value.join('\u0000'), 'utf8') };
  }
  return undefined;
}

export async function saveSnapshot(dataDir: string, header: SnapshotHeader, parts: SnapshotParts): Promise<string> {
  await mkdir(dataDir, { recursive: true });
  const blocks: BlockRef[] = [];
  const bodies: Uint8Array[] = [];
  const inline: Record<string, unknown> = {};
  let offset = 0;
  for (const [name, value] of Object.entries(parts)) {
    const block = encodeBlock(value);
    if (!block) {
      inline[name] = value;
      continue;
    }
    blocks.push({ name, kind: block.kind, offset, length: block.bytes.byteLength });
    bodies.push(block.bytes);
    const pad = (ALIGN - (block.bytes.byteLength % ALIGN)) % ALIGN;
    if (pad) bodies.push(new Uint8Array(pad));
    offset += block.bytes.byteLength + pad;
  }
  const json = Buffer.from(JSON.stringify({ version: SNAPSHOT_VERSION, ...header, inline, blocks }), 'utf8');
  const lengthField = Buffer.alloc(4);
  lengthField.writeUInt32LE(json.byteLength);
  const headPad = (ALIGN - ((MAGIC.byteLength + 4 + json.byteLength) % ALIGN)) % ALIGN;

  const target = path.join(dataDir, SNAPSHOT_FILE);
  const temporary = `${target}.${process.pid}.tmp`;
  // Write beside, then rename: a crash mid-write never leaves a truncated snapshot in place.
  const handle = await open(temporary, 'w');
  try {
    await handle.writev([MAGIC, lengthField, json, new Uint8Array(headPad), ...bodies]);
  } finally {
    await handle.close();
  }
  await rename(temporary, target).catch(async (error: unknown) => {
    await rm(temporary, { force: true });
    throw error;
  });
  return target;
}

export type SnapshotLoad =
  | { ok: true; header: SnapshotHeader; parts: SnapshotParts }
  | { ok: false; reason: string };

function typedView<T>(buffer: Buffer, start: number, length: number, make: (b: ArrayBuffer, o: number, n: number) => T, size: number): T {
  const absolute = buffer.byteOffset + start;
  if (absolute % size === 0) return make(buffer.buffer as ArrayBuffer, absolute, length / size);
  const copy = new Uint8Array(length);
  copy.set(buffer.subarray(start, start + length));
  return make(copy.buffer, 0, length / size);
}

export async function loadSnapshot(dataDir: string): Promise<SnapshotLoad> {
  let buffer: Buffer;
  try {
    buffer = await readFile(path.join(dataDir, SNAPSHOT_FILE));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'no snapshot yet' : `unreadable snapshot (${code ?? 'error'})` };
  }
  if (buffer.byteLength < MAGIC.byteLength + 4 || !buffer.subarray(0, MAGIC.byteLength).equals(MAGIC)) {
    return { ok: false, reason: 'not a Relais snapshot' };
  }
  const jsonLength = buffer.readUInt32LE(MAGIC.byteLength);
  const jsonStart = MAGIC.byteLength + 4;
  if (jsonStart + jsonLength > buffer.byteLength) return { ok: false, reason: 'corrupt snapshot (truncated header)' };
  let head: SnapshotHeader & { version?: unknown; inline?: Record<string, unknown>; blocks?: BlockRef[] };
  try {
    head = JSON.parse(buffer.toString('utf8', jsonStart, jsonStart + jsonLength));
  } catch {
    return { ok: false, reason: 'corrupt snapshot (header is not JSON)' };
  }
  if (head.version !== SNAPSHOT_VERSION) return { ok: false, reason: `snapshot version ${String(head.version)}, expected ${SNAPSHOT_VERSION}` };
  if (!Array.isArray(head.files) || !Array.isArray(head.blocks) || typeof head.backend !== 'string') {
    return { ok: false, reason: 'corrupt snapshot (missing parts)' };
  }
  const bodyStart = jsonStart + jsonLength + ((ALIGN - ((jsonStart + jsonLength) % ALIGN)) % ALIGN);
  const parts: SnapshotParts = { ...(head.inline ?? {}) };
  for (const b of head.blocks) {
    const start = bodyStart + b.offset;
    if (start + b.length > buffer.byteLength) return { ok: false, reason: `corrupt snapshot (block ${b.name} truncated)` };
    if (b.kind === 'u8') parts[b.name] = buffer.subarray(start, start + b.length);
    else if (b.kind === 'u32') parts[b.name] = typedView(buffer, start, b.length, (ab, o, n) => new Uint32Array(ab, o, n), 4);
    else if (b.kind === 'i32') parts[b.name] = typedView(buffer, start, b.length, (ab, o, n) => new Int32Array(ab, o, n), 4);
    else if (b.kind === 'string') parts[b.name] = buffer.toString('utf8', start, start + b.length);
    else parts[b.name] = buffer.toString('utf8', start, start + b.length).split('\u0000');
  }
  const { backend, analysis, corpusDir, builtAt, files, skipped } = head;
  return { ok: true, header: { backend, analysis: String(analysis ?? ''), corpusDir, builtAt, files, skipped: skipped ?? [] }, parts };
}
