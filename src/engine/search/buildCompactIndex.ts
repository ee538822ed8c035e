// Builds the compact index of a corpus folder. With two cores or more and a corpus of a few thousand
// files, worker threads read, parse and analyse runs of files and then compress the passage texts,
// while this thread joins their chunks in document order (compactIndexAssembly.ts): at 100,000 press
// releases that halves the build, and this thread stays free to answer during a reindex. The index is
// the one a single thread builds (loadCorpus, then CompactIndex.build), part for part. That single-thread
// build remains the way for small corpora, one-core machines, and when a worker fails: the build then
// starts again in this thread, so a failing worker costs time, never the index.
import os from 'node:os';
import { documentLimits, type CorpusListing, listCorpus, loadListedCorpus, type LoadCorpusOptions, byFile } from '../corpus/loadCorpus.ts';
import type { Logger } from '../logger.ts';
import type { FileFingerprint, SkippedFile } from '../types.ts';
import { ChunkedPassageTexts } from './chunkedPassageTexts.ts';
import { BuildWorkers } from './compactBuildWorkers.ts';
import type { FilesResult } from './compactBuildWorker.ts';
import { CompactIndex } from './compactIndex.ts';
import { CompactIndexAssembly, WorkerVocabulary } from './compactIndexAssembly.ts';
import { blockCount, type CompressedBlocks, firstPassageOfBlock, passageTextParts, sampleDictionary } from './passageTexts.ts';

/** An index and the files it was built from. */
export interface FolderIndex<I> {
  index: I;
  files: FileFingerprint[];
  skipped: SkippedFile[];
}

export interface CompactBuildOptions {
  corpusCaps: LoadCorpusOptions;
  logger: Logger;
  /** Worker threads; below 2 the build runs in this thread. Default: the cores available, at most MAX_WORKERS. */
  workers?: number;
  /** Corpora of fewer files are built in this thread: starting workers (~0.5 s) would cost more than they save. */
  minFilesForWorkers?: number;
  /** Files per job given to a worker. */
  filesPerJob?: number;
  /** The workers' entry module (tests start failing ones). */
  workerEntry?: URL;
}

const MAX_WORKERS = 4;
const MIN_FILES_FOR_WORKERS = 2_000;
// Small enough that the two workers stay busy to the end and few chunks wait to be joined in order,
// large enough that the messages cost nothing.
const FILES_PER_JOB = 500;
// Compression jobs per worker, handed out in turn.
const COMPRESS_JOBS_PER_WORKER = 4;

export function defaultBuildWorkers(): number {
  return Math.min(os.availableParallelism(), MAX_WORKERS);
}

export async function buildCompactIndex(corpusDir: string, options: CompactBuildOptions): Promise<FolderIndex<CompactIndex>> {
  const listing = await listCorpus(corpusDir);
  const workers = options.workers ?? defaultBuildWorkers();
  if (workers >= 2 && listing.listed.length >= (options.minFilesForWorkers ?? MIN_FILES_FOR_WORKERS)) {
    try {
      return await buildWithWorkers(listing, workers, options);
    } catch (error) {
      options.logger.warn({ error: String(error) }, 'the index build workers failed; building the index in the main thread');
    }
  }
  return buildInThisThread(listing, options.corpusCaps);
}

async function buildInThisThread(listing: CorpusListing, caps: LoadCorpusOptions): Promise<FolderIndex<CompactIndex>> {
  const corpus = await loadListedCorpus(listing, caps);
  return { index: CompactIndex.build(corpus.documents), files: corpus.files, skipped: corpus.skipped };
}

