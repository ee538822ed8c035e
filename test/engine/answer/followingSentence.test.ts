// An open question's answer is quoted with the sentence that follows it in the text.
import { describe, expect, it } from 'vitest';
import { withFollowingSentence } from '../../../src/engine/answer/followingSentence.ts';
import type { Passage, PassageKind } from '../../../src/engine/search/splitPassages.ts';

function passage(id: number, text: string, contextId: number, kind: PassageKind = 'sentence'): Passage {
  return { id, doc: 0, kind, text, context: '', contextId };
}

const page = [
  passage(20, 'Lannevez : le pylône attend toujours son raccordement', -1, 'title'),
  passage(21, 'Le pylône de Kerbihan reste pour l’instant hors service.', 20),
  passage(22, 'Selon l’opérateur, le raccordement électrique aurait pris du retard.', 21),
  passage(23, 'Ce que prévoit la mairie :', 22),
  passage(24, 'une réunion publique en juin ;', 23),
];

describe('withFollowingSentence', () => {
  it('quotes a sentence with the sentence after it', () => {
    expect(withFollowingSentence(page, 1, page[1]!.text, 400)).toBe(
      'Le pylône de Kerbihan reste pour l’instant hors service. Selon l’opérateur, le raccordement électrique aurait pris du retard.',
    );
  });

  it('keeps the sentence alone when both do not fit', () => {
    expect(withFollowingSentence(page, 1, page[1]!.text, 100)).toBe(page[1]!.text);
  });

  it('adds nothing to a title, nor to the last passage of a page', () => {
    expect(withFollowingSentence(page, 0, page[0]!.text, 400)).toBe(page[0]!.text);
    expect(withFollowingSentence(page, 4, page[4]!.text, 400)).toBe(page[4]!.text);
  });

  it('adds no sentence that does not follow on from it (a list item follows the line that opens the list)', () => {
    const items = [
      passage(30, 'Ce que prévoit la mairie :', -1),
      passage(31, 'une réunion en juin ;', 30),
      passage(32, 'un vote en juillet.', 30),
    ];
    expect(withFollowingSentence(items, 1, items[1]!.text, 400)).toBe(items[1]!.text);
  });
});
