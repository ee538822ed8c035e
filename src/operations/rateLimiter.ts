// Per-user rate limit: at most `perMinute` questions in any 60-second window (a sliding window of
// the times of the user's recent questions). Keys are "<platform>:<user id>", so the same person on
// Slack and Discord has two allowances. Memory stays bounded: users idle for a minute are forgotten.

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSec: number };

export interface RateLimiterOptions {
  /** 0 means no limit. */
  perMinute: number;
  windowMs?: number;
  now?: () => number;
}

export class RateLimiter {
  private readonly recent = new Map<string, number[]>();
  private readonly windowMs: number;
  private readonly now: () => number;
  private lastSweep = 0;

  constructor(private readonly options: RateLimiterOptions) {
    this.windowMs = options.windowMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  /** Counts one question for `key` when allowed; a refused one is not counted. */
  take(key: string): RateDecision {
    if (this.options.perMinute <= 0) return { allowed: true };
    const now = this.now();
    this.sweep(now);
    const since = now - this.windowMs;
    const times = (this.recent.get(key) ?? []).filter((t) => t > since);
    if (times.length >= this.options.perMinute) {
      this.recent.set(key, times);
      const oldest = times[0] ?? now;
      return { allowed: false, retryAfterSec: Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000)) };
    }
    times.push(now);
    this.recent.set(key, times);
    return { allowed: true };
  }

  /** Users currently remembered (for tests and the bound). */
  get size(): number {
    return this.recent.size;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    const since = now - this.windowMs;
    for (const [key, times] of this.recent) {
      if ((times[times.length - 1] ?? 0) <= since) this.recent.delete(key);
    }
  }
}
