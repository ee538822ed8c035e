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

  it('takes a page\'s "date 2021-08" line for its date, on its own line or glued to the first paragraph', () => {
    expect(assembleBody(['date 2021-08', 'Le bus numérique passe à Tulle.', 'Il s’arrête le mardi.'])).toEqual({
      title: 'Le bus numérique passe à Tulle.',
      blocks: ['Il s’arrête le mardi.'],
      date: '2021-08',
    });
    const glued = assembleBody(['Bus numérique', 'date 2022-01-17 Depuis lundi, un bus parcourt les routes du canton.']);
    expect(glued).toEqual({ title: 'Bus numérique', blocks: ['Depuis lundi, un bus parcourt les routes du canton.'], date: '2022-01-17' });
    // further down, a date in the text is text
    expect(assembleBody(['Titre', 'Premier.', 'Deuxième.', 'date 2021-08 Quatrième.']).date).toBeUndefined();
  });

  it('keeps a long first paragraph in the body and titles the page by its first sentence', () => {
    const paragraph =
      'Les faits remontent à la fin du mois de mars, mais la mairie de Saint-Aubin ne les rend publics que ce jeudi. ' +
      'La commune a été victime d’un rançongiciel qui a chiffré ses serveurs, indique-t-elle dans un communiqué.';
    expect(assembleBody([paragraph, 'Texte.'])).toEqual({
      title: 'Les faits remontent à la fin du mois de mars, mais la mairie de Saint-Aubin ne les rend publics que ce jeudi.',
      blocks: [paragraph, 'Texte.'],
    });
  });

  it('restores the apostrophes a page lost to "?" in its body', () => {
    expect(assembleBody(['La fibre à Sorrac', 'L?agglo s?engage : c?est fait.']).blocks).toEqual(['L’agglo s’engage : c’est fait.']);
  });

  it('never takes a picture name as the title', () => {
    expect(assembleBody(['IMG_1234.jpeg', 'La Ville signe.', 'Texte.']).title).toBe('La Ville signe.');
  });
});
