// "budget fibre laval", "prises à lorient": a name typed in lowercase, unknown to the lexicon, can read
// as an elision glued to a word it knows ("l'aval", "l'orient"), as "lantenne" is "l'antenne". Only the
// corpus can tell: when it says the word as typed, the word as typed is what was asked.
import { analyzeFrenchTerms } from '../analysis/analyzeFrench.ts';
import type { SearchBackend } from '../search/searchBackend.ts';
import { alternative, type QueryConcept, queryConcept } from './readQuestion.ts';

/** The concepts, each read from a glued elision given back the word as typed when the corpus says it. */
export async function withGluedWordsKept(index: SearchBackend, concepts: readonly QueryConcept[]): Promise<readonly QueryConcept[]> {
  const typed = new Map<QueryConcept, string[]>();
  for (const c of concepts) if (c.glued !== undefined) typed.set(c, analyzeFrenchTerms(c.glued));
  if (typed.size === 0) return concepts;
  const frequencies = await index.documentFrequencies([...typed.values()].flat());
  return Array.from(concepts, (c) => {
    const terms = typed.get(c);
    if (!terms || terms.length === 0 || terms.some((t) => (frequencies.get(t) ?? 0) === 0)) return c;
    return queryConcept(c.glued!, 'content', [alternative(terms, 1)]);
  });
}
