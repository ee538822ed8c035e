// A territory whose name is a common word too ("le Lot", "le Nord", "l'Aube") is named by a document only
// where the document writes it capitalised.
import { describe, expect, it } from 'vitest';
import { territoryOnlyAsCommonWord } from '../../../src/engine/answer/nameCase.ts';
import { alternative, queryConcept } from '../../../src/engine/answer/readQuestion.ts';
import type { ResolvedConcept } from '../../../src/engine/answer/resolveConcepts.ts';
import { fakeDocumentView } from './fakeDocumentView.ts';

// (the title passage, as the index makes it, adds the file name's words in lowercase)
const view = (title: string, sentences: readonly string[]) => fakeDocumentView([`${title} (reseau · lot)`, ...sentences], { title });

function typed(label: string, capitalised = true): ResolvedConcept {
  const alternatives = [alternative([label.toLowerCase()], 1)];
  return { concept: queryConcept(label, 'name', alternatives, { capitalised }), alternatives, weight: 4, present: true };
}

const WORKS = view('Fibre : le premier lot de travaux à Saint-Crépin', [
  'Le premier lot couvre les hameaux au nord du bourg.',
  "Les équipes commencent dès l'aube pour ne pas gêner la circulation.",
  'Lot suivant : les écarts, dans deux ans.',
]);

describe('territoryOnlyAsCommonWord', () => {
  it('takes a territory written only in lowercase for the common word', () => {
    expect(territoryOnlyAsCommonWord(WORKS, typed('Lot'))).toBe(true);
    expect(territoryOnlyAsCommonWord(WORKS, typed('Nord'))).toBe(true);
    expect(territoryOnlyAsCommonWord(WORKS, typed('Aube'))).toBe(true);
  });

  it('takes a capitalised word inside a sentence for the territory', () => {
    const department = view('Le très haut débit dans les vallées', [
      'Le premier lot de travaux a été attribué lundi.',
      'Dans le Lot, 95 % des foyers seront raccordables dans deux ans.',
    ]);
    expect(territoryOnlyAsCommonWord(department, typed('Lot'))).toBe(false);
  });

  it('reads neither web addresses nor the file name words added to the title', () => {
    const page = view('Figeac équipe ses écoles', ['Le détail du plan est en ligne sur www.lot.fr/ecoles.']);
    expect(territoryOnlyAsCommonWord(page, typed('Lot'))).toBe(false);
  });

  it('leaves alone names that are no territory, and names typed in lowercase', () => {
    const page = view('Le plan départemental', ['Le département a voté le plan en juin.']);
    expect(territoryOnlyAsCommonWord(page, typed('Département'))).toBe(false);
    expect(territoryOnlyAsCommonWord(WORKS, typed('lot', false))).toBe(false);
  });
});
