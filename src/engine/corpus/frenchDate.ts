// Finds full French dates ("vendredi 6 avril 2018", "1er janvier 2020") in running text.
import { foldWord } from '../language/foldText.ts';
import { FRENCH_MONTHS } from '../language/months.ts';

/** The month number (1-12) for a French month name in any case, accents optional; undefined otherwise. */
export function frenchMonthNumber(word: string): number | undefined {
  return FRENCH_MONTHS.get(foldWord(word));
}

// Day (optionally "1er"), month word, four-digit year; the look-arounds keep "152 000" or "2018a" out.
const FULL_DATE = /(?<![\p{L}\p{N}])(\d{1,2})(?:er|ᵉʳ)?\s+(\p{L}+)\s+(\d{4})(?!\p{N})/gu;

/** The first full French date (day, month, year) in the text, as YYYY-MM-DD; a month and year alone do not count. */
export function findFirstFrenchDate(text: string): string | undefined {
  for (const match of text.matchAll(FULL_DATE)) {
    const day = Number(match[1]);
    const month = frenchMonthNumber(match[2] ?? '');
    const year = Number(match[3]);
    if (month !== undefined && isRealDate(year, month, day)) return isoDate(year, month, day);
  }
  return undefined;
}

/** True when the day exists in that month of that year (no 31 avril, no 29 février 2019). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// "Publié le 14/03/2021", "Rédigé le 3.5.2021", "Mis à jour le 12/01/2024": the line a page states its date on, in figures.
const PUBLISHED_ON = /(?:publi|r[ée]dig|mise?\s+en\s+ligne|mise?\s+[àa]\s+jour)\p{L}*\s+le\s+(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\p{N})/iu;

/** The date a page says it was published or updated on, written in figures, as YYYY-MM-DD. */
export function findPublicationDate(text: string): string | undefined {
  const m = PUBLISHED_ON.exec(text);
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? isoDate(year, month, day) : undefined;
}
