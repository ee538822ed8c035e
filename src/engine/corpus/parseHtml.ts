// HTML press releases: visible text in reading order, page chrome and code left out, metadata from <head>.
import { Parser } from 'htmlparser2';
import { dateFromMetadata } from './metadataDate.ts';
import type { ParsedDocument } from './parsedDocument.ts';

// Elements whose text is not part of the release: code, page chrome, UI controls, graphics and their captions.
const DROPPED = new Set([
  'script', 'style', 'nav', 'header', 'footer', 'aside', 'noscript', 'template', 'svg', 'figcaption',
  'head', 'iframe', 'object', 'canvas', 'button', 'select', 'textarea',
]);

// Page chrome that pages mark with a class, an id or a role rather than with <nav> or <footer>: cookie
// banners, breadcrumbs, share buttons, menus, sidebars, "lire aussi" blocks, captions and credits.
// Matched on the parts of a class or id ("bandeau-cookies" → bandeau, cookies); "header" alone is not
// among them: an article's own header holds its title and date.
const CHROME_PARTS = new Set([
  'cookie', 'cookies', 'consent', 'rgpd', 'gdpr', 'tarteaucitron', 'tarteaucitronroot', 'breadcrumb', 'breadcrumbs',
  'ariane', 'share', 'sharing', 'partage', 'social', 'newsletter', 'sidebar', 'related', 'comments', 'skip',
  'pagination', 'menu', 'navbar', 'topbar', 'footer', 'legende', 'caption', 'credit', 'credits', 'tags',
  'search', 'recherche', 'retour', 'rubrique', 'categorie', 'category',
]);
const CHROME_NAMES = new Set(['site-header', 'lire-aussi', 'a-lire', 'top-bar']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog']);

// Elements that hold the page itself, whatever their classes say ("<body class='has-sidebar'>").
const NEVER_CHROME = new Set(['html', 'body', 'main', 'article']);
// Class names that describe the page's layout, not the element: "has-sidebar", "with-menu", "no-comments".
const LAYOUT_CLASS = /^(?:has|with|no|is|page|template|layout)-/;

/** Whether an element's class, id, role or aria-hidden marks it as page chrome. */
function isChrome(name: string, attribs: Attributes): boolean {
  if (NEVER_CHROME.has(name)) return false;
  if (attribs['aria-hidden'] === 'true' || CHROME_ROLES.has((attribs.role ?? '').toLowerCase())) return true;
  const names = `${attribs.class ?? ''} ${attribs.id ?? ''}`.toLowerCase().split(/\s+/).filter((n) => n !== '' && !LAYOUT_CLASS.test(n));
  return names.some((n) => CHROME_NAMES.has(n) || n.split(/[-_]+/).some((part) => CHROME_PARTS.has(part)));
}

// Elements that start a new block of text; inline ones (a, b, span, em...) join their neighbours. Table
// cells join their row, separated by " | ", as the .docx and .odt readers join them: "Auch | 13 000 prises"
// keeps a figure with what it is the figure of.
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

// Where a publication date may be declared, most explicit first.
const DATE_META_NAMES = ['date', 'article:published_time', 'dc.date', 'dcterms.date', 'dc.date.issued', 'pubdate'];

interface OpenElement {
  name: string;
  dropped: boolean;
  /** Page chrome by its class, id or role (kept apart from `dropped`: the judgement may be undone). */
  chrome: boolean;
}

type Attributes = Record<string, string>;

/** What the page says about itself in <head> and in the markup: title, dates, links, keywords. */
class PageMetadata {
  titleText: string | undefined;
  inTitle = false;
  firstH1: string | undefined;
  h1Text: string | undefined;
  timeDate: string | undefined;
  canonical: string | undefined;
  ogUrl: string | undefined;
  keywords: string | undefined;
  readonly metaDates = new Map<string, string>();

  /** <title> (not an SVG's), the first visible <h1>, <meta>, <link rel=canonical>, <time datetime>. */
  open(name: string, attribs: Attributes, open: readonly OpenElement[], droppedDepth: number): void {
    if (name === 'title' && this.titleText === undefined && !open.some((element) => element.name === 'svg')) {
      this.inTitle = true;
      this.titleText = '';
    } else if (name === 'h1' && this.firstH1 === undefined && droppedDepth === 0) {
      this.h1Text = '';
    } else if (name === 'meta') {
      this.meta(attribs);
    } else if (name === 'link' && attribs.rel?.toLowerCase().split(/\s+/).includes('canonical')) {
      this.canonical ??= attribs.href?.trim();
    } else if (name === 'time' && attribs.datetime !== undefined) {
      this.timeDate ??= dateFromMetadata(attribs.datetime);
    }
  }

  private meta(attribs: Attributes): void {
    const key = (attribs.name ?? attribs.property ?? attribs.itemprop ?? '').toLowerCase();
    const content = attribs.content;
    if (content === undefined) return;
    if (DATE_META_NAMES.includes(key) && !this.metaDates.has(key)) this.metaDates.set(key, content);
    if (key === 'og:url') this.ogUrl ??= content.trim();
    if (key === 'keywords') this.keywords ??= content;
  }

  close(name: string): void {
    if (name === 'title') this.inTitle = false;
    if (name === 'h1' && this.h1Text !== undefined) {
      this.firstH1 = this.h1Text;
      this.h1Text = undefined;
    }
  }

  document(blocks: string[]): ParsedDocument {
    const metaDate = DATE_META_NAMES.map((key) => dateFromMetadata(this.metaDates.get(key))).find((date) => date !== undefined);
    const title = [this.titleText, this.firstH1].find((candidate) => candidate !== undefined && candidate.trim() !== '');
    return {
      title,
      date: metaDate ?? this.timeDate,
      url: this.canonical || this.ogUrl || undefined,
      tags: (this.keywords ?? '').split(',').map((tag) => tag.trim()).filter((tag) => tag !== ''),
      blocks,
    };
  }
}

/** The visible text as blocks, following the open elements (dropped ones, preformatted ones). */
class HtmlReader {
  constructor(private readonly dropsChrome: boolean) {}

  readonly blocks: string[] = [];
  readonly meta = new PageMetadata();
  private readonly open: OpenElement[] = [];
  private droppedDepth = 0;
  private chromeDepth = 0;
  private preDepth = 0;
  private text = '';
  /** Characters of text kept, and left out as chrome by class or role. */
  keptCharacters = 0;
  chromeCharacters = 0;

  onOpenTag(name: string, attribs: Attributes): void {
    const dropped = DROPPED.has(name) || 'hidden' in attribs;
    const chrome = !dropped && this.dropsChrome && isChrome(name, attribs);
    this.open.push({ name, dropped, chrome });
    if (dropped) this.droppedDepth++;
    if (chrome) this.chromeDepth++;
    if (BLOCK.has(name)) this.flush();
    if ((name === 'td' || name === 'th') && this.text.trim() !== '' && !this.text.trimEnd().endsWith('|')) this.text += ' | ';
    if (name === 'pre') this.preDepth++;
    this.meta.open(name, attribs, this.open, this.droppedDepth + this.chromeDepth);
  }

  onText(data: string): void {
    if (this.meta.inTitle) this.meta.titleText += data;
    if (this.droppedDepth > 0) return;
    if (this.chromeDepth > 0) {
      this.chromeCharacters += data.trim().length;
      return;
    }
    this.keptCharacters += data.trim().length;
    if (this.meta.h1Text !== undefined) this.meta.h1Text += data;
    if (this.preDepth === 0) {
      this.text += data;
      return;
    }
    // Preformatted text keeps its line structure: each line is a block.
    data.split(/\r\n|\r|\n/).forEach((line, index) => {
      if (index > 0) this.flush();
      this.text += line;
    });
  }

  onCloseTag(name: string): void {
    this.meta.close(name);
    if (BLOCK.has(name)) this.flush();
    // The parser closes elements in order; searching from the top tolerates a stray end tag.
    const index = this.open.map((element) => element.name).lastIndexOf(name);
    if (index === -1) return;
    for (const element of this.open.splice(index)) {
      if (element.dropped) this.droppedDepth--;
      if (element.chrome) this.chromeDepth--;
      if (element.name === 'pre') this.preDepth--;
    }
  }

  flush(): void {
    if (this.text.trim() !== '') this.blocks.push(this.text);
    this.text = '';
  }
}

/** Share of a page's text that may be judged chrome by class or role: past it, the judgement is wrong. */
const MAX_CHROME_SHARE = 0.75;

export function parseHtml(html: string): ParsedDocument {
  const reader = readPage(html, true);
  // A page whose content wrapper carries a chrome-like class ("content-share") would lose its text:
  // read it again without judging chrome by class when most of the text went.
  const chromeShare = reader.chromeCharacters / Math.max(1, reader.chromeCharacters + reader.keptCharacters);
  const chosen = chromeShare > MAX_CHROME_SHARE ? readPage(html, false) : reader;
  return chosen.meta.document(chosen.blocks);
}

function readPage(html: string, dropsChrome: boolean): HtmlReader {
  const reader = new HtmlReader(dropsChrome);
  const parser = new Parser(
    {
      onopentag: (name, attribs) => reader.onOpenTag(name, attribs),
      ontext: (data) => reader.onText(data),
      onclosetag: (name) => reader.onCloseTag(name),
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  reader.flush();
  return reader;
}
