// Two questions typed as one: "Combien a coûté le réseau du Tarn, et quand sera-t-il terminé ?", "How
// much did X pay for its tablets, and what savings does Y expect?". Each clause asks its own kind of
// answer of its own words; read together, neither finds a sentence that says all of it. Split where a
// conjunction brings in a second question word, each clause is asked alone (questionAnswerer).
import { isFunctionWord } from '../language/functionWords.ts';

// ", et combien…", " and what…": a conjunction, then a question word opening the second clause.
const SECOND_QUESTION =
  /\s*,?\s+(?:et|puis|and|then)\s+(?=(?:combien|quand|où|ou|qui|quel|quelle|quels|quelles|pourquoi|comment|what|which|who|when|where|how|why)(?!\p{L}))/iu;
/** Fewer words than this make no question of their own ("quand et où…" asks one thing twice). */
const MIN_CLAUSE_WORDS = 4;
// A name typed in the first clause: the second often leaves it out ("Indre : où en est la fibre, et
// combien de pylônes ont ouvert ?").
const NAME = /(?<![\p{L}\d])\p{Lu}[\p{L}'’-]*(?:[\s-]+(?:de|du|des|la|le|sur|en)?\s*\p{Lu}[\p{L}'’-]*)*/gu;

/** The clauses of a question that asks two things, each a question of its own; undefined for one question. */
export function questionClauses(question: string): [string, string] | undefined {
  const m = SECOND_QUESTION.exec(question);
  if (!m) return undefined;
  const first = question.slice(0, m.index).trim();
  const second = question.slice(m.index + m[0].length).trim();
  if (words(first) < MIN_CLAUSE_WORDS || words(second) < MIN_CLAUSE_WORDS) return undefined;
  // "Le pylône de Reyrieux : et quand a-t-il été autorisé ?": a topic, then the one question about it.
  if (/[:：–—]$/.test(first)) return undefined;
  return [ensureQuestion(first), withNamesOf(first, ensureQuestion(second))];
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function ensureQuestion(clause: string): string {
  return /[?？]\s*$/.test(clause) ? clause : `${clause} ?`;
}

/** The names a clause types, a capitalised question or function word opening it aside ("Quel", "How"). */
function namesIn(clause: string): string[] {
  return Array.from(clause.matchAll(NAME), (m) => m[0]).filter((name, i) => i > 0 || clause.indexOf(name) > 0 || !isFunctionWord(name));
}

/** The second clause, with the first clause's names when it has none of its own. */
function withNamesOf(first: string, second: string): string {
  if (namesIn(second).length > 0) return second;
  const names = namesIn(first);
  return names.length === 0 ? second : `${second.replace(/\s*[?？]\s*$/, '')} (${names.join(', ')}) ?`;
}
