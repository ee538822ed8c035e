// French synonyms from the LibreOffice thesaurus (data/fr-synonyms.tsv.gz): only pairs that each word
// lists for the other, in a shared category. Still broad: a word's senses are mixed together.
import { lazily, readDataRows } from './readDataFile.ts';

const loadSynonyms = lazily((): ReadonlyMap<string, readonly string[]> => {
  const synonyms = new Map<string, readonly string[]>();
  for (const [word, list = ''] of readDataRows('fr-synonyms.tsv.gz')) {
    if (word === undefined) continue;
    synonyms.set(word, list.split(' ').filter((synonym) => synonym.length > 0));
  }
  return synonyms;
});

/** Folded word → its folded single-word synonyms, in the thesaurus's order; read once on first use. */
export function frenchSynonyms(): ReadonlyMap<string, readonly string[]> {
  return loadSynonyms();
}
