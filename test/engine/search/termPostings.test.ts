// The inverted index of a few passages: each passage's terms and each term's passages agree.
import { describe, expect, it } from 'vitest';
import { decodeSorted } from '../../../src/engine/search/sortedVarints.ts';
import { buildTermPostings } from '../../../src/engine/search/termPostings.ts';

const TEXTS = [
  "La fibre optique arrive dans l'Aude.",
  "L'Aude compte 42 communes raccordées à la fibre.",
  'Les travaux dureront deux ans.',
  '',
];

function list(bytes: Uint8Array, start: number, end: number): number[] {
  const into = new Uint32Array(end - start);
  return Array.from(into.subarray(0, decodeSorted(bytes, start, end, into)));
}

describe('buildTermPostings', () => {
  it("lists each term's passages and each passage's terms, consistently", () => {
    const inverted = buildTermPostings(TEXTS);
    const { terms, termFrequency, postingStart, postings, passageTermStart, passageTerms } = inverted;
    const fibre = terms.indexOf('fibr');
    const aude = terms.indexOf('aud');
    expect(list(postings, postingStart[fibre]!, postingStart[fibre + 1]!)).toEqual([0, 1]);
    expect(list(postings, postingStart[aude]!, postingStart[aude + 1]!)).toEqual([0, 1]);
    expect(termFrequency[fibre]).toBe(2);
    expect(list(passageTerms, passageTermStart[3]!, passageTermStart[4]!)).toEqual([]);
    for (let p = 0; p < TEXTS.length; p++) {
      for (const t of list(passageTerms, passageTermStart[p]!, passageTermStart[p + 1]!)) {
        expect(list(postings, postingStart[t]!, postingStart[t + 1]!)).toContain(p);
      }
    }
    const total = terms.reduce((sum, _, t) => sum + termFrequency[t]!, 0);
    expect(total).toBe(TEXTS.reduce((sum, _, p) => sum + list(passageTerms, passageTermStart[p]!, passageTermStart[p + 1]!).length, 0));
  });
});
