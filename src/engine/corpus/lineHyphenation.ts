// Lines of a printed paragraph back into running text: a word cut at the end of a line ("dé-" then
// "ploiement") is whole again, while a real compound ("Fort-de-" then "France") keeps its hyphen.

// Second halves that French writes after a hyphen: "peut-être", "celle-ci", "a-t-il", "eux-mêmes".
const HYPHENATED_TAILS = new Set([
  'ci', 'là', 'il', 'ils', 'elle', 'elles', 'on', 't', 'je', 'tu', 'nous', 'vous', 'moi', 'toi', 'lui', 'leur',
  'même', 'mêmes', 'être', 'dessus', 'dessous', 'delà', 'uns', 'unes',
]);
// First halves that keep their hyphen: "ex-directeur", "vice-présidente", "demi-journée", "mi-temps".
const HYPHENATED_HEADS = new Set(['ex', 'vice', 'demi', 'mi', 'semi', 'quasi', 'non', 'néo', 'post', 'pré', 'auto', 'anti']);

// The word cut at a line's end, with the parts of a compound before it: "dé-", "Fort-de-".
const LINE_END_HYPHEN = /(\p{L}+(?:[-\u2010]\p{L}+)*)[-\u2010]$/u;
const SOFT_HYPHEN = '\u00ad';

/** The words of the lines, lower-cased, as the document writes them (hyphenated compounds whole): the evidence for repairs. */
export function wordsOf(lines: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    // A word cut at this line's end is not evidence of anything.
    const text = line.replace(LINE_END_HYPHEN, '');
    for (const match of text.matchAll(/\p{L}+(?:[-\u2010]\p{L}+)*/gu)) words.add(match[0].toLowerCase().replace(/\u2010/g, '-'));
  }
  return words;
}

/** Joins the lines of one paragraph, repairing words cut at line ends. `knownWords`: see wordsOf. */
export function joinLines(lines: readonly string[], knownWords: ReadonlySet<string>): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (text === '') {
      text = line;
    } else if (text.endsWith(SOFT_HYPHEN)) {
      text = text.slice(0, -1) + line;
    } else {
      // Only the end of the paragraph so far can hold the cut: no need to scan it all again.
      const from = Math.max(0, text.length - 200);
      const cut = LINE_END_HYPHEN.exec(text.slice(from));
      if (cut) text = text.slice(0, from + cut.index) + joinCut(cut[1] as string, line, knownWords);
      else if (/\p{N}[-\u2010]$/u.test(text) && /^\p{N}/u.test(line)) text += line; // "2023-" then "2025"
      else text = `${text} ${line}`;
    }
  }
  return text.replaceAll(SOFT_HYPHEN, '');
}

/** `head` is the text before the line-end hyphen (from the last space), `line` the next line. */
function joinCut(head: string, line: string, knownWords: ReadonlySet<string>): string {
  const tail = /^\p{L}+/u.exec(line)?.[0];
  // "2020-" then "2025", or a dash before a number: the hyphen is meant.
  if (tail === undefined) return `${head}-${line}`;
  const lastPart = head.split(/[-\u2010]/).at(-1) ?? head;
  const hyphenated = `${head}-${tail}`.toLowerCase();
  const joined = `${head}${tail}`.toLowerCase();
  const keep =
    /^\p{Lu}/u.test(tail) || // "Fort-de-" then "France", "Saint-" then "Denis"
    knownWords.has(hyphenated) ||
    (!knownWords.has(joined) && (HYPHENATED_TAILS.has(tail.toLowerCase()) || HYPHENATED_HEADS.has(lastPart.toLowerCase())));
  return keep ? `${head}-${line}` : `${head}${line}`;
}
