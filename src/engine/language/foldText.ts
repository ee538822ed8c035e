// Character-level normalisation shared by indexing, querying and excerpt matching.
import { normalizeApostrophes } from './apostrophes.ts';

export { normalizeApostrophes };

const COMBINING_MARKS = /[\u0300-\u036f]/g;

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

/** Accents dropped, capitals kept: "Président de Lormont" → "President de Lormont" (a pattern may need the capitals). */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '');
}

/**
 * Lowercase and accents dropped character by character, keeping the text's length, so a match in the
 * folded copy has the same offsets in the original ("Nœuds" → "nœuds" keeps its œ; "É" → "e").
 */
export function foldKeepingOffsets(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (code < 0x80) out += code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch;
    else if (code >= 0xd800 && code <= 0xdfff) out += ch;
    else {
      const base = ch.normalize('NFD')[0]!.toLowerCase();
      out += base.length === 1 ? base : ch;
    }
  }
  return normalizeApostrophes(out);
}

/** The folded text of the `reach` characters before `end`: what stands right before a word ("au 16 rue"). */
export function foldedBefore(text: string, end: number, reach: number): string {
  return foldWord(text.slice(Math.max(0, end - reach), end));
}
