// A bounded, time-limited memory of keys already seen: how the adapter answers a Slack message once
// although Slack may deliver it several times (Events API retries after 0 s, 1 min and 5 min; the
// same mention as both `app_mention` and `message`). In memory only: after a restart a redelivered
// message is answered again, which is the better failure.

export interface RecentKeysOptions {
  /** Most keys kept; the oldest go first. Default 10,000. */
  capacity?: number;
  /** How long a key is remembered. Default 15 minutes (Slack's last retry comes about 5 minutes after the first delivery). */
  ttlMs?: number;
  now?: () => number;
}

export class RecentKeys {
  private readonly expiries = new Map<string, number>();
  private readonly capacity: number;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: RecentKeysOptions = {}) {
    this.capacity = options.capacity ?? 10_000;
    this.ttlMs = options.ttlMs ?? 15 * 60_000;
    this.now = options.now ?? Date.now;
  }

  /** True the first time `key` is offered within the TTL (and remembers it); false for a repeat. */
  firstTime(key: string): boolean {
    const now = this.now();
    // Insertion order is expiry order (the TTL is the same for all): drop expired keys from the front.
    for (const [k, expiry] of this.expiries) {
      if (expiry > now) break;
      this.expiries.delete(k);
    }
    if (this.expiries.has(key)) return false;
    this.expiries.set(key, now + this.ttlMs);
    if (this.expiries.size > this.capacity) {
      const oldest = this.expiries.keys().next();
      if (!oldest.done) this.expiries.delete(oldest.value);
    }
    return true;
  }

  get size(): number {
    return this.expiries.size;
  }
}
