// "budget fibre laval", "prises à lorient": a name typed in lowercase, unknown to the lexicon, can read
// as an elision glued to a word it knows ("l'aval", "l'orient"), as "lantenne" is "l'antenne". Only the
// corpus can tell: the opened reading stands when the corpus says the word it opens to and not the word
// as typed; otherwise the word as typed is what was asked (and a name the corpus never says is refused
// as one, not answered through the thesaurus synonyms of "aval").
import { analyzeFrenchTerms } from '../analysis/analyzeFrench.ts';
import type { SearchBackend } from '../search/searchBackend.ts';
import { alternative, type QueryConcept, queryConcept } from './readQuestion.ts';

/** The concepts, each read from a glued elision given back the word as typed unless the corpus reads it opened. */
export async function withGluedWordsKept(index: SearchBackend, concepts: readonly QueryConcept[]): Promise<readonly QueryConcept[]> {
  const typed = new Map<QueryConcept, string[]>();
  for (const c of concepts) if (c.glued !== undefined) typed.set(c, analyzeFrenchTerms(c.glued));
  if (typed.size === 0) return concepts;
  const opened = (c: QueryConcept) => c.alternatives[0]?.terms ?? [];
  const asked = [...typed.entries()].flatMap(([c, terms]) => [...terms, ...opened(c)]);
  const frequencies = await index.documentFrequencies(asked);
  const said = (terms: readonly string[]) => terms.length > 0 && terms.every((t) => (frequencies.get(t) ?? 0) > 0);
  return Array.from(concepts, (c) => {
    const terms = typed.get(c);
    if (!terms || terms.length === 0 || (said(opened(c)) && !said(terms))) return c;
    return queryConcept(c.glued!, 'content', [alternative(terms, 1)]);
  });
}
