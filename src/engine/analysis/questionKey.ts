// The key that groups questions asking the same thing in other words: the engine's own French
// analysis (elision, accents, stopwords, light stemming, numbers) of the question, minus the words
// English questions are built with, as a sorted set of terms. "Quel est le budget de la 5G à Lyon ?",
// "budget 5G Lyon" and "What is the 5G budget in Lyon?" share the key "5g budget lyon".
import { ENGLISH_FUNCTION_WORDS } from '../language/englishWords.ts';
import { analyzeFrenchTerms } from './analyzeFrench.ts';

/** The question's key terms, sorted and without repeats (empty when it has none). */
export function questionKeyTerms(question: string): string[] {
  const terms = analyzeFrenchTerms(question).filter((t) => t.length > 0 && !ENGLISH_FUNCTION_WORDS.has(t));
  return [...new Set(terms)].sort();
}
