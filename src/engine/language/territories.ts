// The names of France's départements and régions, the territories a press release places a commune by:
// a name that is one of them is a place, never a company or a person ("Seine-et-Marne", "Normandie"), and
// a name followed by a département in brackets is a commune ("Loury (Loiret)").
// Régions: those of 2016 and the overseas ones (Code officiel géographique, INSEE).
import { DEPARTMENTS } from './departmentNumbers.ts';
import { foldWord } from './foldText.ts';

const REGIONS = [
  'Auvergne-Rhône-Alpes',
  'Bourgogne-Franche-Comté',
  'Bretagne',
  'Centre-Val de Loire',
  'Corse',
  'Grand Est',
  'Hauts-de-France',
  'Île-de-France',
  'Normandie',
  'Nouvelle-Aquitaine',
  'Occitanie',
  'Pays de la Loire',
  "Provence-Alpes-Côte d'Azur",
];

/** Folded, with one apostrophe: "cote-d'or". */
function key(name: string): string {
  return foldWord(name).replace(/’/g, "'");
}

const TERRITORY_NAMES: ReadonlySet<string> = new Set([...DEPARTMENTS.values(), ...REGIONS].map(key));

/** Whether a name is a département's or a région's ("Seine-et-Marne", "Loiret", "Normandie"). */
export function isTerritoryName(name: string): boolean {
  return TERRITORY_NAMES.has(key(name));
}

/** Names wider than any département: the country and the Union it belongs to. */
const COUNTRY_NAMES: ReadonlySet<string> = new Set(['france', 'europe', 'union europeenne'].map(key));

/** Whether a name is of a place wider than a commune: a département, a région, the country. */
export function isWiderThanCommune(name: string): boolean {
  const folded = key(name).replace(/^(?:la |le |les |l')/, '');
  return TERRITORY_NAMES.has(folded) || COUNTRY_NAMES.has(folded);
}

/** Whether a word names a territory, alone or after its article ("Lot", "Nord"; "Vienne" of "la Vienne"). */
export function isTerritoryWord(word: string): boolean {
  const folded = key(word);
  return ['', 'la ', 'le ', 'les '].some((article) => TERRITORY_NAMES.has(article + folded));
}

/**
 * Whether the text after a name opens on a département in brackets, by its name or its number:
 * "(Seine-et-Marne)", "(Loiret, 65 000 habitants)", "(43)" — how the press places a commune.
 */
export function placedByDepartment(textAfterName: string): boolean {
  const bracketed = /^\s*\(\s*([^(),;]+?)\s*[),]/u.exec(textAfterName)?.[1];
  if (bracketed === undefined) return false;
  const said = key(bracketed);
  return DEPARTMENTS.has(said) || TERRITORY_NAMES.has(said);
}
