// Block cleaning shared by every format: whitespace, leftovers that are not content, the title counted once.

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
}

/**
 * Cleans raw blocks and settles the title: the given one, else the first content block.
 * Blocks equal to the title (after whitespace collapsing) are dropped, so a title the source repeats counts once.
 */
export function assembleBody(rawBlocks: readonly string[], givenTitle?: string): DocumentBody {
  const blocks = rawBlocks.map(collapseWhitespace).filter(isContentBlock);
  const title = (givenTitle === undefined ? '' : collapseWhitespace(givenTitle)) || blocks[0] || '';
  return { title, blocks: blocks.filter((block) => block !== title) };
}
