// Learned prefixes French and English glue to a word ("téléconseiller", "cybersécurité", "telemedicine"):
// such a compound is often missing from dictionaries and corpora where its second word is not.

/** The prefixes, folded (no accents), as both languages write them glued to the word. */
export const LEARNED_PREFIXES: readonly string[] = [
  'tele',
  'cyber',
  'video',
  'radio',
  'micro',
  'hydro',
  'geo',
  'eco',
  'bio',
  'multi',
  'inter',
  'hyper',
];

/** Letters a word must keep after its prefix to be a word of its own ("teleconseiller" → "conseiller", not "tele" + "x"). */
export const MIN_PREFIXED_REST = 4;

/** The word a folded compound is made of after its learned prefix ("teleconseillers" → "conseillers"), if it is one. */
export function restAfterLearnedPrefix(folded: string): string | undefined {
  const prefix = LEARNED_PREFIXES.find((p) => folded.startsWith(p) && folded.length - p.length >= MIN_PREFIXED_REST);
  return prefix === undefined ? undefined : folded.slice(prefix.length);
}
