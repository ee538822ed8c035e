// Whether a concept of a question is one of a list of words: French by its analysed terms, so every form
// of a verb or a noun matches ("terminent", "terminé" for "terminer"); English as typed, word by word
// (a phrase, "pay for", holds "pay").
import { analyzeFrenchTerms } from '../analysis/analyzeFrench.ts';
import { foldWord } from '../language/foldText.ts';
import type { Locale } from '../language/locale.ts';
import type { QueryConcept } from './readQuestion.ts';

/** A list of words in both languages, ready to test concepts against. */
export interface ConceptWords {
  /** The analysed terms of the French words. */
  french: ReadonlySet<string>;
  /** The English words, folded. */
  english: ReadonlySet<string>;
}

export function conceptWords(french: readonly string[], english: readonly string[]): ConceptWords {
  return { french: new Set(french.flatMap((w) => analyzeFrenchTerms(w))), english: new Set(Array.from(english, (w) => foldWord(w))) };
}

/** Whether a concept (not a name nor a figure) is one of the words: its own single term, or a word of its English label. */
export function isConceptWord(concept: QueryConcept, language: Locale, words: ConceptWords): boolean {
  if (concept.kind === 'name' || concept.kind === 'figure') return false;
  if (language === 'en')
    return foldWord(concept.label)
      .split(' ')
      .some((w) => words.english.has(w));
  const own = concept.alternatives[0]?.terms ?? [];
  return own.length === 1 && words.french.has(own[0]!);
}
