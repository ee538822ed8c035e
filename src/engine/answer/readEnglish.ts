// English questions are searched in French: each English word or phrase becomes the French term
// sequences it may stand for — the field glossary's first (it knows the trade), then the general
// English–French dictionary, then the word itself (cognates and names: "installation", "Dordogne").
import { COMPASS_AREAS } from '../language/placeAdjectives.ts';
import { analyzeFrench, partSaysSomething } from '../analysis/analyzeFrench.ts';
import { slipsOf } from '../analysis/keyboardSlips.ts';
import { frenchCognates, frenchPrefixedForms } from '../language/englishCognates.ts';
import { frenchFormOfEnglishNumbers, saysEnglishNumber } from '../language/numberWords.ts';
import {
  ENGLISH_CAPITALISED_NOUNS,
  ENGLISH_FUNCTION_WORDS,
  ENGLISH_PREFIXES,
  englishAgentBases,
  englishLemmas,
  looksLikeEnglishVerbForm,
} from '../language/englishWords.ts';

export interface EnglishWord {
  surface: string;
  /** Base forms tried, the word itself first. */
  lemmas: string[];
  /** French analysed term sequences, best first. */
  french: string[][];
  /** The French words it translates to, as written, one-word translations only (their families say it too). */
  frenchWords: string[];
  name: boolean;
  verb: boolean;
}

