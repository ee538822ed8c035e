// Saves and loads a built index with the fingerprint of the corpus it was built from, so start-up over
// an unchanged corpus skips the build. The file is binary: a JSON header, then the index's typed arrays
// and string lists as raw blocks, which load without parsing (JSON of a 100,000-document index takes
// seconds to parse). A snapshot that is unreadable, truncated, of another version or for other files is
// never trusted: the caller rebuilds. Nor is one changed on disk: a sha256 of everything after it is
// stored right after the magic bytes and checked on load (about 0.25 s per 200 MB with SHA extensions),
// so an edited figure ("13.000" → "99.000") is never quoted as fact. The corpus fingerprint (a line per
// file) is a block of JSON parsed when first read: a start that compares the corpus in the background
// does not wait for it (at 10,000 files, half the header's parsing time).
import { createHash } from 'node:crypto';
import { open, rename, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { readWholeFile } from '../language/readWholeFile.ts';
import type { FileFingerprint, SkippedFile } from '../types.ts';

const MAGIC = Buffer.from('RELAISIX', 'latin1');
const DIGEST_BYTES = 32;
// Bump when the analysis chain or the index layout changes: older snapshots are then rebuilt.
export const SNAPSHOT_VERSION = 25;
export const SNAPSHOT_FILE = 'index-snapshot.bin';
const ALIGN = 8;
/** The block holding the header's `files`, as JSON. */
const FILES_BLOCK = 'header.files';

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

type BlockKind = 'u8' | 'u32' | 'i32' | 'strings' | 'string' | 'json';
interface BlockRef {
  name: string;
  kind: BlockKind;
  offset: number;
  length: number;
}

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
  const add = (name: string, block: { kind: BlockKind; bytes: Uint8Array }): void => {
    blocks.push({ name, kind: block.kind, offset, length: block.bytes.byteLength });
    bodies.push(block.bytes);
    const pad = (ALIGN - (block.bytes.byteLength % ALIGN)) % ALIGN;
    if (pad) bodies.push(new Uint8Array(pad));
    offset += block.bytes.byteLength + pad;
  };
  const { files, ...rest } = header;
  add(FILES_BLOCK, { kind: 'json', bytes: Buffer.from(JSON.stringify(files), 'utf8') });
  for (const [name, value] of Object.entries(parts)) {
    const block = encodeBlock(value);
    if (block) add(name, block);
    else inline[name] = value;
  }
  const json = Buffer.from(JSON.stringify({ version: SNAPSHOT_VERSION, ...rest, inline, blocks }), 'utf8');
  const lengthField = Buffer.alloc(4);
  lengthField.writeUInt32LE(json.byteLength);
  const headPad = (ALIGN - ((MAGIC.byteLength + DIGEST_BYTES + 4 + json.byteLength) % ALIGN)) % ALIGN;
  const checked = [lengthField, json, new Uint8Array(headPad), ...bodies];
  const digest = createHash('sha256');
  for (const piece of checked) digest.update(piece);

  const target = path.join(dataDir, SNAPSHOT_FILE);
  const temporary = `${target}.${process.pid}.tmp`;
  // Write beside, then rename: a crash mid-write never leaves a truncated snapshot in place.
  const handle = await open(temporary, 'w');
  try {
    await handle.writev([MAGIC, digest.digest(), ...checked]);
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
  /** `corrupt`: a snapshot was there but damaged (checksum, truncation), as opposed to missing or outdated. */
  | { ok: false; reason: string; corrupt?: boolean };

function typedView<T>(buffer: Buffer, start: number, length: number, make: (b: ArrayBuffer, o: number, n: number) => T, size: number): T {
  const absolute = buffer.byteOffset + start;
  if (absolute % size === 0) return make(buffer.buffer as ArrayBuffer, absolute, length / size);
  const copy = new Uint8Array(length);
  copy.set(buffer.subarray(start, start + length));
  return make(copy.buffer, 0, length / size);
}

/** Whether the file is a snapshot of a version before checksums (its JSON header right after the length). */
function olderVersion(buffer: Buffer): boolean {
  const length = buffer.readUInt32LE(MAGIC.byteLength);
  const start = MAGIC.byteLength + 4;
  if (buffer[start] !== 0x7b || start + length > buffer.byteLength) return false;
  try {
    const version = (JSON.parse(buffer.toString('utf8', start, start + length)) as { version?: unknown }).version;
    return typeof version === 'number' && version < SNAPSHOT_VERSION;
  } catch {
    return false;
  }
}

type SnapshotFailure = Extract<SnapshotLoad, { ok: false }>;
type StoredHeader = Omit<SnapshotHeader, 'files'> & { version?: unknown; inline?: Record<string, unknown>; blocks?: BlockRef[] };

export async function loadSnapshot(dataDir: string): Promise<SnapshotLoad> {
  let buffer: Buffer;
  try {
    buffer = await readWholeFile(path.join(dataDir, SNAPSHOT_FILE));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'no snapshot yet' : `unreadable snapshot (${code ?? 'error'})` };
  }
  const damaged = checkEnvelope(buffer);
  if (damaged) return damaged;
  const read = readHeader(buffer);
  if ('reason' in read) return read;
  const { head, blocks, bodyStart } = read;
  const body = readBlocks(buffer, head.inline, blocks, bodyStart);
  if ('reason' in body) return body;
  const { parts, filesJson } = body;
  const { backend, analysis, corpusDir, builtAt, skipped } = head;
  let files: FileFingerprint[] | undefined;
  const header: SnapshotHeader = {
    backend,
    analysis: String(analysis ?? ''),
    corpusDir,
    builtAt,
    // Checked with the rest by the checksum; parsed on first read.
    get files(): FileFingerprint[] {
      files ??= JSON.parse(filesJson.toString('utf8')) as FileFingerprint[];
      return files;
    },
    skipped: skipped ?? [],
  };
  return { ok: true, header, parts };
}

/** The magic bytes and the checksum over everything after them: a file changed on disk is never trusted. */
function checkEnvelope(buffer: Buffer): SnapshotFailure | undefined {
  if (buffer.byteLength < MAGIC.byteLength + DIGEST_BYTES + 4 || !buffer.subarray(0, MAGIC.byteLength).equals(MAGIC)) {
    return { ok: false, reason: 'not a Relais snapshot' };
  }
  const stored = buffer.subarray(MAGIC.byteLength, MAGIC.byteLength + DIGEST_BYTES);
  const actual = createHash('sha256')
    .update(buffer.subarray(MAGIC.byteLength + DIGEST_BYTES))
    .digest();
  if (actual.equals(stored)) return undefined;
  return olderVersion(buffer)
    ? { ok: false, reason: 'snapshot from an older version of Relais' }
    : { ok: false, reason: 'corrupt snapshot (checksum mismatch: the file was changed or damaged on disk)', corrupt: true };
}

/** The JSON header, of this version and with its parts listed, and where the blocks start after it. */
function readHeader(buffer: Buffer): SnapshotFailure | { head: StoredHeader; blocks: BlockRef[]; bodyStart: number } {
  const jsonLength = buffer.readUInt32LE(MAGIC.byteLength + DIGEST_BYTES);
  const jsonStart = MAGIC.byteLength + DIGEST_BYTES + 4;
  if (jsonStart + jsonLength > buffer.byteLength) return { ok: false, reason: 'corrupt snapshot (truncated header)', corrupt: true };
  let head: StoredHeader;
  try {
    head = JSON.parse(buffer.toString('utf8', jsonStart, jsonStart + jsonLength));
  } catch {
    return { ok: false, reason: 'corrupt snapshot (header is not JSON)', corrupt: true };
  }
  if (head.version !== SNAPSHOT_VERSION)
    return { ok: false, reason: `snapshot version ${String(head.version)}, expected ${SNAPSHOT_VERSION}` };
  if (!Array.isArray(head.blocks) || typeof head.backend !== 'string') {
    return { ok: false, reason: 'corrupt snapshot (missing parts)' };
  }
  const bodyStart = jsonStart + jsonLength + ((ALIGN - ((jsonStart + jsonLength) % ALIGN)) % ALIGN);
  return { head, blocks: head.blocks, bodyStart };
}

/** The inline parts and the binary blocks, viewed in place where they are aligned, and the files' JSON. */
function readBlocks(
  buffer: Buffer,
  inline: Record<string, unknown> | undefined,
  blocks: readonly BlockRef[],
  bodyStart: number,
): SnapshotFailure | { parts: SnapshotParts; filesJson: Buffer } {
  const parts: SnapshotParts = { ...(inline ?? {}) };
  let filesJson: Buffer | undefined;
  for (const b of blocks) {
    const start = bodyStart + b.offset;
    if (start + b.length > buffer.byteLength) return { ok: false, reason: `corrupt snapshot (block ${b.name} truncated)`, corrupt: true };
    if (b.name === FILES_BLOCK && b.kind === 'json') filesJson = buffer.subarray(start, start + b.length);
    else parts[b.name] = readBlock(buffer, b, start);
  }
  if (!filesJson) return { ok: false, reason: 'corrupt snapshot (missing parts)' };
  return { parts, filesJson };
}

function readBlock(buffer: Buffer, b: BlockRef, start: number): unknown {
  if (b.kind === 'u8') return buffer.subarray(start, start + b.length);
  if (b.kind === 'u32') return typedView(buffer, start, b.length, (ab, o, n) => new Uint32Array(ab, o, n), 4);
  if (b.kind === 'i32') return typedView(buffer, start, b.length, (ab, o, n) => new Int32Array(ab, o, n), 4);
  if (b.kind === 'string') return buffer.toString('utf8', start, start + b.length);
  if (b.kind === 'json') return JSON.parse(buffer.toString('utf8', start, start + b.length));
  return buffer.toString('utf8', start, start + b.length).split('\u0000');
}
