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
  const first = tokens.findIndex((t) => t.start >= span.end);
  const after = wordsAfter(tokens, first < 0 ? tokens.length : first, reach).filter((t) => sameClause(span.end, t.start));
  const last = first < 0 ? tokens.length - 1 : first - 1;
  const before = wordsBefore(tokens, span.start, last, reach).filter((t) => sameClause(t.end, span.start));
  return { before, after };
}

/** Whether a part of a hyphenated name lies within a word (its compound). */
function within(part: AnalyzedToken, word: AnalyzedToken): boolean {
  return word.start <= part.start && part.end <= word.end;
}

/**
 * The first `reach` words from `from` on, with the parts of those that are compounds: "Saint-Cast-Plémorin"
 * is one word, not four ("le maire de Saint-Cast-Plémorin, X"). A compound's parts follow it.
 */
function wordsAfter(tokens: readonly AnalyzedToken[], from: number, reach: number): AnalyzedToken[] {
  const out: AnalyzedToken[] = [];
  let words = 0;
  let word: AnalyzedToken | undefined;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.role === 'part') {
      if (word && within(t, word)) out.push(t);
      continue;
    }
    if (words++ >= reach) break;
    out.push((word = t));
  }
  return out;
}

/** The last `reach` words ending by `end` (back from index `last`), in the text's order, with their parts. */
function wordsBefore(tokens: readonly AnalyzedToken[], end: number, last: number, reach: number): AnalyzedToken[] {
  let words = 0;
  let i = last;
  for (; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.end > end || t.role === 'part') continue;
    if (words++ >= reach) break;
  }
  // tokens[i + 1…last] hold the words kept; parts of a compound left out (before i + 1) cannot follow it there.
  const kept = tokens.slice(i + 1, last + 1).filter((t) => t.end <= end);
  const firstWord = kept.find((t) => t.role !== 'part');
  return kept.filter((t) => t.role !== 'part' || (firstWord !== undefined && t.start >= firstWord.start));
}
