// A light French stemmer in the spirit of Savoy's (Lucene's FrenchLightStemmer): it strips plural,
// feminine and common verb endings and nothing more. natural's PorterStemmerFr was measured on this
// corpus and rejected: it is accent-sensitive ("débit" → "deb" but "débits" → "débit"), and folding
// before it changes its output, while we must fold first so that "debit" typed without accents matches.
// Input is a folded word (lowercase, no accents).

/** Endings removed after the plural, longest first; `min` is the shortest stem allowed to remain. */
const SUFFIXES: ReadonlyArray<{ suffix: string; min: number; replace?: string }> = [
  { suffix: 'eraient', min: 3 },
  { suffix: 'erions', min: 3 },
  { suffix: 'eront', min: 3 },
  { suffix: 'erait', min: 3 },
  { suffix: 'erons', min: 3 },
  { suffix: 'ement', min: 4 },
  { suffix: 'ation', min: 4 },
  { suffix: 'ature', min: 4 },
  { suffix: 'atrice', min: 4 },
  { suffix: 'ateur', min: 4 },
  // Other feminines of role nouns: directrice/directeur, conseillère/conseiller.
  { suffix: 'trice', min: 3, replace: 'teur' },
  { suffix: 'aient', min: 3 },
  { suffix: 'erai', min: 3 },
  { suffix: 'erez', min: 3 },
  { suffix: 'iere', min: 3, replace: 'i' },
  { suffix: 'ere', min: 4 },
  { suffix: 'ies', min: 7 },
  { suffix: 'is', min: 7 },
  { suffix: 'ie', min: 7 },
  { suffix: 'ante', min: 4 },
  { suffix: 'ente', min: 5 },
  { suffix: 'era', min: 3 },
  { suffix: 'ait', min: 3 },
  { suffix: 'ais', min: 3 },
  { suffix: 'ant', min: 4 },
  { suffix: 'ent', min: 5 },
  { suffix: 'ee', min: 3 },
  { suffix: 'er', min: 3 },
  { suffix: 'ez', min: 3 },
  { suffix: 'e', min: 3 },
  { suffix: 'i', min: 7 },
];

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
// The nouns in -eu whose plural takes an x (jeux, enjeux, lieux, milieux, feux, vœux); other words in
// -eux are adjectives, the same in the singular ("nombreux", "précieux").
const EU_PLURAL = /^(?:en)?jeux$|^(?:mi)?lieux$|^feux$|^voeux$|^(?:che|ne)veux$|^essieux$|^epieux$|^adieux$/;

export function stemFrench(word: string): string {
  if (word.length < 4 || /[^a-z]/.test(word)) return word;
  let w = word;
  // Plurals. "-eaux" and the nouns in -eu lose their x (réseaux → réseau, jeux → jeu), "-aux" becomes "-al" (régionaux → régional).
  // A final s goes except after i, u or s, where it is usually part of the word (Paris, plus, accès).
  if (w.endsWith('eaux') || EU_PLURAL.test(w)) w = w.slice(0, -1);
  else if (w.endsWith('aux') && w.length > 5) w = `${w.slice(0, -3)}al`;
  else if (w.endsWith('s') && w.length > 4 && !/[ius]s$/.test(w)) w = w.slice(0, -1);

  for (const { suffix, min, replace } of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= min) {
      w = w.slice(0, -suffix.length) + (replace ?? '');
      break;
    }
  }
  // A doubled final consonant is spelling, not meaning: personn → person, accueill → accueil.
  const last = w.at(-1);
  if (w.length > 4 && last !== undefined && last === w.at(-2) && !VOWELS.has(last)) w = w.slice(0, -1);
  return w;
}
