// The word count that tells a heading from a sentence, counted without building the words.
import { describe, expect, it } from 'vitest';
import { hasPieces, needsEvidence } from '../../../src/engine/answer/decideAnswer.ts';

describe('hasPieces', () => {
  it('counts the pieces between runs of whitespace, as splitting at /\\s+/ would', () => {
    const lines = [
      'Contact presse',
      'Le Département a voté 12 M€ pour la fibre.',
      '  Vannes,\u00a0le 3\u202fmai  ',
      'Fibre\tet\nmontée en débit',
      '',
    ];
    for (const line of lines) {
      for (let count = 0; count <= 10; count++)
        expect(hasPieces(line, count), `${JSON.stringify(line)} ${count}`).toBe(line.split(/\s+/).length >= count);
    }
  });

  it('tells a dateline from a sentence of five words', () => {
    expect(hasPieces('Vannes, le 3 mai', 5)).toBe(false);
    expect(hasPieces('La Région finance le réseau.', 5)).toBe(true);
  });
});

describe('needsEvidence', () => {
  it('asks evidence of every kind of answer but what "que" asks and a cause, often told without a connective', () => {
    expect(needsEvidence('date')).toBe(true);
    expect(needsEvidence('person')).toBe(true);
    expect(needsEvidence('other')).toBe(false);
    expect(needsEvidence('reason')).toBe(false);
  });
});
