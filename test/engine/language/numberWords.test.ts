// English numbers written the French way before an English question is searched in French pages.
import { describe, expect, it } from 'vitest';
import { frenchFormOfEnglishNumbers } from '../../../src/engine/language/numberWords.ts';

describe('frenchFormOfEnglishNumbers', () => {
  it.each<[string, string]>([
    ['Where was the 2,500th socket connected?', 'Where was the 2500e socket connected?'],
    ['How many of the 1,480,000 homes are eligible?', 'How many of the 1480000 homes are eligible?'],
    ['When did the 3rd site open, and the 21st?', 'When did the 3e site open, and the 21e?'],
  ])('%s', (english, french) => {
    expect(frenchFormOfEnglishNumbers(english)).toBe(french);
  });

  it('leaves a decimal, a list of figures and a code as they are', () => {
    for (const text of ['a 2.5 km trench', 'sites 12, 345 and 678', 'the A380 and the 5G masts'])
      expect(frenchFormOfEnglishNumbers(text)).toBe(text);
  });
});
