// Reads a corpus folder into documents: walks it, refuses bad files with a reason, fingerprints every file.
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CorpusDocument, CorpusLoadResult, FileFingerprint, SkippedFile } from '../types.ts';
import { decodeText } from './decodeText.ts';
import { documentUrl } from './documentUrl.ts';
import { findFirstFrenchDate } from './frenchDate.ts';
import { parseHtml } from './parseHtml.ts';
import { parseMarkdown } from './parseMarkdown.ts';
import { parseText } from './parseText.ts';
import { UnparsableFileError, type ParsedDocument } from './parsedDocument.ts';
import { type SkipReason, skipReasons } from './skipReasons.ts';
import { assembleBody } from './textBlocks.ts';

export interface LoadCorpusOptions {
  /** Files larger than this are skipped (default 2 MiB): a press release is a few KiB, anything huge is a mistake. */
  maxFileBytes?: number;
}

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

// A Map: a file's extension is corpus text, and must never find a property of Object.prototype.
const PARSERS: ReadonlyMap<string, (text: string) => ParsedDocument> = new Map([
  ['.txt', parseText],
  ['.md', parseMarkdown],
  ['.markdown', parseMarkdown],
  ['.html', parseHtml],
  ['.htm', parseHtml],
]);

// Enough parallel reads to hide disk latency on large corpora without exhausting file descriptors.
const CONCURRENT_READS = 16;
const YIELD_EVERY = 64;

/** A file found by the walk: either one to read, or one refused before reading (a dangling link, a FIFO...). */
type Listed = { file: string; absolute: string } | { file: string; refused: SkipReason };

interface FileOutcome {
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
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const root = path.resolve(dir);
  const corpusName = path.basename(root);
  const listed: Listed[] = [];
  const skippedFolders: SkippedFile[] = [];
  await walkCorpus(root, listed, skippedFolders);

  const outcomes = await mapConcurrently(listed, CONCURRENT_READS, (entry) =>
    'refused' in entry
      ? Promise.resolve<FileOutcome>({ skipped: skippedFile(entry.file, entry.refused) })
      : loadFile(entry.file, entry.absolute, corpusName, maxFileBytes),
  );

  const documents: CorpusDocument[] = [];
  const skipped: SkippedFile[] = [...skippedFolders];
  const files: FileFingerprint[] = [];
  for (const outcome of outcomes) {
    if (outcome.document) documents.push(outcome.document);
    if (outcome.skipped) skipped.push(outcome.skipped);
    if (outcome.fingerprint) files.push(outcome.fingerprint);
  }
  return { documents: documents.sort(byFile), skipped: skipped.sort(byFile), files: files.sort(byFile) };
}

/**
 * The fingerprint of every readable file under `dir` (what `loadCorpus` returns as `files`) without
 * parsing anything: enough to tell whether a saved index still matches the corpus.
 */
export async function fingerprintCorpus(dir: string, known: readonly FileFingerprint[] = []): Promise<FileFingerprint[]> {
  const root = path.resolve(dir);
  const listed: Listed[] = [];
  await walkCorpus(root, listed, []);
  // Like git's index: a file whose size and modification time match what was hashed before keeps its
  // hash, so a start-up over 100,000 unchanged files reads none of them.
  const before = new Map(known.map((f) => [f.file, f]));
  const prints = await mapConcurrently(listed, CONCURRENT_READS, async (entry) => {
    if ('refused' in entry) return undefined;
    try {
      const { size, mtimeMs } = statSync(entry.absolute);
      const previous = before.get(entry.file);
      if (previous && previous.size === size && previous.mtimeMs === mtimeMs) return previous;
      return await fingerprintByStreaming(entry.file, entry.absolute);
    } catch {
      return undefined;
    }
  });
  return prints.filter((p): p is FileFingerprint => p !== undefined).sort(byFile);
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

async function loadFile(file: string, absolute: string, corpusName: string, maxFileBytes: number): Promise<FileOutcome> {
  const skip = (reason: SkipReason, fingerprint?: FileFingerprint): FileOutcome => ({
    skipped: skippedFile(file, reason),
    ...(fingerprint ? { fingerprint } : {}),
  });
  try {
    const extension = path.extname(file).toLowerCase();
    const parse = PARSERS.get(extension);
    if (parse === undefined) {
      return skip(
        extension === '' ? skipReasons.noExtension() : skipReasons.unsupportedType(extension),
        await fingerprintByStreaming(file, absolute),
      );
    }
    // Check the size before reading so a stray multi-gigabyte file is never loaded into memory.
    // Synchronous stat and read of one small file: for 100,000 press releases the thread-pool round
    // trips of the async calls cost several times the reading itself. mapConcurrently yields to the
    // event loop between batches, so a reindex never blocks answering for more than a few milliseconds.
    const { size, mtimeMs } = statSync(absolute);
    if (size > maxFileBytes) {
      return skip(tooLargeReason(size, maxFileBytes), await fingerprintByStreaming(file, absolute));
    }
    const bytes = readFileSync(absolute);
    const fingerprint: FileFingerprint = { file, size: bytes.length, sha256: sha256(bytes), mtimeMs };
    if (bytes.length > maxFileBytes) return skip(tooLargeReason(bytes.length, maxFileBytes), fingerprint);

    const decoded = decodeText(bytes, extension);
    if ('refused' in decoded) return skip(decoded.refused, fingerprint);

    let parsed: ParsedDocument;
    try {
      parsed = parse(decoded.text);
    } catch (error) {
      if (error instanceof UnparsableFileError) return skip(error.reason, fingerprint);
      return skip(skipReasons.unparsable(error instanceof Error ? error.message : String(error)), fingerprint);
    }
    const { title, blocks } = assembleBody(parsed.blocks, parsed.title);
    if (blocks.length === 0) {
      return skip(title === '' ? skipReasons.noText() : skipReasons.onlyTitle(), fingerprint);
    }

    const date = parsed.date ?? findFirstFrenchDate([title, ...blocks].join('\n'));
    const url = documentUrl(parsed.url);
    const document: CorpusDocument = {
      source: `${corpusName}/${file}`,
      file,
      title,
      ...(date !== undefined ? { date } : {}),
      ...(url !== undefined ? { url } : {}),
      ...(parsed.territory !== undefined ? { territory: parsed.territory } : {}),
      tags: parsed.tags,
      blocks,
    };
    return { document, fingerprint };
  } catch (error) {
    // Permission denied, or the file vanished or changed kind between listing and reading.
    return skip(skipReasons.unreadable(errorCode(error)));
  }
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

function tooLargeReason(size: number, maxFileBytes: number): SkipReason {
  return skipReasons.tooLarge(formatSize(maxFileBytes, false), formatSize(size, true));
}

function skippedFile(file: string, reason: SkipReason): SkippedFile {
  return { file, reason: reason.en, reasonFr: reason.fr };
}

function formatSize(bytes: number, oneDecimal: boolean): string {
  const format = (value: number): string => (oneDecimal ? value.toFixed(1) : String(Number(value.toFixed(1))));
  if (bytes >= 1024 * 1024) return `${format(bytes / (1024 * 1024))} MiB`;
  if (bytes >= 1024) return `${format(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
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

function byFile(a: { file: string }, b: { file: string }): number {
  return compare(a.file, b.file);
}
