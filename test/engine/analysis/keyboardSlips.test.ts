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

  it('gives a name only its doubled letters once and its neighbours swapped, never a letter it lacks', () => {
    expect(slipsOf('lannion', true)).toEqual(expect.arrayContaining(['lanion', 'lnanion']));
    expect(slipsOf('lanion', true)).not.toContain('lannion');
    expect(slipsOf('rennes', true)).not.toContain('rernes');
  });
});
