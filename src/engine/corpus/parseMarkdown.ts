// Markdown press releases: optional YAML front-matter, then Markdown reduced to plain-text blocks.
// The Markdown is parsed by micromark into an mdast tree (CommonMark, with GitHub's tables and
// strikethrough, and front-matter), so emphasis, escapes, entities, links, code and nesting follow the
// specification instead of regular expressions that re-derive it. The parser loads with the first
// Markdown file (about 0.3 s), so a start-up from the snapshot or over other formats does not pay for it.
import type { List, ListItem, Nodes, Paragraph, Parents, Root, RootContent, Table } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { dateFromMetadata } from './metadataDate.ts';
import { UnparsableFileError, type ParsedDocument } from './parsedDocument.ts';
import { skipReasons } from './skipReasons.ts';

let parser: Promise<(text: string) => Root> | undefined;

/** CommonMark with front-matter, GitHub tables and strikethrough, loaded once. */
function markdownParser(): Promise<(text: string) => Root> {
  parser ??= Promise.all([
    import('mdast-util-from-markdown'),
    import('micromark-extension-frontmatter'),
    import('mdast-util-frontmatter'),
    import('micromark-extension-gfm-table'),
    import('mdast-util-gfm-table'),
    import('micromark-extension-gfm-strikethrough'),
    import('mdast-util-gfm-strikethrough'),
  ]).then(([mdast, frontmatter, frontmatterTree, table, tableTree, strikethrough, strikethroughTree]) => {
    const options = {
      extensions: [frontmatter.frontmatter(['yaml']), table.gfmTable(), strikethrough.gfmStrikethrough()],
      mdastExtensions: [
        frontmatterTree.frontmatterFromMarkdown(['yaml']), tableTree.gfmTableFromMarkdown(), strikethroughTree.gfmStrikethroughFromMarkdown(),
      ],
    };
    return (text: string) => mdast.fromMarkdown(text, options);
  });
  return parser;
}

