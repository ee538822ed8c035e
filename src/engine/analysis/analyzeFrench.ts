// The French analysis chain, identical at index and query time:
// tokenize → elision → clitics → fold (NFKC, lowercase, accents) → numbers and ordinals → stopwords →
// lemma (the Lefff lexicon: "investira" → investir, "années" → année) → light stem.
// Hyphenated names yield the whole name and its words, so "Fort-de-France" matches "fort de france".
import { FRENCH_ELISIONS } from '../language/apostrophes.ts';
import { normalizeApostrophes } from '../language/apostrophes.ts';
import { foldWord } from '../language/foldText.ts';
import { frenchLemmaOf, irregularLemma } from '../language/frenchLemmas.ts';
import { FRENCH_DEICTIC_TIME_WORDS, FRENCH_PERIOD_NOUNS } from '../language/months.ts';
import { FRENCH_STOPWORDS } from '../language/functionWords.ts';
import {
  FRENCH_APPROXIMATE_NUMBERS,
  FRENCH_NUMBER_WORDS,
  FRENCH_ORDINAL_ABBREVIATION,
  FRENCH_ORDINAL_WORDS,
  parseFrenchNumberWords,
} from '../language/numberWords.ts';
import { stemFrench } from './frenchStemmer.ts';
import { scanTokens, tokenizeText } from './tokenizeText.ts';

export interface AnalyzedToken {
  /** The index term. */
  term: string;
  /** Offsets of the source text this term came from (for highlighting). */
  start: number;
  end: number;
  /** The source text, as written (capitals kept). */
  surface: string;
  /** "part" terms are words inside a hyphenated name; the name itself is a "compound". */
  role: 'word' | 'number' | 'compound' | 'part';
}

type TokenTerm = Omit<AnalyzedToken, 'surface'>;

// Pronouns glued to a verb in questions: "a-t-il", "doivent-ils", "est-ce".
const CLITIC = /-(?:t-)?(?:il|elle|ils|elles|on|je|tu|nous|vous|ce|ci|moi|toi|lui|leur|y)$/;
const UNITS: ReadonlySet<string> = new Set([
  'm2',
  'm3',
  'km',
  'km2',
  'm',
  'cm',
  'mm',
  'kg',
  't',
  'h',
  'min',
  'mn',
  'mo',
  'go',
  'to',
  'ko',
  'mb',
  'gb',
  'tb',
  'mbit',
  'gbit',
  'mbits',
  'gbits',
  'mbps',
  'gbps',
  'mhz',
  'ghz',
  'kw',
  'mw',
  'gw',
  'kwh',
  'mwh',
  'ha',
  'md',
  'mds',
]);

/** "13.000", "13 000" and "13000" → "13000"; "15,5" → "15.5"; undefined when `s` is no plain number. */
export function normalizeNumber(s: string): string | undefined {
  const m = /^(\d{1,3}(?:[ \u00a0\u202f\u2009.,]\d{3})+|\d+)(?:[.,](\d+))?$/.exec(s);
  if (!m) return undefined;
  const whole = (m[1] ?? '').replace(/[^\d]/g, '').replace(/^0+(?=\d)/, '');
  return m[2] ? `${whole}.${m[2]}` : whole;
}

/** A number word's term: "deux" → "2", "dizaine" → "10", "deuxième" → "2e"; undefined for other words. */
function numberWordTerm(folded: string): string | undefined {
  const value = FRENCH_NUMBER_WORDS.get(folded) ?? FRENCH_APPROXIMATE_NUMBERS.get(folded);
  if (value !== undefined && folded !== 'un' && folded !== 'une') return String(value);
  const ordinal = FRENCH_ORDINAL_WORDS.get(folded);
  return ordinal === undefined ? undefined : `${ordinal}e`;
}

// The stemmer keeps a final s after i or u (Paris, plus, accès). After "oi" and "u" the lexicon tells a
// plural (emplois → emploi, envois, lois, tissus) from a word whose s is its own (mois, bois, virus);
// after another i it would also read names as plurals (Paris → pari), so it is not asked there.
const PLURAL_THE_STEMMER_KEEPS = /(?:oi|u)s$/;

