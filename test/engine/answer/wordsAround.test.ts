// The words beside an answer candidate: a hyphenated name is one word, however many parts it is indexed under.
import { describe, expect, it } from 'vitest';
import { analyzeFrench } from '../../../src/engine/analysis/analyzeFrench.ts';
import { wordsAround } from '../../../src/engine/answer/wordsAround.ts';

const around = (text: string, said: string, reach: number) => {
  const start = text.indexOf(said);
  const { before, after } = wordsAround(text, { start, end: start + said.length, strength: 1 }, analyzeFrench(text), reach, Infinity);
  return { before: before.map((t) => t.term), after: after.map((t) => t.term) };
};

describe('wordsAround', () => {
  it('counts a compound place name as one word, its parts kept with it', () => {
    const text = 'Le maire de Saint-Cast-Plémorin, Marine Le Goff, a reçu les opérateurs.';
    expect(around(text, 'Marine Le Goff', 2).before).toEqual(['mair', 'saint-cast-plemorin', 'saint', 'cast', 'plemorin']);
  });

  it('keeps a compound after the span whole, and leaves out one beyond the reach with its parts', () => {
    const text = 'La société installe 12 bornes-wifi dans la commune de Saint-Cybard-Pelvoire.';
    expect(around(text, '12', 1).after).toEqual(['bornes-wifi', 'born', 'wifi']);
    const placed = 'À Saint-Cybard-Pelvoire, la mairie installe 12 bornes.';
    expect(around(placed, '12', 2).before).toEqual(['mairi', 'instal']);
  });
});
