import { describe, expect, it } from 'vitest';
import { questionKeyTerms } from '../../../src/engine/analysis/questionKey.ts';

describe('questionKeyTerms', () => {
  it('groups the same question asked in other words, French or English', () => {
    const key = questionKeyTerms('Quel est le budget de la 5G à Lyon ?');
    expect(key).toEqual(['5g', 'budget', 'lyon']);
    expect(questionKeyTerms('budget 5G Lyon')).toEqual(key);
    expect(questionKeyTerms('What is the 5G budget in Lyon?')).toEqual(key);
  });
});
