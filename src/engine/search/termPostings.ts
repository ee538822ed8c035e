// The inverted index of a passage table: each passage's own terms (the French analysis chain's) and
// each term's posting list, both as ascending id lists in varint gaps. Built once per index; the
// compact index keeps it as its snapshot, the PostgreSQL writer stores it in the database.
import { analyzeFrenchTerms } from '../analysis/analyzeFrench.ts';
import { decodeSorted, VarintWriter } from './sortedVarints.ts';
import { TermNumbering } from './termNumbering.ts';

export interface TermPostings {
  terms: string[];
  /** Passages holding each term. */
  termFrequency: Uint32Array;
  /** Byte offsets of each term's posting list in `postings` (terms + 1 of them). */
  postingStart: Uint32Array;
  postings: Uint8Array;
  /** Byte offsets of each passage's term ids in `passageTerms` (passages + 1 of them). */
  passageTermStart: Uint32Array;
  passageTerms: Uint8Array;
}

export function buildTermPostings(texts: readonly string[]): TermPostings {
  const numbering = new TermNumbering();
  const lists = new PassageTermLists(texts.length);
  let own = new Uint32Array(256);
  texts.forEach((text, i) => {
    let count = 0;
    for (const term of analyzeFrenchTerms(text)) {
      const id = numbering.idIfNewIn(term, i);
      if (id < 0) continue;
      if (count === own.length) own = grown(own);
      own[count++] = id;
    }
    lists.add(own.subarray(0, count));
  });
  return lists.finish(numbering.terms);
}

/** A copy of `ids` with twice the room. */
export function grown(ids: Uint32Array): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(ids.length * 2);
  bigger.set(ids);
  return bigger;
}

/**
 * Each passage's distinct term ids, passage after passage, and then each term's posting list. Index
 * builders that analyse passages elsewhere (build workers) hand their id lists in here too, so that
 * every compact index is laid out by this one piece of code.
 */
export class PassageTermLists {
  private passageTermStart: Uint32Array;
  private passages = 0;
  private readonly passageTerms = new VarintWriter();
  private frequencies = new Uint32Array(1024);

  /** `expectedPassages`: room to start with (more are taken as they come). */
  constructor(expectedPassages = 1024) {
    this.passageTermStart = new Uint32Array(Math.max(1, expectedPassages) + 1);
  }

  /** The next passage's term ids, each once, in any order; sorted in place. */
  add(ids: Uint32Array): void {
    ids.sort();
    const last = ids.length > 0 ? ids[ids.length - 1]! : -1;
    if (last >= this.frequencies.length) this.frequencies = grownTo(this.frequencies, last + 1);
    for (let k = 0; k < ids.length; k++) this.frequencies[ids[k]!]!++;
    this.passageTerms.writeSorted(ids);
    if (this.passages + 2 > this.passageTermStart.length) this.passageTermStart = grownTo(this.passageTermStart, this.passages + 2);
    this.passageTermStart[++this.passages] = this.passageTerms.length;
  }

  /** The inverted index, `terms[id]` being the term of id `id`. */
  finish(terms: string[]): TermPostings {
    const termFrequency = this.frequencies.slice(0, terms.length);
    const passageTermStart = this.passageTermStart.slice(0, this.passages + 1);
    const passageTermBytes = this.passageTerms.toBytes();
    // Postings by counting sort: passages are visited in order, so each list comes out ascending.
    const listStart = new Uint32Array(terms.length + 1);
    for (let t = 0; t < terms.length; t++) listStart[t + 1] = listStart[t]! + termFrequency[t]!;
    const fill = listStart.slice(0, terms.length);
    const flat = new Uint32Array(listStart[terms.length]!);
    let own = new Uint32Array(256);
    for (let p = 0; p < this.passages; p++) {
      const start = passageTermStart[p]!;
      const end = passageTermStart[p + 1]!;
      // Each id takes at least one byte: room for the byte length is room enough.
      while (own.length < end - start) own = grown(own);
      const count = decodeSorted(passageTermBytes, start, end, own);
      for (let k = 0; k < count; k++) flat[fill[own[k]!]!++] = p;
    }
    const postings = new VarintWriter();
    const postingStart = new Uint32Array(terms.length + 1);
    for (let t = 0; t < terms.length; t++) {
      postings.writeSorted(flat, listStart[t]!, listStart[t + 1]!);
      postingStart[t + 1] = postings.length;
    }
    return { terms, termFrequency, postingStart, postings: postings.toBytes(), passageTermStart, passageTerms: passageTermBytes };
  }
}

/** A copy of `values` with room for at least `length` (doubling). */
function grownTo(values: Uint32Array, length: number): Uint32Array<ArrayBuffer> {
  let size = values.length * 2;
  while (size < length) size *= 2;
  const bigger = new Uint32Array(size);
  bigger.set(values);
  return bigger;
}
