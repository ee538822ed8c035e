// Builds ../en-fr.tsv, an English → French dictionary: `english<TAB>french1|french2|…`, best first.
// Three routes, each from Debian packages: FreeDict English→French, FreeDict French→English read
// backwards, and Apertium English→Catalan joined with Apertium Catalan→French (same part of speech).
// Catalan rather than Spanish as the pivot: its French pair is three times larger, and the Spanish
// pairs are GPL-2-only, which cannot be combined with the GPL-3+ English–Catalan data.
// A translation found by more routes comes first. Nothing is added by hand.
// Run: npx tsx src/engine/language/data/build/buildEnglishFrench.ts
import { join } from 'node:path';
import { foldWord } from '../../foldText.ts';
import { readBidix, type BidixEntry } from './apertiumBidix.ts';
import { withDebianPackages, type PinnedPackage } from './debianPackage.ts';
import { readDictd, type DictdEntry } from './dictdDictionary.ts';
import { readLefff } from './readLefff.ts';
import { writeDataFile } from './writeDataFile.ts';

const OUTPUT = new URL('../en-fr.tsv', import.meta.url);
const LTTOOLBOX = '3.7.1-1+b2';
export const PACKAGES: readonly PinnedPackage[] = [
  { name: 'dict-freedict-eng-fra', version: '2022.04.21-1' },
  { name: 'dict-freedict-fra-eng', version: '2022.04.21-1' },
  { name: 'apertium-eng-cat', version: '1.0.1-5' },
  { name: 'apertium-fra-cat', version: '1.10.0-1' },
  { name: 'lttoolbox-dev', version: LTTOOLBOX },
  { name: 'liblttoolbox3', version: LTTOOLBOX },
];

const MAX_WORDS = 4;
const MAX_TRANSLATIONS = 8;
/** Pivot-only translations kept per headword: a detour through a third language drifts. */
const MAX_PIVOT_ONLY = 4;
/** Apertium tags of the parts of speech kept: nouns, lexical verbs, adjectives, adverbs. */
const APERTIUM_POS = new Set(['n', 'vblex', 'adj', 'adv']);
/** FreeDict French→English headword notes kept, mapped to the same four parts of speech. */
const FREEDICT_POS = new Map([
  ['n', 'n'], ['n, masc', 'n'], ['n, fem', 'n'], ['v', 'v'], ['vt', 'v'], ['vi', 'v'], ['adj', 'adj'], ['adv', 'adv'],
]);

const COVERAGE_WORDS = `staff employee funding fund budget cost pay paid run handle manage mast tower adviser advisor
workshop contract network operator town city county council mayor subscriber broadband coverage deployment tablet
school student pupil company firm grant subsidy household home premises connection delay deadline launch sign
agreement partnership data cloud attack ransom camera sensor lighting street saving energy bus elderly people share
percent year month visit visitor event fair exhibitor price ticket speed rollout roll_out build provider supplier
winner win award`.split(/\s+/).map((word) => word.replace('_', ' '));

