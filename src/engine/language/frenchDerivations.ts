// French verb ↔ noun families (data/french-derivations.tsv, generated from the Lefff, plus the
// hand-written data/french-derivations.extra.tsv): "deployer" ↔ "deploiement", "gerer" ↔ "gestion".
import { lazily, readDataRows } from './readDataFile.ts';

export interface FrenchDerivations {
  /** Folded verb → its folded agent/role and action nouns (generated ones first). */
  nounsOfVerb: ReadonlyMap<string, readonly string[]>;
  /** Folded noun → the folded verbs it derives from (usually one). */
  verbsOfNoun: ReadonlyMap<string, readonly string[]>;
}

function addOnce(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

const loadDerivations = lazily((): FrenchDerivations => {
  const nounsOfVerb = new Map<string, string[]>();
  const verbsOfNoun = new Map<string, string[]>();
  for (const file of ['french-derivations.tsv', 'french-derivations.extra.tsv']) {
    for (const [verb, nouns = ''] of readDataRows(file)) {
      if (verb === undefined) continue;
      for (const noun of nouns.split(' ')) {
        if (noun.length === 0) continue;
        addOnce(nounsOfVerb, verb, noun);
        addOnce(verbsOfNoun, noun, verb);
      }
    }
  }
  return { nounsOfVerb, verbsOfNoun };
});

/** Both directions of the verb–noun families, read once on first use. */
export function frenchDerivations(): FrenchDerivations {
  return loadDerivations();
}
