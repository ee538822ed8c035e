// Chat is typed fast: "Combein de logements…", "Deppuis quand…", "quel pourceentage…". A mistyped
// question word changes what is asked (a count becomes anything), and a mistyped noun naming the kind of
// answer loses its role; the corpus correction comes too late for either (it fixes words, not roles).
// So the few words that shape a question are corrected first, against their own closed list.
import { editDistance } from '../analysis/editDistance.ts';
import { foldWord } from '../language/foldText.ts';
import { frenchSoundKey } from '../language/frenchPhonetics.ts';
import { DETERMINER_BEFORE, FRENCH_QUESTION_WORDS, FRENCH_STOPWORDS } from '../language/functionWords.ts';
import { FRENCH_MEASURE_UNITS, FRENCH_TYPE_NOUNS } from '../language/questionVocabulary.ts';

/** Shorter words are one typo away from too many others ("quel", "quoi", "qui"). */
const MIN_LENGTH = 5;

/**
 * …but right after "quel", "quelle" or an article, a word of four letters is a noun, maybe the one naming
 * what is asked ("quelle anée", "qui est la mair de Vernay").
 */
const AFTER_WHICH = /(?:^|[\s'’])(?:quel(?:le)?s?|le|la|les|un|une|du|des)\s+$|(?:^|[\s])l['’]$/iu;
const MIN_LENGTH_AFTER_WHICH = 4;

function tooShort(folded: string, before: string): boolean {
  return folded.length < (AFTER_WHICH.test(before) ? MIN_LENGTH_AFTER_WHICH : MIN_LENGTH);
}

/**
 * Words the lexicon does not list (it lists nouns, verbs and adjectives) and the stopwords leave out,
 * one letter from a shaping word: "quant" (à) is no mistyped "quand".
 */
const UNLISTED_WORDS: ReadonlySet<string> = new Set(['quant']);

/** Prepositions that make "quand" and "combien" ask for a date or a duration ("depuis quand", "pendant combien"). */
const SHAPING_PREPOSITIONS = ['depuis', 'pendant'];

/** The words that shape a French question, folded: question words, nouns naming a kind of answer or a measure ("hauteur"). */
const SHAPING_WORDS: readonly string[] = [
  ...new Set([...FRENCH_QUESTION_WORDS, ...SHAPING_PREPOSITIONS, ...FRENCH_TYPE_NOUNS.keys(), ...FRENCH_MEASURE_UNITS.keys()]),
].filter((w) => w.length >= MIN_LENGTH && /^[a-z]+$/.test(w));

// "le montent": after an article stands a noun, so a verb form there ("montent", of monter) is a
// noun misspelt, and a known word may be corrected after all.

function verbAfterArticle(folded: string, before: string, isVerb: (folded: string) => boolean): boolean {
  return DETERMINER_BEFORE.test(before) && isVerb(folded);
}

/**
 * The question with each word one typo (Damerau) away from exactly one shaping word, and unknown to the
 * French lexicon, written as that word: "Combein" → "Combien". A known word ("combine", "quant") is
 * not changed, unless it is a verb form after an article ("le montent du loyer"); nor is a capitalised one
 * inside the question (a name), nor one that starts otherwise.
 */
export function correctQuestionWords(
  question: string,
  knowsFrench: (folded: string) => boolean,
  isVerb: (folded: string) => boolean = () => false,
): string {
  return question.replace(/\p{L}+/gu, (word, at: number) => {
    const folded = foldWord(word);
    const before = question.slice(Math.max(0, at - 8), at);
    if (
      tooShort(folded, before) ||
      (knowsFrench(folded) && !verbAfterArticle(folded, before, isVerb)) ||
      FRENCH_STOPWORDS.has(folded) ||
      UNLISTED_WORDS.has(folded) ||
      SHAPING_WORDS.includes(folded)
    ) {
      return word;
    }
    if (at > 0 && /^\p{Lu}/u.test(word)) return word;
    const corrected = nearShapingWord(folded);
    if (corrected === undefined || soundsAsAnotherWord(folded, corrected, knowsFrench)) return word;
    // Written as typed at its start: "Combein" → "Combien".
    return /^\p{Lu}/u.test(word) ? corrected.charAt(0).toUpperCase() + corrected.slice(1) : corrected;
  });
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Whether the typed word with one letter added, other than the shaping word, is a word of the lexicon that
 * sounds as typed: "adjoins" is "adjoints" with its silent letter dropped, not "adjoint" (a person asked).
 */
function soundsAsAnotherWord(typed: string, shaping: string, knowsFrench: (folded: string) => boolean): boolean {
  const sound = frenchSoundKey(typed);
  const near = new Set<string>();
  // (inside the word: a letter added at its end only inflects it, "durer" → "durers")
  for (let i = 0; i < typed.length; i++) for (const letter of LETTERS) near.add(typed.slice(0, i) + letter + typed.slice(i));
  near.delete(shaping);
  for (const word of near) if (frenchSoundKey(word) === sound && knowsFrench(word)) return true;
  return false;
}

/** The one shaping word a folded word is a typo of, keeping its plural: "commnes" → "communes". */
function nearShapingWord(folded: string): string | undefined {
  const one = (typed: string) => {
    const near = SHAPING_WORDS.filter((w) => w[0] === typed[0] && Math.abs(w.length - typed.length) <= 1 && editDistance(w, typed) === 1);
    return near.length === 1 ? near[0] : undefined;
  };
  const plural = /^(.{4,})s$/.exec(folded)?.[1];
  const asPlural = plural === undefined || SHAPING_WORDS.includes(plural) ? undefined : one(plural);
  return one(folded) ?? (asPlural === undefined ? undefined : asPlural + 's');
}
