// Builds ../french-lemmas.tsv.gz from the Lefff 3.4: `lemma<TAB>form form…` for the irregular
// forms of verbs, nouns and adjectives. Run: npx tsx src/engine/language/data/build/buildFrenchLemmas.ts
import { isPlainWord, readLefff, type LefffEntry } from './readLefff.ts';
import { writeDataFile } from './writeDataFile.ts';

const OUTPUT = new URL('../french-lemmas.tsv.gz', import.meta.url);
const POS = new Set(['v', 'nc', 'adj', 'auxAvoir', 'auxEtre']);

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

/** form → chosen lemma; forms that are a lemma of their own as noun or adjective are left out. */
export function chooseLemmas(entries: readonly LefffEntry[]): Map<string, string> {
  const readings = new Map<string, LefffEntry[]>();
  for (const entry of entries) {
    if (!isPlainWord(entry.form) || !isPlainWord(entry.lemma) || !HAS_VOWEL.test(entry.form)) continue;
    const list = readings.get(entry.form);
    if (list) list.push(entry);
    else readings.set(entry.form, [entry]);
  }
  const chosen = new Map<string, string>();
  for (const [form, list] of readings) {
    const isOwnNominalLemma = list.some((e) => (e.pos === 'nc' || e.pos === 'adj') && e.lemma === form);
    if (isOwnNominalLemma) continue;
    // Stable sort keeps file order among equally ranked readings.
    const best = [...list].sort((a, b) => readingRank(a) - readingRank(b))[0];
    if (best === undefined || best.lemma === form || isRegularInflection(form, best.lemma)) continue;
    chosen.set(form, best.lemma);
  }
  return chosen;
}

function main(): void {
  const entries = readLefff(POS);
  const formToLemma = chooseLemmas(entries);
  const formsByLemma = new Map<string, string[]>();
  // Every noun, adjective and verb lemma gets a line, even with no irregular form, so that a
  // reader can tell "annees" is "annee" + s (a known lemma) without guessing.
  for (const entry of entries) {
    if ((entry.pos === 'nc' || entry.pos === 'adj' || entry.pos === 'v') && isPlainWord(entry.lemma)) {
      if (!formsByLemma.has(entry.lemma)) formsByLemma.set(entry.lemma, []);
    }
  }
  for (const [form, lemma] of formToLemma) {
    const forms = formsByLemma.get(lemma);
    if (forms) forms.push(form);
    else formsByLemma.set(lemma, [form]);
  }
  const lines = [...formsByLemma]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([lemma, forms]) => `${lemma}\t${forms.sort().join(' ')}`);
  const bytes = writeDataFile(OUTPUT, lines);
  console.log(`${formToLemma.size} forms of ${formsByLemma.size} lemmas → ${OUTPUT.pathname} (${bytes} bytes)`);
}

main();
