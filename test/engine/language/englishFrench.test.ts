import { describe, expect, it } from 'vitest';
import { englishFrenchTable, frenchTranslationsOf } from '../../../src/engine/language/englishFrench.ts';

describe('englishFrench', () => {
  it('translates everyday English words, best first', () => {
    const dictionary = { get: frenchTranslationsOf, size: englishFrenchTable().size };
    expect(dictionary.get('tower')).toEqual(expect.arrayContaining(['tour']));
    expect(dictionary.get('mayor')?.[0]).toBe('maire');
    expect(dictionary.get('street')).toContain('rue');
    expect(dictionary.get('subsidy')).toContain('subvention');
    expect(dictionary.get('deadline')).toContain('delai');
    expect(dictionary.size).toBeGreaterThan(10_000);
  });

  it('keeps short French phrases and folds accents', () => {
    expect(frenchTranslationsOf('percent')).toContain('pour cent');
    expect(frenchTranslationsOf('energy')).toContain('energie');
  });

  it('treats object property names as ordinary keys', () => {
    // "constructor" is an English word with its own entry, not Object.prototype.constructor.
    expect(frenchTranslationsOf('constructor')).toContain('constructeur');
    expect(frenchTranslationsOf('__proto__')).toBeUndefined();
    expect(frenchTranslationsOf('hasOwnProperty')).toBeUndefined();
  });
});
