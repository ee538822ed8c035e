// Apostrophes as typed, and the elisions a fast typist leaves without one.
import { describe, expect, it } from 'vitest';
import { normalizeApostrophes, withElisionsRestored } from '../../../src/engine/language/apostrophes.ts';

describe('normalizeApostrophes', () => {
  it('reads every kind of apostrophe as the ASCII one', () => {
    expect(normalizeApostrophes('l’État, l‘agence, lʼoffre, l`avis')).toBe("l'État, l'agence, l'offre, l'avis");
  });
});

describe('withElisionsRestored', () => {
  it.each<[string, string]>([
    ['c est qui le maire ?', "c'est qui le maire ?"],
    ['quelle est la part de l etat ?', "quelle est la part de l'etat ?"],
    ['qu est-ce qu une zone blanche ?', "qu'est-ce qu'une zone blanche ?"],
    ['jusqu a quand peut-on candidater ?', "jusqu'a quand peut-on candidater ?"],
    ['C est quand la réunion ?', "C'est quand la réunion ?"],
  ])('%s → %s', (typed, restored) => {
    expect(withElisionsRestored(typed)).toBe(restored);
  });

  it.each([
    // a question's "-t-" typed without hyphens, and capital letters that name things
    'y a t il un numéro ?',
    'Le plan D est-il voté ?',
    'Combien de voitures de catégorie C en service ?',
  ])('leaves "%s" as it is', (typed) => {
    expect(withElisionsRestored(typed)).toBe(typed);
  });
});
