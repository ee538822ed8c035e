// The words that stand beside an answer candidate in its clause: what it is said with.
import type { AnalyzedToken } from '../analysis/analyzeFrench.ts';
import type { AnswerSpan } from './answerEvidence.ts';

/**
 * The `reach` words before and after a span that stand in its clause (no sentence or clause mark between)
 * and within `characters` of it.
 */
export function wordsAround(
  text: string,
  span: AnswerSpan,
  tokens: readonly AnalyzedToken[],
  reach: number,
  characters: number,
): { before: AnalyzedToken[]; after: AnalyzedToken[] } {
  const sameClause = (from: number, to: number) => to - from <= characters && !/[.!?;:()]/.test(text.slice(from, to));
  const after = tokens
    .filter((t) => t.start >= span.end)
    .slice(0, reach)
    .filter((t) => sameClause(span.end, t.start));
  const before = tokens
    .filter((t) => t.end <= span.start)
    .slice(-reach)
    .filter((t) => sameClause(t.end, span.start));
  return { before, after };
}
