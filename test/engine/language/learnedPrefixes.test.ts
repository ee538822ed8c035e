import { describe, expect, it } from 'vitest';
import { restAfterLearnedPrefix } from '../../../src/engine/language/learnedPrefixes.ts';

describe('restAfterLearnedPrefix', () => {
  it.each([
    ['teleconseillers', 'conseillers'],
    ['videoverbalisation', 'verbalisation'],
    ['cybersecurite', 'securite'],
    ['microcapteurs', 'capteurs'],
  ])('reads %s as a prefix glued to %s', (word, rest) => {
    expect(restAfterLearnedPrefix(word)).toBe(rest);
  });

  it.each(['telex', 'video', 'micros', 'fibre'])('finds no word after a prefix in %s', (word) => {
    expect(restAfterLearnedPrefix(word)).toBeUndefined();
  });
});
