// The passages read lately are handed out again as the same objects (what is worked out of a passage is
// kept with it), the least recently read going first once the cache is full.
import { describe, expect, it } from 'vitest';
import { RecentPassages } from '../../../src/engine/search/recentPassages.ts';
import type { PassageWithTerms } from '../../../src/engine/search/searchBackend.ts';

const TEXTS = [
  'Le syndicat mixte a raccordé 4 200 foyers à la fibre optique en 2024.',
  'La communauté de communes finance un conseiller numérique itinérant.',
  'Le pylône de Saint-Alban couvrira la vallée en 4G avant l’été.',
];

function reader(reads: number[]) {
  return (id: number): PassageWithTerms | undefined => {
    reads.push(id);
    const text = TEXTS[id];
    return text === undefined
      ? undefined
      : { passage: { id, doc: 0, kind: 'sentence', text, context: '', contextId: -1 }, terms: new Set() };
  };
}

describe('RecentPassages', () => {
  it('reads a passage once and hands the same object out again', () => {
    const reads: number[] = [];
    const recent = new RecentPassages(8);
    const first = recent.get(0, reader(reads));
    expect(recent.get(0, reader(reads))).toBe(first);
    expect(reads).toEqual([0]);
  });

  it('forgets the least recently read passage when full', () => {
    const reads: number[] = [];
    const recent = new RecentPassages(2);
    recent.get(0, reader(reads));
    recent.get(1, reader(reads));
    recent.get(0, reader(reads)); // 0 is now the most recent: 1 goes first
    recent.get(2, reader(reads));
    expect(recent.size).toBe(2);
    recent.get(0, reader(reads));
    recent.get(1, reader(reads));
    expect(reads).toEqual([0, 1, 2, 1]);
  });

  it('keeps nothing for an id the index lacks, and nothing at all with no room', () => {
    const reads: number[] = [];
    expect(new RecentPassages(4).get(9, reader(reads))).toBeUndefined();
    const none = new RecentPassages(0);
    none.get(0, reader(reads));
    none.get(0, reader(reads));
    expect(none.size).toBe(0);
    expect(reads).toEqual([9, 0, 0]);
  });
});
