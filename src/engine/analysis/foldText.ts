// Character-level normalisation shared by indexing, querying and excerpt matching.

const APOSTROPHES = /[\u2019\u2018\u02bc\u02bb`\u00b4\u2032]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Typographic apostrophes (’ ‘ ʼ ` ´) become the ASCII one, so "l’innovation" and "l'innovation" are one word. */
export function normalizeApostrophes(text: string): string {
  return text.replace(APOSTROPHES, "'");
}

/**
 * Lowercase, compatibility-normalise (NFKC: "²" → "2", "ﬁ" → "fi") and drop accents, so that
 * "Débit", "debit" and "DÉBIT" compare equal. Ligatures œ/æ are spelled out because NFD keeps them.
 */
export function foldWord(word: string): string {
  return normalizeApostrophes(word)
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}
