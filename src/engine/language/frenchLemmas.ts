// French lemmas from the Lefff 3.4 (data/french-lemmas.tsv.gz): irregular forms of verbs, nouns and
// adjectives mapped to their lemma ("investira" → "investir", "yeux" is left alone as its own noun).
import { lazily, readDataRows } from './readDataFile.ts';

export interface FrenchLemmaData {
  /** Folded form → folded lemma, for forms the stemmer cannot reduce (conjugations, "chevaux"). */
  formToLemma: ReadonlyMap<string, string>;
  /** Every folded noun, adjective and verb lemma of the lexicon. */
  lemmas: ReadonlySet<string>;
}

// Regular plural/feminine endings, not listed in the file: tried against the known lemmas.
const REGULAR_ENDINGS = ['s', 'x', 'es', 'e'];

const loadLemmaData = lazily((): FrenchLemmaData => {
  const formToLemma = new Map<string, string>();
  const lemmas = new Set<string>();
  for (const [lemma, forms = ''] of readDataRows('french-lemmas.tsv.gz')) {
    if (lemma === undefined) continue;
    lemmas.add(lemma);
    for (const form of forms.split(' ')) if (form.length > 0) formToLemma.set(form, lemma);
  }
  return { formToLemma, lemmas };
});

/** The lemma table, read once on first use (about a quarter of a million forms). */
export function frenchLemmaData(): FrenchLemmaData {
  return loadLemmaData();
}

/** Folded form → folded lemma for the listed irregular forms. */
export function frenchLemmas(): ReadonlyMap<string, string> {
  return loadLemmaData().formToLemma;
}

/**
 * Lemma of a folded word: its listed lemma, itself when it is a lemma, or the known lemma it makes
 * with a regular ending removed ("annees" → "annee"); undefined when the lexicon does not know it.
 */
export function frenchLemmaOf(word: string): string | undefined {
  const { formToLemma, lemmas } = loadLemmaData();
  const listed = formToLemma.get(word);
  if (listed !== undefined) return listed;
  if (lemmas.has(word)) return word;
  for (const ending of REGULAR_ENDINGS) {
    if (word.length > ending.length + 1 && word.endsWith(ending)) {
      const stem = word.slice(0, -ending.length);
      if (lemmas.has(stem)) return stem;
    }
  }
  return undefined;
}
