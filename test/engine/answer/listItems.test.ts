// The opening of a list is quoted with its items.
import { describe, expect, it } from 'vitest';
import { listItems, withListItems } from '../../../src/engine/answer/listItems.ts';
import type { Passage } from '../../../src/engine/search/splitPassages.ts';

function passage(id: number, text: string, contextId: number): Passage {
  return { id, doc: 0, kind: 'sentence', text, context: '', contextId };
}

const page = [
  passage(10, 'Le calendrier du déploiement est le suivant :', -1),
  passage(11, 'mars 2024 : livraison dans les quatre collèges pilotes ;', 10),
  passage(12, 'septembre 2024 : équipement des élèves de sixième ;', 10),
  passage(13, 'Chaque famille signera une convention de prêt.', 12),
];

describe('listItems', () => {
  it('takes the items that hang from an opening ending on a colon, and stops at the first that does not', () => {
    expect(listItems(page, 0).map((p) => p.id)).toEqual([11, 12]);
    expect(listItems(page, 3)).toEqual([]);
  });

  it('quotes the opening with as many items as fit', () => {
    expect(withListItems(page, 0, 400)).toBe(
      'Le calendrier du déploiement est le suivant : mars 2024 : livraison dans les quatre collèges pilotes ; septembre 2024 : équipement des élèves de sixième ;',
    );
    expect(withListItems(page, 0, 110)).toBe(
      'Le calendrier du déploiement est le suivant : mars 2024 : livraison dans les quatre collèges pilotes ;',
    );
    expect(withListItems(page, 3, 400)).toBe('Chaque famille signera une convention de prêt.');
  });
});
