import { describe, expect, it } from 'vitest';
import { placeAdjectives, placesOfAdjectiveForm } from '../../../src/engine/language/placeAdjectives.ts';

describe('placeAdjectives', () => {
  it('names the place an adjective refers to', () => {
    const { placesOfAdjective } = placeAdjectives();
    expect(placesOfAdjective.get('correzien')).toEqual(['Corrèze']);
    expect(placesOfAdjective.get('ardechois')).toEqual(['Ardèche']);
    expect(placesOfAdjective.get('normand')).toEqual(['Normandie']);
    expect(placesOfAdjective.get('stephanois')).toEqual(['Saint-Étienne']);
    expect(placesOfAdjective.get("cote-d'orien")).toEqual(["Côte-d'Or"]);
    // overseas: the islands together, and the collectivities beyond the départements
    expect(placesOfAdjective.get('antillais')).toEqual(['Antilles']);
    expect(placesOfAdjective.get('caledonien')).toEqual(['Nouvelle-Calédonie']);
  });

  it('lists every place an adjective is shared by', () => {
    expect(placeAdjectives().placesOfAdjective.get('chalonnais')).toEqual(['Châlons-en-Champagne', 'Chalon-sur-Saône']);
    expect(placeAdjectives().placesOfAdjective.get('tourangeau')).toContain('Tours');
  });

  it('goes from a folded place name back to its adjectives', () => {
    const { adjectivesOfPlace } = placeAdjectives();
    expect(adjectivesOfPlace.get('metz')).toEqual(['messin']);
    expect(adjectivesOfPlace.get('anjou')).toEqual(['angevin']);
    expect(adjectivesOfPlace.get('maine-et-loire')).toEqual(['angevin']);
    expect(adjectivesOfPlace.get('dordogne')).toEqual(expect.arrayContaining(['perigourdin', 'dordognais']));
  });

  it('has a demonym for nearly every département', () => {
    const { adjectivesOfPlace } = placeAdjectives();
    for (const departement of ['ain', 'aisne', 'yonne', 'seine-saint-denis', "val-d'oise", 'la reunion', 'mayotte']) {
      expect(adjectivesOfPlace.get(departement), departement).toBeDefined();
    }
  });

  it('treats object property names as unknown words', () => {
    expect(placeAdjectives().placesOfAdjective.get('constructor')).toBeUndefined();
    expect(placeAdjectives().adjectivesOfPlace.get('__proto__')).toBeUndefined();
  });
});

describe('placesOfAdjectiveForm', () => {
  it('reads an adjective of place in any gender and number', () => {
    expect(placesOfAdjectiveForm('lyonnaise')).toEqual(['Lyon']);
    expect(placesOfAdjectiveForm('grenobloises')).toEqual(['Grenoble']);
    expect(placesOfAdjectiveForm('parisiennes')).toEqual(['Paris']);
    expect(placesOfAdjectiveForm('bretonne')).toContain('Bretagne');
    expect(placesOfAdjectiveForm('regionale')).toEqual([]);
  });
});
