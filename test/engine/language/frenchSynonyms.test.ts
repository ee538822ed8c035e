import { describe, expect, it } from 'vitest';
import { frenchSynonymsOf, frenchSynonymTable } from '../../../src/engine/language/frenchSynonyms.ts';

describe('frenchSynonyms', () => {
  it('lists general synonyms, folded', () => {
    expect(frenchSynonymsOf('financement')).toContain('subvention');
    expect(frenchSynonymsOf('maire')).toContain('edile');
    expect(frenchSynonymsOf('entreprise')).toContain('societe');
    expect(frenchSynonymTable().size).toBeGreaterThan(20_000);
  });

  it('is symmetric: every listed synonym lists the word back', () => {
    let checked = 0;
    for (const [word] of frenchSynonymTable().entries()) {
      for (const other of frenchSynonymsOf(word)) expect(frenchSynonymsOf(other)).toContain(word);
      if (++checked === 2000) break;
    }
  });

  it('treats object property names as unknown words', () => {
    expect(frenchSynonymsOf('constructor')).toEqual([]);
    expect(frenchSynonymsOf('__proto__')).toEqual([]);
  });
});
