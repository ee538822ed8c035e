// French adjectives of place and demonyms (data/place-adjectives.tsv, hand-written): "gersois" → Gers,
// "lavallois" → Laval; and back, from a folded place name to its adjectives.
import { foldWord } from './foldText.ts';
import { lazily, readDataRows } from './readDataFile.ts';

export interface PlaceAdjectives {
  /** Folded masculine singular adjective → the places it names, as written ("Côte-d'Or"). */
  placesOfAdjective: ReadonlyMap<string, readonly string[]>;
  /** Folded place name ("cote-d'or") → its folded adjectives. */
  adjectivesOfPlace: ReadonlyMap<string, readonly string[]>;
}

const loadPlaceAdjectives = lazily((): PlaceAdjectives => {
  const placesOfAdjective = new Map<string, readonly string[]>();
  const adjectivesOfPlace = new Map<string, string[]>();
  for (const [adjective, places = ''] of readDataRows('place-adjectives.tsv')) {
    if (adjective === undefined) continue;
    const list = places.split('|').filter((place) => place.length > 0);
    placesOfAdjective.set(adjective, list);
    for (const place of list) {
      const key = foldWord(place);
      const adjectives = adjectivesOfPlace.get(key);
      if (adjectives) adjectives.push(adjective);
      else adjectivesOfPlace.set(key, [adjective]);
    }
  }
  return { placesOfAdjective, adjectivesOfPlace };
});

/** Both directions of the place adjective table, read once on first use. */
export function placeAdjectives(): PlaceAdjectives {
  return loadPlaceAdjectives();
}

/**
 * Points of the compass a question names an area by ("les villes du Sud", "the North-East"),
 * folded: no page's place, so no name the answer must repeat. (Nord is a département, Grand Est a
 * région: those stay names.)
 */
export const COMPASS_AREAS: ReadonlySet<string> = new Set(
  'ouest sud est sud-ouest sud-est nord-ouest nord-est midi west south east south-west south-east north-west north-east'.split(' '),
);

/** Feminine and plural endings of adjectives of place, and their masculine singular: "toulousaines" → "toulousain". */
const INFLECTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/iennes?$/, 'ien'],
  [/eennes?$/, 'een'],
  [/onnes?$/, 'on'],
  [/oises?$/, 'ois'],
  [/aises?$/, 'ais'],
  [/ines?$/, 'in'],
  [/aux$/, 'al'],
  [/es?$/, ''],
  [/s$/, ''],
];

/** The places an adjective of place names in any gender and number, folded ("lyonnaise" → Lyon); none for another word. */
export function placesOfAdjectiveForm(folded: string): readonly string[] {
  const table = placeAdjectives().placesOfAdjective;
  const own = table.get(folded);
  if (own) return own;
  for (const [ending, masculine] of INFLECTIONS) {
    if (!ending.test(folded)) continue;
    const places = table.get(folded.replace(ending, masculine));
    if (places) return places;
  }
  return [];
}
