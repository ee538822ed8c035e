// Départements and régions are places: the press places a commune by its département in brackets.
import { describe, expect, it } from 'vitest';
import { isTerritoryName, placedByDepartment } from '../../../src/engine/language/territories.ts';

describe('isTerritoryName', () => {
  it('knows the départements and régions however their accents and apostrophes are typed', () => {
    for (const name of ['Seine-et-Marne', 'Loiret', 'Côtes-d’Armor', "Cotes-d'Armor", 'Normandie', 'Hauts-de-France', 'La Réunion'])
      expect(isTerritoryName(name)).toBe(true);
  });

  it('knows no commune, company or person', () => {
    for (const name of ['Loury', 'Orange', 'Marie Durand', 'Seine']) expect(isTerritoryName(name)).toBe(false);
  });
});

describe('placedByDepartment', () => {
  it('reads a département in brackets after a name, by its name or its number', () => {
    expect(placedByDepartment(' (Seine-et-Marne), la ville voisine')).toBe(true);
    expect(placedByDepartment(' (Loiret, 2 300 habitants) a choisi')).toBe(true);
    expect(placedByDepartment(' (43) a signé')).toBe(true);
  });

  it('reads no other bracket: an acronym, a date, a figure', () => {
    expect(placedByDepartment(' (SFR) a installé')).toBe(false);
    expect(placedByDepartment(' (2019) avait')).toBe(false);
    expect(placedByDepartment(' a signé (Loiret)')).toBe(false);
  });
});
