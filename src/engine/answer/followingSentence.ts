// An open question ("que propose le maire ?", "pourquoi… ?") has no typed answer to point at, and its
// answer often runs over two sentences: one names the subject ("Le maire a fait une contre-proposition."),
// the next says what it is ("Il demande de déplacer le pylône de 400 mètres."). Such an answer is quoted
// with the sentence that follows it in the text, when both fit in an excerpt.
import type { Passage } from '../search/splitPassages.ts';

/** `text` (passage `k` as quoted so far) with the sentence that follows passage `k`, within `maxLength` characters. */
export function withFollowingSentence(passages: readonly Passage[], k: number, text: string, maxLength: number): string {
  const passage = passages[k];
  const next = passages[k + 1];
  // Only sentence after sentence, in reading order: not a title's first line, not a list's item.
  if (passage?.kind !== 'sentence' || next?.kind !== 'sentence' || next.contextId !== passage.id) return text;
  const joined = `${text} ${next.text}`;
  return joined.length <= maxLength ? joined : text;
}
