import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/operations/rateLimiter.ts';

describe('RateLimiter', () => {
  it('allows perMinute questions in any minute, per key, and says when the next one is allowed', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter({ perMinute: 3, now: () => now });
    expect([1, 2, 3].map(() => limiter.take('slack:U1').allowed)).toEqual([true, true, true]);
    expect(limiter.take('slack:U1')).toEqual({ allowed: false, retryAfterSec: 60 });
    expect(limiter.take('discord:U1').allowed).toBe(true); // another platform, another allowance
    now += 45_000;
    expect(limiter.take('slack:U1')).toEqual({ allowed: false, retryAfterSec: 15 });
    now += 15_001;
    expect(limiter.take('slack:U1').allowed).toBe(true);
  });

  it('does not count refused questions, forgets idle users, and 0 means no limit', () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 1, now: () => now });
    limiter.take('a');
    for (let i = 0; i < 10; i++) limiter.take('a');
    now = 60_001;
    expect(limiter.take('a').allowed).toBe(true);
    for (let i = 0; i < 100; i++) limiter.take(`user${i}`);
    now = 200_000;
    limiter.take('b');
    expect(limiter.size).toBe(1);
    const unlimited = new RateLimiter({ perMinute: 0 });
    expect(Array.from({ length: 100 }, () => unlimited.take('x').allowed).every(Boolean)).toBe(true);
  });
});
