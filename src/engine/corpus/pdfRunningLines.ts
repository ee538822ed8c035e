// Running headers, footers and page numbers: the rows in a page's top or bottom margin that repeat on
// most pages (digits aside, so "Page 2 sur 5" and "Page 3 sur 5" are the same line) or only number it.
import { rowText, type TextRow } from './pdfRows.ts';

export interface PageRows {
  height: number;
  rows: TextRow[];
}

// The share of the page height, from the top and from the bottom, where running lines live.
const MARGIN_BAND = 0.15;

const PAGE_NUMBER = /^[-–—\s]*(?:(?:page|p\.)\s*)?\d{1,4}(?:\s*(?:\/|sur|of|de|on)\s*\d{1,4})?[-–—\s]*$/iu;

/**
 * The pages without their running lines. Rows set larger than the body text are kept: a title that
 * the following pages repeat small in their header is still the first page's title.
 */
export function dropRunningLines(pages: readonly PageRows[], bodyFontSize: number): PageRows[] {
  const pagesWith = new Map<string, number>();
  const keys = pages.map((page) =>
    page.rows.map((row) =>
      inMarginBand(row, page.height) && row.fontSize <= 1.2 * bodyFontSize ? runningKey(rowText(row)) : undefined,
    ),
  );
  for (const pageKeys of keys) {
    for (const key of new Set(pageKeys)) if (key !== undefined) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  // "Most pages", and never fewer than two: one page has nothing to repeat.
  const repeatedOn = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((page, pageIndex) => ({
    height: page.height,
    rows: page.rows.filter((row, rowIndex) => {
      const key = keys[pageIndex]?.[rowIndex];
      if (key === undefined) return true;
      return !(PAGE_NUMBER.test(rowText(row)) || (pagesWith.get(key) ?? 0) >= repeatedOn);
    }),
  }));
}

function inMarginBand(row: TextRow, pageHeight: number): boolean {
  return row.baseline < MARGIN_BAND * pageHeight || row.baseline > (1 - MARGIN_BAND) * pageHeight;
}

/** What makes two running lines the same: case, spacing and the digits of page numbers and dates aside. */
function runningKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}
