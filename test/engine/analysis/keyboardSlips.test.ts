// Words one slip of the keyboard away from a typed word: what a mistyped word or name is corrected from.
import { describe, expect, it } from 'vitest';
import { slipsOf } from '../../../src/engine/analysis/keyboardSlips.ts';

describe('slipsOf', () => {
  it('finds the word meant behind a letter dropped, added, doubled, struck for another or swapped', () => {
    for (const [typed, meant] of [
      ['mesues', 'mesures'],
      ['cyberatttaque', 'cyberattaque'],
      ['raccordemnt', 'raccordement'],
      ['eligilbe', 'eligible'],
      ['foyres', 'foyers'],
    ]) {
      expect(slipsOf(typed!, false)).toContain(meant);
    }
  });

  it('keeps the first letter', () => {
    expect(slipsOf('vantes', false)).not.toContain('nantes');
  });

  it('gives a name its doubled letters once, its double consonants back and its neighbours swapped, no other letter', () => {
    expect(slipsOf('lannion', true)).toEqual(expect.arrayContaining(['lanion', 'lnanion']));
    // "Colège", "Lanion": a double consonant typed once is the commonest slip in a name.
    expect(slipsOf('lanion', true)).toContain('lannion');
    expect(slipsOf('ecolege19', true)).toContain('ecollege19');
    expect(slipsOf('rennes', true)).not.toContain('rernes');
    expect(slipsOf('brest', true)).not.toContain('breast');
  });
});
