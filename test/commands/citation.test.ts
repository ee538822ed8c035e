import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, replyCitation, shortTitle } from '../../commands/citation.ts';

describe('shortTitle', () => {
  it('keeps a short title as it is, spaces tidied', () => {
    expect(shortTitle('  La Creuse   installe des bornes  ')).toBe('La Creuse installe des bornes');
  });

  it('cuts a long first line at a word boundary, with an ellipsis and no dangling punctuation', () => {
    const long =
      "Haute-Saône numérique : le syndicat mixte a reçu les maires de la communauté de communes, les entreprises du chantier et les services de l'État";
    const short = shortTitle(long);
    expect(short.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH + 1);
    expect(short).toBe('Haute-Saône numérique : le syndicat mixte a reçu les maires de la communauté de…');
    expect(shortTitle('Un titre : avec deux points, puis une suite', 24)).toBe('Un titre : avec deux…');
  });

  it('cuts a title that is one long word where it must, never inside a surrogate pair', () => {
    const word = `${'🙂'.repeat(50)}`;
    const short = shortTitle(word, 10);
    expect(Array.from(short)).toHaveLength(10);
    expect(short.endsWith('…')).toBe(true);
  });
});

describe('replyCitation', () => {
  it("shortens the title, dates the citation in the reader's language and keeps the link", () => {
    const citation = {
      source: 'corpus/001_a.txt',
      title: 'Les Landes raccordent leurs collèges',
      date: '2017-06-01',
      url: 'https://example.org/landes',
    };
    expect(replyCitation(citation, 'fr')).toEqual({ ...citation, date: '1er juin 2017' });
    expect(replyCitation(citation, 'en').date).toBe('June 1, 2017');
    expect(replyCitation({ source: 'corpus/b.txt', title: 'Sans date' }, 'fr')).toEqual({ source: 'corpus/b.txt', title: 'Sans date' });
  });
});
