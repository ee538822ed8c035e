// Characters a page lost on its way to the corpus. Copied through a tool or a database that did not
// know them, curly apostrophes and dashes come out as "?" (or U+FFFD): "l?agglo", "c?est", "40 bornes ?
// les travaux…". French never puts a question mark between two letters, so a page that does so
// again and again lost them: there, such a "?" is an apostrophe, and one between spaces before a
// lowercase word is a dash — read as a question mark, it made the sentence before it a question, whose
// figures answer nothing.

/** A lost character between two letters: no French punctuation stands there. */
const BETWEEN_LETTERS = /(?<=\p{L})[?\uFFFD](?=\p{L})/gu;
/** A lost dash: between spaces, before a word in lowercase (a question mark ends a sentence, a capital follows). */
const LOST_DASH = / [?\uFFFD] (?=\p{Ll})/gu;
/** How many letter-"?"-letter a page shows before its question marks are taken for lost characters. */
const LOST_AT_LEAST = 3;

/** The blocks of one page, with the characters it lost restored when it plainly lost them. */
export function restoreLostCharacters(blocks: readonly string[]): readonly string[] {
  let lost = 0;
  for (const block of blocks) {
    lost += block.match(BETWEEN_LETTERS)?.length ?? 0;
    if (lost >= LOST_AT_LEAST) break;
  }
  if (lost < LOST_AT_LEAST) return blocks;
  return Array.from(blocks, (block) => block.replace(BETWEEN_LETTERS, '’').replace(LOST_DASH, ' – '));
}
