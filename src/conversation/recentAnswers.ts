// The answers Relais gave lately, by id: what their buttons (👍 / 👎, share) act on. The id is
// random and all a button carries; the answer itself stays here, in memory, for `ttlMs` (a day by
// default) and at most `capacity` answers. After a restart the buttons of older answers say so.
import { randomBytes } from 'node:crypto';
import type { GivenAnswer } from '../../commands/command.ts';

export interface RecentAnswersOptions {
  /** Default 24 hours. */
  ttlMs?: number;
  /** Default 10,000. */
  capacity?: number;
  now?: () => number;
}

export class RecentAnswers {
  private readonly answers = new Map<string, { given: GivenAnswer; expires: number }>();
  private readonly ttlMs: number;
  private readonly capacity: number;
  private readonly now: () => number;

  constructor(options: RecentAnswersOptions = {}) {
    this.ttlMs = options.ttlMs ?? 24 * 60 * 60_000;
    this.capacity = options.capacity ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** Keeps the answer; returns its id (URL-safe, 16 characters). */
  add(given: GivenAnswer): string {
    const id = randomBytes(12).toString('base64url');
    this.answers.set(id, { given, expires: this.now() + this.ttlMs });
    for (const key of this.answers.keys()) {
      if (this.answers.size <= this.capacity) break;
      this.answers.delete(key);
    }
    return id;
  }

  find(id: string): GivenAnswer | undefined {
    const entry = this.answers.get(id);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.answers.delete(id);
      return undefined;
    }
    return entry.given;
  }
}
