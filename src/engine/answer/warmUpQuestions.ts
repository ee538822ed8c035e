// Questions made from the corpus itself, to run through the engine right after start-up: V8 compiles
// the ranking loops only once they have run a while, and until then a question costs ten times more
// (measured on the 10,000-document corpus: the first 130 questions had p50 11–25 ms, the next 1.4 ms).
import type { SearchBackend } from '../search/searchBackend.ts';

const OPENINGS = ['Combien de', 'Qui est', 'Quand', 'Où se trouve', 'Quel est', 'How many'];

/** `count` questions built from the opening words of passages spread across the corpus. */
export async function warmUpQuestions(index: SearchBackend, count: number): Promise<string[]> {
  const step = Math.max(1, Math.floor(index.passageCount / count));
  const ids = Array.from({ length: Math.min(count, index.passageCount) }, (_, i) => i * step);
  const passages = await index.passagesWithTerms(ids);
  const questions: string[] = [];
  ids.forEach((id, i) => {
    const words = passages.get(id)?.passage.text.split(/\s+/).slice(0, 8).join(' ');
    if (words) questions.push(`${OPENINGS[i % OPENINGS.length]} ${words} ?`);
  });
  return questions;
}
