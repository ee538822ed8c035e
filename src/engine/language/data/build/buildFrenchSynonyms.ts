// Builds ../fr-synonyms.tsv from the LibreOffice French thesaurus (Debian mythes-fr,
// thes_fr.dat): `word<TAB>syn1 syn2 …`, single words only, and only pairs listed both ways.
// Run: npx tsx src/engine/language/data/build/buildFrenchSynonyms.ts [path/to/thes_fr.dat]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldWord } from '../../foldText.ts';
import { withDebianPackage } from './debianPackage.ts';
import { isPlainWord } from './readLefff.ts';
import { writeDataFile } from './writeDataFile.ts';

const OUTPUT = new URL('../fr-synonyms.tsv', import.meta.url);
export const MYTHES_FR_VERSION = '1:7.5.0-1';

/** word → synonym → the thesaurus categories ("Nom", "Verbe"…) of the lines that list it. */
export type Thesaurus = Map<string, Map<string, Set<string>>>;

/**
 * Reads the MyThes format: a header line "word|n" then n lines "(Category …)|syn|syn…". A word may
 * have several entries (after folding, "mentionne" and "mentionné" are one); they are merged.
 */
export function readThesaurus(text: string): Thesaurus {
  const lines = text.split('\n');
  const thesaurus: Thesaurus = new Map();
  let index = 1; // line 0 names the encoding
  while (index < lines.length) {
    const [head = '', countText = '0'] = (lines[index] ?? '').split('|');
    const count = Number.parseInt(countText, 10) || 0;
    const word = foldWord(head.trim());
    for (let k = 1; k <= count; k += 1) {
      const [categoryField = '', ...fields] = (lines[index + k] ?? '').split('|');
      const categories = categoryField.replace(/[()]/g, '').split(' ').filter((c) => c.length > 0);
      for (const field of fields) addSynonym(thesaurus, word, foldWord(field.trim()), categories);
    }
    index += count + 1;
  }
  return thesaurus;
}

function addSynonym(thesaurus: Thesaurus, word: string, synonym: string, categories: string[]): void {
  if (!isPlainWord(word) || !isPlainWord(synonym) || synonym === word) return;
  let synonyms = thesaurus.get(word);
  if (!synonyms) thesaurus.set(word, (synonyms = new Map()));
  let kept = synonyms.get(synonym);
  if (!kept) synonyms.set(synonym, (kept = new Set()));
  for (const category of categories) kept.add(category);
}

/**
 * Keeps B among A's synonyms only when A is also among B's, in a shared category: the thesaurus is
 * noisy, and one-way or cross-category links are mostly loose associations ("rapide" → "torrent"
 * as a noun, "ville" → "mentionne").
 */
export function symmetricPairs(thesaurus: Thesaurus): Map<string, string[]> {
  const kept = new Map<string, string[]>();
  for (const [word, synonyms] of thesaurus) {
    const mutual = [...synonyms].filter(([other, categories]) => {
      const back = thesaurus.get(other)?.get(word);
      return back !== undefined && [...categories].some((category) => back.has(category));
    });
    if (mutual.length > 0) kept.set(word, mutual.map(([other]) => other));
  }
  return kept;
}

function main(): void {
  const text =
    process.argv[2] !== undefined
      ? readFileSync(process.argv[2], 'utf8')
      : withDebianPackage('mythes-fr', MYTHES_FR_VERSION, (root) =>
          readFileSync(join(root, 'usr/share/mythes/thes_fr.dat'), 'utf8'),
        );
  const symmetric = symmetricPairs(readThesaurus(text));
  const lines = [...symmetric]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([word, list]) => `${word}\t${list.join(' ')}`);
  const pairs = [...symmetric.values()].reduce((sum, list) => sum + list.length, 0) / 2;
  const bytes = writeDataFile(OUTPUT, lines);
  console.log(`${symmetric.size} words, ${pairs} symmetric pairs → ${OUTPUT.pathname} (${bytes} bytes)`);
}

main();
