// Apostrophes as people type them: ASCII, typographic (’ ‘), modifier letters (ʼ ʻ), the backtick,
// the acute accent and the prime some keyboards produce. One set, used by the tokenizer, folding and elision.

/** Every character read as an apostrophe. */
export const APOSTROPHE_CHARACTERS = "'\u2019\u2018\u02bc\u02bb`\u00b4\u2032";

const APOSTROPHE_SET: ReadonlySet<string> = new Set(APOSTROPHE_CHARACTERS);
const APOSTROPHES = new RegExp(`[${APOSTROPHE_CHARACTERS.slice(1)}]`, 'g');

export function isApostrophe(ch: string): boolean {
  return APOSTROPHE_SET.has(ch);
}

/** Every apostrophe becomes the ASCII one, so "l’innovation" and "l'innovation" are one word. */
export function normalizeApostrophes(text: string): string {
  return text.replace(APOSTROPHES, "'");
}
