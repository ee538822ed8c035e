// Pages whose curly apostrophes and dashes were lost to "?" on their way to the corpus.
import { describe, expect, it } from 'vitest';
import { restoreLostCharacters } from '../../../src/engine/corpus/lostCharacters.ts';

describe('restoreLostCharacters', () => {
  it('reads a "?" between letters as the apostrophe a page lost, and one before a lowercase word as its dash', () => {
    const page = [
      'La régie de l?agglo de Sorrac pose ses bornes d?accès.',
      'C?est 2 millions d?euros pour 40 bornes ? les travaux commencent en mars.',
    ];
    expect(restoreLostCharacters(page)).toEqual([
      'La régie de l’agglo de Sorrac pose ses bornes d’accès.',
      'C’est 2 millions d’euros pour 40 bornes – les travaux commencent en mars.',
    ]);
  });

  it('leaves a page alone that shows too few of them to have lost its characters', () => {
    const page = ['Qui paiera le raccordement ? La commune.', 'Le lien est sur le site (page?id=12).'];
    expect(restoreLostCharacters(page)).toBe(page);
  });

  it('keeps a real question mark on a page that lost its apostrophes: before a capital, or at the end', () => {
    const page = ['L?agglo d?Évreux s?engage.', 'Et après ? Rien n?est prévu ?'];
    expect(restoreLostCharacters(page)).toEqual(['L’agglo d’Évreux s’engage.', 'Et après ? Rien n’est prévu ?']);
  });
});