export interface EnglishLexicon {
  /** French translations of an English word or phrase (lowercase base form), best first. */
  translate(phrase: string): readonly string[] | undefined;
  /** Words in the longest phrase `translate` knows. */
  readonly longestPhrase: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** A French term that is a number or a rank ("9", "6e"), as the analysis writes them. */
function isNumberTerm(term: string): boolean {
  return /^\d/.test(term);
}

function frenchTerms(french: string): string[] {
  return Array.from(
    analyzeFrench(french).filter((t) => t.role !== 'part'),
    (t) => t.term,
  );
}

/**
 * A hyphenated name's words, as French questions read them too ("Saint-Aulaire" for a page's
 * "Saint-Aulaire-sur-Lèze"): empty for a name of one word.
 */
function compoundParts(name: string): string[] {
  return Array.from(
    analyzeFrench(name).filter((t) => t.role === 'part' && partSaysSomething(t.term)),
    (t) => t.term,
  );
}

function uniqueSequences(sequences: string[][]): string[][] {
  const seen = new Set<string>();
  return sequences.filter((s) => {
    const key = s.join(' ');
    if (s.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The longest phrase starting at `i` that the lexicon translates, its last word lemmatised ("local
 * authorities") or its first ("teamed up", "paid for").
 */
function matchPhrase(
  words: readonly string[],
  i: number,
  lexicon: EnglishLexicon,
): { length: number; french: readonly string[] } | undefined {
  for (let n = Math.min(lexicon.longestPhrase, words.length - i); n >= 2; n--) {
    const phrase = words.slice(i, i + n);
    const forms = [
      ...Array.from(englishLemmas(phrase.at(-1)!), (lemma) => [...phrase.slice(0, -1), lemma].join(' ')),
      ...Array.from(englishLemmas(phrase[0]!), (lemma) => [lemma, ...phrase.slice(1)].join(' ')),
    ];
    for (const form of forms) {
      const french = lexicon.translate(form);
      // An empty translation is a phrase that only shapes the question ("how many"): consumed, searched for nothing.
      if (french) return { length: n, french };
    }
  }
  return undefined;
}

/** A translation that is itself a name ("Bretagne" for "Brittany"), as dictionaries capitalise them. */
function isProperNoun(french: string): boolean {
  return /^\p{Lu}/u.test(french);
}

function isName(surface: string, lemmas: readonly string[], first: boolean, translated: boolean): boolean {
  // Codes: 5G, A380 — not a word and a number or a code joined by a hyphen ("year-7", "12-year", "fixed-4G": read word by word).
  if (/\d/.test(surface) && /\p{L}/u.test(surface) && !/^(?:\p{Ll}+-\d+\p{L}*|\d+\p{L}*-\p{Ll}+)$/u.test(surface)) return true;
  if (!/^\p{Lu}/u.test(surface)) return false;
  // "on Wednesdays", "the State": English capitalises these words; they are translated like any other.
  if (translated && lemmas.some((l) => ENGLISH_CAPITALISED_NOUNS.has(l))) return false;
  // "the North-East": a point of the compass, a vague area (COMPASS_AREAS).
  if (COMPASS_AREAS.has(surface.toLowerCase())) return false;
  // An acronym is a name ("ANCT"), unless the lexicon reads it as a word of the trade ("ISP").
  if (surface.length > 1 && surface === surface.toUpperCase()) return !translated || surface.length < 3;
  return !first || !translated;
}

/** A lowercase word the dictionary lacks is corrected from this length on: shorter ones are one slip from too many. */
const MIN_SLIP_LENGTH = 5;

/**
 * The word one slip of the keyboard from a lowercase word the dictionary does not know ("buddget",
 * "vulnerabiities"), when exactly one such word is in it: two would be a guess.
 */
function meantWord(word: string, lexicon: EnglishLexicon): string | undefined {
  if (word.length < MIN_SLIP_LENGTH || !/^[a-z]+$/.test(word)) return undefined;
  let cache = meantWords.get(lexicon);
  if (!cache) meantWords.set(lexicon, (cache = new Map()));
  if (cache.has(word)) return cache.get(word);
  if (cache.size >= MEANT_CACHE_LIMIT) cache.clear();
  const meant = searchMeantWord(word, lexicon);
  cache.set(word, meant);
  return meant;
}

// A few hundred dictionary lookups (about 5 ms) per unknown word: kept, as the same questions come back.
const MEANT_CACHE_LIMIT = 10_000;
const meantWords = new WeakMap<EnglishLexicon, Map<string, string | undefined>>();

function searchMeantWord(word: string, lexicon: EnglishLexicon): string | undefined {
  const known = new Set<string>();
  for (const slip of slipsOf(word, false)) {
    // A plural's singular is looked up too ("vulnerabilities"); other endings are left to the word itself.
    const base = slip.endsWith('ies') ? `${slip.slice(0, -3)}y` : slip.endsWith('s') ? slip.slice(0, -1) : slip;
    if (lexicon.translate(slip)?.length || (base !== slip && lexicon.translate(base)?.length)) known.add(slip);
  }
  return known.size === 1 ? [...known][0] : undefined;
}

/**
 * An unknown hyphenated English word ("fibre-eligible") is read word by word; one with a part no
 * dictionary knows ("chatel-brenne", typed in lowercase) is a French name, read whole — unless it opens
 * with a number ("three-borne", "five-antenna"): a count of a thing, however rare its word.
 */
function isFrenchHyphenatedName(word: string, lexicon: EnglishLexicon): boolean {
  return hasUnknownPart(word, lexicon) && !saysEnglishNumber(word.split('-')[0]!);
}

/** Whether a word is a name, as isName reads it, and no compound of words the dictionary knows. */
function readsAsName(surface: string, lemmas: readonly string[], first: boolean, translated: boolean, lexicon: EnglishLexicon): boolean {
  return isName(surface, lemmas, first, translated) && !isKnownCompound(surface, lexicon);
}

/**
 * "German-built", "Paris-based": a capitalised word and a participle the dictionary knows make an English
 * adjective, no name (its words are read). Not a French name whose words happen to be English ("Port-Royal").
 */
function isKnownCompound(surface: string, lexicon: EnglishLexicon): boolean {
  const word = surface.toLowerCase();
  const parts = word.split('-');
  return parts.length === 2 && PARTICIPLE_ENDING.test(parts[1]!) && !lexicon.translate(word)?.length && !hasUnknownPart(word, lexicon);
}

const PARTICIPLE_ENDING = /(?:ed|en|made|built|run|wide)$/;

/** Whether a hyphenated word has a part of three letters or more that the dictionary does not know. */
function hasUnknownPart(word: string, lexicon: EnglishLexicon): boolean {
  if (!word.includes('-')) return false;
  const known = (part: string) =>
    ENGLISH_PREFIXES.has(part) || [...englishLemmas(part), ...englishAgentBases(part)].some((l) => lexicon.translate(l)?.length);
  // (a number is no unknown word: "mid-2031" is a time, not a French name)
  return word.split('-').some((part) => part.length >= 3 && !/^\d+$/.test(part) && !known(part));
}

/**
 * For a lowercase word the dictionary lacks, the lemmas of the word meant: the verb of an agent noun
 * ("graders": grade), or the one word one slip away ("buddget").
 */
function wordMeant(word: string, lexicon: EnglishLexicon): string[] | undefined {
  const agentOf = englishAgentBases(word).filter((base) => lexicon.translate(base)?.length);
  if (agentOf.length > 0) return agentOf;
  const meant = meantWord(word, lexicon);
  return meant === undefined ? undefined : englishLemmas(meant);
}

export function readEnglishWords(text: string, lexicon: EnglishLexicon): EnglishWord[] {
  const matches = [...frenchFormOfEnglishNumbers(text).matchAll(WORD)];
  const surfaces = Array.from(matches, (m) => m[0].replace(/’/g, "'").replace(/\.$/, ''));
  const lower = Array.from(surfaces, (s) => s.toLowerCase());
  const out: EnglishWord[] = [];
  for (let i = 0; i < surfaces.length;) {
    const phrase = matchPhrase(lower, i, lexicon);
    if (phrase) {
      const surface = surfaces.slice(i, i + phrase.length).join(' ');
      const french = uniqueSequences(Array.from(phrase.french, frenchTerms));
      const lemmas = [lower.slice(i, i + phrase.length).join(' ')];
      i += phrase.length;
      if (french.length === 0) continue;
      out.push({ surface, lemmas, french, frenchWords: singleWords(phrase.french), name: false, verb: false });
      continue;
    }
    const surface = surfaces[i]!;
    const word = lower[i]!.replace(/'s$/, '');
    i++;
    if (ENGLISH_FUNCTION_WORDS.has(word) || ENGLISH_FUNCTION_WORDS.has(lower[i - 1]!)) continue;
    let lemmas = englishLemmas(word);
    // A word the glossary translates by nothing only shapes the question ("mean", "money"): consumed.
    if (lemmas.some((l) => lexicon.translate(l)?.length === 0)) continue;
    let translations = lemmas.flatMap((l) => lexicon.translate(l) ?? []);
    const lowercase = !/^\p{Lu}/u.test(surface);
    if (translations.length === 0 && lowercase) translations = lemmas.flatMap((l) => frenchPrefixedForms(l, lexicon.translate));
    const other = translations.length === 0 && lowercase ? wordMeant(word, lexicon) : undefined;
    if (other) [lemmas, translations] = [other, other.flatMap((l) => lexicon.translate(l) ?? [])];
    const frenchName = translations.length === 0 && isFrenchHyphenatedName(word, lexicon);
    const name = readsAsName(surface, lemmas, i === 1, translations.length > 0, lexicon) || frenchName;
    if (!name && translations.length === 0 && /-/.test(surface)) {
      out.push(...readEnglishWords(surface.replace(/-/g, ' '), lexicon));
      continue;
    }
    const french = frenchWaysOf(surface, word, lemmas, translations, name);
    if (french.length === 0) continue;
    out.push({
      surface,
      lemmas,
      french,
      frenchWords: name ? [] : singleWords(translations),
      name,
      verb: !name && saidAsVerb(word, lower[i - 2]),
    });
  }
  return out;
}

/** The translations of one word ("créer", not "mettre en place"), lowercase. */
function singleWords(translations: readonly string[]): string[] {
  return [
    ...new Set(
      Array.from(
        translations.filter((t) => /^\p{Ll}[\p{L}'’-]*$/u.test(t.trim())),
        (t) => t.trim(),
      ),
    ),
  ];
}

/**
 * The French terms an English word is searched by. Names keep their spelling (French names pass
 * through), unless the glossary gives a French name for them: a place English names its own way is
 * said the French way ("Corsica": Corse; "EU": UE, union européenne…). Other words try their
 * translations first, then the word itself, then the French forms of its ending ("capacity": "capacité").
 */
function frenchWaysOf(
  surface: string,
  word: string,
  lemmas: readonly string[],
  translations: readonly string[],
  name: boolean,
): string[][] {
  const typed = surface.replace(/'s$/, '');
  if (name && translations.some(isProperNoun)) return uniqueSequences(Array.from(translations, frenchTerms));
  if (name) return uniqueSequences([frenchTerms(typed), compoundParts(typed)]);
  return uniqueSequences([
    ...Array.from(translations, frenchTerms).filter((terms) => saysEnglishNumber(word) || !terms.every(isNumberTerm)),
    frenchTerms(typed),
    ...Array.from(lemmas.flatMap(frenchCognates), frenchTerms),
  ]);
}

/**
 * A verb form, but not in -ing unless a form of "be" leads it: "the court hearing", "the opening" are nouns; "is running" a verb.
 * Right after "who", any word is its verb ("who runs the network", "who chairs the board").
 */
function saidAsVerb(word: string, previous: string | undefined): boolean {
  if (previous === 'who') return true;
  if (!looksLikeEnglishVerbForm(word)) return false;
  return !/ing$/.test(word) || /^(?:is|are|was|were|be|been|being|am|'s|'re)$/.test(previous ?? '');
}
