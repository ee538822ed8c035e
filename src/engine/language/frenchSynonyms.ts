// French synonyms from the LibreOffice thesaurus (data/fr-synonyms.tsv): only pairs that each word
// lists for the other, in a shared category. Still broad: a word's senses are mixed together, so the
// question reader gives them a low factor. Searched in place (sortedTable.ts).
import { lazily } from './readDataFile.ts';
import { SortedTable } from './sortedTable.ts';

const FILE = 'fr-synonyms.tsv';
const table = lazily(() => SortedTable.read(FILE));

/** Starts reading the table in the background: most questions' concepts are looked up in it. */
export function readFrenchSynonymsAhead(): void {
  void SortedTable.readAhead(FILE);
}

/** A folded word's folded single-word synonyms, in the thesaurus's order. */
export function frenchSynonymsOf(word: string): readonly string[] {
  return (
    table()
      .get(word)?.[0]
      ?.split(' ')
      .filter((s) => s.length > 0) ?? []
  );
}

/** The whole table, for checks. */
export function frenchSynonymTable(): SortedTable {
  return table();
}
