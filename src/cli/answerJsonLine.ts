// The stable machine contract of `npm run ask -- --json` (and so of the eval): one JSON line per
// question, `{"question","answered","results":[{"source","title","date","excerpt","score"}]}`, best first.
import type { Answer } from '../engine/index.ts';

export interface AnswerJson {
  question: string;
  answered: boolean;
  results: Array<{ source: string; title: string; date: string | null; excerpt: string; score: number }>;
  /** Only when the question was refused (empty or blank, too long) or failed inside Relais (with the log's reference). */
  error?: string;
}

export function answerToJson(answer: Answer): AnswerJson {
  return {
    question: answer.question,
    answered: answer.answered,
    results: answer.facts.map((f) => ({ source: f.source, title: f.title, date: f.date ?? null, excerpt: f.excerpt, score: f.score })),
  };
}
