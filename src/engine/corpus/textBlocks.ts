// Block cleaning shared by every format: whitespace, leftovers that are not content, the title counted once.

import { restoreLostCharacters } from './lostCharacters.ts';
import { takePageDate } from './pageDateLine.ts';

// Whitespace that changes when collapsed: a run of two or more, or a tab, newline... Matching only these
// (not every single space between two words) makes cleaning a corpus several times faster.
const WHITESPACE_TO_COLLAPSE = /[\t\n\r\f\v][ \t\n\r\f\v]*| [ \t\n\r\f\v]+/g;

/** Trims and collapses runs of ASCII whitespace; other spaces (no-break, thin) are kept as written. */
export function collapseWhitespace(text: string): string {
  const collapsed = text.replace(WHITESPACE_TO_COLLAPSE, ' ').trim();
  // Always a new string, never a slice: a title or block sliced out of a file's text would keep the
  // whole file alive for as long as the index holds it (V8 slices share their parent's characters).
  // Joined to a character then cut from it, the text is copied into a string of its own.
  return ` ${collapsed}`.slice(1);
}

// A lone picture or attachment name left behind by a CMS export, e.g. "DSCF0049.jpg".
const FILE_NAME_LINE =
  /^[^\s/\\]+\.(?:jpe?g|png|gif|bmp|tiff?|webp|svg|heic|avif|pdf|docx?|xlsx?|pptx?|odt|ods|zip|mp3|mp4|mov|avi)$/i;
// Separators and decorations: "***", "---", "• • •", "…".
const PUNCTUATION_ONLY_LINE = /^[\p{P}\p{S}\s]+$/u;

/** False for blocks that carry no content: empty, a bare file name, punctuation or separators only. */
export function isContentBlock(block: string): boolean {
  return block !== '' && !FILE_NAME_LINE.test(block) && !PUNCTUATION_ONLY_LINE.test(block);
}

export interface DocumentBody {
  title: string;
  blocks: string[];
  /** The page's date from a "date 2021-08" line at its top (pageDateLine.ts). */
  date?: string;
}

/**
 * A first block longer than this is the page's first paragraph, not its title: a page saved without
 * its heading. It stays in the body, and its first sentence (or its opening words) is the title.
 */
const TITLE_MAX_LENGTH = 180;
const CUT_TITLE_LENGTH = 120;

function titleOfParagraph(block: string): string {
  const sentence = /^.+?[.!?](?=\s+\p{Lu})/u.exec(block)?.[0];
  if (sentence && sentence.length <= TITLE_MAX_LENGTH) return sentence;
  const cut = block.slice(0, CUT_TITLE_LENGTH).replace(/\s+\S*$/, '');
  return `${cut}…`;
}

/**
 * Cleans raw blocks and settles the title: the given one, else the first content block.
 * Blocks equal to the title (after whitespace collapsing) are dropped, so a title the source repeats counts once.
 */
export function assembleBody(rawBlocks: readonly string[], givenTitle?: string): DocumentBody {
  const { date, blocks } = takePageDate(restoreLostCharacters(rawBlocks.map(collapseWhitespace).filter(isContentBlock)));
  const given = givenTitle === undefined ? '' : collapseWhitespace(givenTitle);
  const first = blocks[0] ?? '';
  const title = given || (first.length > TITLE_MAX_LENGTH ? titleOfParagraph(first) : first);
  return { title, blocks: blocks.filter((block) => block !== title), ...(date !== undefined ? { date } : {}) };
}