export async function parseMarkdown(text: string): Promise<ParsedDocument> {
  const tree = (await markdownParser())(text);
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0].value : undefined;
  const meta = yaml === undefined ? new Map<string, unknown>() : readFrontMatter(yaml);
  return {
    title: metaString(meta.get('title')),
    date: dateFromMetadata(meta.get('date')),
    url: metaString(meta.get('url')),
    territory: metaString(meta.get('territory')),
    tags: metaTags(meta.get('tags')),
    blocks: new MarkdownBlocks(text).of(tree),
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

/**
 * The blocks of a Markdown tree: each paragraph, heading, list item and table row (cells joined by
 * " | ") is one, and each line of code; rules, definitions and raw HTML say nothing.
 */
class MarkdownBlocks {
  private readonly blocks: string[] = [];
  private lines: string[] | undefined;

  constructor(private readonly source: string) {}

  of(tree: Root): string[] {
    this.addAll(tree.children);
    return this.blocks;
  }

  private addAll(nodes: readonly RootContent[]): void {
    for (const node of nodes) this.add(node);
  }

  private add(node: RootContent): void {
    switch (node.type) {
      case 'paragraph':
        this.blocks.push(...lineBlocks(linesOf(node)));
        return;
      case 'heading':
        this.blocks.push(inlineText(node));
        return;
      case 'code':
        this.blocks.push(...node.value.split(/\r\n|\r|\n/));
        return;
      case 'blockquote':
        for (const child of node.children) {
          if (child.type === 'paragraph') this.blocks.push(...this.quotedParagraph(child));
          else this.add(child);
        }
        return;
      case 'list':
        this.addList(node);
        return;
      case 'table':
        this.addTable(node);
        return;
      default:
        // yaml (read above), thematic breaks, definitions, raw HTML, footnote definitions.
        return;
    }
  }

  /**
   * A quoted paragraph, and apart from it the lines after it that were typed without ">": CommonMark
   * continues the quote over them ("lazy" lines), but a page pasted as text marks one line (">LIRE
   * AUSSI : …") and goes on with its article, which must not be read as that line.
   */
  private quotedParagraph(paragraph: Paragraph): string[] {
    const startLine = paragraph.position?.start.line;
    const lines = linesOf(paragraph);
    const lazy = startLine === undefined ? -1 : lines.findIndex((_, k) => k > 0 && !QUOTE_MARK.test(this.sourceLine(startLine + k)));
    const parts = lazy < 0 ? [lines] : [lines.slice(0, lazy), lines.slice(lazy)];
    return parts.flatMap(lineBlocks);
  }

  /** Line `n` (1-based) of the source. */
  private sourceLine(n: number): string {
    this.lines ??= this.source.split(/\r\n|\r|\n/);
    return this.lines[n - 1] ?? '';
  }

  /** Numbered items keep their number: "1) Transférer des projets" reads better with it. */
  private addList(list: List): void {
    for (const item of list.children) {
      const [first, ...rest] = item.children;
      if (first?.type === 'paragraph') {
        const marker = list.ordered ? this.marker(item, first) : '';
        this.blocks.push(marker + inlineText(first));
        this.addAll(rest);
      } else {
        this.addAll(item.children);
      }
    }
  }

  /** The item's number as typed ("1)", "2."), with the space after it. */
  private marker(item: ListItem, content: Nodes): string {
    const start = item.position?.start.offset;
    const end = content.position?.start.offset;
    if (start === undefined || end === undefined) return '';
    const typed = this.source.slice(start, end).trim();
    return typed === '' ? '' : `${typed} `;
  }

  private addTable(table: Table): void {
    for (const row of table.children) {
      const cells = row.children.map((cell) => inlineText(cell)).filter((cell) => cell !== '');
      if (cells.length > 0) this.blocks.push(cells.join(' | '));
    }
  }
}

/** A line of a block quote, its ">" typed (up to three spaces may indent it). */
const QUOTE_MARK = /^ {0,3}>/;

/**
 * A node's text as read: links and images keep their words, marks and raw HTML go, line breaks are
 * spaces — or, with `keepLines`, "\n", so a caller can tell the source lines apart.
 */
function inlineText(node: Parents, keepLines = false): string {
  let out = '';
  for (const child of node.children) {
    if (child.type === 'text' || child.type === 'inlineCode') out += child.value;
    else if (child.type === 'image' || child.type === 'imageReference') out += child.alt ?? '';
    else if (child.type === 'break') out += keepLines ? '\n' : ' ';
    else if ('children' in child) out += inlineText(child, keepLines);
  }
  return keepLines ? out.replace(/\r\n|\r/g, '\n') : joinLines(out);
}

/** A paragraph's source lines, as read. */
function linesOf(paragraph: Paragraph): string[] {
  return inlineText(paragraph, true).split('\n');
}

// A line of a paragraph that ends a sentence, or a short one without final punctuation followed by a
// line that opens on a capital ("En marche d'ici février 2024" above "Après réflexion, la commune…").
const ENDS_SENTENCE = /[.!?…]["»”)]?\s*$/u;
const OPENS_ANEW = /^\s*(?:\p{Lu}|\d|[«"“])/u;
const SHORT_LINE = 60;
// A line that stops on an article, a preposition or a conjunction goes on: no heading ends so.
const ENDS_MID_PHRASE = /(?:^|\s)(?:de|du|des|la|le|les|à|au|aux|avec|pour|par|sur|dans|en|et|ou|un|une|que|qui|d['’]|l['’])\s*$/iu;

/**
 * The blocks of a paragraph's lines. A page pasted as Markdown often puts each paragraph, heading or
 * caption on a line of its own with no blank line between them, so one Markdown paragraph holds them
 * all: a line that ends a sentence, or a short line without final punctuation before a line that opens
 * on a capital, ends a block. A long line that stops mid-sentence is a wrapped one ("…le tour de France
 * des" / "Ateliers des Territoires Connectés…") and goes on with the next.
 */
function lineBlocks(lines: readonly string[]): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  lines.forEach((line, k) => {
    current.push(line);
    const next = lines[k + 1];
    if (next === undefined || endsBlock(line, next)) {
      blocks.push(joinLines(current.join('\n')));
      current = [];
    }
  });
  return blocks.filter((block) => block !== '');
}

function endsBlock(line: string, next: string): boolean {
  if (!OPENS_ANEW.test(next)) return false;
  return ENDS_SENTENCE.test(line) || (line.trim().length <= SHORT_LINE && !/[,;:]\s*$/.test(line) && !ENDS_MID_PHRASE.test(line));
}

function joinLines(text: string): string {
  return text.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' ').trim();
}
