// Paragraphs of a PDF: lines of a flow belong together until the spacing, the type size, a bullet, an
// indent or a line ended on purpose says otherwise; a paragraph cut by a page break is put back together.
import type { Flow, TextLine } from './pdfReadingOrder.ts';

export interface PdfParagraph {
  lines: string[];
  fontSize: number;
  /** 0-based page where it starts. */
  page: number;
  /** Its last line reaches the right edge of its column, as a line that wraps on does. */
  endsFullWidth: boolean;
}

export interface ParagraphLayout {
  bodyFontSize: number;
  /** Usual distance between baselines, in font sizes. */
  leading: number;
}

const BULLET = /^[•●▪■◦‣∙·►▶✓✔→*–—-]\s/u;
const SENTENCE_END = /[.!?…:;»"”)]$/u;

/** The usual baseline-to-baseline distance of consecutive lines set in the same size (1.2 when there are none). */
export function typicalLeading(flows: readonly Flow[]): number {
  const ratios: number[] = [];
  for (const flow of flows) {
    for (let index = 1; index < flow.length; index++) {
      const [prev, line] = [flow[index - 1] as TextLine, flow[index] as TextLine];
      if (Math.abs(line.fontSize - prev.fontSize) > 0.1 * prev.fontSize) continue;
      const ratio = (line.baseline - prev.baseline) / line.fontSize;
      if (ratio > 0.8 && ratio < 2.5) ratios.push(ratio);
    }
  }
  ratios.sort((a, b) => a - b);
  return ratios[Math.floor(ratios.length / 2)] ?? 1.2;
}

export function pageParagraphs(flows: readonly Flow[], page: number, layout: ParagraphLayout): PdfParagraph[] {
  const paragraphs: PdfParagraph[] = [];
  for (const flow of flows) {
    const flowLeft = Math.min(...flow.map((line) => line.left));
    const flowRight = Math.max(...flow.map((line) => line.right));
    let current: PdfParagraph | undefined;
    let prev: TextLine | undefined;
    for (const line of flow) {
      if (current === undefined || prev === undefined || startsParagraph(prev, line, { flowLeft, flowRight }, layout)) {
        current = { lines: [], fontSize: line.fontSize, page, endsFullWidth: false };
        paragraphs.push(current);
      }
      current.lines.push(line.text);
      current.endsFullWidth = line.right >= flowRight - 0.05 * (flowRight - flowLeft);
      prev = line;
    }
  }
  return paragraphs;
}

function startsParagraph(prev: TextLine, line: TextLine, flow: { flowLeft: number; flowRight: number }, layout: ParagraphLayout): boolean {
  if (Math.abs(line.fontSize - prev.fontSize) > 0.1 * prev.fontSize) return true;
  const distance = line.baseline - prev.baseline;
  if (distance <= 0 || distance > line.fontSize * layout.leading * 1.3 + 1) return true;
  if (BULLET.test(line.text)) return true;
  // Headings and titles are set as a unit, short lines and all; only body text breaks lines on purpose.
  if (prev.fontSize > 1.1 * layout.bodyFontSize) return false;
  return endedOnPurpose(prev, line, flow.flowRight) || isFirstLineIndent(prev, line, flow.flowLeft);
}

/** The next line's first word would have fitted at the end of this one: the writer broke the line. */
function endedOnPurpose(prev: TextLine, line: TextLine, flowRight: number): boolean {
  if (/[-\u2010\u00ad]$/u.test(prev.text)) return false;
  const nextWord = /^\S+/u.exec(line.text)?.[0] ?? '';
  const characterWidth = (prev.right - prev.left) / Math.max(1, prev.text.length);
  return prev.right + (nextWord.length + 1) * characterWidth < flowRight - 1;
}

function isFirstLineIndent(prev: TextLine, line: TextLine, flowLeft: number): boolean {
  const indent = line.left - flowLeft;
  return indent > 0.9 * line.fontSize && indent < 5 * line.fontSize && prev.left - flowLeft < 0.5 * line.fontSize;
}

/**
 * Joins a paragraph that a page break cut: the page ends mid-sentence, and the next one goes on in
 * lower case or the cut line ran to the right edge.
 */
export function joinAcrossPages(pages: readonly PdfParagraph[][]): PdfParagraph[] {
  const joined: PdfParagraph[] = [];
  for (const paragraphs of pages) {
    paragraphs.forEach((paragraph, index) => {
      const before = joined.at(-1);
      const lastLine = before?.lines.at(-1) ?? '';
      const continues =
        index === 0 &&
        before !== undefined &&
        before.page < paragraph.page &&
        Math.abs(before.fontSize - paragraph.fontSize) <= 0.1 * before.fontSize &&
        !SENTENCE_END.test(lastLine) &&
        (/^\p{Ll}/u.test(paragraph.lines[0] ?? '') || before.endsFullWidth);
      if (continues) before.lines.push(...paragraph.lines);
      else joined.push({ ...paragraph, lines: [...paragraph.lines] });
    });
  }
  return joined;
}
