// Dates as people read them: "6 avril 2018" in French (with "1er" for the first of the month, as French
// typography writes it), "April 6, 2018" in English. The corpus gives ISO dates (YYYY-MM-DD); anything
// else is shown as it is rather than guessed at.
import type { Locale } from './command.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// A month: a page saved with "date 2021-08" says no day.
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

const FORMATS: Readonly<Record<Locale, Intl.DateTimeFormat>> = {
  fr: new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

const MONTH_FORMATS: Readonly<Record<Locale, Intl.DateTimeFormat>> = {
  fr: new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

export function formatDate(date: string, locale: Locale): string {
  const monthOnly = ISO_MONTH.exec(date.trim());
  if (monthOnly && Number(monthOnly[2]) >= 1 && Number(monthOnly[2]) <= 12)
    return MONTH_FORMATS[locale].format(new Date(Date.UTC(Number(monthOnly[1]), Number(monthOnly[2]) - 1, 1)));
  const match = ISO_DATE.exec(date.trim());
  if (!match) return date;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const parsed = new Date(time);
  // 2018-02-30 is not a date: show what the document said.
  if (parsed.getUTCFullYear() !== year || parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day) return date;
  const text = FORMATS[locale].format(parsed);
  return locale === 'fr' && day === 1 ? text.replace(/^1(?=\s)/, '1er') : text;
}
