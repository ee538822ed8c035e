// The inverted index of a passage table: each passage's own terms (the French analysis chain's) and
// each term's posting list, both as ascending id lists in varint gaps. Built once per index; the
// compact index keeps it as its snapshot, the PostgreSQL writer stores it in the database.
import { analyzeFrenchTerms } from '../analysis/analyzeFrench.ts';
import { decodeSorted, VarintWriter } from './sortedVarints.ts';

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
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const frequencies: number[] = [];
  const lastSeen: number[] = [];
  const passageTermStart = new Uint32Array(texts.length + 1);
  const passageTerms = new VarintWriter();
  let own = new Uint32Array(256);
  texts.forEach((text, i) => {
    let count = 0;
    for (const term of analyzeFrenchTerms(text)) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = terms.length;
        termIds.set(term, id);
        terms.push(term);
        frequencies.push(0);
        lastSeen.push(-1);
      }
      if (lastSeen[id] === i) continue;
      lastSeen[id] = i;
      frequencies[id]!++;
      if (count === own.length) {
        const bigger = new Uint32Array(own.length * 2);
        bigger.set(own);
        own = bigger;
      }
      own[count++] = id;
    }
    passageTerms.writeSorted(own.subarray(0, count).sort());
    passageTermStart[i + 1] = passageTerms.length;
  });
  const termFrequency = Uint32Array.from(frequencies);
  const passageTermBytes = passageTerms.toBytes();
  // Postings by counting sort: passages are visited in order, so each list comes out ascending.
  const listStart = new Uint32Array(terms.length + 1);
  for (let t = 0; t < terms.length; t++) listStart[t + 1] = listStart[t]! + termFrequency[t]!;
  const fill = listStart.slice(0, terms.length);
  const flat = new Uint32Array(listStart[terms.length]!);
  for (let p = 0; p < texts.length; p++) {
    const count = decodeSorted(passageTermBytes, passageTermStart[p]!, passageTermStart[p + 1]!, own);
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
