// How a French word sounds, roughly: chat spells by ear ("pratik", "kapteurs", "konexion"), and a typo
// that keeps the sound is surer than one that does not. The key folds spellings of one sound into one
// letter; it is compared only between words already close in spelling (resolveConcepts).
import { foldWord } from './foldText.ts';

/** Spellings of one sound, in the order they are rewritten. */
const SOUNDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ph/g, 'f'],
  [/qu/g, 'k'],
  [/ck/g, 'k'],
  [/c(?=[aou])/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  // Before another consonant or last, "c" is "k" too ("Sydec", "sec", "acteur"); "ch" is another sound.
  [/c(?![eiyh])/g, 'k'],
  [/z/g, 's'],
  [/y/g, 'i'],
  [/eau/g, 'o'],
  [/au/g, 'o'],
  [/[ae]i/g, 'e'],
  [/(?<!c)h/g, ''],
  // "en" and "an" are one nasal before a consonant or last ("vantilation", ventilation; "tamps", temps) — not in "-ien".
  [/(?<!i)e(?=[nm](?![aeiouynm]))/g, 'a'],
  [/(.)\1+/g, '$1'],
  // Silent endings: a consonant, a mute e, a plural s ("Gers", "Gerce"; "pratique", "pratik").
  [/[sxtdz]?e?s?$/, ''],
];

/** The sound key of a word: two spellings of one French pronunciation share it ("pratik", "pratique"). */
export function frenchSoundKey(word: string): string {
  let key = foldWord(word);
  for (const [spelling, sound] of SOUNDS) key = key.replace(spelling, sound);
  return key;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The spellings one letter away from a word (changed, dropped or added) that sound as it does: "retart"
 * → "retard", "atendant" → "attendant". A word spelt by ear is one of these mistyped; the caller keeps
 * those the lexicon knows.
 */
export function sameSoundSpellings(word: string): string[] {
  const sound = frenchSoundKey(word);
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const [before, after] = [word.slice(0, i), word.slice(i)];
    for (const letter of LETTERS) {
      out.add(before + letter + after);
      if (i < word.length) out.add(before + letter + after.slice(1));
    }
    if (i < word.length) out.add(before + after.slice(1));
  }
  out.delete(word);
  return [...out].filter((w) => w.length > 1 && frenchSoundKey(w) === sound);
}

/** Letters and groups of letters French writes one sound with ("è", "ai", "ei"; "o", "au", "eau"; "f", "ph"). */
const SAME_SOUNDS: ReadonlyArray<readonly string[]> = [
  ['e', 'ai', 'ei'],
  ['o', 'au', 'eau'],
  ['f', 'ph'],
  ['k', 'c', 'qu'],
  ['an', 'en'],
  ['in', 'ain', 'ein'],
];

/**
 * The spellings of a folded word with one of its sounds written another way ("lampaderes" → "lampadaires",
 * "fotos" → "photos"): what a word spelt by ear may stand for when one letter changed is not enough.
 */
export function respellings(word: string): string[] {
  const sound = frenchSoundKey(word);
  const out = new Set<string>();
  for (const group of SAME_SOUNDS)
    for (const from of group)
      for (let at = word.indexOf(from); at >= 0; at = word.indexOf(from, at + 1))
        for (const to of group) if (to !== from) out.add(word.slice(0, at) + to + word.slice(at + from.length));
  out.delete(word);
  return [...out].filter((w) => frenchSoundKey(w) === sound);
}
