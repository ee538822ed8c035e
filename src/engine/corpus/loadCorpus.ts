// Reads a corpus folder into documents: walks it, refuses bad files with a reason, fingerprints every file.
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CorpusDocument, CorpusLoadResult, FileFingerprint, SkippedFile } from '../types.ts';
import { decodeText } from './decodeText.ts';
import { formatForExtension, type DocumentFormat } from './documentFormats.ts';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './documentLimits.ts';
import { documentUrl } from './documentUrl.ts';
import { formatFileSize } from './fileSize.ts';
import { findFirstFrenchDate, findPublicationDate } from './frenchDate.ts';
import { UnparsableFileError, type ParsedDocument } from './parsedDocument.ts';
import { type SkipReason, skipReasons } from './skipReasons.ts';
import { assembleBody } from './textBlocks.ts';

/** Caps on what is read; each one left out takes its default (DEFAULT_DOCUMENT_LIMITS). */
export type LoadCorpusOptions = Partial<DocumentLimits>;

// Enough parallel reads to hide disk latency on large corpora without exhausting file descriptors.
const CONCURRENT_READS = 16;
const YIELD_EVERY = 64;
// Synchronous stats (a few microseconds each) done between two turns of the event loop.
const STATS_PER_TURN = 256;

/** A file found by the walk: either one to read, or one refused before reading (a dangling link, a FIFO...). */
export type Listed = { file: string; absolute: string } | { file: string; refused: SkipReason };

/** What the walk found: the files in code-unit order of their paths, and the folders it could not read. */
export interface CorpusListing {
  /** The corpus folder's name, the first part of every document's source. */
  corpusName: string;
  listed: Listed[];
  skippedFolders: SkippedFile[];
}

/** What became of one listed file: a document and its fingerprint, or why it was skipped. */
export interface FileOutcome {
  fingerprint?: FileFingerprint;
  document?: CorpusDocument;
  skipped?: SkippedFile;
}

/**
 * Loads every supported file under `dir` (recursively, hidden entries ignored) in a deterministic order.
 * A bad file never stops the load: it lands in `skipped` with a plain-words reason. Symbolic links are
 * followed only inside the corpus folder's real path; one leading out of it is skipped.
 * Rejects only when `dir` itself cannot be listed.
 */
export async function loadCorpus(dir: string, options: LoadCorpusOptions = {}): Promise<CorpusLoadResult> {
  return loadListedCorpus(await listCorpus(dir), options);
}

/** Walks the corpus folder without reading any file. Rejects only when `dir` itself cannot be listed. */
export async function listCorpus(dir: string): Promise<CorpusListing> {
  const root = path.resolve(dir);
  const listed: Listed[] = [];
  const skippedFolders: SkippedFile[] = [];
  await walkCorpus(root, listed, skippedFolders);
  // Sorted as the loaded documents are: consecutive runs of this list load into consecutive documents.
  return { corpusName: path.basename(root), listed: listed.sort(byFile), skippedFolders };
}

/** Reads and parses the files a walk listed (loadCorpus without the walk). */
export async function loadListedCorpus(listing: CorpusListing, options: LoadCorpusOptions = {}): Promise<CorpusLoadResult> {
  const limits = documentLimits(options);
  const outcomes = await mapConcurrently(listing.listed, CONCURRENT_READS, (entry) => loadListedFile(entry, listing.corpusName, limits));
  const documents: CorpusDocument[] = [];
  const skipped: SkippedFile[] = [...listing.skippedFolders];
  const files: FileFingerprint[] = [];
  for (const outcome of outcomes) {
    if (outcome.document) documents.push(outcome.document);
    if (outcome.skipped) skipped.push(outcome.skipped);
    if (outcome.fingerprint) files.push(outcome.fingerprint);
  }
  return { documents: documents.sort(byFile), skipped: skipped.sort(byFile), files: files.sort(byFile) };
}

/** One listed file read and parsed, or refused with a reason. Never throws. */
export function loadListedFile(entry: Listed, corpusName: string, limits: DocumentLimits): Promise<FileOutcome> {
  if ('refused' in entry) return Promise.resolve({ skipped: skippedFile(entry.file, entry.refused) });
  return loadFile(entry.file, entry.absolute, corpusName, limits);
}

/**
 * The fingerprint of every readable file under `dir` (what `loadCorpus` returns as `files`) without
 * parsing anything: enough to tell whether a saved index still matches the corpus. `known`: the files
 * fingerprinted before, or what gives them once the folder is walked (a snapshot's list, parsed then).
 */