/** The term a folded word is indexed under: its lemma when the lexicon knows it, lightly stemmed. */
export function termOfFoldedWord(folded: string): string | undefined {
  if (folded.length < 2 || FRENCH_STOPWORDS.has(folded)) return undefined;
  const lemma = irregularLemma(folded) ?? (PLURAL_THE_STEMMER_KEEPS.test(folded) ? (frenchLemmaOf(folded) ?? folded) : folded);
  if (FRENCH_STOPWORDS.has(lemma)) return undefined;
  return stemFrench(lemma);
}

function stripElision(text: string, start: number): { text: string; start: number } {
  const at = text.indexOf("'");
  if (at > 0 && FRENCH_ELISIONS.has(foldWord(text.slice(0, at)))) return stripElision(text.slice(at + 1), start + at + 1);
  return { text, start };
}

/** Digits with an optional unit or ordinal suffix: "13.000", "3ème", "100m²", "5G". */
function numberTerms(folded: string, start: number, end: number): TokenTerm[] {
  const ordinal = FRENCH_ORDINAL_ABBREVIATION.exec(folded);
  if (ordinal) return [{ term: `${Number(ordinal[1])}e`, start, end, role: 'number' }];
  const split = /^([\d .,\u00a0\u202f\u2009]*\d)([a-z][a-z0-9]*)?$/.exec(folded);
  const value = split ? normalizeNumber(split[1] ?? '') : undefined;
  if (value === undefined) return [{ term: folded.replace(/[\s\u00a0\u202f\u2009]/g, ''), start, end, role: 'word' }];
  const unit = split?.[2];
  // "5G", "4K": the letters are part of the name.
  if (unit !== undefined && !UNITS.has(unit)) return [{ term: `${value}${unit}`, start, end, role: 'word' }];
  if (unit === undefined) return [{ term: value, start, end, role: 'number' }];
  // "4km": the figure and its unit each point at their own characters, as "4 km" would.
  const figureEnd = Math.min(end, start + (split?.[1] ?? '').length);
  return [
    { term: value, start, end: figureEnd, role: 'number' },
    { term: unit, start: figureEnd, end, role: 'word' },
  ];
}

