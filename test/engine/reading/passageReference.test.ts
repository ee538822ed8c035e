import { describe, expect, it } from 'vitest';
import { passageReference, readPassageReference } from '../../../src/engine/reading/passageReference.ts';

describe('passage references', () => {
  it('are short, and read back to their parts', () => {
    const ref = passageReference('2024/un-nom-de-fichier-assez-long-pour-voir.md', 42, 'Une phrase du communiqué.');
    expect(ref.length).toBeLessThanOrEqual(30);
    expect(readPassageReference(ref)).toMatchObject({ offset: 42 });
  });

  it('change when the text does, not when nothing did', () => {
    expect(passageReference('a.txt', 3, 'Texte.')).toBe(passageReference('a.txt', 3, 'Texte.'));
    expect(passageReference('a.txt', 3, 'Texte.')).not.toBe(passageReference('a.txt', 3, 'Texte modifié.'));
  });

  it('refuse anything else', () => {
    for (const bad of ['', 'x', 'a.b', 'a.-1.b', 'a.1.b.c', 'é.1.b', `${'a'.repeat(40)}.1.b`, 'a.99999999.b']) {
      expect(readPassageReference(bad)).toBeUndefined();
    }
  });
});
