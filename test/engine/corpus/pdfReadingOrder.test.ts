import { describe, expect, it } from 'vitest';
import { readingOrder } from '../../../src/engine/corpus/pdfReadingOrder.ts';
import { groupRows, type PositionedText } from '../../../src/engine/corpus/pdfRows.ts';

const SIZE = 10;
const CHAR = 5; // a rough glyph width at 10 pt

function run(text: string, x: number, baseline: number): PositionedText {
  return { text, x, baseline, width: text.length * CHAR, fontSize: SIZE };
}

/** Column text padded to fill `width` points, as justified lines do. */
function filled(text: string, width: number): string {
  return text.padEnd(Math.floor(width / CHAR), ' x').slice(0, Math.floor(width / CHAR));
}

function order(items: PositionedText[]): string[][] {
  return readingOrder(groupRows(items)).map((flow) => flow.map((line) => line.text.split(' ')[0] ?? ''));
}

describe('readingOrder', () => {
  it('reads a full-width title, then the left column down, then the right one', () => {
    const items = [run('Titre sur toute la largeur de la page, au-dessus des deux colonnes', 50, 60)];
    for (let row = 0; row < 5; row++) {
      items.push(run(filled(`G${row}`, 220), 50, 100 + row * 12));
      items.push(run(filled(`D${row}`, 220), 300, 100 + row * 12));
    }
    items.push(run('Pied de texte sur toute la largeur de la page, sous les deux colonnes', 50, 200));
    expect(order(items)).toEqual([['Titre'], ['G0', 'G1', 'G2', 'G3', 'G4'], ['D0', 'D1', 'D2', 'D3', 'D4'], ['Pied']]);
  });

  it('keeps the left column whole when the right one ends early', () => {
    const items: PositionedText[] = [];
    for (let row = 0; row < 6; row++) items.push(run(filled(`G${row}`, 220), 50, 100 + row * 12));
    for (let row = 0; row < 3; row++) items.push(run(filled(`D${row}`, 220), 300, 100 + row * 12));
    expect(order(items)).toEqual([['G0', 'G1', 'G2', 'G3', 'G4', 'G5'], ['D0', 'D1', 'D2']]);
  });

  it('reads a table of short labels and values row by row, cells apart', () => {
    const rows = [['Commune', '1 200'], ['Saint-Agrève', '860'], ['Lamastre', '2 400'], ['Vernoux', '310']];
    const items = rows.flatMap(([label, value], index) => [run(label ?? '', 50, 100 + index * 12), run(value ?? '', 300, 100 + index * 12)]);
    const flows = readingOrder(groupRows(items));
    expect(flows).toHaveLength(1);
    expect(flows[0]?.map((line) => line.text)).toEqual(['Commune | 1 200', 'Saint-Agrève | 860', 'Lamastre | 2 400', 'Vernoux | 310']);
  });

  it('keeps a raised "er" on its line', () => {
    const items = [run('le 1', 50, 100), { ...run('er', 70, 96), fontSize: 6 }, run('juin', 82, 100), run('ligne suivante', 50, 113)];
    expect(readingOrder(groupRows(items))[0]?.map((line) => line.text)).toEqual(['le 1er juin', 'ligne suivante']);
  });
});
