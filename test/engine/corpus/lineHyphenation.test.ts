import { describe, expect, it } from 'vitest';
import { joinLines, wordsOf } from '../../../src/engine/corpus/lineHyphenation.ts';

function join(lines: string[], elsewhere: string[] = []): string {
  return joinLines(lines, wordsOf([...lines, ...elsewhere]));
}

describe('joinLines', () => {
  it('joins lines with a space', () => {
    expect(join(['Le réseau couvre', 'douze communes.'])).toBe('Le réseau couvre douze communes.');
  });

  it('mends a word cut at a line end', () => {
    expect(join(['Le dé-', 'ploiement commence.'])).toBe('Le déploiement commence.');
    expect(join(['les raccorde\u00ad', 'ments'])).toBe('les raccordements');
  });

  it('keeps the hyphen of names and of compounds the document writes whole', () => {
    expect(join(['La Ville de Fort-de-', 'France signe.'])).toBe('La Ville de Fort-de-France signe.');
    expect(join(['dans l’arrière-', 'pays ardéchois'], ['tout l’arrière-pays'])).toBe('dans l’arrière-pays ardéchois');
    expect(join(['la vice-', 'présidente'])).toBe('la vice-présidente');
    expect(join(['celle-', 'ci'])).toBe('celle-ci');
  });

  it('prefers the joined word when the document writes it joined', () => {
    expect(join(['une demi-', 'douzaine'], ['une demidouzaine'])).toBe('une demidouzaine');
  });

  it('keeps a hyphen before a number', () => {
    expect(join(['le plan 2023-', '2025 prévoit'])).toBe('le plan 2023-2025 prévoit');
  });

  it('does not count a cut word as evidence', () => {
    expect(wordsOf(['accélérer le dé-'])).toEqual(new Set(['accélérer', 'le']));
  });
});
