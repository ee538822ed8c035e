// PDF press releases through Mozilla's pdf.js (read in a worker thread, pdfTextExtractor.ts): positioned
// text in reading order (columns, paragraphs), without running headers, footers and page numbers, words
// cut at line ends repaired; title and date from the document's properties, else from the text.
import type { DocumentLimits } from './documentLimits.ts';
import { joinLines, wordsOf } from './lineHyphenation.ts';
import { dateFromMetadata } from './metadataDate.ts';
import { usableTitle } from './metadataTitle.ts';
import { joinAcrossPages, pageParagraphs, typicalLeading, type PdfParagraph } from './pdfParagraphs.ts';
import { readingOrder, type Flow } from './pdfReadingOrder.ts';
import { bodyFontSize, groupRows, type PositionedText } from './pdfRows.ts';
import { dropRunningLines, type PageRows } from './pdfRunningLines.ts';
import { extractPdfText, type RawPdf, type RawPdfPage } from './pdfTextExtractor.ts';
import { UnparsableFileError, type ParsedDocument } from './parsedDocument.ts';
import { type SkipReason, skipReasons } from './skipReasons.ts';

interface PageText {
  height: number;
  items: PositionedText[];
}

// A text page holds a thousand letters or more; a scan's stray stamp a few dozen at most.
const MIN_LETTERS_PER_PAGE = 40;

export async function parsePdf(bytes: Uint8Array, limits: DocumentLimits): Promise<ParsedDocument> {
  const pdf: RawPdf = await extractPdfText(bytes, limits.maxPdfPages, limits.pdfTimeoutMs);
  if (pdf.numPages > limits.maxPdfPages) {
    throw new UnparsableFileError(skipReasons.tooManyPages(limits.maxPdfPages, pdf.numPages));
  }
  const pages = pdf.pages.map(pageText);
  const letters = pages.reduce((sum, page) => sum + countLetters(page.items), 0);
  if (letters < MIN_LETTERS_PER_PAGE * Math.max(1, pdf.numPages)) {
    throw new UnparsableFileError(skipReasons.noTextLayer());
  }
  return documentFrom(pages, pdf.info);
}

function pageText(page: RawPdfPage): PageText {
  const items: PositionedText[] = [];
  for (const item of page.items) {
    const positioned = onPage(item.text, item.transform, item.width, page.viewport);
    if (positioned) items.push(positioned);
  }
  return { height: page.height, items };
}

/** A run in page coordinates (top-left origin), or undefined for rotated or vertical text (margin notes, stamps). */
function onPage(text: string, transform: number[], width: number, viewport: number[]): PositionedText | undefined {
  const [a, b, c, d, e, f] = multiply(viewport, transform);
  const fontSize = Math.hypot(c, d);
  if (!(a > 0) || Math.abs(b) > 0.05 * a || fontSize < 1) return undefined;
  return { text, x: e, baseline: f, width, fontSize };
}

function multiply(m: number[], n: number[]): [number, number, number, number, number, number] {
  const [m0 = 0, m1 = 0, m2 = 0, m3 = 0, m4 = 0, m5 = 0] = m;
  const [n0 = 0, n1 = 0, n2 = 0, n3 = 0, n4 = 0, n5 = 0] = n;
  return [
    m0 * n0 + m2 * n1, m1 * n0 + m3 * n1,
    m0 * n2 + m2 * n3, m1 * n2 + m3 * n3,
    m0 * n4 + m2 * n5 + m4, m1 * n4 + m3 * n5 + m5,
  ];
}

function countLetters(items: readonly PositionedText[]): number {
  let letters = 0;
  for (const item of items) letters += item.text.match(/\p{L}/gu)?.length ?? 0;
  return letters;
}

function documentFrom(pages: readonly PageText[], info: RawPdf['info']): ParsedDocument {
  const body = bodyFontSize(pages.flatMap((page) => page.items));
  const rows: PageRows[] = pages.map((page) => ({ height: page.height, rows: groupRows(page.items) }));
  const pageFlows: Flow[][] = dropRunningLines(rows, body).map((page) => readingOrder(page.rows));
  const layout = { bodyFontSize: body, leading: typicalLeading(pageFlows.flat()) };
  const paragraphs = joinAcrossPages(pageFlows.map((flows, page) => pageParagraphs(flows, page, layout)));
  const knownWords = wordsOf(paragraphs.flatMap((paragraph) => paragraph.lines));
  const blocks = paragraphs.map((paragraph) => joinLines(paragraph.lines, knownWords));
  return {
    title: usableTitle(info.Title) ?? titleByTypeSize(paragraphs, blocks, body),
    date: pdfDate(info.CreationDate),
    tags: keywords(info.Keywords),
    blocks,
  };
}

/** The first page's largest text, when it stands out from the body as a title does. */
function titleByTypeSize(paragraphs: readonly PdfParagraph[], blocks: readonly string[], body: number): string | undefined {
  const firstPage = paragraphs.map((paragraph, index) => ({ paragraph, index })).filter(({ paragraph }) => paragraph.page === 0);
  const largest = Math.max(0, ...firstPage.map(({ paragraph }) => paragraph.fontSize));
  if (largest < 1.2 * body) return undefined;
  const found = firstPage.find(({ paragraph }) => paragraph.fontSize === largest);
  const title = found === undefined ? undefined : blocks[found.index];
  return title !== undefined && title.length <= 300 ? title : undefined;
}

/** "D:20210303093000+01'00'" as written (its own day, whatever the time zone), when it is a real date. */
function pdfDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value.trim());
  return match ? dateFromMetadata(`${match[1]}-${match[2]}-${match[3]}`) : undefined;
}

function keywords(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return value.split(/[,;]/).map((tag) => tag.trim()).filter((tag) => tag !== '' && tag.length <= 60);
}
