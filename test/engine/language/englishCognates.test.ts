// French forms of English words by their endings, tried where the dictionary has no sense that fits.
import { describe, expect, it } from 'vitest';
import { frenchCognates } from '../../../src/engine/language/englishCognates.ts';

describe('frenchCognates', () => {
  it.each<[string, string]>([
    ['university', 'universite'],
    ['capacity', 'capacite'],
    ['strategy', 'strategie'],
    ['operator', 'operateur'],
    ['numeric', 'numerique'],
    ['exclusive', 'exclusif'],
    ['prioritary', 'prioritaire'],
    ['annual', 'annuel'],
    ['optimize', 'optimiser'],
  ])('%s → %s', (english, french) => {
    expect(frenchCognates(english)).toContain(french);
  });

  it('tries nothing for short words, words without such an ending, or words with other characters', () => {
    expect(frenchCognates('city')).toEqual([]);
    expect(frenchCognates('network')).toEqual([]);
    expect(frenchCognates('wi-fi')).toEqual([]);
  });
});
