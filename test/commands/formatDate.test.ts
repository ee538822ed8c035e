import { describe, expect, it } from 'vitest';
import { formatDate } from '../../commands/formatDate.ts';

describe('formatDate', () => {
  it('writes dates as French and English readers do', () => {
    expect(formatDate('2019-03-12', 'fr')).toBe('12 mars 2019');
    expect(formatDate('2019-03-12', 'en')).toBe('March 12, 2019');
    expect(formatDate('2021-08-05', 'fr')).toBe('5 août 2021');
    expect(formatDate('2021-12-31', 'en')).toBe('December 31, 2021');
  });

  it('writes "1er" for the first of the month in French', () => {
    expect(formatDate('2020-02-01', 'fr')).toBe('1er février 2020');
    expect(formatDate('2020-02-01', 'en')).toBe('February 1, 2020');
  });

  it('writes a month alone as a month ("date 2021-08" on a saved page)', () => {
    expect(formatDate('2021-08', 'fr')).toBe('août 2021');
    expect(formatDate('2021-08', 'en')).toBe('August 2021');
    expect(formatDate('2021-13', 'fr')).toBe('2021-13');
  });

  it('does not shift the day with the time zone', () => {
    expect(formatDate('2022-01-01', 'en')).toBe('January 1, 2022');
  });

  it('shows what is not a real ISO date as it is', () => {
    expect(formatDate('2019-02-30', 'fr')).toBe('2019-02-30');
    expect(formatDate('mars 2019', 'fr')).toBe('mars 2019');
    expect(formatDate('', 'en')).toBe('');
  });
});
