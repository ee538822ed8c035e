// Passage texts compressed in blocks: any passage reads back exactly, from a fresh copy of the parts too.
import { describe, expect, it } from 'vitest';
import {
  bytesOfPassages,
  compressPassageTexts,
  compressTextBlocks,
  firstPassageOfBlock,
  passageTextBytes,
  passageTextParts,
  PassageTexts,
  sampleDictionary,
} from '../../../src/engine/search/passageTexts.ts';

const SENTENCES = [
  "Le département de l'Aude lance le déploiement de la fibre optique dans 42 communes.",
  'Les travaux, confiés à un opérateur privé, doivent s’achever en 2025.',
  '« Aucun foyer ne restera à l’écart », assure la présidente du conseil départemental.',
  'Coût total : 15,5 millions d’euros, dont 4 millions apportés par la Région.',
  'Émojis et signes rares : ✓ → ☎ — ½.',
  '',
];

describe('passage texts', () => {
  it('read back every passage exactly, across block boundaries', () => {
    const texts = Array.from({ length: 250 }, (_, i) => `${SENTENCES[i % SENTENCES.length]} (n°${i})`);
    texts[17] = '';
    const parts = compressPassageTexts(texts);
    const store = new PassageTexts(parts);
    expect(PassageTexts.consistent(parts, texts.length)).toBe(true);
    for (let i = texts.length - 1; i >= 0; i -= 7) expect(store.text(i)).toBe(texts[i]);
    for (let i = 0; i < texts.length; i++) expect(store.text(i)).toBe(texts[i]);
    // As a snapshot hands them back: copies of the arrays.
    const copy = new PassageTexts({
      textOffsets: parts.textOffsets.slice(),
      textBlocks: parts.textBlocks.slice(),
      textBlockStart: parts.textBlockStart.slice(),
      textDictionary: parts.textDictionary.slice(),
    });
    expect(copy.text(123)).toBe(texts[123]);
  });

  it('take less room than the text itself', () => {
    const texts = Array.from({ length: 2000 }, (_, i) => `${SENTENCES[i % 4]} Commune n°${(i * 37) % 1000}.`);
    const raw = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
    const parts = compressPassageTexts(texts);
    expect(parts.textBlocks.byteLength + parts.textDictionary.byteLength).toBeLessThan(raw / 2);
  });

  it('handle no passages at all', () => {
    const parts = compressPassageTexts([]);
    expect(PassageTexts.consistent(parts, 0)).toBe(true);
    expect(PassageTexts.consistent(parts, 1)).toBe(false);
  });

  it('come out the same when ranges of blocks are compressed apart, from shared memory', () => {
    const texts = Array.from({ length: 300 }, (_, i) => `${SENTENCES[i % SENTENCES.length]} (n°${i})`);
    const whole = compressPassageTexts(texts);
    const bytes = passageTextBytes(texts, true);
    expect(bytes.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    const dictionary = sampleDictionary(texts.length, bytes.characters, bytesOfPassages(bytes));
    const cut = firstPassageOfBlock(3);
    const range = (first: number, end: number) => {
      const offsets = bytes.textOffsets.slice(first, end + 1);
      return compressTextBlocks(
        bytes.bytes.subarray(offsets[0], offsets[offsets.length - 1]),
        offsets.map((o) => o - offsets[0]!),
        dictionary,
      );
    };
    const parts = passageTextParts(bytes.textOffsets, dictionary, [range(0, cut), range(cut, texts.length)]);
    expect(parts).toEqual(whole);
  });
});