/** Removes "(notes)", "[domain]" labels and spare spaces; folded. */
function cleanPhrase(text: string): string {
  return foldWord(text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')).replace(/\s+/g, ' ').trim();
}

function wordCount(phrase: string): number {
  return phrase.split(' ').length;
}

/** A folded English key: ASCII letters, one space, hyphen or apostrophe between words, at most four words. */
function isEnglishKey(phrase: string): boolean {
  return /^[a-z]+(?:(?: |-|')[a-z]+)*$/.test(phrase) && wordCount(phrase) <= MAX_WORDS;
}

function isFrenchPhrase(phrase: string): boolean {
  return /^\p{L}+(?:(?: |-|')\p{L}+)*$/u.test(phrase) && wordCount(phrase) <= MAX_WORDS;
}

/** Headwords written with a capital are proper names (Amsterdam, Anne), not vocabulary. */
function isProperName(text: string): boolean {
  return /^\p{Lu}/u.test(text.trim());
}

/** English base form of a gloss: "to run" → "run" for verbs, "a tower" → "tower" for nouns. */
function englishLemma(gloss: string, pos: string): string {
  const phrase = cleanPhrase(gloss);
  if (pos === 'v') return phrase.replace(/^to /, '');
  if (pos === 'n') return phrase.replace(/^(?:a|an|the) /, '');
  return phrase;
}

/** English key → French translations, each with the routes that found it and when it was first seen. */
class TranslationTable {
  private readonly table = new Map<string, Map<string, { routes: Set<string>; links: number; order: number }>>();
  private seen = 0;

  /** `isKnownFrench` keeps single French words to the Lefff's nouns, verbs, adjectives and adverbs. */
  constructor(private readonly isKnownFrench: (french: string) => boolean) {}

  /** `route` names the source; each call is one link (a pivot word links several times). */
  add(english: string, french: string, route: string): void {
    if (!isEnglishKey(english) || !isFrenchPhrase(french) || !this.isKnownFrench(french)) return;
    let translations = this.table.get(english);
    if (!translations) this.table.set(english, (translations = new Map()));
    const found = translations.get(french);
    if (found) {
      found.routes.add(route);
      found.links += 1;
    } else translations.set(french, { routes: new Set([route]), links: 1, order: this.seen++ });
  }

  /**
   * Lines `english<TAB>fr|fr…`: more routes first, then more links (a French word reached through
   * two Catalan words is likelier), then first seen; few pivot-only guesses.
   */
  lines(): string[] {
    const lines: string[] = [];
    for (const english of [...this.table.keys()].sort()) {
      const ranked = [...this.table.get(english)!]
        .sort(([, a], [, b]) => b.routes.size - a.routes.size || b.links - a.links || a.order - b.order);
      let pivotOnly = 0;
      const kept = ranked.filter(([, { routes }]) => {
        if (routes.size > 1 || !routes.has('apertium')) return true;
        return ++pivotOnly <= MAX_PIVOT_ONLY;
      });
      lines.push(`${english}\t${kept.slice(0, MAX_TRANSLATIONS).map(([french]) => french).join('|')}`);
    }
    return lines;
  }
}

/**
 * Single French words must be a noun, verb, adjective or adverb of the Lefff (which also drops
 * misspellings); phrases pass.
 */
function frenchVocabulary(): (french: string) => boolean {
  const lemmas = new Set(readLefff(new Set(['v', 'nc', 'adj', 'adv'])).map((entry) => entry.lemma));
  return (french) => french.includes(' ') || lemmas.has(french);
}

function addFreedictEnglishFrench(table: TranslationTable, entries: readonly DictdEntry[]): void {
  for (const entry of entries) {
    if (isProperName(entry.headword)) continue;
    const english = cleanPhrase(entry.headword);
    for (const sense of entry.senses) {
      for (const translation of sense) {
        table.add(english, cleanPhrase(translation), 'freedict-eng-fra');
      }
    }
  }
}

function addFreedictFrenchEnglish(table: TranslationTable, entries: readonly DictdEntry[]): void {
  for (const entry of entries) {
    const pos = FREEDICT_POS.get(entry.partOfSpeech);
    if (pos === undefined || isProperName(entry.headword)) continue;
    const french = cleanPhrase(entry.headword);
    for (const sense of entry.senses) {
      for (const gloss of sense) table.add(englishLemma(gloss, pos), french, 'freedict-fra-eng');
    }
  }
}

/** A word pair of one part of speech, oriented as wanted whichever way the dictionary runs. */
interface WordPair {
  from: string;
  to: string;
  pos: string;
}

/**
 * Pairs of a bilingual dictionary read in both directions (each direction's compiled file leaves
 * out the other's one-way entries), keeping nouns, verbs, adjectives and adverbs tagged alike.
 */
function wordPairs(forward: readonly BidixEntry[], backward: readonly BidixEntry[]): WordPair[] {
  const pairs: WordPair[] = [];
  const add = (from: string, to: string, fromTags: string[], toTags: string[]): void => {
    const pos = fromTags[0] ?? '';
    if (APERTIUM_POS.has(pos) && toTags[0] === pos && !isProperName(from) && !isProperName(to)) {
      pairs.push({ from: cleanPhrase(from), to: cleanPhrase(to), pos });
    }
  };
  for (const e of forward) add(e.source, e.target, e.sourceTags, e.targetTags);
  for (const e of backward) add(e.target, e.source, e.targetTags, e.sourceTags);
  return pairs;
}

/** English → Catalan → French, keeping only chains whose three words share a part of speech. */
function addApertiumPivot(table: TranslationTable, englishCatalan: readonly WordPair[], catalanFrench: readonly WordPair[]): void {
  const frenchOfCatalan = new Map<string, string[]>();
  for (const { from, to, pos } of catalanFrench) {
    const key = `${from}<${pos}>`;
    const list = frenchOfCatalan.get(key) ?? [];
    if (!list.includes(to)) list.push(to);
    frenchOfCatalan.set(key, list);
  }
  for (const { from, to, pos } of englishCatalan) {
    for (const french of frenchOfCatalan.get(`${to}<${pos}>`) ?? []) table.add(from, french, 'apertium');
  }
}

function coverageReport(lines: readonly string[]): string {
  const table = new Map(lines.map((line) => line.split('\t') as [string, string]));
  return COVERAGE_WORDS.map((word) => `${word}: ${table.get(word)?.replaceAll('|', ', ') ?? '(none)'}`).join('\n');
}

function main(): void {
  const table = new TranslationTable(frenchVocabulary());
  withDebianPackages(PACKAGES, (roots) => {
    const root = (name: string): string => roots.get(name)!;
    const dictd = (name: string, base: string): DictdEntry[] =>
      readDictd(join(root(name), `usr/share/dictd/${base}.index`), join(root(name), `usr/share/dictd/${base}.dict.dz`));
    addFreedictEnglishFrench(table, dictd('dict-freedict-eng-fra', 'freedict-eng-fra'));
    addFreedictFrenchEnglish(table, dictd('dict-freedict-fra-eng', 'freedict-fra-eng'));
    const ltPrint = join(root('lttoolbox-dev'), 'usr/bin/lt-print');
    const library = join(root('liblttoolbox3'), 'usr/lib/x86_64-linux-gnu');
    const bidix = (name: string, file: string): BidixEntry[] =>
      readBidix(join(root(name), 'usr/share/apertium', name, file), ltPrint, library);
    const englishCatalan = wordPairs(
      bidix('apertium-eng-cat', 'eng-cat.autobil.bin'),
      bidix('apertium-eng-cat', 'cat-eng.autobil.bin'),
    );
    const catalanFrench = wordPairs(
      bidix('apertium-fra-cat', 'cat-fra.autobil.bin'),
      bidix('apertium-fra-cat', 'fra-cat.autobil.bin'),
    );
    addApertiumPivot(table, englishCatalan, catalanFrench);
  });
  const lines = table.lines();
  const bytes = writeDataFile(OUTPUT, lines);
  console.log(`${lines.length} English headwords → ${OUTPUT.pathname} (${bytes} bytes)`);
  console.log(coverageReport(lines));
}

main();
