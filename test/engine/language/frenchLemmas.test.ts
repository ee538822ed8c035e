// The Lefff lemma table, searched in place: irregular forms, word classes, regular plurals.
import { describe, expect, it } from 'vitest';
import {
  frenchWordsBegunBy,
  frenchLemmaOf,
  frenchLexiconSize,
  frenchPastParticiplesOf,
  frenchVerbLemmaOf,
  irregularLemma,
  isFrenchAdjectiveOnly,
  isFrenchVerbForm,
} from '../../../src/engine/language/frenchLemmas.ts';

describe('frenchLemmas', () => {
  it('maps conjugated verbs and irregular plurals to their lemma', () => {
    expect(irregularLemma('investira')).toBe('investir');
    expect(irregularLemma('decroche')).toBe('decrocher');
    expect(irregularLemma('deploierons')).toBe('deployer');
    expect(irregularLemma('vont')).toBe('aller');
    expect(irregularLemma('journaux')).toBe('journal');
    expect(frenchLexiconSize()).toBeGreaterThan(200_000);
  });

  it('keeps a form that is a noun or adjective of its own', () => {
    expect(irregularLemma('fait')).toBeUndefined();
    expect(irregularLemma('elu')).toBeUndefined();
    expect(irregularLemma('prise')).toBeUndefined();
    expect(frenchLemmaOf('fait')).toBe('fait');
  });

  it('gives the past participles of an infinitive that the table keeps as words of their own', () => {
    expect(frenchPastParticiplesOf('vendre')).toEqual(['vendu']);
    expect(frenchPastParticiplesOf('rendre')).toEqual(['rendu']);
    expect(frenchPastParticiplesOf('installer')).toEqual([]);
    expect(frenchPastParticiplesOf('reseau')).toEqual([]);
  });

  it('resolves regular plurals against the known lemmas', () => {
    expect(irregularLemma('annees')).toBeUndefined();
    expect(frenchLemmaOf('annees')).toBe('annee');
    expect(frenchLemmaOf('communes')).toBe('commune');
    expect(frenchLemmaOf('reseaux')).toBe('reseau');
    expect(frenchLemmaOf('xqzwv')).toBeUndefined();
  });

  it('tells verb forms from nouns', () => {
    expect(isFrenchVerbForm('investira')).toBe(true);
    expect(isFrenchVerbForm('financer')).toBe(true);
    expect(isFrenchVerbForm('coute')).toBe(true);
    expect(isFrenchVerbForm('entreprises')).toBe(false);
    expect(isFrenchVerbForm('reseau')).toBe(false);
  });

  it('tells adjectives that are no nouns', () => {
    expect(isFrenchAdjectiveOnly('experimental')).toBe(true);
    expect(isFrenchAdjectiveOnly('experimentales')).toBe(true);
    // ("la presse", "le cuivre": nouns too)
    expect(isFrenchAdjectiveOnly('presse')).toBe(false);
    expect(isFrenchAdjectiveOnly('cuivre')).toBe(false);
    expect(isFrenchAdjectiveOnly('conseil')).toBe(false);
    expect(isFrenchAdjectiveOnly('xqzwv')).toBe(false);
  });

  it('treats object property names as unknown words', () => {
    for (const word of ['constructor', '__proto__', 'hasOwnProperty', 'toString']) {
      expect(irregularLemma(word)).toBeUndefined();
      expect(frenchLemmaOf(word)).toBeUndefined();
      expect(isFrenchVerbForm(word)).toBe(false);
    }
  });
});

describe('frenchVerbLemmaOf', () => {
  it.each([
    ['dirige', 'diriger'], // listed only as the adjective "dirigé"
    ['paie', 'payer'], // -yer verbs write i before a mute e; "paie" is listed as the noun only
    ['nettoie', 'nettoyer'],
    ['gere', 'gerer'],
    ['presidait', 'presider'],
    ['exploitent', 'exploiter'],
    ['investira', 'investir'], // irregular: from the lexicon
    ['construit', 'construire'],
    ['rendu', 'rendre'], // past participles listed as nouns only
    ['rendues', 'rendre'],
    ['couvertes', 'couvrir'],
    ['eteints', 'eteindre'], // folded, as the engine asks
    ['ecrite', 'ecrire'],
    ['fini', 'finir'],
  ])('%s is a form of %s', (form, infinitive) => {
    expect(frenchVerbLemmaOf(form)).toBe(infinitive);
  });

  it.each(['reseau', 'projet', 'commune', 'xqzt'])('%s is no form of a known verb', (word) => {
    expect(frenchVerbLemmaOf(word)).toBeUndefined();
  });
});

describe('frenchWordsBegunBy', () => {
  it('gives the nouns and adjectives a word clipped in chat may stand for, no verb and nothing barely longer', () => {
    const words = frenchWordsBegunBy('urba', 24);
    expect(words).toEqual(expect.arrayContaining(['urbanisme', 'urbain', 'urbaniste']));
    expect(words).not.toContain('urbaniser');
    expect(frenchWordsBegunBy('presta', 24)).toContain('prestataire');
    expect(frenchWordsBegunBy('collec', 3)).toHaveLength(3);
    expect(frenchWordsBegunBy('zzzq', 24)).toEqual([]);
  });
});
