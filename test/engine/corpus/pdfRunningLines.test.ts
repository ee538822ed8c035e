import { describe, expect, it } from 'vitest';
import { groupRows, rowText, type PositionedText } from '../../../src/engine/corpus/pdfRows.ts';
import { dropRunningLines, type PageRows } from '../../../src/engine/corpus/pdfRunningLines.ts';

const HEIGHT = 842;

function page(lines: Array<[string, number, number?]>): PageRows {
  const items: PositionedText[] = lines.map(([text, baseline, fontSize = 11]) => ({ text, x: 56, baseline,
    width: text.length * 5, fontSize }));
  return { height: HEIGHT, rows: groupRows(items) };
}

function texts(pages: PageRows[]): string[][] {
  return dropRunningLines(pages, 11).map((p) => p.rows.map(rowText));
}

describe('dropRunningLines', () => {
  it('drops lines repeated in the margins of most pages, and page numbers', () => {
    const pages = [1, 2, 3].map((n) =>
      page([
        ['Syndicat mixte · Communiqué', 30, 8],
        [`Texte de la page ${n}.`, 300],
        [`Page ${n} sur 3`, 810, 8],
      ]),
    );
    expect(texts(pages)).toEqual([['Texte de la page 1.'], ['Texte de la page 2.'], ['Texte de la page 3.']]);
  });

  it('drops a lone page number even on a single page, but keeps numbers inside the body', () => {
    expect(texts([page([['2021', 400], ['Le réseau compte 12 000 prises.', 420], ['- 1 -', 815, 9]])])).toEqual([
      ['2021', 'Le réseau compte 12 000 prises.'],
    ]);
  });

  it('keeps a margin line that appears on too few pages, and the title a running header repeats small', () => {
    const first = page([['Le Gers raccorde ses villages', 60, 20], ['Paris, le 3 mars 2021', 100], ['Corps.', 400]]);
    const next = [2, 3].map((n) => page([['Le Gers raccorde ses villages', 30, 8], [`Suite ${n}.`, 300]]));
    expect(texts([first, ...next])).toEqual([['Le Gers raccorde ses villages', 'Paris, le 3 mars 2021', 'Corps.'], ['Suite 2.'], ['Suite 3.']]);
  });
});
