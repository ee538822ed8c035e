// Saved web pages often open on the day or month they were published, as "date 2021-08" on a line of its
// own or glued to the first paragraph ("date 2022-01 Depuis le lundi 17 janvier…"). That line is the
// page's date, not a sentence of it.
import { isRealDate, isoDate } from './frenchDate.ts';

const DATE_LINE = /^date\s*:?\s+(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])\s*/i;

/** How far down a page its date line may stand: past a title and a dateline, it is text. */
const DATE_LINE_REACH = 3;

export interface PageDate {
  /** YYYY-MM-DD, or YYYY-MM when the line gives a month only. */
  date?: string;
  blocks: string[];
}

/** The page's date from a "date YYYY-MM(-DD)" line near its top, and the blocks without that line. */
export function takePageDate(blocks: readonly string[]): PageDate {
  for (let i = 0; i < Math.min(blocks.length, DATE_LINE_REACH); i++) {
    const m = DATE_LINE.exec(blocks[i]!);
    if (!m) continue;
    const date = dateOf(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
    if (date === undefined) return { blocks: [...blocks] };
    const rest = blocks[i]!.slice(m[0].length);
    const kept = [...blocks.slice(0, i), ...(rest ? [rest] : []), ...blocks.slice(i + 1)];
    return { date, blocks: kept };
  }
  return { blocks: [...blocks] };
}

function dateOf(year: number, month: number, day: number | undefined): string | undefined {
  if (day !== undefined) return isRealDate(year, month, day) ? isoDate(year, month, day) : undefined;
  return month >= 1 && month <= 12 ? `${year}-${String(month).padStart(2, '0')}` : undefined;
}
