// A table row is one passage, its cells joined by " | ", read with the table's header row as what it
// follows on from (splitPassages.ts). The header cell above a value says what the value is: in
// "Haut-Allier | 5 200 | 4 950 | juin 2024" under "Territoire | Prises prévues | Prises raccordables |
// Fin des travaux", 4 950 counts the prises raccordables and juin 2024 is the end of the works.
import { type AnalyzedToken, analyzeFrench } from '../analysis/analyzeFrench.ts';

const CELL_SEPARATOR = ' | ';

/** The header cell above the cell of `row` holding `offset`, when row and header have as many cells. */
export function columnHeading(row: string, header: string | undefined, offset: number): string | undefined {
  if (header === undefined || !isRowOf(row, header)) return undefined;
  const heads = header.split(CELL_SEPARATOR);
  const cells = row.split(CELL_SEPARATOR);
  let start = 0;
  for (let k = 0; k < cells.length; k++) {
    const end = start + cells[k]!.length;
    if (offset < end) return heads[k]!.trim() || undefined;
    start = end + CELL_SEPARATOR.length;
  }
  return undefined;
}

// A table has a few header cells, read for every value below them.
const headingTokens = new Map<string, readonly AnalyzedToken[]>();
const HEADINGS_KEPT = 512;

/** The analysed words of the header cell above `offset` (none outside a table). */
export function columnHeadingTokens(row: string, header: string | undefined, offset: number): readonly AnalyzedToken[] {
  const heading = columnHeading(row, header, offset);
  if (heading === undefined) return [];
  let tokens = headingTokens.get(heading);
  if (!tokens) {
    if (headingTokens.size >= HEADINGS_KEPT) headingTokens.clear();
    headingTokens.set(heading, (tokens = analyzeFrench(heading)));
  }
  return tokens;
}

/** Whether `row` is a row of the table whose header row is `header`: both rows, as many cells. */
export function isRowOf(row: string, header: string): boolean {
  return (
    row.includes(CELL_SEPARATOR) &&
    header.includes(CELL_SEPARATOR) &&
    row.split(CELL_SEPARATOR).length === header.split(CELL_SEPARATOR).length
  );
}