async function buildWithWorkers(listing: CorpusListing, count: number, options: CompactBuildOptions): Promise<FolderIndex<CompactIndex>> {
  const workers = new BuildWorkers(count, options.workerEntry);
  try {
    const assembly = new CompactIndexAssembly();
    const files: FileFingerprint[] = [];
    const skipped: SkippedFile[] = [...listing.skippedFolders];
    await loadInWorkers(listing, workers, options, (result, vocabulary) => {
      assembly.add(result.chunk, vocabulary);
      for (const f of result.files) files.push(f);
      for (const s of result.skipped) skipped.push(s);
    });
    const { texts } = assembly;
    const dictionary = sampleDictionary(texts.count, texts.characters, (passage) => texts.bytesOf(passage));
    const textOffsets = texts.textOffsets();
    const compressed = compressInWorkers(texts, textOffsets, dictionary, workers);
    const { documents, passageKind, passageContext, ...postings } = assembly.finish();
    const textParts = passageTextParts(textOffsets, dictionary, await compressed);
    // In CompactIndex.build's order, which is the order of the snapshot's blocks.
    const index = CompactIndex.fromParts({ documents, ...textParts, passageKind, passageContext, ...postings });
    return { index, files: files.sort(byFile), skipped: skipped.sort(byFile) };
  } finally {
    await workers.stop();
  }
}

/**
 * Hands runs of the listing to the workers as they become free and passes each run's result to `join`
 * in listing order (the order of the documents), with the vocabulary its term ids belong to.
 */
async function loadInWorkers(
  listing: CorpusListing,
  workers: BuildWorkers,
  options: CompactBuildOptions,
  join: (result: FilesResult, vocabulary: WorkerVocabulary) => void,
): Promise<void> {
  const limits = documentLimits(options.corpusCaps);
  const perJob = options.filesPerJob ?? FILES_PER_JOB;
  const runs = Math.ceil(listing.listed.length / perJob);
  const vocabularies = Array.from({ length: workers.count }, () => new WorkerVocabulary());
  const waiting = new Map<number, { result: FilesResult; worker: number }>();
  let next = 0;
  let joined = 0;
  const lane = async (worker: number): Promise<void> => {
    while (next < runs) {
      const run = next++;
      const entries = listing.listed.slice(run * perJob, (run + 1) * perJob);
      const reply = await workers.run(worker, { kind: 'files', entries, corpusName: listing.corpusName, limits });
      if (reply.kind !== 'files') throw new Error('compact index build: a worker answered a files job with another kind of result');
      vocabularies[worker]!.learn(reply.result.chunk);
      waiting.set(run, { result: reply.result, worker });
      for (let ready = waiting.get(joined); ready; ready = waiting.get(joined)) {
        waiting.delete(joined++);
        join(ready.result, vocabularies[ready.worker]!);
      }
    }
  };
  // Two jobs in flight per worker: it starts the next one while this thread takes in the last.
  await Promise.all(Array.from({ length: workers.count * 2 }, (_, i) => lane(i % workers.count)));
}

/**
 * The text blocks compressed by the workers, ranges of blocks at a time, in order. Every job is handed
 * out at once: this thread has the postings to lay out meanwhile.
 */
function compressInWorkers(
  texts: ChunkedPassageTexts,
  textOffsets: Uint32Array,
  dictionary: Uint8Array,
  workers: BuildWorkers,
): Promise<CompressedBlocks[]> {
  const passages = texts.count;
  const blocks = blockCount(passages);
  const jobs = Math.min(blocks, workers.count * COMPRESS_JOBS_PER_WORKER);
  return Promise.all(
    Array.from({ length: jobs }, async (_, job) => {
      const first = firstPassageOfBlock(Math.floor((job * blocks) / jobs));
      const end = Math.min(passages, firstPassageOfBlock(Math.floor(((job + 1) * blocks) / jobs)));
      const start = textOffsets[first]!;
      // Views of shared memory: only the range's offsets are copied to the worker.
      const pieces = texts.range(start, textOffsets[end]!);
      const offsets = Uint32Array.from(textOffsets.subarray(first, end + 1), (offset) => offset - start);
      const reply = await workers.run(job % workers.count, { kind: 'compress', pieces, textOffsets: offsets, dictionary });
      if (reply.kind !== 'compress') throw new Error('compact index build: a worker answered a compress job with another kind of result');
      return reply.result;
    }),
  );
}
