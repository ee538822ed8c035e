// What a format parser (text, Markdown, HTML) hands back before the loader turns it into a CorpusDocument.
import type { SkipReason } from './skipReasons.ts';

export interface ParsedDocument {
  /** Title given by the format's metadata (front-matter, <title>, first <h1>); absent means "first block". */
  title?: string;
  /** ISO date from metadata; absent means "first full French date in the text". */
  date?: string;
  url?: string;
  territory?: string;
  tags: string[];
  /** Raw text blocks in reading order; cleaning and title de-duplication happen later, once for all formats. */
  blocks: string[];
}

/** Thrown by a parser when the file is readable text but cannot be used; `reason` is the skip reason. */
export class UnparsableFileError extends Error {
  override readonly name = 'UnparsableFileError';

  constructor(readonly reason: SkipReason, options?: ErrorOptions) {
    super(reason.en, options);
  }
}
