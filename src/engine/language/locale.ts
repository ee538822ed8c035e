// The two languages Relais answers in, and telling which one a question is written in.
import { foldWord } from './foldText.ts';

export type Locale = 'fr' | 'en';

// Words frequent in one language and rare in the other; "a" and "en" are left out: both use them.
const ENGLISH_MARKERS: ReadonlySet<string> = new Set([
  'the',
  'how',
  'what',
  'when',
  'who',
  'where',
  'which',
  'did',
  'does',
  'is',
  'are',
  'many',
  'much',
  'of',
  'with',
  'there',
  'do',
  'its',
  'was',
  'were',
  'has',
  'have',
  'why',
  'an',
  'for',
  'from',
  'by',
  'and',
  'this',
  'that',
  'whom',
  'whose',
  'long',
  'in',
  'to',
  'my',
  'i',
  'will',
  'get',
  'got',
  'any',
  'can',
  'it',
]);
const FRENCH_MARKERS: ReadonlySet<string> = new Set([
  'le',
  'la',
  'les',
  'de',
  'des',
  'du',
  'est',
  'quel',
  'quelle',
  'quels',
  'quelles',
  'qui',
  'quand',
  'combien',
  'ou',
  'et',
  'une',
  'un',
  'au',
  'aux',
  'sur',
  'pour',
  'dans',
  'ont',
  'sont',
  'avec',
  'que',
  'se',
  'ca',
  'il',
  'elle',
  'pas',
  'quoi',
  "c'est",
  'y',
]);

const COMPOUND_NAME = /\p{Lu}\p{L}*(?:['’-]\p{L}+)+/gu;
const NAME_WORD_INSIDE = /(?<=[\p{L}\p{N},;:]\s+)\p{Lu}\p{L}*/gu;

/** 'en' when the question reads as English, 'fr' otherwise (French is the corpus's language). */
export function detectLocale(text: string): Locale {
  // A compound name says nothing of the question's language: "When did L'Isle-sur-la-Sorgue launch…"; nor
  // does a capitalised word inside the question, a name’s: "Who runs Brélis Est Réseaux?".
  const words = foldWord(text.replace(COMPOUND_NAME, ' ').replace(NAME_WORD_INSIDE, ' '))
    .split(/[^a-z']+/)
    .filter(Boolean);
  let en = 0;
  let fr = 0;
  for (const w of words) {
    if (ENGLISH_MARKERS.has(w)) en++;
    if (FRENCH_MARKERS.has(w) || /^(l|d|qu|s|n|c|j)'/.test(w)) fr++;
  }
  // Accents tell French text, not French names an English question types ("Who chairs Lozère Numérique?").
  if (/[éèêàùçôîœ]/i.test(text.replace(/\p{Lu}[\p{L}'’-]*/gu, ''))) fr++;
  return en > fr ? 'en' : 'fr';
}
