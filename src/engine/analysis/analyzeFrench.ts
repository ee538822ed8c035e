// The French analysis chain, identical at index and query time:
// tokenize → elision → clitics → fold (NFKC, lowercase, accents) → numbers and ordinals → stopwords → light stem.
// Hyphenated names yield the whole name and its words, so "Fort-de-France" matches "fort de france".
import { foldWord } from './foldText.ts';
import { FRENCH_STOPWORDS } from './frenchStopwords.ts';
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

export interface AnalyzeOptions {
  /** Keep stopwords (the question reader looks at them to find what is asked). Default false. */
  keepStopwords?: boolean;
}

const ELISIONS = new Set(['l', 'd', 'qu', 's', 'n', 'j', 'c', 'm', 't', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']);
// Pronouns glued to a verb in questions: "a-t-il", "doivent-ils", "est-ce".
const CLITIC = /-(?:t-)?(?:il|elle|ils|elles|on|je|tu|nous|vous|ce|ci|moi|toi|lui|leur|y)$/;
const ORDINAL = /^(\d+)\^?(?:e|eme|ieme|er|ere|re|nd|nde)$/;
const UNITS = new Set([
  'm2', 'm3', 'km', 'km2', 'm', 'cm', 'mm', 'kg', 't', 'h', 'min', 'mn', 'mo', 'go', 'to', 'ko', 'mb', 'gb', 'tb',
  'mbit', 'gbit', 'mbits', 'gbits', 'mbps', 'gbps', 'mhz', 'ghz', 'kw', 'mw', 'gw', 'kwh', 'mwh', 'ha', 'md', 'mds',
]);
/**
 * Numbers and ordinals written as words become the digits they mean, so "deux ans" matches "2 ans".
 * A Map, not an object: a corpus or question word such as "constructor" must not find Object.prototype's.
 */
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  deux: '2', trois: '3', quatre: '4', cinq: '5', six: '6', sept: '7', huit: '8', dix: '10', onze: '11', douze: '12',
  treize: '13', quatorze: '14', quinze: '15', seize: '16', vingt: '20', trente: '30', quarante: '40',
  cinquante: '50', soixante: '60', cent: '100', mille: '1000', dizaine: '10', douzaine: '12', quinzaine: '15',
  vingtaine: '20', trentaine: '30', quarantaine: '40', cinquantaine: '50', centaine: '100', millier: '1000',
  premier: '1e', premiere: '1e', deuxieme: '2e', second: '2e', seconde: '2e', troisieme: '3e', quatrieme: '4e',
  cinquieme: '5e', sixieme: '6e', septieme: '7e', huitieme: '8e', neuvieme: '9e', dixieme: '10e',
}));

/** "13.000", "13 000" and "13000" → "13000"; "15,5" → "15.5"; undefined when `s` is no plain number. */
export function normalizeNumber(s: string): string | undefined {
  const m = /^(\d{1,3}(?:[ \u00a0\u202f\u2009.,]\d{3})+|\d+)(?:[.,](\d+))?$/.exec(s);
  if (!m) return undefined;
  const whole = (m[1] ?? '').replace(/[^\d]/g, '').replace(/^0+(?=\d)/, '');
  return m[2] ? `${whole}.${m[2]}` : whole;
}

