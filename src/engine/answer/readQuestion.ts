// Reads a question: its language, what kind of answer it wants, and the concepts to find —
// each concept a set of alternative term sequences (the words typed, their glossary synonyms,
// or for English questions their French translations).
import { analyzeFrench, type AnalyzedToken } from '../analysis/analyzeFrench.ts';
import { FRENCH_QUESTION_WORDS, FRENCH_STOPWORDS } from '../analysis/frenchStopwords.ts';
import { foldWord } from '../analysis/foldText.ts';
import { stemFrench } from '../analysis/frenchStemmer.ts';
import type { Glossary, TermSequence } from '../analysis/glossary.ts';
import { type AnswerType, COUNTED_NOUN, type Language, detectAnswerType, foldQuestion, wantsList } from './answerTypes.ts';

export interface Alternative {
  terms: TermSequence;
  /** How much a match through this alternative counts (1 for the words typed). */
  factor: number;
}

export interface QueryConcept {
  /** The words as typed, for messages ("the corpus never mentions Lyon"). */
  label: string;
  alternatives: Alternative[];
  /** A capitalised name or a code (Lyon, Free, 5G): if the corpus never mentions it, it cannot answer. */
  entity: boolean;
  /** What "combien de…" counts: an answer puts a number right before it ("152 000 salariés"). */
  counted?: boolean;
  /** 1, or less for the noun that names the kind of answer ("quelle *entreprise*"): the answer need not repeat it. */
  weight: number;
}

export interface ReadQuestion {
  text: string;
  language: Language;
  answerType: AnswerType;
  wantsList: boolean;
  concepts: QueryConcept[];
}

const QUESTION_STEMS = new Set([...FRENCH_QUESTION_WORDS].map((w) => stemFrench(w)));
const SYNONYM_FACTOR = 0.8;
const FOCUS_WEIGHT = 0.4;
/** The noun right after "quel(le)(s)" / "which" names the kind of answer wanted. */
const FOCUS_NOUN: Record<Language, RegExp> = {
  fr: /\bquel(?:le)?s?\s+(?!est\b|sont\b|etait\b|était\b|étaient\b|fut\b|sera\b)([\p{L}-]+)/iu,
  en: /\b(?:which|what)\s+(?!is\b|are\b|was\b|were\b|does\b|did\b|do\b)([\p{L}-]+)/iu,
};

const ENGLISH_STOPWORDS = new Set(
  ('the a an of in on at to for with by from about as into is are was were be been being do does did done has have had ' +
    'there their its it this that these those and or but not no i my me we our you your he she his her they them can ' +
    'could will would should may might must shall than then so such any all some up out if also just very get got ' +
    'between among within during after before over under per via ' +
    "tell know please s it's what's").split(' '),
);
const ENGLISH_MARKERS = new Set(['the', 'how', 'what', 'when', 'who', 'where', 'which', 'did', 'does', 'is', 'are', 'many', 'much', 'of', 'with', 'there', 'do', 'its', 'was', 'were', 'has', 'have', 'why', 'an', 'for', 'from', 'by', 'and', 'this', 'that', 'whom', 'whose', 'long', 'in', 'to', 'my', 'i']);
// "a" and "en" are left out: both languages use them.
const FRENCH_MARKERS = new Set(['le', 'la', 'les', 'de', 'des', 'du', 'est', 'quel', 'quelle', 'quels', 'quelles', 'qui', 'quand', 'combien', 'ou', 'et', 'une', 'un', 'au', 'aux', 'sur', 'pour', 'dans', 'ont', 'sont', 'avec', 'que', 'se']);

