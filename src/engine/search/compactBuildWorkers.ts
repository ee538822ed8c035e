// The build worker threads of a compact index build (compactBuildWorker.ts), seen from the main thread:
// started together, given jobs, stopped together. A worker that fails (an error it could not reply
// with, running out of memory, exiting) fails every job still waiting, and every later one: the build
// that used them then gives up on workers altogether (buildCompactIndex.ts).
import { Worker } from 'node:worker_threads';
import type { BuildJob, BuildReply } from './compactBuildWorker.ts';

/** A job without its id (the pool numbers them). */
export type BuildRequest = BuildJob extends infer J ? (J extends BuildJob ? Omit<J, 'id'> : never) : never;
export type BuildResult = Extract<BuildReply, { ok: true }>;

export class BuildWorkerError extends Error {
  override readonly name = 'BuildWorkerError';
}

interface Pending {
  resolve: (reply: BuildResult) => void;
  reject: (error: Error) => void;
}

const WORKER_ENTRY = new URL('./compactBuildWorker.mjs', import.meta.url);

export class BuildWorkers {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: BuildWorkerError | undefined;
  private stopping = false;

  /** `entry`: the worker's module (tests start failing ones). */
  constructor(count: number, entry: URL = WORKER_ENTRY) {
    // No execArgv: the entry registers tsx itself, and the main thread's flags (a heap size, an --import)
    // are not the worker's business.
    this.workers = Array.from({ length: count }, () => this.started(new Worker(entry, { execArgv: [] })));
  }

  get count(): number {
    return this.workers.length;
  }

  private started(worker: Worker): Worker {
    worker.on('message', (reply: BuildReply) => this.settle(reply));
    worker.on('error', (error: Error) => this.fail(`a build worker failed: ${error.message}`));
    worker.on('messageerror', (error: Error) => this.fail(`a build worker's reply could not be read: ${error.message}`));
    worker.on('exit', (code) => {
      if (!this.stopping) this.fail(`a build worker stopped (exit code ${code})`);
    });
    return worker;
  }

  /** Runs `request` on worker `worker`; jobs given to one worker run in the order given. */
  run(worker: number, request: BuildRequest, transfer: ArrayBuffer[] = []): Promise<BuildResult> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<BuildResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[worker]!.postMessage({ ...request, id }, transfer);
    });
  }

  private settle(reply: BuildReply): void {
    if (!reply.ok) {
      this.fail(`a build worker's job failed: ${reply.message}`);
      return;
    }
    const pending = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    pending?.resolve(reply);
  }

  private fail(message: string): void {
    this.failure ??= new BuildWorkerError(message);
    for (const { reject } of this.pending.values()) reject(this.failure);
    this.pending.clear();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(Array.from(this.workers, (w) => w.terminate()));
  }
}
