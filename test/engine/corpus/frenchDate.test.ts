import { describe, expect, it } from 'vitest';
import { findFirstFrenchDate, findPublicationDate, frenchMonthNumber } from '../../../src/engine/corpus/frenchDate.ts';
import { FRENCH_MONTHS } from '../../../src/engine/language/months.ts';

describe('findFirstFrenchDate', () => {
  it.each([
    ['La Ville de Fort-de-France a signé ce vendredi 6 avril 2018 une convention de partenariat.', '2018-04-06'],
    ['Le plan entre en vigueur le 1er janvier 2020 dans toutes les communes.', '2020-01-01'],
    ['Signature prévue le 6 Avril 2018 en mairie.', '2018-04-06'],
    ['152 000 salariés au 31 décembre 2017, dont 89 000 en France.', '2017-12-31'],
    ['152 000 salariés au 31 decembre 2017.', '2017-12-31'],
    ['Les travaux ont commencé le 15 aout 2019 à Auch.', '2019-08-15'],
    ['Réunion publique le 15 AOÛT 2019.', '2019-08-15'],
    ['Le 29 février 2020, la fibre arrivait à Condom.', '2020-02-29'],
    ['Le 03 mars 2021, puis le 4 mai 2022.', '2021-03-03'],
    // A month-and-year mention before the full date does not win.
    ['Inaugurée courant juin 2018, la Maison Digitale ouvrira le mardi 12 juin 2018.', '2018-06-12'],
    // Spaces may be no-break spaces, as in typeset French.
    ['Le\u00a012\u00a0septembre\u00a02019 à Angers.', '2019-09-12'],
  ])('%s → %s', (sentence, expected) => {
    expect(findFirstFrenchDate(sentence)).toBe(expected);
  });

  it.each([
    'La Maison Digitale sera inaugurée courant juin 2018.',
    'Le 10 septembre dernier se tenait à Angers la première étape du tour de France.',
    'La Manche accueillera deux émissaires coréens du 17 au 19 juin.',
    'Un chiffre d’affaires de 41 milliards d’euros en 2017.',
    'Le 31 avril 2018 n’existe pas, ni le 29 février 2019.',
    'Le 12 brumaire 2018 est un mois révolutionnaire.',
    'Chantier 2012 avril 2018 : 13.000 prises éligibles.',
    '',
  ])('no full date in %j', (sentence) => {
    expect(findFirstFrenchDate(sentence)).toBeUndefined();
  });
});

describe('findPublicationDate', () => {
  it.each([
    ['Rédigé le 14/03/2021', '2021-03-14'],
    ['Publié le 3.5.2022 à 10h12 – Mis à jour le 4.5.2022', '2022-05-03'],
    ['Mis en ligne le 01/12/2019 par la rédaction', '2019-12-01'],
    ['Article mis à jour le 9/1/2024', '2024-01-09'],
  ])('%s → %s', (line, expected) => {
    expect(findPublicationDate(line)).toBe(expected);
  });

  it.each(['Publié le 31/02/2021', 'Le conseil se réunira le 14/03/2021 en mairie.', 'Rédigé par la rédaction'])('no publication date in %j', (line) => {
    expect(findPublicationDate(line)).toBeUndefined();
  });
});

describe('French month table', () => {
  it('covers the twelve months, with and without accents', () => {
    expect(new Set(FRENCH_MONTHS.values())).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
    expect(frenchMonthNumber('février')).toBe(2);
    expect(frenchMonthNumber('août')).toBe(8);
    expect(frenchMonthNumber('aout')).toBe(8);
    expect(frenchMonthNumber('DÉCEMBRE')).toBe(12);
    expect(frenchMonthNumber('Fevrier')).toBe(2);
    expect(frenchMonthNumber('constructor')).toBeUndefined();
  });
});
