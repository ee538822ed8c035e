// Waiting for something a fake records (a request, a connection, an acknowledgement): every wait is a
// check re-run whenever the fake records something, and every 10 ms while anyone waits (a condition
// may depend on client-side state). The bound only turns a hang into a clear failure.

interface Waiter {
  check: () => boolean;
  reject: (error: Error) => void;
}

export class Waiters {
  private waiting: Waiter[] = [];
  private poll: NodeJS.Timeout | undefined;
  private stoppedWith: Error | undefined;

  constructor(
    /** "FakeSlack", "FakeDiscord": how timeouts and stops are signed. */
    private readonly owner: string,
    /** Added to a timeout's message (the fake's recent traffic). */
    private readonly context: () => string = () => '',
  ) {}

  /** Resolves with the first value of `check` that is not undefined. */
  waitFor<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    if (this.stoppedWith) return Promise.reject(this.stoppedWith);
    const immediate = check();
    if (immediate !== undefined) return Promise.resolve(immediate);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = {
        check: () => {
          const value = check();
          if (value === undefined) return false;
          clearTimeout(timer);
          resolve(value);
          return true;
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        this.waiting = this.waiting.filter((w) => w !== waiter);
        this.syncPoll();
        reject(new Error(`${this.owner}: timed out after ${timeoutMs} ms waiting for ${what}.${this.context()}`));
      }, timeoutMs);
      this.waiting.push(waiter);
      this.syncPoll();
    });
  }

  /** Something was recorded: re-run the checks. */
  notify(): void {
    if (this.waiting.length === 0) return;
    this.waiting = this.waiting.filter((w) => !w.check());
    this.syncPoll();
  }

  /** The fake stops: every wait, and every later one, rejects. */
  stop(): void {
    this.stoppedWith = new Error(`${this.owner} stopped`);
    const waiting = this.waiting;
    this.waiting = [];
    for (const w of waiting) w.reject(this.stoppedWith);
    this.syncPoll();
  }

  private syncPoll(): void {
    if (this.waiting.length > 0 && !this.poll) {
      this.poll = setInterval(() => this.notify(), 10);
      this.poll.unref();
    } else if (this.waiting.length === 0 && this.poll) {
      clearInterval(this.poll);
      this.poll = undefined;
    }
  }
}
