// A build worker thread (started by compactBuildWorkers.ts through compactBuildWorker.mjs): reads,
// parses and analyses runs of corpus files into passage chunks, and compresses runs of passage text
// blocks, for the compact index being built on the main thread. Jobs run one at a time, in the order
// they came: the worker's vocabulary numbers terms in that order.
import { parentPort } from 'node:worker_threads';
import { type DocumentLimits } from '../corpus/documentLimits.ts';
import { type FileOutcome, type Listed, loadListedFile } from '../corpus/loadCorpus.ts';
import type { CorpusDocument, FileFingerprint, SkippedFile } from '../types.ts';
import { analyzeChunk, chunkBuffers, ChunkVocabulary, type PassageChunk } from './passageChunk.ts';
import { type CompressedBlocks, compressTextBlocks } from './passageTexts.ts';

export type BuildJob =
  | { id: number; kind: 'files'; entries: Listed[]; corpusName: string; limits: DocumentLimits }
  /** `pieces`: the range's bytes, views of the chunks' shared buffers; `textOffsets` count from the range's first byte. */
  | { id: number; kind: 'compress'; pieces: Uint8Array[]; textOffsets: Uint32Array; dictionary: Uint8Array };

/** What a files job found: the chunk of its documents, and every file's fingerprint or reason to skip it. */
export interface FilesResult {
  chunk: PassageChunk;
  files: FileFingerprint[];
  skipped: SkippedFile[];
}

export type BuildReply =
  | { id: number; ok: true; kind: 'files'; result: FilesResult }
  | { id: number; ok: true; kind: 'compress'; result: CompressedBlocks }
  | { id: number; ok: false; message: string };

const vocabulary = new ChunkVocabulary();

async function loadFiles(job: Extract<BuildJob, { kind: 'files' }>): Promise<FilesResult> {
  const documents: CorpusDocument[] = [];
  const files: FileFingerprint[] = [];
  const skipped: SkippedFile[] = [];
  for (const entry of job.entries) {
    const outcome: FileOutcome = await loadListedFile(entry, job.corpusName, job.limits);
    if (outcome.document) documents.push(outcome.document);
    if (outcome.fingerprint) files.push(outcome.fingerprint);
    if (outcome.skipped) skipped.push(outcome.skipped);
  }
  return { chunk: analyzeChunk(documents, vocabulary), files, skipped };
}

async function run(job: BuildJob): Promise<void> {
  const port = parentPort!;
  try {
    if (job.kind === 'files') {
      const result = await loadFiles(job);
      port.postMessage({ id: job.id, ok: true, kind: 'files', result } satisfies BuildReply, chunkBuffers(result.chunk));
    } else {
      const bytes = job.pieces.length === 1 ? job.pieces[0]! : Buffer.concat(job.pieces);
      const result = compressTextBlocks(bytes, job.textOffsets, job.dictionary);
      port.postMessage({ id: job.id, ok: true, kind: 'compress', result } satisfies BuildReply, [
        result.bytes.buffer as ArrayBuffer,
        result.sizes.buffer as ArrayBuffer,
      ]);
    }
  } catch (error) {
    port.postMessage({ id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies BuildReply);
  }
}

let queue = Promise.resolve();
parentPort?.on('message', (job: BuildJob) => {
  queue = queue.then(() => run(job));
});
