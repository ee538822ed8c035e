// Acronyms a page spells out and never writes: the question says "la CAF", the page "la Caisse
// d'allocations familiales". An acronym the corpus never uses is otherwise a name it never mentions,
// and the question is refused; read in the closest documents, a capitalised run of words whose
// initials spell it stands for it there.
import { analyzeFrenchTerms } from '../analysis/analyzeFrench.ts';
import { foldWord } from '../language/foldText.ts';
import { FRENCH_STOPWORDS, NAME_JOINING_WORDS, nameWordsWithoutJoins } from '../language/functionWords.ts';
import type { DocumentView } from './gatherCandidates.ts';
import { alternative } from './readQuestion.ts';
import type { ResolvedConcept } from './resolveConcepts.ts';

/** Factor of the spelled-out form: found by its initials, not written as asked. */
const SPELLED_OUT_FACTOR = 0.9;

const ACRONYM = /^\p{Lu}{2,6}$/u;
const WORD = /\p{L}[\p{L}-]*/gu;

/** The words of a text with their positions. */
function wordsOf(text: string): { word: string; start: number; end: number }[] {
  return Array.from(text.matchAll(WORD), (m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

/** The run of words starting at a capitalised word whose initials spell `letters`, if one does. */
function spelledFrom(words: ReturnType<typeof wordsOf>, i: number, letters: string, text: string): string | undefined {
  let spelled = '';
  for (let k = i; k < words.length && spelled.length < letters.length; k++) {
    const { word } = words[k]!;
    // A name runs on inside one clause: a comma or a full stop ends it.
    if (k > i && /[,.;:!?()«»]/.test(text.slice(words[k - 1]!.end, words[k]!.start))) return undefined;
    if (k > i && NAME_JOINING_WORDS.has(foldWord(word))) continue;
    if (foldWord(word[0]!) !== letters[spelled.length]) return undefined;
    spelled += letters[spelled.length];
    if (spelled.length === letters.length) return text.slice(words[i]!.start, words[k]!.end);
  }
  return undefined;
}

/**
 * Acronyms of three letters or more are spelled out in lowercase too, as pages write common nouns ("un
 * schéma directeur immobilier" for the SDI); two letters in lowercase would be any two words.
 */
const MIN_LOWERCASE_LETTERS = 3;

/** Whether a word may open an acronym's spelled-out form: capitalised, or lowercase for a long enough acronym. */
function opensSpelledOut(word: string, letters: string): boolean {
  return /^\p{Lu}/u.test(word) || (letters.length >= MIN_LOWERCASE_LETTERS && !FRENCH_STOPWORDS.has(foldWord(word)));
}

/** Whether every word of a run, but those that join a name's words, is a content word: no "cette", "pour", "avec". */
function allContentWords(run: string): boolean {
  return nameWordsWithoutJoins(run).every((w) => !FRENCH_STOPWORDS.has(w));
}

/** Whether a document says one of the ways the concept is said already. */
function says(view: DocumentView, c: ResolvedConcept): boolean {
  return view.passages.some((item) => c.alternatives.some((a) => a.terms.every((t) => item.terms.has(t))));
}

/** The first spelled-out form of an acronym in the documents that do not write it: a run opening on a capital. */
function findSpelledOut(c: ResolvedConcept, views: readonly DocumentView[]): string | undefined {
  const letters = foldWord(c.concept.label);
  for (const view of views) {
    if (c.present && says(view, c)) continue;
    for (const item of view.passages) {
      const text = item.passage.text;
      const words = wordsOf(text);
      for (let i = 0; i < words.length; i++) {
        if (!opensSpelledOut(words[i]!.word, letters)) continue;
        const found = spelledFrom(words, i, letters, text);
        if (found && (/^\p{Lu}/u.test(found) || allContentWords(found))) return found;
      }
    }
  }
  return undefined;
}

/**
 * Gives each acronym of the question the words the documents spell it out with, where a document does
 * not write it (the corpus may not use it at all, or only as another word: "CAF" stems as "café").
 * Returns whether an acronym the corpus never uses was spelled out.
 */
export function spellOutAcronyms(concepts: readonly ResolvedConcept[], views: readonly DocumentView[]): boolean {
  let foundAbsent = false;
  for (const c of concepts) {
    if (c.concept.kind !== 'name' || !ACRONYM.test(c.concept.label)) continue;
    const found = findSpelledOut(c, views);
    const terms = found ? analyzeFrenchTerms(found) : [];
    if (terms.length < 2) continue;
    if (!c.present) {
      c.alternatives = [];
      foundAbsent = true;
    }
    c.alternatives.push(alternative(terms, SPELLED_OUT_FACTOR));
    c.present = true;
  }
  return foundAbsent;
}
