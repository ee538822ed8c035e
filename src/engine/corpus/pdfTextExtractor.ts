// What pdf.js sees in a PDF, read in a worker thread (pdfTextWorker.mjs). The worker starts with the
// first PDF and stops after a few idle seconds; a PDF that takes too long or exhausts the worker's
// memory is given up with a reason, and the next one gets a fresh worker.
import { Worker } from 'node:worker_threads';
import { UnparsableFileError } from './parsedDocument.ts';
import { type SkipReason, skipReasons } from './skipReasons.ts';

export interface RawPdfItem {
  text: string;
  /** pdf.js's text matrix, in PDF user space. */
  transform: number[];
  width: number;
}

export interface RawPdfPage {
  height: number;
  /** User space to the page as seen (top-left origin, rotation applied). */
  viewport: number[];
  items: RawPdfItem[];
}

export interface RawPdf {
  numPages: number;
  /** Empty when numPages is over the cap: the pages were not read. */
  pages: RawPdfPage[];
  info: { Title?: unknown; CreationDate?: unknown; Keywords?: unknown };
}

interface Job {
  resolve: (pdf: RawPdf) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
  reader: Worker;
}

type WorkerReply = { id: number; ok: true; pdf: RawPdf } | { id: number; ok: false; name: string; message: string };

// pdf.js keeps its parsed objects in memory while it reads a file; a hostile file stops here, not the bot.
const WORKER_HEAP_MB = 1024;
const IDLE_MS = 5_000;

let worker: Worker | undefined;
let idleTimer: NodeJS.Timeout | undefined;
let nextId = 0;
const jobs = new Map<number, Job>();

/** Reads the PDF's text runs, pages and properties; rejects with an UnparsableFileError saying why it cannot. */
export function extractPdfText(bytes: Uint8Array, maxPages: number, timeoutMs: number): Promise<RawPdf> {
  return new Promise<RawPdf>((resolve, reject) => {
    const id = nextId++;
    const reader = readerThread();
    const timer = setTimeout(() => {
      fail(id, new UnparsableFileError(skipReasons.readTimeout(formatDuration(timeoutMs))));
      retire(reader, skipReasons.readerStopped('the PDF reader was restarted'));
      void reader.terminate();
    }, timeoutMs);
    jobs.set(id, { resolve, reject, timer, reader });
    const copy = new Uint8Array(bytes);
    reader.postMessage({ id, bytes: copy, maxPages }, [copy.buffer]);
  });
}

function readerThread(): Worker {
  clearTimeout(idleTimer);
  if (worker) {
    worker.ref();
    return worker;
  }
  // No execArgv: the worker runs plain JavaScript without tsx's loader, which would take seconds over pdf.js.
  const started = new Worker(new URL('./pdfTextWorker.mjs', import.meta.url), {
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  started.on('message', (reply: WorkerReply) => {
    if (reply.ok) finish(reply.id, reply.pdf);
    else fail(reply.id, new UnparsableFileError(readFailureReason(reply.name, reply.message)));
  });
  started.on('error', (error: Error & { code?: string }) => {
    const reason = skipReasons.readerStopped(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'the PDF needs too much memory' : error.message);
    retire(started, reason);
  });
  started.on('exit', () => retire(started, skipReasons.readerStopped('the PDF reader stopped')));
  worker = started;
  return started;
}

function readFailureReason(name: string, message: string): SkipReason {
  if (name === 'PasswordException') return skipReasons.encrypted('PDF');
  if (name === 'InvalidPDFException') return skipReasons.invalid('PDF');
  return skipReasons.damaged('PDF', message);
}

function finish(id: number, pdf: RawPdf): void {
  takeJob(id)?.resolve(pdf);
}

function fail(id: number, error: Error): void {
  takeJob(id)?.reject(error);
}

/** No new PDF goes to this worker; the ones it was reading fail with `reason`. */
function retire(reader: Worker, reason: SkipReason): void {
  if (worker === reader) worker = undefined;
  for (const [id, job] of [...jobs]) if (job.reader === reader) fail(id, new UnparsableFileError(reason));
}

function formatDuration(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

function takeJob(id: number): Job | undefined {
  const job = jobs.get(id);
  if (job === undefined) return undefined;
  clearTimeout(job.timer);
  jobs.delete(id);
  if (jobs.size === 0) whenIdle();
  return job;
}

/** An idle worker does not keep the process alive, and goes away after a while to give its memory back. */
function whenIdle(): void {
  const idle = worker;
  if (idle === undefined) return;
  idle.unref();
  idleTimer = setTimeout(() => {
    if (worker === idle && jobs.size === 0) {
      worker = undefined;
      void idle.terminate();
    }
  }, IDLE_MS);
  idleTimer.unref();
}
