// Acronyms a page defines in brackets after the words they stand for, read from real-looking sentences.
import { describe, expect, it } from 'vitest';
import { analyzeFrenchTerms } from '../../../src/engine/analysis/analyzeFrench.ts';
import { countedOnPage, definedAcronyms } from '../../../src/engine/answer/definedAcronyms.ts';
import { alternative, queryConcept } from '../../../src/engine/answer/readQuestion.ts';
import type { PassageWithTerms } from '../../../src/engine/search/searchBackend.ts';

const page = (...sentences: string[]) =>
  sentences.map((text) => ({ passage: { text }, terms: new Set<string>() }) as unknown as PassageWithTerms);

const OIUD = analyzeFrenchTerms('Office intercommunal des usages et de la donnée');

describe('definedAcronyms', () => {
  it('reads the words before the bracket whose initials spell the acronym', () => {
    const found = definedAcronyms(
      page(
        "Le Syndicat mixte de l'Aubrac numérique (SMAN) a voté jeudi le budget du réseau.",
        "L'Office intercommunal des usages et de la donnée (OIUD) finance les conseillers.",
      ),
    );
    expect(found.map((a) => [a.term, [...a.meaning]])).toEqual([
      ['sman', ['syndicat', 'mixt', 'aubrac', 'numeriqu']],
      ['oiud', OIUD],
    ]);
  });

  it('lets one letter stand for two words, as a digit does ("SM2B")', () => {
    const [acronym] = definedAcronyms(page("Le Syndicat mixte d'informatique du Val-de-Brenne (SM2B) ouvre un service."));
    expect(acronym?.term).toBe('sm2b');
    expect([...acronym!.meaning]).toEqual(analyzeFrenchTerms("Syndicat mixte d'informatique du Val-de-Brenne"));
  });

  it('takes an initial from each part of a compound name ("Lot-et-Brenne")', () => {
    const [acronym] = definedAcronyms(page('Le syndicat Lot-et-Brenne Numérique (LBN) pilote le réseau.'));
    expect(acronym?.term).toBe('lbn');
    expect([...acronym!.meaning]).toEqual(expect.arrayContaining(analyzeFrenchTerms('Brenne')));
  });

  it('reads no definition from a bracket whose words do not spell it', () => {
    expect(
      definedAcronyms(page('Les travaux de voirie (VRD) et la 4G (LTE) avancent.', 'Le conseil départemental (voir page 3) vote.')),
    ).toEqual([]);
  });
});

describe('countedOnPage', () => {
  const counted = (word: string) => {
    const alternatives = [alternative(analyzeFrenchTerms(word), 1)];
    return { concept: queryConcept(word, 'content', alternatives, { counted: true }), alternatives, weight: 1, present: true };
  };
  const ways = (c: ReturnType<typeof counted> | undefined) => c?.alternatives.map((a) => a.terms.join(' '));

  it('counts what the page defines an acronym for by the acronym too ("47 PRO" for points de raccordement optique)', () => {
    const pages = page(
      'Le syndicat a installé des points de raccordement optique (PRO) dans six communes.',
      'À ce jour, 47 PRO sont posés.',
    );
    expect(ways(countedOnPage(counted('points'), pages))).toEqual(['point', 'pro']);
    // an acronym of a phrase the counted noun does not head counts something else
    expect(ways(countedOnPage(counted('raccordements'), pages))).toEqual(['raccord']);
    expect(countedOnPage(undefined, pages)).toBeUndefined();
  });
});