export function detectLanguage(question: string): Language {
  const words = foldWord(question).split(/[^a-z']+/).filter(Boolean);
  let en = 0;
  let fr = 0;
  for (const w of words) {
    if (ENGLISH_MARKERS.has(w)) en++;
    if (FRENCH_MARKERS.has(w) || /^(l|d|qu|s|n|c)'/.test(w)) fr++;
  }
  if (/[éèêàùçôîœ]/i.test(question)) fr++;
  return en > fr ? 'en' : 'fr';
}

function isEntitySurface(surface: string, atQuestionStart: boolean): boolean {
  if (/\d/.test(surface) && /\p{L}/u.test(surface)) return true; // codes: 5G, A380
  if (!/^\p{Lu}/u.test(surface)) return false;
  return !atQuestionStart || (surface.length > 1 && surface === surface.toUpperCase());
}

/** Turns analysed tokens into concepts: a hyphenated name and its words make one concept. */
function conceptsFromTokens(tokens: AnalyzedToken[], questionStart: number): QueryConcept[] {
  const concepts: QueryConcept[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || QUESTION_STEMS.has(token.term)) continue;
    const atStart = token.start <= questionStart;
    if (token.role === 'compound') {
      const parts: string[] = [];
      while (tokens[i + 1]?.role === 'part' && (tokens[i + 1]?.start ?? 0) < token.end) parts.push(tokens[++i]?.term ?? '');
      const alternatives: Alternative[] = [{ terms: [token.term], factor: 1 }];
      if (parts.length > 0) alternatives.push({ terms: parts, factor: 1 });
      concepts.push({ label: token.surface, alternatives, entity: isEntitySurface(token.surface, atStart), weight: 1 });
      continue;
    }
    concepts.push({
      label: token.surface,
      alternatives: [{ terms: [token.term], factor: 1 }],
      entity: isEntitySurface(token.surface, atStart),
      weight: 1,
    });
  }
  return concepts;
}

/** Adds glossary synonyms: a concept run that spells one member of a group gains the other members. */
function addSynonyms(concepts: QueryConcept[], glossary: Glossary): QueryConcept[] {
  const firstTerms = concepts.map((c) => c.alternatives[0]?.terms ?? []);
  const out: QueryConcept[] = [];
  for (let i = 0; i < concepts.length; i++) {
    const concept = concepts[i];
    if (!concept) continue;
    let merged: QueryConcept | undefined;
    for (const group of glossary.synonymGroups) {
      for (const member of group) {
        // A member matches the next member.length single-term concepts exactly.
        if (member.length === 0 || i + member.length > concepts.length) continue;
        const run = firstTerms.slice(i, i + member.length);
        if (!run.every((terms, k) => terms.length === 1 && terms[0] === member[k])) continue;
        const span = concepts.slice(i, i + member.length);
        const alternatives: Alternative[] = [{ terms: [...member], factor: 1 }];
        for (const other of group) if (other !== member) alternatives.push({ terms: [...other], factor: SYNONYM_FACTOR });
        if (!merged || member.length > (merged.alternatives[0]?.terms.length ?? 0)) {
          merged = { label: span.map((c) => c.label).join(' '), alternatives, entity: span.some((c) => c.entity), weight: 1 };
        }
      }
    }
    if (merged) {
      out.push(merged);
      i += (merged.alternatives[0]?.terms.length ?? 1) - 1;
    } else out.push(concept);
  }
  return out;
}

function englishLemmas(word: string): string[] {
  const w = word.replace(/'s$/, '');
  const out = [w];
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
  return out;
}

/** English questions: glossary phrases (longest first) become French alternatives; names pass through. */
function englishConcepts(question: string, glossary: Glossary): QueryConcept[] {
  const words = [...question.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)].map((m) => ({
    surface: m[0].replace(/’/g, "'"),
    start: m.index ?? 0,
  }));
  const concepts: QueryConcept[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = false;
    for (let n = Math.min(glossary.longestEnglishPhrase, words.length - i); n >= 1 && !matched; n--) {
      const phraseWords = words.slice(i, i + n).map((w) => w.surface.toLowerCase());
      const last = phraseWords.pop() ?? '';
      for (const lemma of englishLemmas(last)) {
        const key = [...phraseWords, lemma].join(' ');
        const french = glossary.english.get(key);
        if (french === undefined) continue;
        const alternatives: Alternative[] = french
          .map((f) => ({ terms: analyzeFrench(f).filter((t) => t.role !== 'part').map((t) => t.term), factor: 1 }))
          .filter((a) => a.terms.length > 0);
        const label = words.slice(i, i + n).map((w) => w.surface).join(' ');
        if (alternatives.length > 0) concepts.push({ label, alternatives, entity: false, weight: 1 });
        i += n;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const word = words[i];
    i++;
    if (!word) continue;
    const lower = word.surface.toLowerCase();
    if (ENGLISH_STOPWORDS.has(lower) || ENGLISH_STOPWORDS.has(lower.replace(/'s$/, ''))) continue;
    // Hyphenated English words ("fibre-eligible") are read word by word when the whole is unknown.
    if (/-/.test(word.surface) && !/^\p{Lu}/u.test(word.surface)) {
      concepts.push(...englishConcepts(word.surface.replace(/-/g, ' '), glossary));
      continue;
    }
    const tokens = analyzeFrench(word.surface.replace(/'s$/, ''));
    concepts.push(...conceptsFromTokens(tokens, -1).map((c) => ({ ...c, entity: c.entity && word.start > 0 })));
  }
  return concepts;
}

export function readQuestion(question: string, glossary: Glossary): ReadQuestion {
  const text = question.trim();
  const language = detectLanguage(text);
  const folded = foldQuestion(text);
  let concepts: QueryConcept[];
  if (language === 'en') {
    concepts = englishConcepts(text, glossary);
  } else {
    const tokens = analyzeFrench(text);
    const firstWord = /\p{L}/u.exec(text)?.index ?? 0;
    concepts = conceptsFromTokens(tokens, firstWord).filter(
      (c) => !c.alternatives.every((a) => a.terms.every((t) => FRENCH_STOPWORDS.has(t))),
    );
  }
  concepts = addSynonyms(concepts, glossary);
  // The same concept typed twice (or two synonyms of one group: "convention de partenariat") counts once.
  const seen = new Set<string>();
  concepts = concepts.filter((c) => {
    const key = c.alternatives.map((a) => a.terms.join(' ')).sort().join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const focus = FOCUS_NOUN[language].exec(text)?.[1]?.toLowerCase();
  if (focus) {
    for (const c of concepts) if (c.label.toLowerCase() === focus) c.weight = FOCUS_WEIGHT;
  }
  const counted = COUNTED_NOUN[language].exec(text)?.[1]?.toLowerCase();
  if (counted) {
    const countedConcept = concepts.find((c) => c.label.toLowerCase().includes(counted) || counted.includes(c.label.toLowerCase()));
    if (countedConcept) countedConcept.counted = true;
  }
  return { text, language, answerType: detectAnswerType(folded, language), wantsList: wantsList(folded, language), concepts };
}
