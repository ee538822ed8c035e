// A saved page's "date 2021-08" line: the page's date, not a sentence of it.
import { describe, expect, it } from 'vitest';
import { takePageDate } from '../../../src/engine/corpus/pageDateLine.ts';

describe('takePageDate', () => {
  it('reads a month or a day, on a line of its own or before the first paragraph', () => {
    expect(takePageDate(['date 2021-08', 'La médiathèque ouvre un atelier.'])).toEqual({
      date: '2021-08',
      blocks: ['La médiathèque ouvre un atelier.'],
    });
    expect(takePageDate(['Titre', 'date 2019-06-17 Le conseil a voté.'])).toEqual({ date: '2019-06-17', blocks: ['Titre', 'Le conseil a voté.'] });
  });

  it('leaves a date it cannot read, a date in a sentence and a line further down as they are', () => {
    expect(takePageDate(['date 2021-13 Le conseil a voté.'])).toEqual({ blocks: ['date 2021-13 Le conseil a voté.'] });
    expect(takePageDate(['La date 2021-08 est retenue.'])).toEqual({ blocks: ['La date 2021-08 est retenue.'] });
    expect(takePageDate(['Titre', 'Un.', 'Deux.', 'date 2021-08'])).toEqual({ blocks: ['Titre', 'Un.', 'Deux.', 'date 2021-08'] });
  });
});
