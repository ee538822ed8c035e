// Apostrophes as people type them: ASCII, typographic (’ ‘), modifier letters (ʼ ʻ), the backtick,
// the acute accent and the prime some keyboards produce. One set, used by the tokenizer, folding and elision.

/** Every character read as an apostrophe. */
export const APOSTROPHE_CHARACTERS = "'\u2019\u2018\u02bc\u02bb`\u00b4\u2032";

const APOSTROPHE_SET: ReadonlySet<string> = new Set(APOSTROPHE_CHARACTERS);
const APOSTROPHES = new RegExp(`[${APOSTROPHE_CHARACTERS.slice(1)}]`, 'g');

export function isApostrophe(ch: string): boolean {
  return APOSTROPHE_SET.has(ch);
}

/** Every apostrophe becomes the ASCII one, so "l’innovation" and "l'innovation" are one word. */
export function normalizeApostrophes(text: string): string {
  return text.replace(APOSTROPHES, "'");
}

/** A folded word without the elided article or pronoun it was typed with: "l'antenne" → "antenne". */
export function withoutElidedWord(folded: string): string {
  return folded.replace(/^(?:l|d|qu|s|n|c|j)'/, '');
}

/** The words French elides before a vowel, folded: "l'", "d'", "qu'", "jusqu'"… */
export const FRENCH_ELISIONS: ReadonlySet<string> = new Set([
  'l',
  'd',
  'qu',
  's',
  'n',
  'j',
  'c',
  'm',
  't',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
  'presqu',
]);

// Typed fast, an elision loses its apostrophe: "c est qui", "le budget de l etat", "qu est-ce". A lone
// elided word before a word opening on a vowel or h gets it back ("t" aside: "a t il" is a question's
// "-t-"), in lowercase or opening the question: "plan D", "vitamine C" are letters, not elisions.
const DROPPED_APOSTROPHE = new RegExp(
  `(?<![\\p{L}\\p{N}'])(${[...FRENCH_ELISIONS].filter((e) => e !== 't').join('|')}) (?=[aeiouyhàâéèêëîïôûœ])`,
  'giu',
);

/** The question with the apostrophes of its elisions put back: "c est qui" → "c'est qui". */
export function withElisionsRestored(question: string): string {
  return question.replace(DROPPED_APOSTROPHE, (whole, elided: string, at: number) =>
    at === 0 || elided === elided.toLowerCase() ? `${elided}'` : whole,
  );
}

// Typed faster still, the elided word is glued to the next: "lantenne", "davril", "sabonner". Only a
// word the lexicon does not know whose rest after the elision it does ("lordi": ordi), in lowercase.
// A rest of four letters at least: a shorter one is as often a typo of a longer word ("nair": noir mistyped, not n'air).
const GLUED_ELISION = /(?<![\p{L}\p{N}'])(qu|[ldjnsmc])([aeiouyhàâéèêëîïôûœ][\p{Ll}-]{3,})(?![\p{L}\p{N}'])/gu;

/**
 * The question with glued elisions opened when the lexicon reads them so: "lantenne" → "l'antenne".
 * `knows` is given the words as typed, in lowercase (the caller folds them as its lexicon is folded).
 */
export function withGluedElisionsOpened(question: string, knows: (word: string) => boolean): string {
  return openGluedElisions(question, knows).text;
}

/**
 * The words withGluedElisionsOpened opens, each rest with the word as typed ("aval" → "laval"): a name
 * in lowercase the lexicon does not know may read so too, which only the corpus can tell.
 */
export function gluedElisionsOpened(question: string, knows: (word: string) => boolean): Map<string, string> {
  return openGluedElisions(question, knows).opened;
}

/** Both at once, in one pass: the question with its glued elisions opened, and the words it opened. */
export function openGluedElisions(question: string, knows: (word: string) => boolean): { text: string; opened: Map<string, string> } {
  const opened = new Map<string, string>();
  const text = question.replace(GLUED_ELISION, (whole, elided: string, rest: string) => {
    if (!opensAsElision(whole, elided, rest, knows)) return whole;
    opened.set(rest, whole);
    return `${elided}'${rest}`;
  });
  return { text, opened };
}

function opensAsElision(whole: string, elided: string, rest: string, knows: (word: string) => boolean): boolean {
  return !knows(whole) && knows(rest) && (elided !== 'c' || C_ELIDES_BEFORE.test(rest));
}

// "c'" is "ce" before a form of être ("cétait"): "center" is no "c'enter".
const C_ELIDES_BEFORE = /^[eé]tai/u;
