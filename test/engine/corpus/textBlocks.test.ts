import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleBody, collapseWhitespace, isContentBlock } from '../../../src/engine/corpus/textBlocks.ts';

describe('block cleaning', () => {
  it('collapses ASCII whitespace but keeps no-break spaces inside the text', () => {
    expect(collapseWhitespace('  Prix :\u00a041 milliards\t d’euros \r\n')).toBe('Prix :\u00a041 milliards d’euros');
  });

  it('turns every run of ASCII whitespace into one space, whatever the run', () => {
    const pieces = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\f', '\v', ' \t ', '\u00a0', '\u202f', 'a', 'é', 'fibre', '.');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(collapseWhitespace(text)).toBe(text.replace(/[ \t\n\r\f\v]+/g, ' ').trim());
      }),
    );
  });

  it.each(['DSCF0049.jpg', 'photo_2.PNG', 'IMG_1234.jpeg', 'communique-final.pdf', '***', '---', '• • •', '…', '§'])(
    'drops the leftover %j',
    (line) => {
      expect(isContentBlock(line)).toBe(false);
    },
  );

  it.each(['Voir la photo DSCF0049.jpg ci-dessous.', '1) Transférer des projets', '13.000', 'A propos d’Orange'])(
    'keeps the content %j',
    (line) => {
      expect(isContentBlock(line)).toBe(true);
    },
  );

  it('counts a repeated title once, whatever its spacing', () => {
    expect(
      assembleBody(['', 'Gers numérique : la fibre', '', 'Gers  numérique :   la fibre ', 'Plus de 13.000 prises.']),
    ).toEqual({ title: 'Gers numérique : la fibre', blocks: ['Plus de 13.000 prises.'] });
  });

  it('uses a given title and still removes its repetition from the body', () => {
    expect(assembleBody(['Séoul et la Manche', 'Un accord de 2 ans.'], ' Séoul et la Manche ')).toEqual({
      title: 'Séoul et la Manche',
      blocks: ['Un accord de 2 ans.'],
    });
  });

  it('never takes a picture name as the title', () => {
    expect(assembleBody(['IMG_1234.jpeg', 'La Ville signe.', 'Texte.']).title).toBe('La Ville signe.');
  });
});
