// Sound keys: two spellings of one French pronunciation share a key; different words keep theirs.
import { describe, expect, it } from 'vitest';
import { frenchSoundKey, respellings, sameSoundSpellings } from '../../../src/engine/language/frenchPhonetics.ts';

describe('frenchSoundKey', () => {
  it.each<[string, string]>([
    ['pratik', 'pratique'],
    ['konexion', 'connexion'],
    ['Gerce', 'Gers'],
    ['otomne', 'automne'],
    ['téléfone', 'téléphone'],
    ['sistème', 'système'],
    ['Sydek', 'Sydec'],
    ['akteur', 'acteur'],
    // one nasal, written "an" or "en" before a consonant or last
    ['vantilation', 'ventilation'],
    ['ansemble', 'ensemble'],
  ])('%s sounds like %s', (typed, word) => {
    expect(frenchSoundKey(typed)).toBe(frenchSoundKey(word));
  });

  it.each<[string, string]>([
    ['Brest', 'Bresse'],
    ['fibre', 'fiable'],
    ['signal', 'sigle'],
    ['chiffre', 'kiffe'],
    // "-ien" is no "-ian", and "e" before a vowel or a second "n" is no nasal
    ['chien', 'chian'],
    ['Vienne', 'Vianne'],
  ])('%s does not sound like %s', (a, b) => {
    expect(frenchSoundKey(a)).not.toBe(frenchSoundKey(b));
  });
});

describe('sameSoundSpellings', () => {
  it('gives the spellings one letter away that sound the same: a word spelt by ear is one of them mistyped', () => {
    expect(sameSoundSpellings('retart')).toContain('retard');
    expect(sameSoundSpellings('conexion')).toContain('connexion');
    // a letter that changes the sound is no spelling of it
    expect(sameSoundSpellings('retart')).not.toContain('rempart');
    expect(sameSoundSpellings('retart')).not.toContain('retart');
  });
});

describe('respellings', () => {
  it('writes one sound of a word another way French writes it', () => {
    expect(respellings('lampaderes')).toContain('lampadaires');
    expect(respellings('fotos')).toContain('photos');
    expect(respellings('otomne')).toContain('automne');
    // only where the sound is: no "ph" in a word without an "f"
    expect(respellings('reseau').some((w) => w.includes('ph'))).toBe(false);
  });
});
