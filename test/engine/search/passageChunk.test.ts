// A run of documents analysed as a build worker does: passages, text bytes, and terms as ids of the
// worker's vocabulary, each term string handed over once.
import { describe, expect, it } from 'vitest';
import { analyzeFrenchTerms } from '../../../src/engine/analysis/analyzeFrench.ts';
import { analyzeChunk, ChunkVocabulary, type PassageChunk } from '../../../src/engine/search/passageChunk.ts';
import { buildPassageTable } from '../../../src/engine/search/passageTable.ts';
import type { CorpusDocument } from '../../../src/engine/types.ts';

const document = (file: string, title: string, blocks: string[]): CorpusDocument => ({
  source: `presse/${file}`,
  file,
  title,
  tags: [],
  blocks,
});

const CONTACT = 'Contact presse : service communication du Département, 04 75 66 77 88.';
const FIRST = [
  document('01-aude.txt', "L'Aude déploie la fibre optique", [
    'Le Département de l’Aude raccorde 42 communes à la fibre optique. La fibre arrive dans les écoles.',
    CONTACT,
  ]),
  document('02-gers.txt', 'Le Gers ouvre un tiers-lieu numérique', [
    'Le tiers-lieu accueille des ateliers de médiation numérique.',
    CONTACT,
  ]),
];
const SECOND = [document('03-lot.txt', 'Le Lot couvre ses zones blanches', ['Six antennes couvrent les zones blanches du Lot.', CONTACT])];

/** The terms of each passage of a chunk, read back through the terms handed over so far. */
function passageTerms(chunk: PassageChunk, known: string[]): string[][] {
  chunk.newTerms.forEach((term, i) => (known[chunk.firstNewTerm + i] = term));
  return Array.from({ length: chunk.termStart.length - 1 }, (_, p) =>
    Array.from(chunk.termIds.subarray(chunk.termStart[p], chunk.termStart[p + 1]), (id) => known[id]!),
  );
}

describe('analyzeChunk', () => {
  it('gives each passage its analysed terms, once each, in the order the text has them', () => {
    const vocabulary = new ChunkVocabulary();
    const chunk = analyzeChunk(FIRST, vocabulary);
    const { passages } = buildPassageTable(FIRST);
    const known: string[] = [];
    expect(passageTerms(chunk, known)).toEqual(passages.map((p) => [...new Set(analyzeFrenchTerms(p.text))]));
    expect(chunk.firstNewTerm).toBe(0);
    expect(new Set(chunk.newTerms).size).toBe(chunk.newTerms.length);
  });

  it('lays out the passages as the passage table does, their text as UTF-8 in shared memory', () => {
    const chunk = analyzeChunk(FIRST, new ChunkVocabulary());
    const { documents, passages } = buildPassageTable(FIRST);
    expect(chunk.documents).toEqual(documents);
    expect(Array.from(chunk.passageContext)).toEqual(passages.map((p) => p.contextId));
    expect(chunk.text.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    const text = (p: number) =>
      Buffer.from(chunk.text.bytes.subarray(chunk.text.textOffsets[p], chunk.text.textOffsets[p + 1])).toString('utf8');
    expect(passages.map((_, p) => text(p))).toEqual(passages.map((p) => p.text));
    expect(chunk.text.characters).toBe(passages.reduce((sum, p) => sum + p.text.length, 0));
  });

  it('hands over only the terms a later chunk meets for the first time, repeated passages included', () => {
    const vocabulary = new ChunkVocabulary();
    const known: string[] = [];
    const first = analyzeChunk(FIRST, vocabulary);
    passageTerms(first, known);
    const second = analyzeChunk(SECOND, vocabulary);
    expect(second.firstNewTerm).toBe(first.newTerms.length);
    for (const term of second.newTerms) expect(first.newTerms).not.toContain(term);
    const terms = passageTerms(second, known);
    const { passages } = buildPassageTable(SECOND);
    expect(terms).toEqual(passages.map((p) => [...new Set(analyzeFrenchTerms(p.text))]));
    // The contact line, met in the first chunk, brings no new term.
    const contact = passages.findIndex((p) => p.text === CONTACT);
    for (const term of terms[contact]!) expect(first.newTerms).toContain(term);
  });

  it('handles a run with no document', () => {
    const chunk = analyzeChunk([], new ChunkVocabulary());
    expect(chunk.documents).toEqual([]);
    expect(Array.from(chunk.termStart)).toEqual([0]);
    expect(chunk.text.textOffsets.length).toBe(1);
  });
});
