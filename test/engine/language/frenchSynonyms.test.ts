import { describe, expect, it } from 'vitest';
import { frenchSynonyms } from '../../../src/engine/language/frenchSynonyms.ts';

describe('frenchSynonyms', () => {
  it('lists general synonyms, folded', () => {
    const synonyms = frenchSynonyms();
    expect(synonyms.get('financement')).toContain('subvention');
    expect(synonyms.get('maire')).toContain('edile');
    expect(synonyms.get('entreprise')).toContain('societe');
    expect(synonyms.size).toBeGreaterThan(20_000);
  });

  it('is symmetric: every listed synonym lists the word back', () => {
    const synonyms = frenchSynonyms();
    let checked = 0;
    for (const [word, list] of synonyms) {
      for (const other of list) expect(synonyms.get(other)).toContain(word);
      if (++checked === 2000) break;
    }
  });

  it('treats object property names as unknown words', () => {
    expect(frenchSynonyms().get('constructor')).toBeUndefined();
    expect(frenchSynonyms().get('__proto__')).toBeUndefined();
  });
});
