// Markdown press releases: optional YAML front-matter, then Markdown reduced to plain-text blocks.
import { parse as parseYaml } from 'yaml';
import { dateFromMetadata } from './metadataDate.ts';
import { UnparsableFileError, type ParsedDocument } from './parsedDocument.ts';
import { skipReasons } from './skipReasons.ts';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function parseMarkdown(text: string): ParsedDocument {
  const frontMatter = FRONT_MATTER.exec(text);
  const meta = frontMatter ? readFrontMatter(frontMatter[1] ?? '') : new Map<string, unknown>();
  const body = frontMatter ? text.slice(frontMatter[0].length) : text;
  return {
    title: metaString(meta.get('title')),
    date: dateFromMetadata(meta.get('date')),
    url: metaString(meta.get('url')),
    territory: metaString(meta.get('territory')),
    tags: metaTags(meta.get('tags')),
    blocks: markdownBlocks(body),
  };
}

/** The fields by lowercase name; a Map, so keys such as "constructor" or "__proto__" are just fields. */
function readFrontMatter(source: string): Map<string, unknown> {
  let value: unknown;
  try {
    value = parseYaml(source);
  } catch (error) {
    const firstLine = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new UnparsableFileError(skipReasons.invalidFrontMatter(firstLine));
  }
  if (value === null || value === undefined) return new Map();
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new UnparsableFileError(skipReasons.frontMatterNotFields());
  }
  // Authors write "Title:" as often as "title:".
  return new Map(Object.entries(value).map(([key, field]) => [key.toLowerCase(), field]));
}

function metaString(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function metaTags(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return items.map(metaString).filter((tag): tag is string => tag !== undefined);
}

/** Block structure: headings, list items, table rows and fenced code lines stand alone; other lines join into paragraphs. */
function markdownBlocks(body: string): string[] {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let fence: string | undefined;
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push(plainInline(paragraph.join(' ')));
    paragraph = [];
  };

  for (const rawLine of body.replace(/<!--[\s\S]*?-->/g, '').split(/\r\n|\r|\n/)) {
    if (fence !== undefined) {
      if (rawLine.trim().startsWith(fence)) fence = undefined;
      else blocks.push(rawLine);
      continue;
    }
    const fenceOpen = /^\s{0,3}(`{3,}|~{3,})/.exec(rawLine);
    if (fenceOpen) {
      flush();
      fence = fenceOpen[1];
      continue;
    }
    // Blockquote markers are layout, not text.
    const line = rawLine.replace(/^\s{0,3}(?:>\s?)+/, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    // Rules and setext underlines ("===", "---") end the block above them.
    if (/^\s{0,3}(?:[-*_]\s*){3,}$/.test(line) || /^\s{0,3}=+\s*$/.test(line)) {
      flush();
      continue;
    }
    if (/^\s{0,3}\[[^\]]+\]:\s*\S/.test(line)) continue; // link reference definition
    const heading = /^\s{0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/.exec(line);
    if (heading) {
      flush();
      blocks.push(plainInline(heading[1] ?? ''));
      continue;
    }
    if (/^\s*\|/.test(line)) {
      flush();
      const cells = line.split(/(?<!\\)\|/).map((cell) => cell.trim()).filter((cell) => cell !== '');
      // The header separator row ("|---|:--:|") is layout.
      if (!cells.every((cell) => /^:?-+:?$/.test(cell))) blocks.push(plainInline(cells.join(' | ')));
      continue;
    }
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    if (bullet) {
      flush();
      paragraph.push(bullet[1] ?? '');
      continue;
    }
    // Numbered items keep their number: "1) Transférer des projets" reads better with it.
    if (/^\s*\d{1,9}[.)]\s+/.test(line)) flush();
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

/** Inline Markdown to plain text: links and images keep their text, emphasis and code marks go, escapes resolve. */
function plainInline(text: string): string {
  // Escaped characters are parked in the private-use area so the rules below leave them alone.
  let out = text.replace(/\\([\\`*_{}[\]()#+\-.!|>~<])/g, (_, char: string) =>
    String.fromCharCode(0xe000 + char.charCodeAt(0)),
  );
  out = out
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/<([^>\s@]+@[^>\s]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, '')
    .replace(/(`+)(.+?)\1/g, '$2')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/(?<![\p{L}\p{N}*])\*(?=\S)(.+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1')
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1');
  return out.replace(/[\ue000-\ue07f]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xe000));
}
