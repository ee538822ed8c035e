// Dates written by people in metadata: "2018-04-06", "2018-04-06T09:30:00+02:00", "6 avril 2018".
import { findFirstFrenchDate, isRealDate, isoDate } from './frenchDate.ts';

const ISO_PREFIX = /^\s*(\d{4})-(\d{2})-(\d{2})(?![\d])/;
// "date: 2019-02": a month, kept as one (YYYY-MM) rather than given a day it does not say.
const ISO_MONTH = /^\s*(\d{4})-(\d{2})\s*$/;

/** The ISO date (YYYY-MM-DD, or YYYY-MM for a month) a metadata value stands for, or undefined when it is not a real date. */
export function dateFromMetadata(value: unknown): string | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return undefined;
  const iso = ISO_PREFIX.exec(value);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return isRealDate(year, month, day) ? isoDate(year, month, day) : undefined;
  }
  const month = ISO_MONTH.exec(value);
  if (month) return Number(month[2]) >= 1 && Number(month[2]) <= 12 ? `${month[1]}-${month[2]}` : undefined;
  return findFirstFrenchDate(value);
}
