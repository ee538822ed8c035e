import { describe, expect, it } from 'vitest';
import { frenchLemmaData, frenchLemmaOf, frenchLemmas } from '../../../src/engine/language/frenchLemmas.ts';

describe('frenchLemmas', () => {
  it('maps conjugated verbs and irregular plurals to their lemma', () => {
    const lemmas = frenchLemmas();
    expect(lemmas.get('investira')).toBe('investir');
    expect(lemmas.get('decroche')).toBe('decrocher');
    expect(lemmas.get('deploierons')).toBe('deployer');
    expect(lemmas.get('vont')).toBe('aller');
    expect(lemmas.get('journaux')).toBe('journal');
    expect(lemmas.size).toBeGreaterThan(150_000);
  });

  it('keeps a form that is a noun or adjective of its own', () => {
    const lemmas = frenchLemmas();
    expect(lemmas.get('fait')).toBeUndefined();
    expect(lemmas.get('elu')).toBeUndefined();
    expect(lemmas.get('est')).toBeUndefined();
    expect(frenchLemmaOf('fait')).toBe('fait');
    expect(frenchLemmaOf('est')).toBe('est');
  });

  it('does not list regular plurals, but resolves them against the known lemmas', () => {
    expect(frenchLemmas().get('annees')).toBeUndefined();
    expect(frenchLemmaData().lemmas.has('annee')).toBe(true);
    expect(frenchLemmaOf('annees')).toBe('annee');
    expect(frenchLemmaOf('communes')).toBe('commune');
    expect(frenchLemmaOf('reseaux')).toBe('reseau');
    // The Lefff lists "deploye" as an adjective of its own: the noun/adjective reading wins.
    expect(frenchLemmaOf('deployees')).toBe('deploye');
    expect(frenchLemmaOf('xqzwv')).toBeUndefined();
  });

  it('treats object property names as unknown words', () => {
    expect(frenchLemmas().get('constructor')).toBeUndefined();
    expect(frenchLemmas().get('__proto__')).toBeUndefined();
    expect(frenchLemmaOf('constructor')).toBeUndefined();
    expect(frenchLemmaOf('__proto__')).toBeUndefined();
    expect(frenchLemmaOf('hasOwnProperty')).toBeUndefined();
  });
});
