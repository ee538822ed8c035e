// Which end of something a date is asked of, and which end a sentence dates: "quand se terminent les
// travaux" is not answered by the sentence that dates their launch.
import type { AnalyzedToken } from '../analysis/analyzeFrench.ts';
import { analyzeFrenchTerms } from '../analysis/analyzeFrench.ts';
import type { Locale } from '../language/locale.ts';
import { type Endpoint, ENDPOINT_WORDS, FRENCH_ENDPOINT_ADJECTIVES } from '../language/questionVocabulary.ts';
import { conceptWords, isConceptWord } from './conceptWords.ts';
import type { QueryConcept } from './readQuestion.ts';

const ENDPOINTS: readonly Endpoint[] = ['start', 'end'];

/** The words of each end, as a question asks it. */
const ASKED: Record<Endpoint, ReturnType<typeof conceptWords>> = {
  start: conceptWords(ENDPOINT_WORDS.start.fr, ENDPOINT_WORDS.start.en),
  end: conceptWords(ENDPOINT_WORDS.end.fr, ENDPOINT_WORDS.end.en),
};

/** The analysed terms a sentence says each end with: the question's words and the adjectives of order. */
const SAID_TERMS: Record<Endpoint, ReadonlySet<string>> = {
  start: new Set([...ASKED.start.french, ...FRENCH_ENDPOINT_ADJECTIVES.start.flatMap((w) => analyzeFrenchTerms(w))]),
  end: new Set([...ASKED.end.french, ...FRENCH_ENDPOINT_ADJECTIVES.end.flatMap((w) => analyzeFrenchTerms(w))]),
};

/** The end of something a concept of the question names ("fin", "démarrer", "completed"), if any. */
export function endpointOfConcept(concept: QueryConcept, language: Locale): Endpoint | undefined {
  return ENDPOINTS.find((e) => isConceptWord(concept, language, ASKED[e]));
}

/** The one end of something a question's concepts ask a date of; none when they name none, or both. */
export function endpointAsked(concepts: readonly QueryConcept[], language: Locale): Endpoint | undefined {
  const named = new Set(Array.from(concepts, (c) => endpointOfConcept(c, language)).filter((e) => e !== undefined));
  return named.size === 1 ? [...named][0] : undefined;
}

/** Whether a sentence says one end of something ("le lancement", "débutera"). */
export function saysEndpoint(tokens: readonly AnalyzedToken[], end: Endpoint): boolean {
  return tokens.some((t) => SAID_TERMS[end].has(t.term));
}

/** Whether a sentence says the other end of something than the one asked, and not the one asked. */
export function datesOtherEndpoint(tokens: readonly AnalyzedToken[], asked: Endpoint): boolean {
  const other = asked === 'start' ? 'end' : 'start';
  return tokens.some((t) => SAID_TERMS[other].has(t.term)) && !tokens.some((t) => SAID_TERMS[asked].has(t.term));
}
