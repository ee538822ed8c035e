// French verb ↔ noun families (data/french-derivations.tsv, generated from the Lefff, plus the
// hand-written data/french-derivations.extra.tsv): "deployer" ↔ "deploiement", "gerer" ↔ "gestion".
// The generated file lists, for every word of a family, the others: one look-up in place (sortedTable.ts).
import { lazily, readDataRows } from './readDataFile.ts';
import { SortedTable } from './sortedTable.ts';

const generated = lazily(() => SortedTable.read('french-derivations.tsv'));

/** The hand-written families, both ways: a few hundred words, read into a Map. */
const handWritten = lazily((): ReadonlyMap<string, readonly string[]> => {
  const family = new Map<string, string[]>();
  for (const [verb, nouns = ''] of readDataRows('french-derivations.extra.tsv')) {
    if (verb === undefined) continue;
    const members = [verb, ...nouns.split(' ').filter((n) => n.length > 0)];
    for (const a of members) {
      const list = family.get(a) ?? [];
      for (const b of members) if (b !== a && !list.includes(b)) list.push(b);
      family.set(a, list);
    }
  }
  return family;
});

/** The other words of a folded word's verb–noun families ("financeur" → financer, financement). */
export function frenchFamily(word: string): readonly string[] {
  const found = [...(handWritten().get(word) ?? []), ...(generated().get(word)?.[0]?.split(' ') ?? [])];
  return [...new Set(found.filter((w) => w.length > 0))];
}
