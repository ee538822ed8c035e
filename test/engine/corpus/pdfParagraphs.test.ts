import { describe, expect, it } from 'vitest';
import { joinAcrossPages, pageParagraphs, type PdfParagraph } from '../../../src/engine/corpus/pdfParagraphs.ts';
import type { TextLine } from '../../../src/engine/corpus/pdfReadingOrder.ts';

const layout = { bodyFontSize: 11, leading: 1.3 };

function line(text: string, baseline: number, right = 540, left = 56, fontSize = 11): TextLine {
  return { text, left, right, baseline, fontSize };
}

function texts(paragraphs: PdfParagraph[]): string[][] {
  return paragraphs.map((paragraph) => paragraph.lines);
}

describe('pageParagraphs', () => {
  it('ends a paragraph on a wider gap, a change of size, a bullet, or a line ended on purpose', () => {
    const flow = [
      line('Titre du communiqué', 60, 300, 56, 18),
      line('Première ligne pleine du premier paragraphe qui va', 100),
      line('jusqu’au bout.', 114.3, 130),
      line('Second paragraphe après une ligne courte.', 128.6, 320),
      line('Troisième, après un blanc.', 160, 250),
      line('• un point de liste', 174.3, 200),
    ];
    expect(texts(pageParagraphs([flow], 0, layout))).toEqual([
      ['Titre du communiqué'],
      ['Première ligne pleine du premier paragraphe qui va', 'jusqu’au bout.'],
      ['Second paragraphe après une ligne courte.'],
      ['Troisième, après un blanc.'],
      ['• un point de liste'],
    ]);
  });
});

describe('joinAcrossPages', () => {
  const cut = (lines: string[], page: number, endsFullWidth: boolean): PdfParagraph => ({ lines, fontSize: 11, page, endsFullWidth });

  it('joins a paragraph the page break cut mid-sentence', () => {
    expect(texts(joinAcrossPages([[cut(['Les travaux'], 0, true)], [cut(['dureront deux ans.'], 1, false)]]))).toEqual([
      ['Les travaux', 'dureront deux ans.'],
    ]);
    // A name at the top of the next page: the full last line says the paragraph goes on.
    expect(texts(joinAcrossPages([[cut(['entouré de Philippe Martin et'], 0, true)], [cut(['Jérôme Barré'], 1, false)]]))).toEqual([
      ['entouré de Philippe Martin et', 'Jérôme Barré'],
    ]);
  });

  it('keeps paragraphs apart when the page ends a sentence or a short line', () => {
    expect(texts(joinAcrossPages([[cut(['Fin de phrase.'], 0, true)], [cut(['suite ?'], 1, false)]]))).toHaveLength(2);
    expect(texts(joinAcrossPages([[cut(['Contact presse'], 0, false)], [cut(['Marie Dupont'], 1, false)]]))).toHaveLength(2);
  });
});
