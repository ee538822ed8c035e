// The corpus folder as the admin commands change it (commands/corpusFiles.ts): documents fetched from
// the web or shared in chat, checked by their content and size, saved under safe names; removed
// ones kept in a trash in DATA_DIR. Every refusal is a DocumentRefused the commands put into words.
import { unlink } from 'node:fs/promises';
import path from 'node:path';
import { type CorpusFiles, DocumentRefused, type IncomingFile, type SavedFile } from '../../commands/corpusFiles.ts';
import { formatFileSize, type LoadCorpusOptions } from '../engine/index.ts';
import { articleAsMarkdown } from './articleMarkdown.ts';
import { CorpusTrash, listFiles } from './corpusTrash.ts';
import { decodeHtml } from './decodeHtml.ts';
import { EXTENSION } from './documentKind.ts';
import { fetchDocument, type FetchDocumentOptions } from './fetchDocument.ts';
import { FetchError } from './fetchError.ts';
import { readAsLinkedMarkdown } from './linkedMarkdown.ts';
import { safeFileName, SAFE_FILE_NAME } from './safeFileName.ts';
import { saveToCorpus } from './saveToCorpus.ts';
import { textExtension, uploadedKind } from './uploadedKind.ts';

export interface CorpusFolderOptions {
  corpusDir: string;
  /** The trash is DATA_DIR/trash. */
  dataDir: string;
  fetch: FetchDocumentOptions;
  /** PDF and office files (MAX_DOCUMENT_BYTES); also the download cap. */
  maxDocumentBytes: number;
  /** Text and web pages (MAX_FILE_BYTES), as the loader caps them. */
  maxFileBytes: number;
  /** The loader's caps, to read a fetched PDF as it would. */
  corpusCaps: LoadCorpusOptions;
}

/** A FetchError as the commands' refusal (the same codes, sizes put into words). */
function refusalOf(error: FetchError): DocumentRefused {
  const { limit, status, host } = error.details;
  const code = error.code === 'unsupported-type' ? 'not-a-document' : error.code;
  const limitText =
    limit === undefined
      ? undefined
      : code === 'too-large'
        ? formatFileSize(limit, false)
        : code === 'timeout'
          ? `${Math.round(limit / 100) / 10} s`
          : String(limit);
  return new DocumentRefused(
    code,
    { ...(limitText ? { limit: limitText } : {}), ...(status ? { status } : {}), ...(host ? { host } : {}) },
    { cause: error },
  );
}

export class CorpusFolder implements CorpusFiles {
  private readonly trash: CorpusTrash;

  constructor(private readonly options: CorpusFolderOptions) {
    this.trash = new CorpusTrash(options.corpusDir, path.join(options.dataDir, 'trash'));
  }

  async addFromUrl(address: string): Promise<SavedFile> {
    let fetched;
    try {
      fetched = await fetchDocument(address, this.options.fetch);
    } catch (error) {
      throw error instanceof FetchError ? refusalOf(error) : error;
    }
    if (fetched.kind === 'article') return saveToCorpus(this.options.corpusDir, fetched.fileName, fetched.bytes);
    // A PDF or office file: kept as the Markdown of its text, with the address its citations link to.
    const linked = await readAsLinkedMarkdown(fetched.bytes, fetched.kind, fetched.url, this.options.corpusCaps);
    if ('skipped' in linked)
      throw new DocumentRefused('unreadable', { reason: { en: linked.skipped.reason, fr: linked.skipped.reasonFr } });
    const bytes = Buffer.from(linked.markdown, 'utf8');
    return saveToCorpus(this.options.corpusDir, safeFileName(linked.title, 'md', bytes), bytes);
  }

  async addUpload(upload: IncomingFile): Promise<SavedFile> {
    const max = this.options.maxDocumentBytes;
    if (upload.size !== undefined && upload.size > max) throw new DocumentRefused('too-large', { limit: formatFileSize(max, false) });
    const bytes = Buffer.from(await upload.download(max));
    const kind = uploadedKind(bytes);
    if (kind === undefined) throw new DocumentRefused('not-a-document');
    const label = upload.name.replace(/\.[a-z0-9]{1,5}$/i, '');
    if (kind === 'pdf' || kind === 'docx' || kind === 'odt') {
      return saveToCorpus(this.options.corpusDir, safeFileName(label, EXTENSION[kind], bytes), bytes);
    }
    if (bytes.length > this.options.maxFileBytes)
      throw new DocumentRefused('too-large', { limit: formatFileSize(this.options.maxFileBytes, false) });
    if (kind === 'text') return saveToCorpus(this.options.corpusDir, safeFileName(label, textExtension(bytes), bytes), bytes);
    // A web page shared as a file: its article, as for an address, without a link.
    try {
      const article = await articleAsMarkdown(decodeHtml(bytes, undefined), undefined);
      const markdown = Buffer.from(article.markdown, 'utf8');
      return await saveToCorpus(this.options.corpusDir, safeFileName(article.title, 'md', markdown), markdown);
    } catch (error) {
      throw error instanceof FetchError ? refusalOf(error) : error;
    }
  }

  async discard(file: string): Promise<void> {
    // Only a name this folder made: never a file that was there before.
    if (!SAFE_FILE_NAME.test(file) || !(await listFiles(this.options.corpusDir)).includes(file)) return;
    await unlink(path.join(this.options.corpusDir, file));
  }

  moveToTrash(file: string): Promise<void> {
    return this.trash.put(file);
  }

  restoreFromTrash(file: string): Promise<void> {
    return this.trash.restore(file);
  }

  trashed(): Promise<string[]> {
    return this.trash.list();
  }
}
