// Fuzzy look-ups over the vocabulary must find exactly the terms within the distance, as a plain
// Levenshtein comparison with every term would: the sorted walk skips whole prefixes, and a wrong skip
// would silently lose a spelling correction.
import { describe, expect, it } from 'vitest';
import { TermVocabulary } from '../../../src/engine/search/termVocabulary.ts';

const WORDS = [
  'fibre',
  'fibres',
  'fibrer',
  'fiabilite',
  'fiable',
  'fil',
  'filaire',
  'filiere',
  'commune',
  'communes',
  'communaute',
  'communautaire',
  'communication',
  'convention',
  'conventions',
  'conversion',
  'convergence',
  'deploiement',
  'deploiements',
  'deployer',
  'departement',
  'departemental',
  'depart',
  'raccordement',
  'raccordable',
  'raccorder',
  'reseau',
  'reseaux',
  'resau',
  'region',
  'regional',
  'regionale',
  'numerique',
  'numeriques',
  'numero',
  'prise',
  'prises',
  'prix',
  'pris',
  'abonne',
  'abonnes',
  'abonnement',
  'a',
  'ab',
  'abc',
  'zone',
  'zones',
  'ozone',
  'tres',
  'haut',
  'debit',
  'debits',
  'habitant',
  'habitants',
  'inclusion',
  'illusion',
  'intelligente',
  'ville',
  'villes',
  'villa',
  'vile',
  'operateur',
  'operateurs',
  'operation',
  'investissement',
  'investir',
  'investi',
];

function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

function queriesFrom(words: readonly string[]): string[] {
  const out = new Set<string>(['', 'x', 'zzzzzzzz', 'raccordemnet', 'comunaute', 'fibreoptique']);
  for (const w of words) {
    out.add(w);
    out.add(w.slice(1));
    out.add(w.slice(0, -1));
    out.add(`${w}s`);
    out.add(`q${w}`);
    if (w.length > 2) out.add(`${w[1]}${w[0]}${w.slice(2)}`);
    if (w.length > 3) out.add(`${w.slice(0, 2)}e${w.slice(3)}`);
  }
  return [...out];
}

describe('TermVocabulary.similar', () => {
  const frequencies = WORDS.map((_, i) => i + 1);
  const vocabulary = new TermVocabulary(WORDS, frequencies);

  it('finds exactly the terms a Levenshtein comparison with every term finds, with their distance and frequency', () => {
    for (const query of queriesFrom(WORDS)) {
      for (const maxDistance of [0, 1, 2, 3]) {
        const expected = WORDS.map((term, i) => ({ term, distance: levenshtein(query, term), frequency: frequencies[i] }))
          .filter((t) => t.distance <= maxDistance && t.term !== query)
          .sort((a, b) => (a.term < b.term ? -1 : 1));
        const found = [...vocabulary.similar(query, maxDistance)].sort((a, b) => (a.term < b.term ? -1 : 1));
        expect(found, `${query} within ${maxDistance}`).toEqual(expected);
      }
    }
  });

  it('leaves the term itself out', () => {
    expect(vocabulary.similar('fibre', 1).map((t) => t.term)).toEqual(['fibrer', 'fibres']);
  });

  it('remembers a look-up per distance', () => {
    const once = vocabulary.similar('fibre', 1);
    expect(vocabulary.similar('fibre', 1)).toBe(once);
    expect(vocabulary.similar('fibre', 0)).toEqual([]);
    expect(vocabulary.similar('fibre', 1).map((t) => t.term)).toEqual(['fibrer', 'fibres']);
  });

  it('answers over an empty vocabulary', () => {
    expect(new TermVocabulary([], []).similar('fibre', 2)).toEqual([]);
  });
});
