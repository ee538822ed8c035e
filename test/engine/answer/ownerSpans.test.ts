// Whose a thing is, in sentences written like press releases.
import { describe, expect, it } from 'vitest';
import { ownerSpans } from '../../../src/engine/answer/ownerSpans.ts';

const said = (text: string) => Array.from(ownerSpans(text), (s) => [text.slice(s.start, s.end), s.strength]);

describe('ownerSpans', () => {
  it('reads the owner named after the word of owning', () => {
    expect(said('Les ordinateurs resteront propriété de la communauté de communes.')).toEqual([
      ['propriété de la communauté de communes', 1],
    ]);
    expect(said('Le réseau appartient au syndicat mixte Aude Numérique, qui le loue à l’opérateur.')).toEqual([
      ['appartient au syndicat mixte Aude Numérique', 1],
    ]);
  });

  it('reads the word alone, less surely, when the owner is said elsewhere in the sentence', () => {
    // (the owner before the word: what follows it is what is owned, and the sentence still says whose)
    expect(said('La commune, propriétaire du terrain, a signé le bail.')).toEqual([['propriétaire du terrain', 1]]);
    expect(said('Le Département en reste propriétaire.')).toEqual([['propriétaire', 0.8]]);
  });

  it('reads nothing in a sentence that says no owner', () => {
    expect(said('Les écrans seront remis aux écoliers de CM2 en septembre.')).toEqual([]);
  });
});
