// Shapes shared by the answer engine's stages. Nothing here knows about Slack or Discord.

/** What identifies and cites a press release. */
export interface DocumentMetadata {
  /** Citation path: the corpus folder's name and the file's path inside it, e.g. "corpus/000_x.txt". */
  source: string;
  /** Path relative to the corpus folder, with forward slashes, e.g. "000_x.txt" or "2024/note.md". */
  file: string;
  title: string;
  /**
   * ISO date (YYYY-MM-DD, or YYYY-MM for a month alone), from front-matter, a page's "date 2021-08" line,
   * or the first full French date in the text.
   */
  date?: string;
  url?: string;
  territory?: string;
  tags: string[];
}

/** One press release, as the corpus loader hands it to the indexer. */
export interface CorpusDocument extends DocumentMetadata {
  /** Body text in reading order, one block per paragraph or line; the title line is not repeated here. */
  blocks: string[];
}

/** A file the loader refused, and why (shown to admins in reindex summaries). */
export interface SkippedFile {
  file: string;
  /** In English (logs, English-speaking admins). */
  reason: string;
  /** In French; absent from indexes built before it existed. */
  reasonFr?: string;
}

/** What identifies one file's content, for the snapshot fingerprint and reindex summaries. */
export interface FileFingerprint {
  file: string;
  size: number;
  sha256: string;
  /** Modification time when hashed: an unchanged size and time lets the next start-up reuse the hash. */
  mtimeMs?: number;
}

export interface CorpusLoadResult {
  documents: CorpusDocument[];
  skipped: SkippedFile[];
  /** Every file considered (read ones and skipped ones), sorted by name. */
  files: FileFingerprint[];
}
