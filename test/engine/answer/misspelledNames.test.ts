// A short name the corpus never says, one slip from a name the closest pages write: the name meant.
import { describe, expect, it } from 'vitest';
import { analyzeFrenchTerms } from '../../../src/engine/analysis/analyzeFrench.ts';
import { respellNames } from '../../../src/engine/answer/misspelledNames.ts';
import { alternative, queryConcept } from '../../../src/engine/answer/readQuestion.ts';
import type { ResolvedConcept } from '../../../src/engine/answer/resolveConcepts.ts';
import { fakeDocumentView as view } from './fakeDocumentView.ts';

const PAGE = [
  "L'atelier Numériq'Ouest ouvre à Sorrac : le collectif Kéops y accueille les habitants chaque jeudi.",
  'Les bénévoles de Kéops réparent les ordinateurs donnés par la commune de Sorrac.',
];

function absentName(label: string): ResolvedConcept {
  const alternatives = [alternative([label.toLowerCase()], 1)];
  return { concept: queryConcept(label, 'name', alternatives, { capitalised: true }), alternatives, weight: 4, present: false };
}

describe('respellNames', () => {
  it('takes the name the pages write with two letters swapped, or a letter more', () => {
    for (const typed of ['Koeps', 'Keps']) {
      const name = absentName(typed);
      expect(respellNames([name], [view(PAGE)])).toBe(true);
      expect(name.present).toBe(true);
      expect(name.alternatives[0]?.terms).toEqual(analyzeFrenchTerms('Kéops'));
    }
  });

  it('takes the name the pages write spelt by ear, its length, sound and first and last letters kept ("Lise" for "Lice")', () => {
    const name = absentName('Lise');
    expect(respellNames([name], [view(['Le bus numérique de la Lice passe chaque mardi dans les hameaux.'])])).toBe(true);
    expect(name.alternatives[0]?.terms).toEqual(analyzeFrenchTerms('Lice'));
  });

  it('leaves a name with a letter struck for another absent: it is another name', () => {
    const name = absentName('Kéopt');
    expect(respellNames([name], [view(PAGE)])).toBe(false);
    expect(name.present).toBe(false);
  });
});
