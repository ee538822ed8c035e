// Calendar words: a year said by its distance from the page's.
import { describe, expect, it } from 'vitest';
import { givesDateOfMoment, relativeYearsSaid } from '../../../src/engine/language/months.ts';
import { foldWord } from '../../../src/engine/language/foldText.ts';

describe('relativeYearsSaid', () => {
  it.each([
    ["L'an dernier, l'espace a accompagné 7 000 personnes.", [2024]],
    ['Les travaux reprendront l’année prochaine.', [2026]],
    ['This year the network reached every village.', [2025]],
    ['Le réseau compte 12 000 prises.', []],
  ])('%s', (sentence, years) => {
    expect(relativeYearsSaid(foldWord(sentence), 2025)).toEqual(years);
  });
});

describe('givesDateOfMoment', () => {
  it.each<[string, string, boolean]>([
    ['raccordements fibre fin 2023', 'fin', true],
    ['travaux pylone debut mars', 'debut', true],
    ["reseau mobile fin de l'annee 2026", 'fin', true],
    ['fibre lines end of 2023', 'end', true],
    ['travaux fibre fin', 'fin', false],
    ['fin travaux fibre phase 2', 'fin', false],
  ])('%s (%s) → %s', (folded, word, given) => {
    expect(givesDateOfMoment(folded, word)).toBe(given);
  });
});
