// The place a French sentence opens on, set apart by a comma.
import { describe, expect, it } from 'vitest';
import { openingPlace } from '../../../src/engine/language/placeOpenings.ts';

describe('openingPlace', () => {
  it.each([
    ['À Lanvaux, la fibre arrive en juin.', 'Lanvaux'],
    ['Dans la commune de Kéops, 470 locaux sont raccordables.', 'Kéops'],
    ['Dans l’Aube, seule la commune de Brélis est concernée.', 'Aube'],
    ['Dans le Tarn, onze communes perdront le cuivre.', 'Tarn'],
    ['En Bretagne, le syndicat a posé 300 armoires.', 'Bretagne'],
    ['Du côté du Var, les travaux reprennent.', 'Var'],
  ])('reads "%s" as opening on %s', (text, place) => {
    expect(openingPlace(text)).toBe(place);
  });

  it('reads no place where the sentence opens on a time or a common noun', () => {
    expect(openingPlace('En 2025, la fibre arrive à Lanvaux.')).toBeUndefined();
    expect(openingPlace('Dans le cadre du plan, Lanvaux sera raccordée.')).toBeUndefined();
    expect(openingPlace('Le syndicat de Lanvaux, créé en 2011, pilote le réseau.')).toBeUndefined();
  });
});
