// Turns a passage into the excerpt a reader sees: the sentence, with the one before it when the
// sentence leans on it ("Il s'agit de…"), cut to a window around the matched words when too long,
// and the spans to highlight.
import { type AnalyzedToken, analyzeFrench } from '../analysis/analyzeFrench.ts';
import { leansOnPrevious, opensOnDescription } from '../language/functionWords.ts';
import type { Passage } from '../search/splitPassages.ts';
import { passageTokens } from './passageTokens.ts';

export const MAX_EXCERPT_LENGTH = 400;

export interface Span {
  start: number;
  end: number;
}

export interface Excerpt {
  text: string;
  highlights: Span[];
  /** Where the answer stands in `text`, when one was found. */
  answerSpan?: Span;
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Spans of `text` whose analysed terms are in `terms`. */
export function highlightTerms(text: string, terms: ReadonlySet<string>, tokens: readonly AnalyzedToken[] = analyzeFrench(text)): Span[] {
  return mergeSpans(
    Array.from(
      tokens.filter((t) => terms.has(t.term)),
      (t) => ({ start: t.start, end: t.end }),
    ),
  );
}

/**
 * The window of at most `max` characters that holds the answer and the most highlighted spans, cut at
 * word boundaries.
 */
function window(text: string, spans: Span[], max: number, answer?: Span): { start: number; end: number } {
  let best = { start: 0, end: max, count: -1 };
  const anchors = answer ? [answer, ...spans] : spans;
  const starts = anchors.length > 0 ? Array.from(anchors, (s) => Math.max(0, s.start - 60)) : [0];
  for (const from of starts) {
    const to = Math.min(text.length, from + max);
    if (answer && (answer.start < from || answer.end > to)) continue;
    const count = spans.filter((s) => s.start >= from && s.end <= to).length;
    if (count > best.count) best = { start: from, end: to, count };
  }
  let { start, end } = best;
  if (end - start < max) start = Math.max(0, end - max);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < start + 30) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > end - 30) end = space;
  }
  return { start, end };
}

function shift(span: Span | undefined, by: number, limit: number): Span | undefined {
  if (!span) return undefined;
  const moved = { start: span.start + by, end: span.end + by };
  return moved.start >= 0 && moved.end <= limit ? moved : undefined;
}

/**
 * "La vice-présidente rappelle…" after "…, explique Martine Roux.": the description stands for the one the
 * sentence before named, and is read with it (not with a heading, which ends on no full stop).
 */
function describesWhoWasNamed(text: string, context: string): boolean {
  return opensOnDescription(text) && /[.!?…»"”]\s*$/.test(context);
}

/** Whether a sentence is quoted after the one it leans on ("Il s'agit de…"), as buildExcerpt does when both fit. */
export function quotedWithContext(passage: Passage): boolean {
  return (
    passage.kind === 'sentence' &&
    passage.context !== '' &&
    (leansOnPrevious(passage.text) || describesWhoWasNamed(passage.text, passage.context))
  );
}

/** `answer` is the answering span of the passage's own text, when the question asks for one. */
export function buildExcerpt(passage: Passage, matchedTerms: ReadonlySet<string>, answer?: Span): Excerpt {
  let text = passage.text;
  // An answer with nothing to show in the passage (a place its document gives) emphasises nothing.
  let answerSpan = answer && answer.end > answer.start ? { start: answer.start, end: answer.end } : undefined;
  if (quotedWithContext(passage)) {
    const joined = `${passage.context} ${text}`;
    if (joined.length <= MAX_EXCERPT_LENGTH) {
      text = joined;
      answerSpan = shift(answerSpan, passage.context.length + 1, text.length);
    }
  }
  // The passage alone is already analysed (passageTokens): its reading is kept with it.
  let spans = highlightTerms(text, matchedTerms, text === passage.text ? passageTokens(passage) : undefined);
  if (text.length <= MAX_EXCERPT_LENGTH) return { text, highlights: spans, ...(answerSpan ? { answerSpan } : {}) };

  const ELLIPSIS = '…';
  const room = MAX_EXCERPT_LENGTH - 2 * ELLIPSIS.length;
  const { start, end } = window(text, spans, room, answerSpan);
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const body = text.slice(start, end);
  const lead = body.length - body.trimStart().length;
  const cut = `${prefix}${body.trim()}${suffix}`;
  spans = highlightTerms(cut, matchedTerms);
  answerSpan = shift(answerSpan, prefix.length - start - lead, cut.length - suffix.length);
  return { text: cut, highlights: spans, ...(answerSpan ? { answerSpan } : {}) };
}
