// Plain-text press releases: one paragraph per line, the title is the first line.
import type { ParsedDocument } from './parsedDocument.ts';

export function parseText(text: string): ParsedDocument {
  return { tags: [], blocks: text.split(/\r\n|\r|\n/) };
}
