// Passage texts kept in the buffers of the chunks they came in: offsets over all, and any passage or byte
// range read across chunk boundaries.
import { describe, expect, it } from 'vitest';
import { ChunkedPassageTexts } from '../../../src/engine/search/chunkedPassageTexts.ts';
import { passageTextBytes } from '../../../src/engine/search/passageTexts.ts';

const CHUNKS = [
  ['La fibre arrive à Quimper.', 'Coût : 15,5 M€.'],
  [],
  ['Réunion publique à la mairie.'],
  ['Les travaux dureront deux ans.', '', 'Fin prévue en 2026.'],
];

describe('ChunkedPassageTexts', () => {
  const texts = new ChunkedPassageTexts();
  for (const chunk of CHUNKS) texts.add(passageTextBytes(chunk, true));
  const all = CHUNKS.flat();

  it('numbers passages over every chunk, with byte offsets over all of them', () => {
    expect(texts.count).toBe(all.length);
    expect(texts.characters).toBe(all.join('').length);
    expect(Array.from(texts.textOffsets())).toEqual(Array.from(passageTextBytes(all).textOffsets));
  });

  it('reads any passage, and any byte range across chunks', () => {
    all.forEach((text, p) => expect(Buffer.from(texts.bytesOf(p)).toString('utf8')).toBe(text));
    const whole = Buffer.from(all.join(''), 'utf8');
    const offsets = texts.textOffsets();
    for (const [start, end] of [
      [0, whole.length],
      [3, 40],
      [offsets[2]!, offsets[4]!],
      [5, 5],
    ] as const) {
      expect(Buffer.concat(texts.range(start, end))).toEqual(whole.subarray(start, end));
    }
  });
});