/** One word (no hyphen): a number, a number word, or a content word; nothing for stopwords. */
function wordTerms(word: string, start: number, role: 'word' | 'part'): TokenTerm[] {
  // An acronym's plural ("NRAs", "PMEs") is the acronym.
  const surface = /^\p{Lu}{2,}s$/u.test(word) ? word.slice(0, -1) : word;
  const folded = foldWord(surface).replace(/'/g, '');
  const end = start + word.length;
  if (folded.length === 0) return [];
  if (/^\d/.test(folded)) return numberTerms(folded, start, end);
  const asNumber = numberWordTerm(folded);
  if (asNumber !== undefined) return [{ term: asNumber, start, end, role: 'number' }];
  const term = termOfFoldedWord(folded);
  return term === undefined ? [] : [{ term, start, end, role }];
}

/** A hyphenated word: a number in words ("vingt-cinq"), or a name: the whole (last word stemmed) and each word. */
function hyphenatedTerms(word: string, start: number): TokenTerm[] {
  const parts = word.split(/[-\u2010\u2011]/);
  const foldedParts = Array.from(parts, (p) => foldWord(p).replace(/'/g, ''));
  const asNumber = parseFrenchNumberWords(foldedParts);
  if (asNumber !== undefined) return [{ term: String(asNumber), start, end: start + word.length, role: 'number' }];
  const out: TokenTerm[] = [];
  const content = foldedParts.filter((p) => p.length >= 2 && !FRENCH_STOPWORDS.has(p));
  if (content.length >= 1 && foldedParts.every((p) => p.length > 0)) {
    const lastPart = foldedParts.at(-1) ?? '';
    // Short last words keep stemFrench's minimum length, but still lose a plural s ("start-ups").
    const lastStem = /^\d/.test(lastPart)
      ? lastPart
      : stemFrench(/^[a-z]{3,4}$/.test(lastPart) && lastPart.endsWith('s') ? lastPart.slice(0, -1) : lastPart);
    out.push({ term: [...foldedParts.slice(0, -1), lastStem].join('-'), start, end: start + word.length, role: 'compound' });
  }
  let offset = start;
  for (const part of parts) {
    const partStart = offset;
    offset += part.length + 1;
    // "Val-d'Oise", "Villeneuve-d'Ascq": a part loses its elision, so "l'Oise" typed apart finds it.
    const elided = stripElision(part, partStart);
    if (elided.text.length > 0)
      for (const t of wordTerms(elided.text, elided.start, 'part')) out.push({ ...t, role: t.role === 'word' ? 'part' : t.role });
  }
  return out;
}

/** Analyses one raw token; offsets are relative to it. */
function analyzeToken(text: string): TokenTerm[] {
  const elided = stripElision(normalizeApostrophes(text), 0);
  let word = elided.text;
  const clitic = CLITIC.exec(foldWord(word));
  if (clitic && clitic.index > 0) word = word.slice(0, clitic.index);
  return /[-\u2010\u2011]/.test(word) ? hyphenatedTerms(word, elided.start) : wordTerms(word, elided.start, 'word');
}

// The same raw word always analyses the same way, and a corpus repeats its words: caching per raw
// token makes indexing several times faster. Bounded so a stream of unique tokens cannot grow it forever.
const CACHE_LIMIT = 200_000;
const tokenCache = new Map<string, TokenTerm[]>();

function cachedTerms(raw: string): TokenTerm[] {
  let terms = tokenCache.get(raw);
  if (!terms) {
    terms = analyzeToken(raw);
    if (tokenCache.size >= CACHE_LIMIT) tokenCache.clear();
    tokenCache.set(raw, terms);
  }
  return terms;
}

/** A unit of one letter after a figure ("à 300 m", "5 t") is the unit, not a stray letter. */
function termsAfter(raw: string, afterNumber: boolean): TokenTerm[] {
  const terms = cachedTerms(raw);
  if (terms.length > 0 || !afterNumber || !UNITS.has(raw)) return terms;
  return [{ term: raw, start: 0, end: raw.length, role: 'word' }];
}

let deicticTerms: { periods: Set<string>; pointers: Set<string> } | undefined;

/**
 * Whether `term` is "dernier"/"prochain"/"passé" right after a period noun (only spaces between the word
 * ending at `previousEnd` and `start`): "le 19 avril dernier" dates, it does not rank, so it is no term —
 * else it would match a question's "dernière tranche" in any dated sentence. (The cheap test first: this
 * runs for every word indexed.)
 */
function pointsInTime(term: string, text: string, previous: string | undefined, previousEnd: number, start: number): boolean {
  deicticTerms ??= {
    periods: new Set(Array.from(FRENCH_PERIOD_NOUNS, (w) => termOfFoldedWord(w) ?? w)),
    pointers: new Set(Array.from(FRENCH_DEICTIC_TIME_WORDS, (w) => termOfFoldedWord(w) ?? w)),
  };
  if (!deicticTerms.pointers.has(term) || previous === undefined || !deicticTerms.periods.has(previous)) return false;
  return /^\s*$/.test(text.slice(previousEnd, start));
}

/** Analyses text into index terms with offsets. */
export function analyzeFrench(text: string): AnalyzedToken[] {
  const out: AnalyzedToken[] = [];
  for (const raw of tokenizeText(text)) {
    const last = out.at(-1);
    const afterNumber = last?.role === 'number';
    for (const t of termsAfter(raw.text, afterNumber)) {
      if (pointsInTime(t.term, text, last?.term, last?.end ?? 0, raw.start)) continue;
      const start = raw.start + t.start;
      const end = raw.start + t.end;
      out.push({ term: t.term, start, end, surface: text.slice(start, end), role: t.role });
    }
  }
  return out;
}

/** Just the terms (what indexes store): the same chain, without offsets or token objects. */
/** Whether a part of a hyphenated word says something of its own: "mi-2023"'s "mi" does not, "2023" does. */
export function partSaysSomething(term: string): boolean {
  return term.length > 2 || /^\d/.test(term);
}

export function analyzeFrenchTerms(text: string): string[] {
  const out: string[] = [];
  let afterNumber = false;
  // The last term of the word before and where that word ends (undefined after a word with none).
  let lastTerm: string | undefined;
  let lastEnd = 0;
  scanTokens(text, (start, end) => {
    const terms = termsAfter(text.slice(start, end), afterNumber);
    for (const t of terms) if (!pointsInTime(t.term, text, lastTerm, lastEnd, start)) out.push(t.term);
    lastTerm = terms.at(-1)?.term;
    lastEnd = end;
    if (terms.length > 0) afterNumber = terms.at(-1)!.role === 'number';
  });
  return out;
}
