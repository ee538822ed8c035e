// One document on one line, as `sources` lists it and `add` / `remove` name it: the short title and the
// date as replies cite them (./citation.ts: "12 mars 2024"), the format, and the link (or the file when it
// has none).
import type { IndexedDocument, Locale } from '../src/engine/index.ts';
import { replyCitation } from './citation.ts';
import { citationName } from './reply.ts';

const FORMATS: Readonly<Record<string, string>> = {
  '.pdf': 'PDF',
  '.docx': 'Word',
  '.odt': 'OpenDocument',
  '.html': 'HTML',
  '.htm': 'HTML',
  '.md': 'Markdown',
  '.txt': 'texte',
};

/** The format a file is in, from its extension: the corpus loader reads it by the same. */
export function documentFormat(file: string, locale: Locale): string {
  const extension = /\.[a-z]+$/i.exec(file)?.[0].toLowerCase() ?? '';
  const format = FORMATS[extension] ?? extension.slice(1).toUpperCase();
  return locale === 'en' && format === 'texte' ? 'text' : format;
}

export function documentLine(document: Pick<IndexedDocument, 'title' | 'date' | 'url' | 'source' | 'file'>, locale: Locale): string {
  const { title, source, date, url } = document;
  const citation = replyCitation({ title, source, ...(date ? { date } : {}), ...(url ? { url } : {}) }, locale);
  const parts = [citationName(citation)];
  if (citation.date) parts.push(citation.date);
  parts.push(documentFormat(document.file, locale), citation.url ?? citation.source);
  return parts.join(' — ');
}
