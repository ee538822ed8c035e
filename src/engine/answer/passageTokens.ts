// A passage's analysed words, computed once per question: several steps read the same sentences (the
// names typed in lowercase, the counts of a document, the evidence of the best passages) and analysis
// is most of their cost. Keyed by the passage object the question's document views hold, so nothing
// outlives the question.
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
