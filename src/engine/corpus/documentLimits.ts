// How much of a file the corpus loader agrees to read: caps that keep one stray file from costing
// minutes or gigabytes.

export interface DocumentLimits {
  /** Text formats (.txt, .md, .html): a press release is a few KiB, anything huge is a mistake. */
  maxFileBytes: number;
  /** Binary formats (.pdf, .docx, .odt): pictures and embedded fonts make them much larger than their text. */
  maxDocumentBytes: number;
  /** A PDF with more pages is a report or a scan bundle, not a press release. */
  maxPdfPages: number;
  /** What the parts of a .docx or .odt may unpack to, all together: a zip bomb stops here. */
  maxUnpackedBytes: number;
  /** Reading one PDF may take this long; a damaged or hostile file is given up after it. */
  pdfTimeoutMs: number;
}

export const DEFAULT_DOCUMENT_LIMITS: Readonly<DocumentLimits> = Object.freeze({
  maxFileBytes: 2 * 1024 * 1024,
  maxDocumentBytes: 20 * 1024 * 1024,
  maxPdfPages: 100,
  maxUnpackedBytes: 64 * 1024 * 1024,
  pdfTimeoutMs: 30_000,
});
