// A passage's analysed words, computed once: several steps read the same sentences (the names typed in
// lowercase, the counts of a document, the evidence of the best passages, the excerpt's highlights) and
// analysis is most of their cost. Keyed by the passage object, which the index keeps while the passage
// is among those read lately (search/recentPassages.ts): the reading lives as long as it does.
import { type AnalyzedToken, analyzeFrench } from '../analysis/analyzeFrench.ts';
import type { Passage } from '../search/splitPassages.ts';

const tokensByPassage = new WeakMap<Passage, readonly AnalyzedToken[]>();

export function passageTokens(passage: Passage): readonly AnalyzedToken[] {
  let tokens = tokensByPassage.get(passage);
  if (!tokens) {
    tokens = analyzeFrench(passage.text);
    tokensByPassage.set(passage, tokens);
  }
  return tokens;
}
