// An HTML page read as the corpus loader reads it (title, date, text), for callers outside the engine.
// The HTML parser and its entity tables load with the first page, not with the engine.
import type { ParsedDocument } from './parsedDocument.ts';

export async function readHtmlPage(html: string): Promise<ParsedDocument> {
  const { parseHtml } = await import('./parseHtml.ts');
  return parseHtml(html);
}
