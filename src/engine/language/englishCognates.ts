// English and French share thousands of words of Latin stock that differ only by their ending:
// "capacity"/"capacité", "strategy"/"stratégie", "operator"/"opérateur", "digital"/"digital". Where the
// dictionary lacks a word, or lacks the sense a question uses, the French form these regular endings
// give is tried too. A form the corpus never uses matches nothing, so a wrong guess costs nothing.

import { restAfterLearnedPrefix } from './learnedPrefixes.ts';

/** English ending → French endings, longest first (one rule applies: the first that fits). */
const ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ities', ['ites']],
  ['ity', ['ite']],
  ['ties', ['tes', 'ites']],
  ['ty', ['te', 'ite']],
  ['ically', ['iquement']],
  ['ical', ['ique']],
  ['ics', ['ique', 'iques']],
  ['ic', ['ique']],
  ['isms', ['ismes']],
  ['ism', ['isme']],
  ['ists', ['istes']],
  ['ist', ['iste']],
  ['ously', ['eusement']],
  ['ous', ['eux']],
  ['ives', ['ifs']],
  ['ive', ['if']],
  ['izes', ['isent']],
  ['ized', ['ise']],
  ['ize', ['iser']],
  ['aries', ['aires']],
  ['ary', ['aire']],
  ['ories', ['oires']],
  ['ory', ['oire']],
  ['ors', ['eurs']],
  ['or', ['eur']],
  ['ies', ['ies']],
  ['y', ['ie']],
  ['ally', ['alement']],
  ['al', ['el']],
];

/** Shorter words are too often another word in the other language. */
const MIN_LENGTH = 5;

/** French forms an English word may have by the regular correspondences of endings (possibly none). */
export function frenchCognates(english: string): string[] {
  const word = english.toLowerCase();
  if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) return [];
  for (const [ending, french] of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) return Array.from(french, (f) => word.slice(0, -ending.length) + f);
  }
  return [];
}

/**
 * French forms of an English word made of a shared prefix and a word: the prefix glued to each one-word
 * translation of the rest, or to its cognates ("telemedicine": télé + médecine). Possibly none.
 */
export function frenchPrefixedForms(english: string, translate: (word: string) => readonly string[] | undefined): string[] {
  const word = english.toLowerCase();
  const rest = restAfterLearnedPrefix(word);
  if (rest === undefined) return [];
  const prefix = word.slice(0, word.length - rest.length);
  const wholeWords = (translate(rest) ?? []).filter((t) => /^\p{Ll}+$/u.test(t));
  return Array.from(new Set([...wholeWords, ...frenchCognates(rest)]), (t) => prefix + t);
}
