// What the admin commands add, remove and restore need from the corpus folder, as commands see it:
// implemented by src/documents (fetching safely, checking files, naming them, the trash in DATA_DIR),
// handed to the commands by the composition root through the platforms, as the question gate is.

/** A file given with the command (a Slack share, a Discord attachment), downloaded only when the command runs. */
export interface IncomingFile {
  /** The name it was shared under: a label for the stored name, never a path. */
  name: string;
  /** The size the platform declares, when it does (a larger file is refused before downloading). */
  size?: number;
  /** The bytes; throws DocumentRefused ('too-large', 'download-failed') past `maxBytes` or on failure. */
  download(maxBytes: number): Promise<Uint8Array>;
}

/** Where a document now is in the corpus folder. */
export interface SavedFile {
  /** Its path relative to the corpus folder. */
  file: string;
  /** The same content was already in the corpus (that file); nothing was written. */
  alreadyPresent: boolean;
}

export type DocumentRefusalCode =
  // fetching a web address (src/documents/fetchError.ts)
  | 'invalid-url'
  | 'unsupported-scheme'
  | 'blocked-address'
  | 'dns-failed'
  | 'unreachable'
  | 'timeout'
  | 'too-many-redirects'
  | 'http-status'
  | 'no-article'
  // the file itself
  | 'too-large' // over the size cap
  | 'not-a-document' // its content is no PDF, .docx, .odt, web page or text (whatever its name says)
  | 'download-failed' // the platform would not give the file
  | 'unreadable' // the corpus loader could not read it (scanned PDF, encrypted, empty…): `reason` says why
  // the corpus and its trash
  | 'not-in-corpus'
  | 'not-in-trash'
  | 'already-in-corpus';

export interface DocumentRefusalDetails {
  /** A cap, as people read it ("20 MiB"). */
  limit?: string;
  status?: number;
  host?: string;
  /** The loader's reason, in English and French. */
  reason?: { en: string; fr?: string };
  file?: string;
}

/** Why a document was not added, removed or restored; nothing changed. */
export class DocumentRefused extends Error {
  override readonly name = 'DocumentRefused';

  constructor(
    readonly code: DocumentRefusalCode,
    readonly details: DocumentRefusalDetails = {},
    options?: { cause?: unknown },
  ) {
    super(Object.keys(details).length > 0 ? `${code} ${JSON.stringify(details)}` : code, options);
  }
}

export interface CorpusFiles {
  /** Fetches a web page or a document and saves it with its address, so citations link to it. */
  addFromUrl(address: string): Promise<SavedFile>;
  /** Checks a shared file (kind by content, size) and saves it under a safe name. */
  addUpload(upload: IncomingFile): Promise<SavedFile>;
  /** Deletes a file just added that the loader could not read (it never served). */
  discard(file: string): Promise<void>;
  /** Moves a corpus file (a path relative to the corpus folder) to the trash. */
  moveToTrash(file: string): Promise<void>;
  /** Moves a file back from the trash to where it was in the corpus. */
  restoreFromTrash(file: string): Promise<void>;
  /** The files in the trash, as paths relative to the corpus folder. */
  trashed(): Promise<string[]>;
}
