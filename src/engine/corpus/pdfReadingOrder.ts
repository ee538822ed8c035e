// Reading order of a PDF page: rows top to bottom, except where the page is set in columns, which are
// read one after the other (left column down, then the right one), each possibly in columns again.
import { rowGaps, rowText, toRow, type PositionedText, type TextRow } from './pdfRows.ts';

export interface TextLine {
  text: string;
  left: number;
  right: number;
  baseline: number;
  fontSize: number;
}

/** Lines read in one go, top to bottom: a column, or a stretch of full-width rows. */
export type Flow = TextLine[];

interface Gutter {
  start: number;
  end: number;
}

// Columns inside columns are rare; the cap only bounds the work on pathological pages.
const MAX_DEPTH = 4;
// A column's lines are mostly full: a two-column table of short labels and values is not columns.
const MIN_COLUMN_FILL = 0.75;
// Rows with text on both sides of the gutter before it counts as one: two aligned gaps are chance.
const MIN_TWO_SIDED_ROWS = 3;

export function readingOrder(rows: readonly TextRow[], depth = 0): Flow[] {
  const flows: Flow[] = [];
  let fullWidth: Flow = [];
  let index = 0;
  while (index < rows.length) {
    const region = depth < MAX_DEPTH ? columnsStartingAt(rows, index) : undefined;
    if (region === undefined) {
      fullWidth.push(lineOf(rows[index] as TextRow));
      index++;
      continue;
    }
    if (fullWidth.length > 0) flows.push(fullWidth);
    fullWidth = [];
    const { left, right } = splitAt(rows.slice(index, region.end), region.gutter);
    flows.push(...readingOrder(left, depth + 1), ...readingOrder(right, depth + 1));
    index = region.end;
  }
  if (fullWidth.length > 0) flows.push(fullWidth);
  return flows;
}

function lineOf(row: TextRow): TextLine {
  return { text: rowText(row), left: row.left, right: row.right, baseline: row.baseline, fontSize: row.fontSize };
}

/**
 * The longest run of rows from `start` that share an empty vertical strip with text on both sides in
 * at least three of them, and whose two sides are set like columns of running text.
 */
function columnsStartingAt(rows: readonly TextRow[], start: number): { end: number; gutter: Gutter } | undefined {
  const first = rows[start] as TextRow;
  const minWidth = Math.max(6, 0.8 * first.fontSize);
  let best: { end: number; gutter: Gutter } | undefined;
  for (const gap of rowGaps(first, minWidth)) {
    let gutter: Gutter = gap;
    let twoSided = 1;
    let end = start + 1;
    for (; end < rows.length; end++) {
      const row = rows[end] as TextRow;
      if (crosses(row, gutter)) break;
      const around = rowGaps(row, 0).find((candidate) => candidate.start <= gutter.end && candidate.end >= gutter.start);
      if (around === undefined) continue; // text on one side only: a column's short last lines
      const narrowed = { start: Math.max(gutter.start, around.start), end: Math.min(gutter.end, around.end) };
      if (narrowed.end - narrowed.start < minWidth) break;
      gutter = narrowed;
      twoSided++;
    }
    if (twoSided < MIN_TWO_SIDED_ROWS || (best && end <= best.end)) continue;
    const { left, right } = splitAt(rows.slice(start, end), gutter);
    if (isColumn(left) && isColumn(right)) best = { end, gutter };
  }
  return best;
}

function crosses(row: TextRow, gutter: Gutter): boolean {
  return row.items.some((item) => item.x < gutter.end - 0.5 && item.x + item.width > gutter.start + 0.5);
}

function splitAt(rows: readonly TextRow[], gutter: Gutter): { left: TextRow[]; right: TextRow[] } {
  const middle = (gutter.start + gutter.end) / 2;
  const left: TextRow[] = [];
  const right: TextRow[] = [];
  for (const row of rows) {
    const leftItems: PositionedText[] = [];
    const rightItems: PositionedText[] = [];
    for (const item of row.items) (item.x + item.width / 2 < middle ? leftItems : rightItems).push(item);
    if (leftItems.length > 0) left.push(toRow(leftItems));
    if (rightItems.length > 0) right.push(toRow(rightItems));
  }
  return { left, right };
}

/** Most rows reach close to the side's right edge, as wrapped running text does. */
function isColumn(rows: readonly TextRow[]): boolean {
  if (rows.length < MIN_TWO_SIDED_ROWS) return false;
  const leftEdge = Math.min(...rows.map((row) => row.left));
  const rightEdge = Math.max(...rows.map((row) => row.right));
  const width = rightEdge - leftEdge;
  if (width <= 0) return false;
  const fills = rows.map((row) => (row.right - leftEdge) / width).sort((a, b) => a - b);
  // The lower median: with few rows, one full line must not decide.
  return (fills[Math.floor((fills.length - 1) / 2)] ?? 0) >= MIN_COLUMN_FILL;
}
