// Numbers written as words. French: "deux" = 2, "vingt-cinq" = 25, "une dizaine" ≈ 10, "deuxième" = 2e;
// English: "two" = 2. Keys are folded (lowercase, no accents). Maps, never plain objects: a corpus word
// such as "constructor" must not find Object.prototype's members.

const FRENCH_UNITS: ReadonlyArray<[string, number]> = [
  ['zero', 0],
  ['un', 1],
  ['une', 1],
  ['deux', 2],
  ['trois', 3],
  ['quatre', 4],
  ['cinq', 5],
  ['six', 6],
  ['sept', 7],
  ['huit', 8],
  ['neuf', 9],
  ['dix', 10],
  ['onze', 11],
  ['douze', 12],
  ['treize', 13],
  ['quatorze', 14],
  ['quinze', 15],
  ['seize', 16],
  ['vingt', 20],
  ['vingts', 20],
  ['trente', 30],
  ['quarante', 40],
  ['cinquante', 50],
  ['soixante', 60],
  ['septante', 70],
  ['huitante', 80],
  ['nonante', 90],
  ['cent', 100],
  ['cents', 100],
  ['mille', 1000],
  ['million', 1_000_000],
  ['millions', 1_000_000],
  ['milliard', 1_000_000_000],
  ['milliards', 1_000_000_000],
];

/** Single French number words and their value ("un"/"une" are left to the caller: they are also articles). */
export const FRENCH_NUMBER_WORDS: ReadonlyMap<string, number> = new Map(FRENCH_UNITS);

/** Approximate quantities: "une dizaine", "une centaine", "des milliers". */
export const FRENCH_APPROXIMATE_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['dizaine', 10],
  ['douzaine', 12],
  ['quinzaine', 15],
  ['vingtaine', 20],
  ['trentaine', 30],
  ['quarantaine', 40],
  ['cinquantaine', 50],
  ['soixantaine', 60],
  ['centaine', 100],
  ['millier', 1000],
]);

/** Multiples said in words, by the stem of their verb and adjective: "a doublé", "triple", "décuplera". */
export const FRENCH_MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['doubl', 2],
  ['tripl', 3],
  ['quadrupl', 4],
  ['quintupl', 5],
  ['decupl', 10],
  ['centupl', 100],
]);

/** Fractions said in words: "un tiers", "la moitié", "trois quarts". */
export const FRENCH_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['moitie', 0.5],
  ['demi', 0.5],
  ['tiers', 1 / 3],
  ['quart', 0.25],
  ['quarts', 0.25],
]);

/** An ordinal in digits, folded: "1er", "1re", "1ère", "2e", "3ème", "2nd" (its number captured). */
export const FRENCH_ORDINAL_ABBREVIATION = /^(\d+)\^?(?:e|eme|ieme|er|ere|re|nd|nde)$/;

export const FRENCH_ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['premier', 1],
  ['premiere', 1],
  ['deuxieme', 2],
  ['second', 2],
  ['seconde', 2],
  ['troisieme', 3],
  ['quatrieme', 4],
  ['cinquieme', 5],
  ['sixieme', 6],
  ['septieme', 7],
  ['huitieme', 8],
  ['neuvieme', 9],
  ['dixieme', 10],
]);

export const ENGLISH_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['twenty', 20],
  ['thirty', 30],
  ['fifty', 50],
  ['hundred', 100],
  ['thousand', 1000],
  ['million', 1_000_000],
  ['billion', 1_000_000_000],
]);

/**
 * Whether an English word says a number or a rank ("nine", "fifteen", "sixth", "3rd"): only such a word
 * may be translated by a French number ("new" is "neuf" too, which is also nine).
 */
export function saysEnglishNumber(word: string): boolean {
  const w = word.toLowerCase();
  return /\d/.test(w) || ENGLISH_NUMBER_WORDS.has(w) || /(?:teen|ty|th|first|second|third|dozen)s?$/.test(w);
}

/**
 * The value of a French number written in words, hyphenated or not: "vingt-cinq" → 25,
 * "quatre-vingt-dix" → 90, "dix-huit" → 18, "deux cents" → 200; undefined when a part is no number word.
 */
export function parseFrenchNumberWords(words: readonly string[]): number | undefined {
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  for (const raw of words) {
    const word = raw === 'et' ? undefined : raw;
    if (word === undefined) continue;
    const value = FRENCH_NUMBER_WORDS.get(word);
    if (value === undefined) return undefined;
    if (value === 100) current = (current || 1) * 100;
    else if (value >= 1000) {
      total += (current || 1) * value;
      current = 0;
    } else if (value === 20 && current > 0 && current < 20 && current % 10 !== 0)
      current *= 20; // quatre-vingt
    else current += value;
  }
  return total + current;
}

// "110,000th", "2,500 homes", "the 3rd site": English groups thousands with commas and writes ordinals with
// st/nd/rd/th, where French reads a comma as a decimal point and writes "110 000e", "3e".
const ENGLISH_GROUPED_NUMBER = /(?<![\p{N},.])\p{N}{1,3}(?:,\p{N}{3})+(?![\p{N}]|[,.]\p{N})/gu;
const ENGLISH_ORDINAL = /(?<![\p{L}\p{N}])(\p{N}+)(?:st|nd|rd|th)(?![\p{L}\p{N}])/giu;

/** An English question's numbers written the French way: "110,000th" → "110000e". */
export function frenchFormOfEnglishNumbers(text: string): string {
  return text.replace(ENGLISH_GROUPED_NUMBER, (n) => n.replace(/,/g, '')).replace(ENGLISH_ORDINAL, '$1e');
}
