// The global cap on questions being answered at once. Beyond `max`, questions wait their turn in
// order; when `maxWaiting` already wait, or one has waited `maxWaitMs`, it is refused as busy (the
// user is asked to retry) rather than piling up on a small machine. `close()` refuses everything
// new (shutdown) and `drain()` waits for what was admitted: running and waiting questions.

export class BusyError extends Error {
  override readonly name = 'BusyError';
  constructor(readonly reason: 'queue-full' | 'waited-too-long' | 'closed') {
    super(`no slot for a question (${reason})`);
  }
}

export interface InFlightLimitOptions {
  max: number;
  /** Default 256. */
  maxWaiting?: number;
  /** Default 30 s. */
  maxWaitMs?: number;
}

interface Waiter {
  grant(): void;
  timer: NodeJS.Timeout;
}

export class InFlightLimit {
  private running = 0;
  private closed = false;
  private readonly waiting: Waiter[] = [];
  private idle: Array<() => void> = [];

  constructor(private readonly options: InFlightLimitOptions) {}

  get inFlight(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Runs `work` once a slot is free; rejects with BusyError when none comes. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.closed) return Promise.reject(new BusyError('closed'));
    if (this.running < this.options.max) {
      this.running++;
      return Promise.resolve();
    }
    if (this.waiting.length >= (this.options.maxWaiting ?? 256)) return Promise.reject(new BusyError('queue-full'));
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          const at = this.waiting.indexOf(waiter);
          if (at >= 0) this.waiting.splice(at, 1);
          reject(new BusyError('waited-too-long'));
        }, this.options.maxWaitMs ?? 30_000),
      };
      this.waiting.push(waiter);
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) {
      next.grant(); // the slot passes straight to the next waiter
      return;
    }
    this.running--;
    if (this.running === 0) {
      const idle = this.idle;
      this.idle = [];
      for (const resolve of idle) resolve();
    }
  }

  /** Refuses new questions; those running or already waiting go on. */
  close(): void {
    this.closed = true;
  }

  /** Resolves true when nothing runs any more, false if `timeoutMs` passes first. */
  drain(timeoutMs: number): Promise<boolean> {
    if (this.running === 0) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.idle.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
