// HTML press releases: visible text in reading order, page chrome and code left out, metadata from <head>.
import { Parser } from 'htmlparser2';
import { dateFromMetadata } from './metadataDate.ts';
import type { ParsedDocument } from './parsedDocument.ts';

// Elements whose text is not part of the release: code, page chrome, UI controls, graphics.
const DROPPED = new Set([
  'script', 'style', 'nav', 'header', 'footer', 'aside', 'noscript', 'template', 'svg',
  'head', 'iframe', 'object', 'canvas', 'button', 'select', 'textarea',
]);

// Elements that start a new block of text; inline ones (a, b, span, em...) join their neighbours.
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

// Where a publication date may be declared, most explicit first.
const DATE_META_NAMES = ['date', 'article:published_time', 'dc.date', 'dcterms.date', 'dc.date.issued', 'pubdate'];

interface OpenElement {
  name: string;
  dropped: boolean;
}

export function parseHtml(html: string): ParsedDocument {
  const blocks: string[] = [];
  const open: OpenElement[] = [];
  const metaDates = new Map<string, string>();
  let droppedDepth = 0;
  let preDepth = 0;
  let text = '';
  let titleText: string | undefined;
  let inTitle = false;
  let firstH1: string | undefined;
  let h1Text: string | undefined;
  let timeDate: string | undefined;
  let canonical: string | undefined;
  let ogUrl: string | undefined;
  let keywords: string | undefined;

  const flush = (): void => {
    if (text.trim() !== '') blocks.push(text);
    text = '';
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const dropped = DROPPED.has(name) || 'hidden' in attribs;
        open.push({ name, dropped });
        if (dropped) droppedDepth++;
        if (BLOCK.has(name)) flush();
        if (name === 'pre') preDepth++;

        if (name === 'title' && titleText === undefined && !open.some((element) => element.name === 'svg')) {
          inTitle = true;
          titleText = '';
        } else if (name === 'h1' && firstH1 === undefined && droppedDepth === 0) {
          h1Text = '';
        } else if (name === 'meta') {
          const key = (attribs.name ?? attribs.property ?? attribs.itemprop ?? '').toLowerCase();
          const content = attribs.content;
          if (content === undefined) return;
          if (DATE_META_NAMES.includes(key) && !metaDates.has(key)) metaDates.set(key, content);
          if (key === 'og:url') ogUrl ??= content.trim();
          if (key === 'keywords') keywords ??= content;
        } else if (name === 'link' && attribs.rel?.toLowerCase().split(/\s+/).includes('canonical')) {
          canonical ??= attribs.href?.trim();
        } else if (name === 'time' && attribs.datetime !== undefined) {
          timeDate ??= dateFromMetadata(attribs.datetime);
        }
      },
      ontext(data) {
        if (inTitle) titleText += data;
        if (droppedDepth > 0) return;
        if (h1Text !== undefined) h1Text += data;
        if (preDepth === 0) {
          text += data;
          return;
        }
        // Preformatted text keeps its line structure: each line is a block.
        const lines = data.split(/\r\n|\r|\n/);
        lines.forEach((line, index) => {
          if (index > 0) flush();
          text += line;
        });
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (name === 'h1' && h1Text !== undefined) {
          firstH1 = h1Text;
          h1Text = undefined;
        }
        if (BLOCK.has(name)) flush();
        // The parser closes elements in order; searching from the top tolerates a stray end tag.
        const index = open.map((element) => element.name).lastIndexOf(name);
        if (index === -1) return;
        for (const element of open.splice(index)) {
          if (element.dropped) droppedDepth--;
          if (element.name === 'pre') preDepth--;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();

  const metaDate = DATE_META_NAMES.map((key) => dateFromMetadata(metaDates.get(key))).find((date) => date !== undefined);
  const title = [titleText, firstH1].find((candidate) => candidate !== undefined && candidate.trim() !== '');
  return {
    title,
    date: metaDate ?? timeDate,
    url: canonical || ogUrl || undefined,
    tags: (keywords ?? '').split(',').map((tag) => tag.trim()).filter((tag) => tag !== ''),
    blocks,
  };
}
