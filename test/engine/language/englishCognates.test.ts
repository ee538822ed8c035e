// French forms of English words by their endings, tried where the dictionary has no sense that fits.
import { describe, expect, it } from 'vitest';
import { frenchCognates, frenchPrefixedForms } from '../../../src/engine/language/englishCognates.ts';

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

describe('frenchPrefixedForms', () => {
  const dictionary = new Map<string, string[]>([
    ['medicine', ['remede', 'medecine']],
    ['security', ['securite', 'surete']],
  ]);
  const translate = (w: string) => dictionary.get(w);

  it('glues a shared prefix to each French word for the rest, and to its cognates', () => {
    expect(frenchPrefixedForms('telemedicine', translate)).toEqual(['teleremede', 'telemedecine']);
    expect(frenchPrefixedForms('cybersecurity', translate)).toEqual(['cybersecurite', 'cybersurete']);
  });

  it('tries nothing without a shared prefix, or with too short a rest', () => {
    expect(frenchPrefixedForms('medicine', translate)).toEqual([]);
    expect(frenchPrefixedForms('telex', translate)).toEqual([]);
  });
});
