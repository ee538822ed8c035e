// Ranks of a series as the analysed terms say them: "première" and "1re" are one rank, "seconde" another.
import { describe, expect, it } from 'vitest';
import { analyzeFrenchTerms } from '../../../src/engine/analysis/analyzeFrench.ts';
import { isRankTerm, ranksAsked, saysOtherRank } from '../../../src/engine/answer/rankWords.ts';

const terms = (sentence: string) => new Set(analyzeFrenchTerms(sentence));

describe('isRankTerm', () => {
  it.each<[string, boolean]>([
    ['première', true],
    ['1re', true],
    ['seconde', true],
    ['troisième', true],
    ['dernière', true],
    ['ultime', true],
    ['tranche', false],
    ['2025', false],
  ])('%s → %s', (word, rank) => {
    expect(analyzeFrenchTerms(word).some(isRankTerm)).toBe(rank);
  });
});

describe('saysOtherRank', () => {
  const lastAsked = ranksAsked([{ terms: analyzeFrenchTerms('dernière'), factor: 1 }]);
  it('tells a sentence on another rank from one on the rank asked, or on none', () => {
    expect(saysOtherRank(terms('Le premier lot du chantier est achevé.'), lastAsked)).toBe(true);
    expect(saysOtherRank(terms('Le deuxième et dernier lot démarre en octobre.'), lastAsked)).toBe(false);
    expect(saysOtherRank(terms('Le lot compte 9 000 lignes.'), lastAsked)).toBe(false);
  });

  it('asks no rank of a concept said by a synonym only', () => {
    expect(
      ranksAsked([
        { terms: ['phas'], factor: 1 },
        { terms: analyzeFrenchTerms('dernière'), factor: 0.5 },
      ]),
    ).toEqual([]);
  });
});
