// French lemmas from the Lefff 3.4 (data/french-lemmas.tsv): irregular forms of verbs, nouns and
// adjectives mapped to their lemma ("investira" → "investir"; "fait" stays the noun), and the word
// classes of every lemma (n noun, a adjective, v verb). Searched in place (sortedTable.ts): nothing is
// loaded into a Map at start-up.
import { lazily } from './readDataFile.ts';
import { SortedTable } from './sortedTable.ts';

const FILE = 'french-lemmas.tsv';
const table = lazily(() => SortedTable.read(FILE));

/** Starts reading the table in the background: every question's analysis looks into it. */
export function readFrenchLemmasAhead(): void {
  void SortedTable.readAhead(FILE);
}

// Regular plural/feminine endings, not listed in the file: tried against the known lemmas.
const REGULAR_ENDINGS = ['s', 'x', 'es', 'e'];

interface Entry {
  /** The lemma, or '' when the word is a lemma itself. */
  lemma: string;
  classes: string;
}

function entry(word: string): Entry | undefined {
  const fields = table().get(word);
  return fields ? { lemma: fields[0] ?? '', classes: fields[1] ?? '' } : undefined;
}

/** The lemma of an irregular form the stemmer cannot reduce ("investira" → "investir"); undefined otherwise. */
export function irregularLemma(word: string): string | undefined {
  const found = entry(word);
  return found && found.lemma !== '' ? found.lemma : undefined;
}

/**
 * Lemma of a folded word: its listed lemma, itself when it is a lemma, or the known lemma it makes
 * with a regular ending removed ("annees" → "annee"); undefined when the lexicon does not know it.
 */
export function frenchLemmaOf(word: string): string | undefined {
  const found = entry(word);
  if (found) return found.lemma || word;
  for (const ending of REGULAR_ENDINGS) {
    if (word.length > ending.length + 1 && word.endsWith(ending)) {
      const stem = word.slice(0, -ending.length);
      if (entry(stem)?.lemma === '') return stem;
    }
  }
  return undefined;
}

// Endings of regular verbs of the first group (-er), the only productive conjugation, longest first: the
// lexicon lists irregular forms only, and a form such as "dirige" is listed as the adjective "dirigé".
const FIRST_GROUP_ENDINGS = [
  'eraient',
  'erions',
  'eriez',
  'erait',
  'erais',
  'eront',
  'aient',
  'erons',
  'erez',
  'iez',
  'ions',
  'era',
  'ent',
  'ons',
  'ait',
  'ais',
  'ant',
  'ees',
  'ez',
  'es',
  'ee',
  'e',
];

/**
 * The infinitive of a verb form, irregular ("investira" → "investir") or of the first group ("dirige" →
 * "diriger", "gere" → "gerer"), when the lexicon knows that verb; undefined otherwise.
 */
export function frenchVerbLemmaOf(word: string): string | undefined {
  const found = entry(word);
  if (found && found.lemma !== '' && entry(found.lemma)?.classes.includes('v')) return found.lemma;
  for (const ending of FIRST_GROUP_ENDINGS) {
    if (word.length <= ending.length + 1 || !word.endsWith(ending)) continue;
    const infinitive = `${word.slice(0, -ending.length)}er`;
    if (infinitive !== word && entry(infinitive)?.classes.includes('v')) return infinitive;
    // Verbs in -yer write i before a mute e: "paie" is payer, "emploient" employer, "nettoiera" nettoyer.
    const withY = /i$/.test(word.slice(0, -ending.length)) ? `${word.slice(0, -ending.length - 1)}yer` : undefined;
    if (withY && entry(withY)?.classes.includes('v')) return withY;
  }
  return participleInfinitive(word);
}

// Past participles the table lists as nouns or adjectives only ("rendu", "fini", "couvert"): their
// infinitive by the endings of the other groups, masculine singular first ("rendues" → "rendu").
const PARTICIPLE_ENDINGS: ReadonlyArray<readonly [participle: string, infinitive: string]> = [
  ['du', 'dre'],
  ['u', 'ir'],
  ['i', 'ir'],
  // "couvert" (couvrir), "éteint" (éteindre), "construit" (construire), "écrit" (écrire)
  ['ert', 'rir'],
  ['int', 'indre'],
  ['uit', 'uire'],
  ['it', 'ire'],
];

function participleInfinitive(word: string): string | undefined {
  const singular = word.replace(/e?s?$/, '');
  for (const [participle, ending] of PARTICIPLE_ENDINGS) {
    if (singular.length <= participle.length + 1 || !singular.endsWith(participle)) continue;
    const infinitive = singular.slice(0, -participle.length) + ending;
    if (entry(infinitive)?.classes.includes('v')) return infinitive;
  }
  return undefined;
}

/**
 * The past participles of an infinitive that the table keeps as words of their own ("vendre" → "vendu",
 * "rendre" → "rendu"): their stems are not the infinitive's, so a question's "vendre" needs them to meet
 * a page's "vendus par l'entreprise X". The inverse of participleInfinitive.
 */
export function frenchPastParticiplesOf(infinitive: string): string[] {
  if (!entry(infinitive)?.classes.includes('v')) return [];
  const out: string[] = [];
  for (const [participle, ending] of PARTICIPLE_ENDINGS) {
    if (infinitive.length <= ending.length + 1 || !infinitive.endsWith(ending)) continue;
    const form = infinitive.slice(0, -ending.length) + participle;
    if (entry(form) !== undefined && participleInfinitive(form) === infinitive) out.push(form);
  }
  return out;
}

/** Whether a folded word is a form of a verb and not also a noun or adjective of its own ("coute", "finance" is not). */
export function isFrenchVerbForm(word: string): boolean {
  const found = entry(word);
  if (!found) return false;
  if (found.lemma === '') return found.classes === 'v';
  return entry(found.lemma)?.classes.includes('v') === true && !found.classes.includes('n');
}

/** Whether a folded word is an adjective and nothing else ("experimental", "experimentales"; not "presse", also a noun). */
export function isFrenchAdjectiveOnly(word: string): boolean {
  const lemma = frenchLemmaOf(word);
  return lemma !== undefined && entry(lemma)?.classes === 'a';
}

/** Number of words the table knows (forms and lemmas). */
export function frenchLexiconSize(): number {
  return table().size;
}

/** How many lexicon lines a clipped word's completions are looked for in (a verb's forms fill a few dozen each). */
const COMPLETION_LINES_READ = 600;

/**
 * The nouns and adjectives a folded word begins, as the lexicon lists them, at most `limit`: what a word
 * clipped in chat may stand for ("urba" → urbain, urbanisme…). Only lemmas at least two letters longer.
 */
export function frenchWordsBegunBy(prefix: string, limit: number): string[] {
  const words: string[] = [];
  let read = 0;
  for (const [word, fields] of table().startingWith(prefix)) {
    if (++read > COMPLETION_LINES_READ || words.length >= limit) break;
    if (fields[0] === '' && /[na]/.test(fields[1] ?? '') && word.length >= prefix.length + 2) words.push(word);
  }
  return words;
}
