// The header cell above a value in a table row says what the value is.
import { describe, expect, it } from 'vitest';
import { columnHeading } from '../../../src/engine/answer/tableColumns.ts';

const HEADER = 'Commune | Prises prévues | Prises raccordables | Fin des travaux';
const ROW = 'Saint-Chély | 1 200 | 950 | juin 2024';

describe('columnHeading', () => {
  it('names the column of each cell', () => {
    expect(columnHeading(ROW, HEADER, ROW.indexOf('1 200'))).toBe('Prises prévues');
    expect(columnHeading(ROW, HEADER, ROW.indexOf('950'))).toBe('Prises raccordables');
    expect(columnHeading(ROW, HEADER, ROW.indexOf('juin'))).toBe('Fin des travaux');
  });

  it('names nothing outside a table, or when the rows do not line up', () => {
    expect(columnHeading('Le réseau compte 950 prises.', HEADER, 17)).toBeUndefined();
    expect(columnHeading(ROW, undefined, 0)).toBeUndefined();
    expect(columnHeading('Saint-Chély | 950', HEADER, 14)).toBeUndefined();
  });
});
