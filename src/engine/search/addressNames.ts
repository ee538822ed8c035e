// The names a page's address gives it, for a page that never says them: a commune's own page.
import { foldWord } from '../language/foldText.ts';
import type { CorpusDocument } from '../types.ts';

// Words of a site's address that name no one: "www.mairie-etampes.fr" names Étampes, not a mairie.
const GENERIC_ADDRESS_WORDS: ReadonlySet<string> = new Set(
  'www mairie ville villede commune communes cc agglo agglomeration metropole departement region actu actus info infos site portail journal'.split(
    ' ',
  ),
);

/** The blocks that open a page, which say what it is about as its title does. */
const LEAD_BLOCKS = 2;

/**
 * The names a page's address gives it and its text never says: a commune's own page speaks of "la
 * ville", while its site is "mairie-etampes.fr" and its file "etampes-ecoles.txt". The words of the
 * URL's host (less its domain and generic words) and of the file's name that the page does not use.
 */
export function addressNames(document: CorpusDocument): string[] {
  // (the loader keeps only an absolute http(s) address: documentUrl)
  const hostWords = document.url === undefined ? [] : new URL(document.url).hostname.toLowerCase().split(/[.-]/).slice(0, -1);
  const fileWords = (document.file.split('/').pop() ?? '').replace(/\.[a-z0-9]+$/i, '').split(/[\s_.-]+/);
  const candidates = [...hostWords, ...fileWords].filter((w) => /^\p{L}{4,}$/u.test(w) && !GENERIC_ADDRESS_WORDS.has(foldWord(w)));
  if (candidates.length === 0) return [];
  // Only what the page does not say itself: "ecoles" and "fibre" of a file's name are its title's words
  // already — but a name it says only far down ("les services techniques d'Étampes") is still what it is about.
  const words = (text: string) => new Set(foldWord(text).split(/[^\p{L}]+/u));
  const lead = words([document.title, ...document.blocks.slice(0, LEAD_BLOCKS)].join(' '));
  // (a word of its own with a capital inside a sentence: "WiFi" of "X-WiFi" is no name, nor a line's first word)
  const capitalised = document.blocks.join('\n').match(/(?<=[\p{L}\d,;] +|\p{L}['’])\p{Lu}\p{L}+(?![\p{L}-])/gu);
  const names = words(capitalised?.join(' ') ?? '');
  const said = words([document.title, ...document.blocks].join(' '));
  const given = (w: string) => !said.has(w) || (names.has(w) && !lead.has(w));
  return [...new Set(candidates.filter((w) => given(foldWord(w))))];
}
