// The platform-neutral answer: what every front end (terminal, Slack, Discord, JSON) renders.
import type { Locale } from '../language/locale.ts';
import type { AnswerType } from './answerTypes.ts';
import type { Span } from './buildExcerpt.ts';

export interface Citation {
  /** Corpus-relative path, e.g. "corpus/000_x.txt". */
  source: string;
  title: string;
  date?: string;
  url?: string;
}

export interface Fact extends Citation {
  /** The matched passage, at most 400 characters. */
  excerpt: string;
  /** Spans of `excerpt` that matched the question. */
  highlights: Span[];
  /** The part of `excerpt` that answers (the amount, the name, the date…), when the question asks for one. */
  answerSpan?: Span;
  /** Relevance, higher is better; comparable within one answer only. */
  score: number;
  /** Names the cited passage for RelaisEngine.readPassage (the paragraph around it), even after a reindex. */
  passage?: string;
}

export type UnansweredReason =
  /** The question names things the corpus never mentions. */
  | 'unknown-terms'
  /** Some passages share words with the question, none answers it well enough. */
  | 'weak-match'
  /** Nothing searchable in the question (only stopwords or punctuation). */
  | 'no-terms';

export interface Answer {
  question: string;
  answered: boolean;
  language: Locale;
  answerType: AnswerType;
  /** The question asks for several things ("Quelles communes…"): one fact per document answers it. */
  wantsList?: boolean;
  /** Best first. When not answered: the closest passages, shown as such (never as the answer). */
  facts: Fact[];
  /** The closest documents: where to look when not answered, further reading otherwise. */
  related: Citation[];
  /** How sure the answer is (0–1): the share of the question the best passage covers. */
  confidence: number;
  /** Set when not answered. */
  unanswered?: { reason: UnansweredReason; missing: string[] };
}
