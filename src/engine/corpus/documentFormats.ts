// Which parser reads which file extension. Text formats get decoded UTF-8; binary formats (PDF, office
// files) get the bytes and the caps, and may take their time. Every parser module loads on the first
// file of its kind: a start-up served from a snapshot parses nothing, and importing them all (HTML's
// parser and its entity tables, the PDF reading-order code...) took a third of a fresh process's imports.
import type { DocumentLimits } from './documentLimits.ts';
import type { ParsedDocument } from './parsedDocument.ts';

export type DocumentFormat =
  | { kind: 'text'; parse: (text: string) => ParsedDocument | Promise<ParsedDocument> }
  | { kind: 'binary'; parse: (bytes: Uint8Array, limits: DocumentLimits) => Promise<ParsedDocument> };

/** A parser whose module is imported when it is first called, once. */
function onFirstUse<A extends unknown[]>(
  load: () => Promise<(...args: A) => ParsedDocument | Promise<ParsedDocument>>,
): (...args: A) => Promise<ParsedDocument> {
  let loaded: ReturnType<typeof load> | undefined;
  return async (...args) => {
    loaded ??= load();
    return (await loaded)(...args);
  };
}

const parseText = onFirstUse(async () => (await import('./parseText.ts')).parseText);
const parseMarkdown = onFirstUse(async () => (await import('./parseMarkdown.ts')).parseMarkdown);
const parseHtml = onFirstUse(async () => (await import('./parseHtml.ts')).parseHtml);
const parsePdf = onFirstUse(async () => (await import('./parsePdf.ts')).parsePdf);
const parseDocx = onFirstUse(async () => (await import('./parseDocx.ts')).parseDocx);
const parseOdt = onFirstUse(async () => (await import('./parseOdt.ts')).parseOdt);

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
