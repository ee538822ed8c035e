// People and offices in answer sentences: the role a sentence gives a name, for "qui est X ?".
import { describe, expect, it } from 'vitest';
import { analyzeFrench, analyzeFrenchTerms } from '../../../src/engine/analysis/analyzeFrench.ts';
import { questionReadingResources } from '../../../src/engine/answer/answerQuestion.ts';
import { expandConcepts } from '../../../src/engine/answer/expandConcepts.ts';
import { officeTermsOf, roleSpans } from '../../../src/engine/answer/officeEvidence.ts';
import { readQuestion } from '../../../src/engine/answer/readQuestion.ts';
import { bundledLanguageResources } from '../../../src/engine/language/languageResources.ts';

/** The roles found for `name` in `text`, as the words they span, with their strength. */
function roles(text: string, name: string): Array<[string, number]> {
  return Array.from(roleSpans(text, analyzeFrench(text), new Set(analyzeFrenchTerms(name))), (s) => [
    text.slice(s.start, s.end),
    s.strength,
  ]);
}

describe('roleSpans', () => {
  it('reads the role said right after the name', () => {
    expect(roles('« Le réseau sera fini en 2026 », a précisé Élise Marchand, directrice du syndicat mixte.', 'Élise Marchand')).toEqual([
      ['directrice du syndicat mixte', 1],
    ]);
    expect(roles('Paul Girard est le président de la communauté de communes depuis 2020.', 'Paul Girard')).toEqual([
      ['président de la communauté de communes depuis 2020', 1],
    ]);
  });

  it('reads the role said right before the name', () => {
    expect(roles('La vice-présidente chargée des routes, Anne Roussel, a inauguré le chantier.', 'Anne Roussel')).toEqual([
      ['La vice-présidente chargée des routes', 1],
    ]);
    expect(roles('Pour le maire Louis Terrasson, la fibre est une priorité.', 'Louis Terrasson')).toEqual([['Pour le maire', 1]]);
  });

  it('reads no role in an aside that opens on an adverb or a preposition other than à/en', () => {
    expect(roles('Ce retard ne surprend pas Claire Aubry, bien au contraire.', 'Claire Aubry')).toEqual([]);
    expect(roles('Le portail de Vaudrenne Agglo, vers une gestion par quartier, ouvre en mai.', 'Vaudrenne Agglo')).toEqual([]);
    // a role noun of the field: "le référent numérique"
    expect(roles('Selon son référent Paul Girard, le portail a doublé son audience.', 'Paul Girard')).toEqual([['Selon son référent', 1]]);
  });

  it('reads the role opening the sentence after the one that names the person', () => {
    const text = 'La vice-présidente chargée des solidarités rappelle que les ateliers sont gratuits.';
    const spans = roleSpans(text, analyzeFrench(text), new Set(analyzeFrenchTerms('Martine Roux')), true);
    expect(Array.from(spans, (s) => [text.slice(s.start, s.end), s.strength])).toEqual([
      ['La vice-présidente chargée des solidarités', 0.9],
    ]);
    expect(roleSpans(text, analyzeFrench(text), new Set(analyzeFrenchTerms('Martine Roux')), false)).toEqual([]);
  });

  it('takes a lowercase apposition without a role noun less surely, and no role where none is said', () => {
    expect(roles('Marc Lenoir, à l’origine du projet, suit les travaux.', 'Marc Lenoir')).toEqual([['à l’origine du projet', 0.8]]);
    expect(roles('Les habitants ont rencontré Marc Lenoir jeudi à la mairie.', 'Marc Lenoir')).toEqual([]);
  });
});

describe('officeTermsOf', () => {
  const language = bundledLanguageResources();
  const offices = (question: string) =>
    officeTermsOf(
      expandConcepts(readQuestion(question, questionReadingResources(language)).concepts, language).map((concept) => ({
        concept,
        alternatives: concept.alternatives,
        weight: 1,
        present: true,
      })),
    );

  it('says who heads a service by its head nouns too ("qui dirige le service": "X, chef de service"), not who chairs a body', () => {
    const chef = analyzeFrenchTerms('chef')[0]!;
    expect(offices('Qui dirige le service des archives de la ville ?')).toContain(chef);
    expect(offices('Qui préside le syndicat mixte ?')).not.toContain(chef);
    // a school's head is its principal or its proviseur
    expect(offices('Qui dirige le collège des Tilleuls ?')).toContain(analyzeFrenchTerms('principal')[0]!);
  });

  it("says who heads the body the verb governs by its office: a town's maire, a département's président", () => {
    const maire = analyzeFrenchTerms('maire')[0]!;
    expect(offices('Qui dirige la commune de Sorrac ?')).toContain(maire);
    expect(offices('Qui dirige le département du Tarn ?')).toContain(analyzeFrenchTerms('président')[0]!);
    // a body further on is not the one directed
    expect(offices('Qui dirige le syndicat qui gère le réseau de la commune ?')).not.toContain(maire);
  });

  it('says an office of two words ("DG": directeur général) as pages also write it, hyphenated', () => {
    expect(offices('Quel DG dirige la régie de Sorrac ?')).toContain(analyzeFrenchTerms('directeur-général')[0]!);
  });

  it('says an office typed hyphenated by itself, not by each of its parts (a "président" is no "vice-président")', () => {
    const terms = offices('Quel vice-président suit les routes de Sorrac ?');
    expect(terms).toContain(analyzeFrenchTerms('vice-président')[0]!);
    expect(terms).not.toContain(analyzeFrenchTerms('président')[0]!);
  });
});
