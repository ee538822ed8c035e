// One document on one line, as `sources` lists it and `add` / `remove` name it: title, date in the
// reader's language ("12 mars 2024"), format, and the link (or the file when it has none).
import type { IndexedDocument, Locale } from '../src/engine/index.ts';

const FORMATS: Readonly<Record<string, string>> = {
  '.pdf': 'PDF', '.docx': 'Word', '.odt': 'OpenDocument', '.html': 'HTML', '.htm': 'HTML', '.md': 'Markdown', '.txt': 'texte',
};

/** "2024-03-12" → "12 mars 2024" (fr) or "12 March 2024" (en); anything else as it is. */
export function displayDate(iso: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const text = date.toLocaleDateString(locale === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  // "1 mars" is written "1er mars" in French.
  return locale === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

/** The format a file is in, from its extension: the corpus loader reads it by the same. */
export function documentFormat(file: string, locale: Locale): string {
  const extension = /\.[a-z]+$/i.exec(file)?.[0].toLowerCase() ?? '';
  const format = FORMATS[extension] ?? extension.slice(1).toUpperCase();
  return locale === 'en' && format === 'texte' ? 'text' : format;
}

export function documentLine(document: Pick<IndexedDocument, 'title' | 'date' | 'url' | 'source' | 'file'>, locale: Locale): string {
  const parts = [document.title];
  if (document.date) parts.push(displayDate(document.date, locale));
  parts.push(documentFormat(document.file, locale), document.url ?? document.source);
  return parts.join(' — ');
}
