// Bitsets of the passages holding a common term: only for terms in at least 1/32 of the passages, built
// once from the posting list, exact for every passage.
import { describe, expect, it } from 'vitest';
import { DENSE_SHARE, DenseMembership, hasBit } from '../../../src/engine/search/denseMembership.ts';

const PASSAGES = 1000;
// Term 0 in every third passage, term 1 in every 40th (1/40 < 1/32), term 2 in passage 999 only.
const LISTS = [
  Uint32Array.from({ length: Math.ceil(PASSAGES / 3) }, (_, k) => k * 3),
  Uint32Array.from({ length: PASSAGES / 40 }, (_, k) => k * 40),
  Uint32Array.of(999),
];

function membership(calls: number[] = []): DenseMembership {
  return new DenseMembership(
    PASSAGES,
    LISTS.length,
    (id) => LISTS[id]!.length,
    (id) => {
      calls.push(id);
      return LISTS[id]!;
    },
  );
}

describe('DenseMembership', () => {
  it('keeps a bitset only for terms in at least DENSE_SHARE of the passages', () => {
    expect(DENSE_SHARE).toBe(1 / 32);
    const dense = membership();
    expect(dense.isDense(0)).toBe(true);
    expect(dense.isDense(1)).toBe(false);
    expect(dense.bitset(1)).toBeUndefined();
    expect(dense.bitset(2)).toBeUndefined();
    expect(dense.isDense(-1)).toBe(false);
  });

  it('says for every passage whether it holds the term, reading the list once', () => {
    const calls: number[] = [];
    const dense = membership(calls);
    const bits = dense.bitset(0)!;
    for (let p = 0; p < PASSAGES; p++) expect(hasBit(bits, p)).toBe(p % 3 === 0);
    expect(dense.bitset(0)).toBe(bits);
    expect(calls).toEqual([0]);
  });

  it('handles the last bit of a word (passage 31, 63…) as any other', () => {
    const lists = [Uint32Array.of(31, 63, 64)];
    const dense = new DenseMembership(
      65,
      1,
      () => 3,
      () => lists[0]!,
    );
    const bits = dense.bitset(0)!;
    expect([30, 31, 32, 62, 63, 64].map((p) => hasBit(bits, p))).toEqual([false, true, false, false, true, true]);
  });
});
