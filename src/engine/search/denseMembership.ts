// Bitsets of the passages holding each common term, for the compact index. Ranking asks two things of a
// common term once it has its candidates: does this passage hold it, and which of these candidates do.
// Answered from the passage's own varint term list, the first costs a walk of a few dozen bytes; answered
// from the term's posting list, the second walks every posting, hundreds of thousands at 100,000 documents,
// each a cache miss into the score arrays. A bitset answers both in one load per candidate.
//
// A term gets one when it is in at least DENSE_SHARE of the passages: then its bitset (one bit per
// passage) is at most 1 / (8 × DENSE_SHARE) = 4 times its posting list (at least a byte per posting).
// Built on first use, from the posting list, so only the common terms questions ask about take memory
// (measured on the 100,000-document benchmark corpus: 72 such terms of 101,562, 13 MB if all were used).

/** The share of passages from which a term's membership is kept as a bitset. */
export const DENSE_SHARE = 1 / 32;

export class DenseMembership {
  /**
   * By term id, filled on first use: an array of every id (`holds` asks for each look-up; a Map, or
   * reading past a shorter array, costs more).
   */
  private readonly bitsets: Array<Uint32Array | undefined>;
  private readonly threshold: number;

  /**
   * `passageCount` and `termCount`: the index's. `frequency` and `postings` read its lists; the array
   * `postings` returns may be reused by its next call (it is copied into the bitset at once).
   */
  constructor(
    private readonly passageCount: number,
    termCount: number,
    private readonly frequency: (termId: number) => number,
    private readonly postings: (termId: number) => Uint32Array,
  ) {
    this.threshold = Math.max(1, Math.ceil(passageCount * DENSE_SHARE));
    this.bitsets = new Array<Uint32Array | undefined>(termCount).fill(undefined);
  }

  /** Whether the term is common enough to have a bitset. */
  isDense(termId: number): boolean {
    return termId >= 0 && this.frequency(termId) >= this.threshold;
  }

  /** The term's bitset (bit p of word p >>> 5 set when passage p holds it), or undefined for a rarer term. */
  bitset(termId: number): Uint32Array | undefined {
    const known = this.bitsets[termId];
    if (known || !this.isDense(termId)) return known;
    const bits = new Uint32Array((this.passageCount + 31) >>> 5);
    const list = this.postings(termId);
    for (let k = 0; k < list.length; k++) bits[list[k]! >>> 5]! |= 1 << (list[k]! & 31);
    this.bitsets[termId] = bits;
    return bits;
  }
}

/** Whether bit `p` of the bitset is set. */
export function hasBit(bits: Uint32Array, p: number): boolean {
  return ((bits[p >>> 5]! >>> (p & 31)) & 1) !== 0;
}
