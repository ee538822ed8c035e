// Which of the engine's facts a reply shows, and how: the lead fact first; further ones only when they
// add something — one per document for a question asking for a list, none from the lead's own document
// when the lead already holds the one thing asked for ("Qui…", "Combien…"), never two saying the same
// (a release's title and its first sentence). Excerpts lose a quotation mark left open by the cut.
import { foldWord, type Answer, type Fact, type Span } from '../src/engine/index.ts';

/** Facts shown at most: the lead and two more keep a reply readable at a glance. */
export const MAX_SHOWN_FACTS = 3;
/** Excerpts sharing this share of their words (of the shorter one) say the same thing. */
const SAME_WORDS_SHARE = 0.7;

/** Questions answered by one value: a second passage of the same release only repeats or distracts. */
const SINGLE_VALUE = new Set(['person', 'number', 'money', 'percent', 'date', 'duration', 'place', 'ordinal', 'frequency']);

function words(text: string): Set<string> {
  return new Set(
    foldWord(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3),
  );
}

function sayTheSame(a: Fact, b: Fact): boolean {
  const x = words(a.excerpt);
  const y = words(b.excerpt);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.max(1, Math.min(x.size, y.size)) >= SAME_WORDS_SHARE;
}

/** Whether `fact` only repeats its document's title (the title passage cited beside its first sentence). */
function isOnlyTitle(fact: Fact): boolean {
  return foldWord(fact.excerpt).replace(/\W+/g, ' ').trim() === foldWord(fact.title).replace(/\W+/g, ' ').trim();
}

function shift(span: Span | undefined, by: number, length: number): Span | undefined {
  if (!span) return undefined;
  const start = Math.max(0, span.start + by);
  const end = Math.min(length, span.end + by);
  return end > start ? { start, end } : undefined;
}

const OPENING_QUOTE = /^["«“]\s*/u;
const CLOSING_QUOTE = /\s*["»”]$/u;

/** Whether the quotation mark `mark` has no partner in `rest` (a straight " pairs with itself). */
function unpaired(mark: string, rest: string): boolean {
  if (mark === '"') return (rest.match(/"/g) ?? []).length % 2 === 0;
  return !(mark === '«' || mark === '“' ? /[»”]/u : /[«“]/u).test(rest);
}

/** The excerpt without a quotation mark whose partner the cut left out (`"Aujourd'hui, …` and no closing one). */
export function withoutStrayQuotes(fact: Fact): Fact {
  let { excerpt, answerSpan, highlights } = fact;
  const cut = (from: number, to: number) => {
    excerpt = excerpt.slice(from, to);
    answerSpan = shift(answerSpan, -from, excerpt.length);
    highlights = highlights.map((h) => shift(h, -from, excerpt.length)).filter((h): h is Span => h !== undefined);
  };
  const lead = OPENING_QUOTE.exec(excerpt)?.[0];
  if (lead && unpaired(lead.trim(), excerpt.slice(lead.length))) cut(lead.length, excerpt.length);
  const trail = CLOSING_QUOTE.exec(excerpt)?.[0];
  if (trail && unpaired(trail.trim(), excerpt.slice(0, -trail.length))) cut(0, excerpt.length - trail.length);
  if (excerpt === fact.excerpt) return fact;
  const { answerSpan: _previous, ...rest } = fact;
  return { ...rest, excerpt, highlights, ...(answerSpan ? { answerSpan } : {}) };
}

function addsSomething(fact: Fact, shown: readonly Fact[], answer: Answer): boolean {
  if (shown.some((s) => s.excerpt === fact.excerpt || sayTheSame(s, fact))) return false;
  if (isOnlyTitle(fact) && shown.some((s) => s.source === fact.source)) return false;
  const sameDocument = shown.some((s) => s.source === fact.source);
  if (answer.wantsList) return !sameDocument;
  const lead = shown[0];
  return !(sameDocument && lead?.answerSpan && SINGLE_VALUE.has(answer.answerType));
}

/** The facts a reply shows, best first, cleaned. */
export function presentFacts(answer: Answer): Fact[] {
  const shown: Fact[] = [];
  for (const fact of answer.facts.map(withoutStrayQuotes)) {
    if (shown.length >= MAX_SHOWN_FACTS) break;
    if (shown.length === 0 || addsSomething(fact, shown, answer)) shown.push(fact);
  }
  return shown;
}
