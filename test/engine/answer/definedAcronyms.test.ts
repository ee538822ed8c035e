// Acronyms a page defines in brackets after the words they stand for, read from real-looking sentences.
import { describe, expect, it } from 'vitest';
import { definedAcronyms } from '../../../src/engine/answer/definedAcronyms.ts';
import type { PassageWithTerms } from '../../../src/engine/search/searchBackend.ts';

const page = (...sentences: string[]) =>
  sentences.map((text) => ({ passage: { text }, terms: new Set<string>() }) as unknown as PassageWithTerms);

describe('definedAcronyms', () => {
  it('reads the words before the bracket whose initials spell the acronym', () => {
    const found = definedAcronyms(
      page(
        "Le Syndicat mixte de l'Aubrac numérique (SMAN) a voté jeudi le budget du réseau.",
        "L'Agence nationale de la cohésion des territoires (ANCT) finance les conseillers.",
      ),
    );
    expect(found.map((a) => [a.term, [...a.meaning]])).toEqual([
      ['sman', ['syndicat', 'mixt', 'aubrac', 'numeriqu']],
      ['anct', ['agenc', 'national', 'cohesion', 'territoir']],
    ]);
  });

  it('lets one letter stand for two words, as a digit does ("SI2O")', () => {
    const [acronym] = definedAcronyms(page("Le Syndicat intercommunal d'informatique de l'Orne (SI2O) lance un service."));
    expect(acronym?.term).toBe('si2o');
    expect([...acronym!.meaning]).toEqual(['syndicat', 'intercommunal', 'informatiqu', 'orn']);
  });

  it('takes an initial from each part of a compound name ("Tarn-et-Garonne")', () => {
    const [acronym] = definedAcronyms(page('Le syndicat Tarn-et-Garonne Numérique (TGN) pilote le réseau.'));
    expect(acronym?.term).toBe('tgn');
    expect(acronym?.meaning.has('garon')).toBe(true);
  });

  it('reads no definition from a bracket whose words do not spell it', () => {
    expect(
      definedAcronyms(page('Les travaux de voirie (VRD) et la 4G (LTE) avancent.', 'Le conseil départemental (voir page 3) vote.')),
    ).toEqual([]);
  });
});
