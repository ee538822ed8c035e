// A building said by its noun and what qualifies it, for "dans quel bâtiment ?", "quelle salle ?".
import { describe, expect, it } from 'vitest';
import { buildingPhrases } from '../../../src/engine/answer/buildingPhrases.ts';

const said = (text: string) => Array.from(buildingPhrases(text), (s) => text.slice(s.start, s.end));

describe('buildingPhrases', () => {
  it.each<[string, string[]]>([
    ['La borne est installée dans le bâtiment polyvalent de Lormes, face à la mairie.', ['bâtiment polyvalent']],
    ['Le centre a pris place dans l’ancienne salle des associations de Verneuil.', ['ancienne salle des associations']],
    ['Les ateliers ont lieu à la salle des fêtes le mardi.', ['salle des fêtes']],
    ['La cabine sera posée dans la maison de santé pluridisciplinaire.', ['maison de santé pluridisciplinaire']],
  ])('%s', (text, phrases) => {
    expect(said(text)).toEqual(phrases);
  });

  it('says nothing of the noun alone, which only repeats the question', () => {
    expect(said('Le matériel est rangé dans la salle.')).toEqual([]);
  });
});
