// Rows of a PDF page: pdf.js hands out runs of positioned text (often one per word); runs sharing a
// baseline are one row, read left to right.

/** A run of text on a page, in points from the top-left corner (y grows downwards). */
export interface PositionedText {
  text: string;
  x: number;
  /** The baseline's distance from the top of the page. */
  baseline: number;
  width: number;
  fontSize: number;
}

export interface TextRow {
  /** Left to right. */
  items: PositionedText[];
  baseline: number;
  fontSize: number;
  left: number;
  right: number;
}

/**
 * Groups runs into rows, top to bottom. Runs whose baselines are within half a font size of each
 * other share a row, so a raised "er" in "1er" stays with its line while the next line does not.
 */
export function groupRows(items: readonly PositionedText[]): TextRow[] {
  const sorted = items.filter((item) => item.text.trim() !== '').sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const rows: PositionedText[][] = [];
  let current: PositionedText[] = [];
  let reference: PositionedText | undefined;
  for (const item of sorted) {
    if (reference && Math.abs(item.baseline - reference.baseline) <= 0.5 * Math.max(item.fontSize, reference.fontSize)) {
      current.push(item);
      if (item.fontSize > reference.fontSize) reference = item;
      continue;
    }
    if (current.length > 0) rows.push(current);
    current = [item];
    reference = item;
  }
  if (current.length > 0) rows.push(current);
  return rows.map(toRow);
}

/** A row made of some runs (e.g. one side of a column gutter). */
export function toRow(items: readonly PositionedText[]): TextRow {
  const ordered = [...items].sort((a, b) => a.x - b.x);
  const main = dominantItem(ordered);
  return {
    items: ordered,
    baseline: main.baseline,
    fontSize: main.fontSize,
    left: Math.min(...ordered.map((item) => item.x)),
    right: Math.max(...ordered.map((item) => item.x + item.width)),
  };
}

/** The run with the most characters: its size is the row's size (a small footnote mark does not count). */
function dominantItem(items: readonly PositionedText[]): PositionedText {
  let best = items[0] as PositionedText;
  for (const item of items) if (item.text.trim().length > best.text.trim().length) best = item;
  return best;
}

/** Empty spaces inside a row at least `minWidth` wide, left to right. */
export function rowGaps(row: TextRow, minWidth: number): Array<{ start: number; end: number }> {
  const gaps: Array<{ start: number; end: number }> = [];
  let reach = -Infinity;
  for (const item of row.items) {
    if (reach !== -Infinity && item.x - reach >= minWidth) gaps.push({ start: reach, end: item.x });
    reach = Math.max(reach, item.x + item.width);
  }
  return gaps;
}

/**
 * The row's text. Runs are joined with a space when the page leaves room for one; a gap of two font
 * sizes or more (a table's next cell, a tab stop) becomes " | ", as table rows read in the other formats.
 */
export function rowText(row: TextRow): string {
  let text = '';
  let reach: number | undefined;
  for (const item of row.items) {
    if (reach !== undefined) {
      const gap = item.x - reach;
      if (gap >= 2 * row.fontSize) text += ' | ';
      else if (gap > 0.15 * item.fontSize || /\s$/.test(text) || /^\s/.test(item.text)) text += ' ';
    }
    text += item.text;
    reach = Math.max(reach ?? -Infinity, item.x + item.width);
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** The size most of the text is set in (weighted by characters, to the half point). */
export function bodyFontSize(items: readonly PositionedText[]): number {
  const characters = new Map<number, number>();
  for (const item of items) {
    const size = Math.round(item.fontSize * 2) / 2;
    characters.set(size, (characters.get(size) ?? 0) + item.text.trim().length);
  }
  let best = 0;
  let bestCount = -1;
  for (const [size, count] of characters) {
    if (count > bestCount) [best, bestCount] = [size, count];
  }
  return best || 10;
}
