import { describe, expect, it } from 'vitest';
import { englishFrench } from '../../../src/engine/language/englishFrench.ts';

describe('englishFrench', () => {
  it('translates everyday English words, best first', () => {
    const dictionary = englishFrench();
    expect(dictionary.get('tower')).toEqual(expect.arrayContaining(['tour']));
    expect(dictionary.get('mayor')?.[0]).toBe('maire');
    expect(dictionary.get('street')).toContain('rue');
    expect(dictionary.get('subsidy')).toContain('subvention');
    expect(dictionary.get('deadline')).toContain('delai');
    expect(dictionary.size).toBeGreaterThan(10_000);
  });

  it('keeps short French phrases and folds accents', () => {
    expect(englishFrench().get('percent')).toContain('pour cent');
    expect(englishFrench().get('energy')).toContain('energie');
  });

  it('treats object property names as ordinary keys', () => {
    // "constructor" is an English word with its own entry, not Object.prototype.constructor.
    expect(englishFrench().get('constructor')).toContain('constructeur');
    expect(englishFrench().get('__proto__')).toBeUndefined();
    expect(englishFrench().get('hasOwnProperty')).toBeUndefined();
  });
});
