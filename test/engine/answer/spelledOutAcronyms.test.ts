// Acronyms of the question that the documents only spell out.
import { describe, expect, it } from 'vitest';
import type { DocumentView } from '../../../src/engine/answer/gatherCandidates.ts';
import { alternative, queryConcept } from '../../../src/engine/answer/readQuestion.ts';
import type { ResolvedConcept } from '../../../src/engine/answer/resolveConcepts.ts';
import { spellOutAcronyms } from '../../../src/engine/answer/spelledOutAcronyms.ts';

function view(...sentences: string[]): DocumentView {
  return { passages: sentences.map((text) => ({ passage: { text } })) } as unknown as DocumentView;
}

function absentName(label: string): ResolvedConcept {
  return { concept: queryConcept(label, 'name', [alternative([label.toLowerCase()], 1)]), alternatives: [], weight: 2, present: false };
}

describe('spellOutAcronyms', () => {
  const release = view(
    'Le plan numérique de Privas est financé par la Ville et par la Caisse d’allocations familiales de l’Ardèche.',
    "L'Agence nationale de la cohésion des territoires apporte 40 000 €.",
  );

  it.each([
    ['CAF', ['cais', 'alloc', 'familial']],
    ['ANCT', ['agenc', 'national', 'cohesion', 'territoir']],
  ])('finds %s spelled out', (acronym, terms) => {
    const concept = absentName(acronym);
    expect(spellOutAcronyms([concept], [release])).toBe(true);
    expect(concept.present).toBe(true);
    expect(concept.alternatives.map((a) => a.terms)).toEqual([terms]);
  });

  it('finds an acronym of three letters spelled out in lowercase, not one of two, nor a run of function words', () => {
    const page = view('Sorrac a voté un schéma directeur immobilier pour ses écoles ; cette dernière mission court deux ans.');
    const sdi = absentName('SDI');
    expect(spellOutAcronyms([sdi], [page])).toBe(true);
    expect(sdi.alternatives.map((a) => a.terms)).toEqual([['schema', 'directeur', 'immobili']]);
    // "deux ans" is no "DA", "cette dernière mission" no "CDM"
    const two = absentName('DA');
    const run = absentName('CDM');
    expect(spellOutAcronyms([two, run], [page])).toBe(false);
  });

  it('leaves an acronym no run of words spells, or one spelled across a comma', () => {
    const absent = absentName('CPAM');
    const broken = absentName('VPV');
    expect(spellOutAcronyms([absent, broken], [release, view('La Ville, Privas et la Voûte du pont.')])).toBe(false);
    expect(absent.present).toBe(false);
    expect(broken.present).toBe(false);
  });
});
