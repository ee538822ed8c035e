// The key that groups questions asking the same thing in other words: the engine's own French
// analysis (elision, accents, stopwords, light stemming, numbers) of the question, minus the words
// English questions are built with, as a sorted set of terms. "Quel est le budget de la 5G à Lyon ?",
// "budget 5G Lyon" and "What is the 5G budget in Lyon?" share the key "5g budget lyon".
import { analyzeFrenchTerms } from './analyzeFrench.ts';

const ENGLISH_QUESTION_WORDS = new Set([
  'a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'what', 'which', 'who', 'whom', 'whose',
  'when', 'where', 'why', 'how', 'many', 'much', 'in', 'of', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'and', 'or',
  'it', 'its', 'this', 'that', 'these', 'those', 'there', 'has', 'have', 'had', 'can', 'could', 'will', 'would', 'about',
  'tell', 'me', 'please', 'any', 'some',
]);

/** The question's key terms, sorted and without repeats (empty when it has none). */
export function questionKeyTerms(question: string): string[] {
  const terms = analyzeFrenchTerms(question).filter((t) => t.length > 0 && !ENGLISH_QUESTION_WORDS.has(t));
  return [...new Set(terms)].sort();
}
