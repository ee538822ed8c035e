// What a shared file is, by its content: a PDF, .docx, .odt or web page (documentKind), or else plain
// text — UTF-8 without NUL or other control bytes, which a binary file of another kind always has.
import { type DocumentKind, documentKind } from './documentKind.ts';

export type UploadedKind = DocumentKind | 'text';

// Tab, line feed, form feed and carriage return are text; other C0 controls and DEL are not.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

export function uploadedKind(bytes: Uint8Array): UploadedKind | undefined {
  const kind = documentKind(bytes);
  if (kind !== undefined) return kind;
  if (bytes.length === 0) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  return CONTROL.test(text) || !/\p{L}/u.test(text) ? undefined : 'text';
}

/** Text with YAML front-matter is Markdown to the corpus loader (title, date, url read from it). */
export function textExtension(bytes: Uint8Array): 'md' | 'txt' {
  const start = Buffer.from(bytes.subarray(0, 8))
    .toString('utf8')
    .replace(/^\ufeff/, '');
  return /^---\r?\n/.test(start) ? 'md' : 'txt';
}
