// English → French dictionary (data/en-fr.tsv) from FreeDict and Apertium data: folded English
// headword → French words or short phrases, best first. Searched in place (sortedTable.ts).
import { lazily } from './readDataFile.ts';
import { SortedTable } from './sortedTable.ts';

const table = lazily(() => SortedTable.read('en-fr.tsv'));

/** Folded French translations of a lowercase English word or phrase, best first; undefined when unknown. */
export function frenchTranslationsOf(english: string): readonly string[] | undefined {
  const fields = table().get(english);
  return fields?.[0]?.split('|').filter((t) => t.length > 0);
}

/** The whole table, for checks. */
export function englishFrenchTable(): SortedTable {
  return table();
}
