// A territory whose name is a common word too ("la Réunion", "le Cher", "la Somme") is named by a document
// only where the document writes it capitalised.
import { describe, expect, it } from 'vitest';
import { analyzeFrenchTerms } from '../../../src/engine/analysis/analyzeFrench.ts';
import type { DocumentView } from '../../../src/engine/answer/gatherCandidates.ts';
import { territoryOnlyAsCommonWord } from '../../../src/engine/answer/nameCase.ts';
import { alternative, queryConcept } from '../../../src/engine/answer/readQuestion.ts';
import type { ResolvedConcept } from '../../../src/engine/answer/resolveConcepts.ts';

function view(title: string, sentences: readonly string[]): DocumentView {
  const texts = [`${title} (reseau · cher)`, ...sentences];
  const passages = texts.map((text, id) => ({
    passage: { id, doc: 0, kind: id === 0 ? ('title' as const) : ('sentence' as const), text, context: '', contextId: -1 },
    terms: new Set(analyzeFrenchTerms(text)),
  }));
  const document = { source: 'essai/reseau.txt', file: 'reseau.txt', title, tags: [], firstPassage: 0, passageCount: passages.length };
  return { doc: 0, document, passages } as unknown as DocumentView;
}

function typed(label: string, capitalised = true): ResolvedConcept {
  const alternatives = [alternative([label.toLowerCase()], 1)];
  return { concept: queryConcept(label, 'name', alternatives, { capitalised }), alternatives, weight: 4, present: true };
}

const MEETING = view('Fibre : une réunion publique à Saint-Crépin', [
  'Une réunion publique est prévue le 23 mai à la salle des fêtes.',
  "L'abonnement coûtera plus cher dans les hameaux, a reconnu l'opérateur.",
  'Réunion des maires le 2 juin, en présence du préfet.',
]);

describe('territoryOnlyAsCommonWord', () => {
  it('takes a territory written only in lowercase for the common word', () => {
    expect(territoryOnlyAsCommonWord(MEETING, typed('Réunion'))).toBe(true);
    expect(territoryOnlyAsCommonWord(MEETING, typed('Cher'))).toBe(true);
    const budget = view('Le budget voté', ['Une somme de 2 millions est prévue pour les écoles.']);
    expect(territoryOnlyAsCommonWord(budget, typed('Somme'))).toBe(true);
  });

  it('takes a capitalised word inside a sentence for the territory', () => {
    const island = view('Le très haut débit outre-mer', [
      'Une réunion de chantier a eu lieu lundi.',
      "À La Réunion, 95 % des foyers seront raccordables d'ici la fin de l'année.",
    ]);
    expect(territoryOnlyAsCommonWord(island, typed('Réunion'))).toBe(false);
  });

  it('reads neither web addresses nor the file name words added to the title', () => {
    const page = view('Vierzon équipe ses écoles', ['Le détail du plan est en ligne sur www.cher.fr/ecoles.']);
    expect(territoryOnlyAsCommonWord(page, typed('Cher'))).toBe(false);
  });

  it('leaves alone names that are no territory, and names typed in lowercase', () => {
    const page = view('Le plan départemental', ['Le département a voté le plan en juin.']);
    expect(territoryOnlyAsCommonWord(page, typed('Département'))).toBe(false);
    expect(territoryOnlyAsCommonWord(MEETING, typed('réunion', false))).toBe(false);
  });
});
