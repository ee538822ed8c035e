// Which parser reads which file extension. Text formats get decoded UTF-8; binary formats (PDF, office
// files) get the bytes and the caps, and may take their time (their libraries load on first use).
import type { DocumentLimits } from './documentLimits.ts';
import { parseDocx } from './parseDocx.ts';
import { parseHtml } from './parseHtml.ts';
import { parseMarkdown } from './parseMarkdown.ts';
import { parseOdt } from './parseOdt.ts';
import { parsePdf } from './parsePdf.ts';
import type { ParsedDocument } from './parsedDocument.ts';
import { parseText } from './parseText.ts';

export type DocumentFormat =
  | { kind: 'text'; parse: (text: string) => ParsedDocument | Promise<ParsedDocument> }
  | { kind: 'binary'; parse: (bytes: Uint8Array, limits: DocumentLimits) => Promise<ParsedDocument> };

export const DOCUMENT_FORMATS: Readonly<Record<string, DocumentFormat>> = Object.freeze({
  '.txt': { kind: 'text', parse: parseText },
  '.md': { kind: 'text', parse: parseMarkdown },
  '.markdown': { kind: 'text', parse: parseMarkdown },
  '.html': { kind: 'text', parse: parseHtml },
  '.htm': { kind: 'text', parse: parseHtml },
  '.pdf': { kind: 'binary', parse: parsePdf },
  '.docx': { kind: 'binary', parse: parseDocx },
  '.odt': { kind: 'binary', parse: parseOdt },
});

/** The format for a file's extension (any case, with its dot), or undefined when Relais cannot read it. */
export function formatForExtension(extension: string): DocumentFormat | undefined {
  const key = extension.toLowerCase();
  return Object.hasOwn(DOCUMENT_FORMATS, key) ? DOCUMENT_FORMATS[key] : undefined;
}
