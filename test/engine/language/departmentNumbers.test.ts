// A département typed by its number in chat is read by its name; dates and counts keep their numbers.
import { describe, expect, it } from 'vitest';
import { withDepartmentNames } from '../../../src/engine/language/departmentNumbers.ts';

describe('withDepartmentNames', () => {
  it.each<[string, string]>([
    ['qui gère la fibre dans le 29 ?', 'qui gère la fibre dans le Finistère ?'],
    ["c'est qui le préfet du 2A qui a signé ?", "c'est qui le préfet du Corse-du-Sud qui a signé ?"],
    ['le plan collèges du 13 ça coûte combien', 'le plan collèges du Bouches-du-Rhône ça coûte combien'],
    ['les tablettes du dep 974 pour qui', 'les tablettes du département La Réunion pour qui'],
    ['les bornes wifi du dép. 07, elles sont où', 'les bornes wifi du département Ardèche, elles sont où'],
    ['Combien de pylônes au 15 ?', 'Combien de pylônes au Cantal ?'],
    // with its zero, a number is no day of the month, whatever word follows
    ['le 06 finance combien de prises', 'le Alpes-Maritimes finance combien de prises'],
    // a body a département runs, named by its number
    ['les archives 29 ont mis en ligne quoi ?', 'les archives de Finistère ont mis en ligne quoi ?'],
    ['le CD 24 a combien de caméras ?', 'le CD de Dordogne a combien de caméras ?'],
    // glued to its code, and before any word but a unit
    ['le CG56 finançait combien de prises ?', 'le CG de Morbihan finançait combien de prises ?'],
    ['la CCI 35 organise quoi en mars ?', 'la CCI de Ille-et-Vilaine organise quoi en mars ?'],
    ['la MDPH 31 répond en combien de jours ?', 'la MDPH de Haute-Garonne répond en combien de jours ?'],
    ['la CAF 33 a ouvert quand son appli ?', 'la CAF de Gironde a ouvert quand son appli ?'],
  ])('%s → %s', (typed, named) => {
    expect(withDepartmentNames(typed)).toBe(named);
  });

  it.each([
    // dates, ranges, times and counts
    'Que décide le conseil du 25 novembre ?',
    'Les ateliers ont lieu du 4 au 8 mars.',
    'Le bus passe le 12 à 18 h ?',
    "La consultation est ouverte jusqu'au 31 ?",
    'Combien de communes sur les 42 ?',
    'Les archives 45 000 pages sont-elles en ligne ?',
    'Le CD 24 heures sur 24 ?',
    'La CCI 12 millions de budget ?',
    'La réunion du 06 mai est-elle maintenue ?',
    'Le bus passe le 06 à 9 h ?',
    'Le dossier est à rendre le 06/05 ?',
    // no département has the number
    'Il en reste le 99 ?',
    'La ligne du 100 est-elle ouverte ?',
  ])('leaves "%s" as it is', (typed) => {
    expect(withDepartmentNames(typed)).toBe(typed);
  });
});
