// Builds ../french-lemmas.tsv from the Lefff 3.4: `word<TAB>lemma<TAB>classes`, sorted by word, for
// the irregular forms of verbs, nouns and adjectives (`investira<TAB>investir<TAB>v`) and for every lemma
// (`annee<TAB><TAB>n`: its own lemma). Classes: n noun, a adjective, v verb. Sorted so the running bot
// searches the file in place (sortedTable.ts) instead of loading a quarter of a million entries.
// Its sha256 goes beside it (french-lemmas.tsv.sha256): the index's analysis fingerprint reads that.
// Run: npx tsx src/engine/language/data/build/buildFrenchLemmas.ts
import { isPlainWord, readLefff, type LefffEntry } from './readLefff.ts';
import { writeDataFile } from './writeDataFile.ts';

const OUTPUT = new URL('../french-lemmas.tsv', import.meta.url);
const POS = new Set(['v', 'nc', 'adj', 'auxAvoir', 'auxEtre']);
// Words of other classes that are also verb forms ("maintenant", "puis", "pendant"): their own reading wins.
const OTHER_CLASSES = new Set(['adv', 'prep', 'csu', 'coo', 'pro', 'det', 'pres', 'advneg']);

// When one folded form belongs to several verbs ("suis": suivre/être, "alliez": allier/aller), the
// Lefff gives no frequency; these very common verbs win, otherwise the first reading in file order.
const COMMON_VERBS = new Set([
  'etre', 'avoir', 'aller', 'faire', 'dire', 'devoir', 'pouvoir', 'vouloir', 'savoir', 'venir',
  'devenir', 'voir', 'prendre', 'mettre', 'tenir', 'croire', 'falloir', 'valoir', 'vivre', 'suivre',
  'connaitre', 'paraitre', 'naitre', 'ouvrir', 'offrir', 'partir', 'sortir', 'servir', 'lire', 'ecrire',
]);

// Vowel-less entries are abbreviations ("st" for "sont"), not forms to fold questions onto.
const HAS_VOWEL = /[aeiouy]/;

// The project's stemmer already strips these, so listing them would only repeat it.
const REGULAR_ENDINGS = ['s', 'e', 'es', 'x'];

/** Lower is preferred: a noun over an adjective, an adjective over a participle or verb reading. */
function readingRank(entry: LefffEntry): number {
  if (entry.pos === 'nc') return 0;
  if (entry.pos === 'adj') return entry.features.startsWith('K') ? 2 : 1;
  if (entry.pos === 'auxEtre' || entry.pos === 'auxAvoir') return 3;
  return COMMON_VERBS.has(entry.lemma) ? 4 : 5;
}

function isRegularInflection(form: string, lemma: string): boolean {
  return REGULAR_ENDINGS.some((ending) => form === lemma + ending);
}

const CLASS: Readonly<Record<string, string>> = { nc: 'n', adj: 'a', v: 'v', auxAvoir: 'v', auxEtre: 'v' };

/** form → chosen lemma and its class; forms that are a lemma of their own as noun or adjective are left out. */
export function chooseLemmas(entries: readonly LefffEntry[]): Map<string, { lemma: string; pos: string }> {
  const readings = new Map<string, LefffEntry[]>();
  for (const entry of entries) {
    if (!isPlainWord(entry.form) || !isPlainWord(entry.lemma) || !HAS_VOWEL.test(entry.form)) continue;
    const list = readings.get(entry.form);
    if (list) list.push(entry);
    else readings.set(entry.form, [entry]);
  }
  const chosen = new Map<string, { lemma: string; pos: string }>();
  for (const [form, list] of readings) {
    const isOwnNominalLemma = list.some((e) => (e.pos === 'nc' || e.pos === 'adj' || OTHER_CLASSES.has(e.pos)) && e.lemma === form);
    if (isOwnNominalLemma) continue;
    // Stable sort keeps file order among equally ranked readings.
    const best = [...list].sort((a, b) => readingRank(a) - readingRank(b))[0];
    if (best === undefined || best.lemma === form || isRegularInflection(form, best.lemma)) continue;
    chosen.set(form, { lemma: best.lemma, pos: CLASS[best.pos] ?? 'v' });
  }
  return chosen;
}

function main(): void {
  const entries = readLefff(new Set([...POS, ...OTHER_CLASSES]));
  const formToLemma = chooseLemmas(entries);
  // Every noun, adjective and verb lemma gets a line with its classes, even with no irregular form, so
  // that a reader can tell "annees" is "annee" + s (a known lemma), and a verb from a noun.
  const classesOfLemma = new Map<string, Set<string>>();
  for (const entry of entries) {
    const cls = entry.pos === 'nc' || entry.pos === 'adj' || entry.pos === 'v' ? CLASS[entry.pos] : undefined;
    if (!cls || !isPlainWord(entry.lemma) || entry.form !== entry.lemma) continue;
    if (entry.pos === 'v' && !entry.features.includes('W')) continue; // a verb's lemma line: its infinitive
    const classes = classesOfLemma.get(entry.lemma) ?? new Set<string>();
    classes.add(cls);
    classesOfLemma.set(entry.lemma, classes);
  }
  const lines = new Map<string, string>();
  for (const [lemma, classes] of classesOfLemma) lines.set(lemma, `${lemma}\t\t${[...classes].sort().join('')}`);
  for (const [form, { lemma, pos }] of formToLemma) if (!lines.has(form)) lines.set(form, `${form}\t${lemma}\t${pos}`);
  const sorted = [...lines.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((word) => lines.get(word)!);
  const bytes = writeDataFile(OUTPUT, sorted, { digest: true });
  console.log(`${formToLemma.size} forms, ${classesOfLemma.size} lemmas → ${OUTPUT.pathname} (${bytes} bytes)`);
}

main();
