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
  const after = nearestWords(
    tokens.filter((t) => t.start >= span.end),
    reach,
  ).filter((t) => sameClause(span.end, t.start));
  const before = nearestWords(tokens.filter((t) => t.end <= span.start).reverse(), reach)
    .reverse()
    .filter((t) => sameClause(t.end, span.start));
  return { before, after };
}

/**
 * The first `reach` words of tokens ordered from the span outwards, with the parts of those that are
 * compounds: "Saint-Cast-Plémorin" is one word, not four ("le maire de Saint-Cast-Plémorin, X").
 */
function nearestWords(outwards: readonly AnalyzedToken[], reach: number): AnalyzedToken[] {
  const words: AnalyzedToken[] = [];
  for (const t of outwards) if (t.role !== 'part' && words.push(t) >= reach) break;
  // (a compound's parts lie within it; read backwards they come before it)
  const within = (t: AnalyzedToken) => words.some((w) => w.start <= t.start && t.end <= w.end);
  return outwards.filter((t) => (t.role === 'part' ? within(t) : words.includes(t)));
}
