// Splits text into raw word tokens with their offsets, keeping together what French writing joins:
// elisions and inner apostrophes (l'innovation, aujourd'hui), hyphenated names (Fort-de-France),
// numbers with decimal or grouping separators (13.000, 13 000, 15,5), ordinals written 4^e, and mobile
// generations and dimensions written apart (4 G, 3 D).
import { isApostrophe } from '../language/apostrophes.ts';

export interface RawToken {
  /** The token as written in the source text. */
  text: string;
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const GROUP_SPACES = new Set([' ', '\u00a0', '\u202f', '\u2009']);
const GROUPED_NUMBER_SO_FAR = /^\d{1,3}(?:[ \u00a0\u202f\u2009.]\d{3})*$/;

function isWordCode(code: number, text: string, i: number): boolean {
  // Fast path for ASCII and Latin-1/Latin Extended letters, which are nearly all of French text.
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if (Number.isNaN(code)) return false;
  return WORD_CHAR.test(text[i] ?? '');
}

function isDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return code >= 0x30 && code <= 0x39;
}

/** True when text[i] is a space inside a number written in groups of three ("152 000", "13 000 000"). */
function joinsDigitGroups(text: string, tokenStart: number, i: number): boolean {
  if (!GROUPED_NUMBER_SO_FAR.test(text.slice(tokenStart, i))) return false;
  return isDigit(text[i + 1]) && isDigit(text[i + 2]) && isDigit(text[i + 3]) && !isDigit(text[i + 4]);
}

/**
 * True when text[i] is the space of a mobile generation or a dimension written apart ("la 4 G", "en 3 D"):
 * one name, as "4G", "3D".
 */
function joinsGeneration(text: string, tokenStart: number, i: number): boolean {
  const letter = text[i + 1];
  return (
    i === tokenStart + 1 &&
    /[2-5]/.test(text[tokenStart]!) &&
    (letter === 'G' || letter === 'D') &&
    !isWordCode(text.charCodeAt(i + 2), text, i + 2)
  );
}

/** Calls `visit` with the offsets of each raw token, allocating nothing (indexing calls this a million times). */
export function scanTokens(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i), text, i)) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && isWordCode(text.charCodeAt(i), text, i)) i++;
      if (i >= n) break;
      const ch = text[i]!;
      const nextIsWord = isWordCode(text.charCodeAt(i + 1), text, i + 1);
      const joins =
        ((HYPHENS.has(ch) || isApostrophe(ch)) && nextIsWord) ||
        (ch === '^' && isDigit(text[i - 1]) && nextIsWord) ||
        ((ch === '.' || ch === ',') && isDigit(text[i - 1]) && isDigit(text[i + 1])) ||
        (GROUP_SPACES.has(ch) && (joinsDigitGroups(text, start, i) || joinsGeneration(text, start, i)));
      if (!joins) break;
      i++;
    }
    visit(start, i);
  }
}

export function tokenizeText(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  scanTokens(text, (start, end) => tokens.push({ text: text.slice(start, end), start, end }));
  return tokens;
}