export async function fingerprintCorpus(
  dir: string,
  known: readonly FileFingerprint[] | (() => readonly FileFingerprint[]) = [],
): Promise<FileFingerprint[]> {
  const root = path.resolve(dir);
  const listed: Listed[] = [];
  await walkCorpus(root, listed, []);
  // Like git's index: a file whose size and modification time match what was hashed before keeps its
  // hash, so a start-up over 100,000 unchanged files reads none of them.
  const before = new Map((typeof known === 'function' ? known() : known).map((f) => [f.file, f]));
  const prints: FileFingerprint[] = [];
  const toHash: { file: string; absolute: string }[] = [];
  for (let start = 0; start < listed.length; start += STATS_PER_TURN) {
    // Between batches the event loop turns (a macrotask, not a microtask): a question being answered
    // meanwhile, say while the engine compares a snapshot with the folder in the background, finishes first.
    if (start > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    for (const entry of listed.slice(start, start + STATS_PER_TURN)) {
      if ('refused' in entry) continue;
      const previous = before.get(entry.file);
      const unchanged = unchangedSince(entry.absolute, previous);
      if (unchanged === undefined) continue;
      if (unchanged && previous) prints.push(previous);
      else toHash.push(entry);
    }
  }
  const hashed = await mapConcurrently(toHash, CONCURRENT_READS, (entry) =>
    fingerprintByStreaming(entry.file, entry.absolute).catch(() => undefined),
  );
  for (const print of hashed) if (print) prints.push(print);
  return prints.sort(byFile);
}

/** Whether the file's size and modification time are those hashed before; undefined when it cannot be read. */
function unchangedSince(absolute: string, previous: FileFingerprint | undefined): boolean | undefined {
  try {
    const { size, mtimeMs } = statSync(absolute);
    return previous !== undefined && previous.size === size && previous.mtimeMs === mtimeMs;
  } catch {
    return undefined;
  }
}

/** Where the walk is: the corpus folder's real path (links may not lead out of it) and the folders seen. */
interface WalkScope {
  realRoot: string;
  visitedDirs: Set<string>;
}

async function walkCorpus(root: string, listed: Listed[], skippedFolders: SkippedFile[]): Promise<void> {
  const realRoot = await realpath(root);
  await walk(root, '', { realRoot, visitedDirs: new Set([realRoot]) }, listed, skippedFolders, true);
}

/** Whether `real` (a resolved path) is the corpus folder or inside it. */
function insideCorpus(real: string, realRoot: string): boolean {
  return real === realRoot || real.startsWith(realRoot.endsWith(path.sep) ? realRoot : `${realRoot}${path.sep}`);
}

async function walk(
  absoluteDir: string,
  relativeDir: string,
  scope: WalkScope,
  listed: Listed[],
  skippedFolders: SkippedFile[],
  isRoot = false,
): Promise<void> {
  let entries;
  try {
    entries = await readdir(absoluteDir, { withFileTypes: true });
  } catch (error) {
    if (isRoot) throw error;
    skippedFolders.push(skippedFile(`${relativeDir}/`, skipReasons.unreadableFolder(errorCode(error))));
    return;
  }
  const visible = entries.filter((entry) => !entry.name.startsWith('.')).sort((a, b) => compare(a.name, b.name));
  for (const entry of visible) {
    let absolute = path.join(absoluteDir, entry.name);
    const file = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
    let kind: 'file' | 'directory' | 'other' = entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : 'other';
    if (entry.isSymbolicLink()) {
      // A link is followed only when it stays inside the corpus folder: a link to private notes or
      // to /usr/share must not become quotable. It is then read through its real path, so the link
      // cannot be swapped for another between this check and the read.
      try {
        const real = await realpath(absolute);
        const target = await stat(real);
        kind = target.isFile() ? 'file' : target.isDirectory() ? 'directory' : 'other';
        if (!insideCorpus(real, scope.realRoot)) {
          const refused = skipReasons.linkOutside();
          if (kind === 'directory') skippedFolders.push(skippedFile(`${file}/`, refused));
          else listed.push({ file, refused });
          continue;
        }
        absolute = real;
      } catch (error) {
        listed.push({ file, refused: skipReasons.unreadable(errorCode(error)) });
        continue;
      }
    }
    if (kind === 'file') {
      listed.push({ file, absolute });
    } else if (kind === 'directory') {
      // A symbolic link back up the tree would otherwise be walked forever.
      const real = await realpath(absolute).catch(() => absolute);
      if (scope.visitedDirs.has(real)) continue;
      await walk(absolute, file, { ...scope, visitedDirs: new Set([...scope.visitedDirs, real]) }, listed, skippedFolders);
    } else {
      listed.push({ file, refused: skipReasons.notRegularFile() });
    }
  }
}

async function loadFile(file: string, absolute: string, corpusName: string, limits: DocumentLimits): Promise<FileOutcome> {
  const skip = (reason: SkipReason, fingerprint?: FileFingerprint): FileOutcome => ({
    skipped: skippedFile(file, reason),
    ...(fingerprint ? { fingerprint } : {}),
  });
  try {
    const extension = path.extname(file).toLowerCase();
    const format = formatForExtension(extension);
    if (format === undefined) {
      return skip(
        extension === '' ? skipReasons.noExtension() : skipReasons.unsupportedType(extension),
        await fingerprintByStreaming(file, absolute),
      );
    }
    const maxBytes = format.kind === 'text' ? limits.maxFileBytes : limits.maxDocumentBytes;
    // Check the size before reading so a stray multi-gigabyte file is never loaded into memory.
    // Synchronous stat and read of one small file: for 100,000 press releases the thread-pool round
    // trips of the async calls cost several times the reading itself. mapConcurrently yields to the
    // event loop between batches, so a reindex never blocks answering for more than a few milliseconds.
    const read = readUpTo(absolute, maxBytes);
    if (read.bytes === undefined) {
      return skip(tooLargeReason(read.size, maxBytes), await fingerprintByStreaming(file, absolute));
    }
    const { bytes, mtimeMs } = read;
    const fingerprint: FileFingerprint = { file, size: bytes.length, sha256: sha256(bytes), mtimeMs };
    if (bytes.length > maxBytes) return skip(tooLargeReason(bytes.length, maxBytes), fingerprint);

    const parsed = await parseFile(format, bytes, extension, limits);
    if ('refused' in parsed) return skip(parsed.refused, fingerprint);
    const document = toCorpusDocument(parsed, file, corpusName);
    if ('refused' in document) return skip(document.refused, fingerprint);
    return { document, fingerprint };
  } catch (error) {
    // Permission denied, or the file vanished or changed kind between listing and reading.
    return skip(skipReasons.unreadable(errorCode(error)));
  }
}

/**
 * The file's bytes, or only its size when that is over `maxBytes`. Opened once, then measured and read
 * through the descriptor: a stat by path costs a path walk of its own (a tenth of loading a small file).
 */
function readUpTo(absolute: string, maxBytes: number): { size: number; mtimeMs: number; bytes?: Buffer } {
  const fd = openSync(absolute, 'r');
  try {
    const { size, mtimeMs } = fstatSync(fd);
    return size > maxBytes ? { size, mtimeMs } : { size, mtimeMs, bytes: readFileSync(fd) };
  } finally {
    closeSync(fd);
  }
}

/** The parser's view of the file, or why it cannot be used. Never throws for a bad file. */
async function parseFile(format: DocumentFormat, bytes: Buffer, extension: string,
  limits: DocumentLimits): Promise<ParsedDocument | { refused: SkipReason }> {
  try {
    if (format.kind === 'binary') {
      if (bytes.length === 0) return { refused: skipReasons.empty() };
      return await inTurn(() => format.parse(bytes, limits));
    }
    const decoded = decodeText(bytes, extension);
    if ('refused' in decoded) return decoded;
    return await format.parse(decoded.text);
  } catch (error) {
    if (error instanceof UnparsableFileError) return { refused: error.reason };
    return { refused: skipReasons.unparsable(error instanceof Error ? error.message : String(error)) };
  }
}

/** How far down a page its publication line may stand ("Publié le 14/03/2021"): past it, a date in figures is the text's. */
const PUBLICATION_LINE_REACH = 3;

function toCorpusDocument(parsed: ParsedDocument, file: string, corpusName: string): CorpusDocument | { refused: SkipReason } {
  const { title, blocks, date: pageDate } = assembleBody(parsed.blocks, parsed.title);
  if (blocks.length === 0) {
    return { refused: title === '' ? skipReasons.noText() : skipReasons.onlyTitle() };
  }
  const date =
    parsed.date ??
    pageDate ??
    findPublicationDate(blocks.slice(0, PUBLICATION_LINE_REACH).join('\n')) ??
    findFirstFrenchDate([title, ...blocks].join('\n'));
  // Only an http(s) address becomes a link under a citation.
  const url = documentUrl(parsed.url);
  return {
    source: `${corpusName}/${file}`,
    file,
    title,
    ...(date !== undefined ? { date } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(parsed.territory !== undefined ? { territory: parsed.territory } : {}),
    tags: parsed.tags,
    blocks,
  };
}

export function documentLimits(options: LoadCorpusOptions): DocumentLimits {
  const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  return { ...DEFAULT_DOCUMENT_LIMITS, ...defined };
}

// Binary documents are parsed one at a time, process-wide: pdf.js works on this thread anyway, so running
// several at once would only multiply the memory a big PDF takes.
let binaryQueue: Promise<unknown> = Promise.resolve();

function inTurn<T>(task: () => Promise<T>): Promise<T> {
  const run = binaryQueue.then(task, task);
  binaryQueue = run.catch(() => undefined);
  return run;
}

async function fingerprintByStreaming(file: string, absolute: string): Promise<FileFingerprint> {
  const { mtimeMs } = await stat(absolute);
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(absolute)) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    hash.update(buffer);
  }
  return { file, size, sha256: hash.digest('hex'), mtimeMs };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function tooLargeReason(size: number, maxBytes: number): SkipReason {
  return skipReasons.tooLarge(formatFileSize(maxBytes, false), formatFileSize(size, true));
}

function skippedFile(file: string, reason: SkipReason): SkippedFile {
  return { file, reason: reason.en, reasonFr: reason.fr };
}

function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}

/** Runs `task` over `items` with at most `limit` in flight; results keep the items' order. */
async function mapConcurrently<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
      // Tasks may finish synchronously: give the event loop a turn now and then.
      if (index % YIELD_EVERY === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// Code-unit order, not locale order: the same corpus must list the same way on every machine.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function byFile(a: { file: string }, b: { file: string }): number {
  return compare(a.file, b.file);
}
