// `add <url>` as a library: fetches a web page or a document safely, decides what it is from its
// bytes, and returns what to store: an HTML page as the Markdown of its article (front-matter title,
// date, url), a PDF, .docx or .odt as it came, each with a safe file name. saveToCorpus stores it.
import path from 'node:path';
import { articleAsMarkdown } from './articleMarkdown.ts';
import { decodeHtml } from './decodeHtml.ts';
import { documentKind } from './documentKind.ts';
import { FetchError } from './fetchError.ts';
import { safeFileName } from './safeFileName.ts';
import { safeGet, type SafeGetOptions } from './safeGet.ts';

export type FetchDocumentOptions = SafeGetOptions;

export interface FetchedDocument {
  /** 'article': an HTML page reduced to its article, stored as Markdown. */
  kind: 'article' | 'pdf' | 'docx' | 'odt';
  /** The address the content came from, after redirects. */
  url: string;
  /** Safe: see safeFileName. */
  fileName: string;
  bytes: Buffer;
  /** Known for articles; for PDF and office files the corpus loader reads them from the file. */
  title?: string;
  date?: string;
}

export async function fetchDocument(address: string, options: FetchDocumentOptions): Promise<FetchedDocument> {
  const body = await safeGet(address, options);
  const kind = documentKind(body.bytes);
  if (kind === undefined) {
    const contentType = (body.contentType ?? 'unknown').split(';')[0]?.trim().slice(0, 80) ?? 'unknown';
    throw new FetchError('unsupported-type', `not a web page, a PDF, a .docx or an .odt (${contentType})`, {
      url: body.url.href,
      contentType,
    });
  }
  if (kind === 'html') {
    const article = await articleAsMarkdown(decodeHtml(body.bytes, body.contentType), body.url);
    const bytes = Buffer.from(article.markdown, 'utf8');
    return {
      kind: 'article',
      url: body.url.href,
      fileName: safeFileName(article.title, 'md', bytes),
      bytes,
      title: article.title,
      ...(article.date !== undefined ? { date: article.date } : {}),
    };
  }
  return { kind, url: body.url.href, fileName: safeFileName(lastSegment(body.url), kind, body.bytes), bytes: body.bytes };
}

/** "cp-fibre-2023" from ".../presse/CP%20fibre%202023.pdf": a label for the name, nothing more. */
function lastSegment(url: URL): string {
  const segment = path.posix.basename(url.pathname);
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A malformed escape: the raw segment is label enough.
  }
  return decoded.replace(/\.[a-z0-9]{1,5}$/i, '');
}