function stripElision(text: string, start: number): { text: string; start: number } {
  const at = text.search(/'/);
  if (at > 0 && ELISIONS.has(foldWord(text.slice(0, at)))) {
    return stripElision(text.slice(at + 1), start + at + 1);
  }
  return { text, start };
}

// The same raw word always analyses the same way, and a corpus repeats its words: caching per raw
// token makes indexing several times faster. Bounded so a stream of unique tokens cannot grow it forever.
const CACHE_LIMIT = 200_000;
const caches = { plain: new Map<string, AnalyzedToken[]>(), keepStopwords: new Map<string, AnalyzedToken[]>() };

/** Analyses text into index terms with offsets. */
export function analyzeFrench(text: string, options: AnalyzeOptions = {}): AnalyzedToken[] {
  const cache = options.keepStopwords ? caches.keepStopwords : caches.plain;
  const out: AnalyzedToken[] = [];
  for (const raw of tokenizeText(text)) {
    let analysed = cache.get(raw.text);
    if (!analysed) {
      analysed = analyzeToken(raw.text, options);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(raw.text, analysed);
    }
    for (const t of analysed) {
      const start = raw.start + t.start;
      const end = raw.start + t.end;
      out.push({ term: t.term, start, end, surface: text.slice(start, end), role: t.role });
    }
  }
  return out;
}

/** Analyses one raw token; offsets are relative to it. */
function analyzeToken(text: string, options: AnalyzeOptions): AnalyzedToken[] {
  const out: AnalyzedToken[] = [];
  const keepStop = options.keepStopwords ?? false;
  const emitWord = (word: string, start: number, role: AnalyzedToken['role']) => {
    const folded = foldWord(word).replace(/'/g, '');
    if (folded.length === 0) return;
    const surface = text.slice(start, start + word.length);
    const end = start + word.length;
    if (/^\d/.test(folded)) {
      emitNumber(folded, surface, start, end);
      return;
    }
    const asNumber = NUMBER_WORDS.get(folded);
    if (asNumber !== undefined) {
      out.push({ term: asNumber, start, end, surface, role: 'number' });
      return;
    }
    if (folded.length < 2 || (!keepStop && FRENCH_STOPWORDS.has(folded))) return;
    out.push({ term: keepStop && FRENCH_STOPWORDS.has(folded) ? folded : stemFrench(folded), start, end, surface, role });
  };
  const emitNumber = (folded: string, surface: string, start: number, end: number) => {
    const ordinal = ORDINAL.exec(folded);
    if (ordinal) {
      out.push({ term: `${Number(ordinal[1])}e`, start, end, surface, role: 'number' });
      return;
    }
    const split = /^([\d .,\u00a0\u202f\u2009]*\d)([a-z][a-z0-9]*)?$/.exec(folded);
    const value = split ? normalizeNumber(split[1] ?? '') : undefined;
    if (value === undefined) {
      out.push({ term: folded.replace(/[\s\u00a0\u202f\u2009]/g, ''), start, end, surface, role: 'word' });
      return;
    }
    const unit = split?.[2];
    if (unit !== undefined && !UNITS.has(unit)) {
      // "5G", "4K": the letters are part of the name.
      out.push({ term: `${value}${unit}`, start, end, surface, role: 'word' });
      return;
    }
    out.push({ term: value, start, end, surface, role: 'number' });
    if (unit !== undefined) out.push({ term: unit, start, end, surface, role: 'word' });
  };

  {
    const raw = { text, start: 0 };
    const elided = stripElision(raw.text.replace(/[\u2019\u2018\u02bc`]/g, "'"), raw.start);
    let word = elided.text;
    const folded = foldWord(word);
    const clitic = CLITIC.exec(folded);
    if (clitic && clitic.index > 0) word = word.slice(0, clitic.index);
    const parts = word.split(/[-\u2010\u2011]/);
    if (parts.length === 1) {
      emitWord(word, elided.start, 'word');
      return out;
    }
    // A hyphenated name: the whole (last word stemmed, so "start-ups" matches "start-up") and each word.
    const foldedParts = parts.map((p) => foldWord(p).replace(/'/g, ''));
    const content = foldedParts.filter((p) => p.length >= 2 && !FRENCH_STOPWORDS.has(p));
    if (content.length >= 1 && foldedParts.every((p) => p.length > 0)) {
      const lastPart = foldedParts.at(-1) ?? '';
      // Short last words keep stemFrench's minimum length, but still lose a plural s ("start-ups").
      const lastStem = /^\d/.test(lastPart) ? lastPart : stemFrench(/^[a-z]{3,4}$/.test(lastPart) && lastPart.endsWith('s') ? lastPart.slice(0, -1) : lastPart);
      const whole = [...foldedParts.slice(0, -1), lastStem].join('-');
      out.push({ term: whole, start: elided.start, end: elided.start + word.length, surface: word, role: 'compound' });
    }
    let offset = elided.start;
    for (const part of parts) {
      const partStart = offset;
      offset += part.length + 1;
      if (part.length === 0) continue;
      const before = out.length;
      emitWord(part, partStart, 'part');
      for (let k = before; k < out.length; k++) {
        const t = out[k];
        if (t && t.role === 'word') t.role = 'part';
      }
    }
  }
  return out;
}

const termCache = new Map<string, string[]>();

/** Just the terms (what indexes store): the same chain, without offsets or token objects. */
export function analyzeFrenchTerms(text: string): string[] {
  const out: string[] = [];
  scanTokens(text, (start, end) => {
    const raw = text.slice(start, end);
    let terms = termCache.get(raw);
    if (!terms) {
      terms = analyzeToken(raw, {}).map((t) => t.term);
      if (termCache.size >= CACHE_LIMIT) termCache.clear();
      termCache.set(raw, terms);
    }
    for (const t of terms) out.push(t);
  });
  return out;
}
