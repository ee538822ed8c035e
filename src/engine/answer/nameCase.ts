// "le Lot" and "un lot de travaux", "le Nord" and "au nord du bourg", "l'Aube" and "dès l'aube": the name
// of a territory is often a common word too. A document that writes the word only in lowercase speaks of
// the thing, not of the territory the question names.
import { withoutAccents } from '../language/foldText.ts';
import { isTerritoryWord } from '../language/territories.ts';
import type { DocumentView } from './gatherCandidates.ts';
import type { ResolvedConcept } from './resolveConcepts.ts';

/**
 * Whether a territory the question types capitalised is written in the document, and only in lowercase
 * (outside web addresses and file names): as a common word. A capitalised word opening a sentence proves nothing.
 */
export function territoryOnlyAsCommonWord(view: DocumentView, name: ResolvedConcept): boolean {
  const label = name.concept.label;
  if (!name.concept.capitalised || !/^\p{Lu}\p{Ll}+$/u.test(label) || !isTerritoryWord(label)) return false;
  const word = new RegExp(`(?<![\\p{L}\\p{N}./@-])${withoutAccents(label)}(?![\\p{L}\\p{N}]|\\.\\p{L})`, 'giu');
  let lowercase = false;
  for (const { passage } of view.passages) {
    // (the title passage adds the file name's words in lowercase: "(gard · crues)")
    const text = withoutAccents(passage.kind === 'title' ? view.document.title : passage.text);
    for (const m of text.matchAll(word)) {
      if (/^\p{Ll}/u.test(m[0])) lowercase = true;
      else if (/\p{L}/u.test(text.slice(0, m.index))) return false;
    }
  }
  return lowercase;
}
