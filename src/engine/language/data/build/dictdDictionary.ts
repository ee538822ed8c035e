// Reads a FreeDict dictionary in dictd format (.index + .dict.dz), as Debian's dict-freedict-*
// packages ship it: the index gives each entry's byte offset and length in the gunzipped .dict.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export interface DictdEntry {
  /** Headword as written, without its pronunciation. */
  headword: string;
  /** Part-of-speech notes of the headword line ("n, masc", "v"), or '' when absent. */
  partOfSpeech: string;
  /** Translation groups: one per numbered sense, each a list of translations as written. */
  senses: string[][];
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** dictd numbers are base-64 digits, most significant first. */
function decodeNumber(text: string): number {
  let value = 0;
  for (const char of text) value = value * 64 + BASE64.indexOf(char);
  return value;
}

/** Commas separate translations, except inside parentheses. */
function splitTranslations(line: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of line) {
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if ((char === ',' || char === ';') && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

/** "tour /tuʀ/ <n, masc>" then "1. castle, tower" lines (or one unnumbered line). */
export function parseDictdEntry(text: string): DictdEntry | undefined {
  const [head = '', ...body] = text.split('\n').filter((line) => line.trim().length > 0);
  const match = /^(.*?)\s*(?:\/[^/]*\/)?\s*(?:<([^>]*)>)?\s*$/.exec(head);
  const headword = match?.[1]?.trim() ?? '';
  if (headword.length === 0) return undefined;
  const senses = body.map((line) => splitTranslations(line.replace(/^\s*\d+\.\s*/, '')));
  return { headword, partOfSpeech: match?.[2]?.trim() ?? '', senses };
}

/** All entries of the dictionary at `indexPath` / `dictPath`, metadata entries (00-database-…) left out. */
export function readDictd(indexPath: string, dictPath: string): DictdEntry[] {
  const dict = gunzipSync(readFileSync(dictPath));
  const entries: DictdEntry[] = [];
  for (const line of readFileSync(indexPath, 'utf8').split('\n')) {
    const [word, offset, length] = line.split('\t');
    if (word === undefined || offset === undefined || length === undefined || word.startsWith('00database')) continue;
    const start = decodeNumber(offset);
    const entry = parseDictdEntry(dict.subarray(start, start + decodeNumber(length)).toString('utf8'));
    if (entry) entries.push(entry);
  }
  return entries;
}
