// English question words as chat types them.
import { describe, expect, it } from 'vitest';
import { englishLemmas, withEnglishContractionsOpened } from '../../../src/engine/language/englishWords.ts';

describe('withEnglishContractionsOpened', () => {
  it.each([
    ["What's the budget?", 'What is the budget?'],
    ['who’s in charge of the network', 'who is in charge of the network'],
    ["Where's the new library?", 'Where is the new library?'],
  ])('%s → %s', (typed, opened) => {
    expect(withEnglishContractionsOpened(typed)).toBe(opened);
  });

  it("leaves possessives alone: the Region's share", () => {
    expect(withEnglishContractionsOpened("What is the Region's share?")).toBe("What is the Region's share?");
  });
});

describe('englishLemmas', () => {
  it.each([
    ['stolen', 'steal'],
    ['withdrawn', 'withdraw'],
    ['undertaken', 'undertake'],
    ['funded', 'fund'],
  ])('reads %s as a form of %s, irregular or not', (form, base) => {
    expect(englishLemmas(form)).toContain(base);
  });
});
