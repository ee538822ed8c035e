// Apostrophes as typed, and the elisions a fast typist leaves without one.
import { describe, expect, it } from 'vitest';
import {
  gluedElisionsOpened,
  normalizeApostrophes,
  withElisionsRestored,
  withGluedElisionsOpened,
} from '../../../src/engine/language/apostrophes.ts';

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

describe('withGluedElisionsOpened', () => {
  // A small lexicon standing for the French one: what it knows, folded.
  const lexicon = new Set(['antenne', 'avril', 'abonner', 'ordi', 'soit', 'oit', 'lien', 'ien', 'install', 'air', 'enter', 'etait']);
  const knows = (folded: string) => lexicon.has(folded);

  it.each<[string, string]>([
    ['quand est-ce que lantenne sera posée ?', "quand est-ce que l'antenne sera posée ?"],
    ['le chantier finit davril', "le chantier finit d'avril"],
    ['comment sabonner à la fibre', "comment s'abonner à la fibre"],
    ['lordi gratuit du dep', "l'ordi gratuit du dep"],
    ['cetait quand ?', "c'etait quand ?"],
  ])('%s → %s', (typed, opened) => {
    expect(withGluedElisionsOpened(typed, knows)).toBe(opened);
  });

  it.each([
    // a word the lexicon knows stays whole, though its rest is a word too ("soit": s'oit)
    'que ce soit du wifi',
    'le lien vers le site',
    // "c'" elides "ce" before être only: an English word ("enter" is a French verb too) stays whole
    'le data center de la ville',
    // a name, capitalised, is no elision
    'la mairie de Lantenne',
    // a rest of three letters is as often a typo of a longer word ("nair": noir)
    'une façade nair et grise',
  ])('leaves "%s" as it is', (typed) => {
    expect(withGluedElisionsOpened(typed, knows)).toBe(typed);
  });

  it('says which words it opened, each with the word as typed: a name in lowercase may read so ("laval": l\'aval)', () => {
    const withAval = (folded: string) => knows(folded) || folded === 'aval';
    expect(gluedElisionsOpened('fibre laval et lantenne du lien', withAval)).toEqual(
      new Map([
        ['aval', 'laval'],
        ['antenne', 'lantenne'],
      ]),
    );
  });
});
