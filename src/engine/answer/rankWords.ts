// Which rank of a series a word says ("première", "2e", "seconde", "dernière"): "la dernière tranche"
// is not answered by what a sentence says of the first.
import { analyzeFrenchTerms } from '../analysis/analyzeFrench.ts';
import { FRENCH_ENDPOINT_ADJECTIVES } from '../language/questionVocabulary.ts';

/** The analysed terms of the last of a series ("dernier", "final", "ultime"). */
const LAST_TERMS: ReadonlySet<string> = new Set(FRENCH_ENDPOINT_ADJECTIVES.end.flatMap((w) => analyzeFrenchTerms(w)));

/** Whether an analysed term says a rank: an ordinal ("deuxième", "2e" → "2e") or the last. */
export function isRankTerm(term: string): boolean {
  return /^\d+e$/.test(term) || LAST_TERMS.has(term);
}

type Alternatives = ReadonlyArray<{ terms: readonly string[]; factor: number }>;
// Asked of every passage scored: read once per concept.
const asked = new WeakMap<Alternatives, readonly string[]>();

/** The ranks a concept of the question asks, as the terms it is said by in full: none for most concepts. */
export function ranksAsked(alternatives: Alternatives): readonly string[] {
  let ranks = asked.get(alternatives);
  if (!ranks) {
    const inFull = alternatives.filter((a) => a.factor === 1 && a.terms.length === 1 && isRankTerm(a.terms[0]!));
    ranks = Array.from(inFull, (a) => a.terms[0]!);
    asked.set(alternatives, ranks);
  }
  return ranks;
}

/** Whether a passage's terms say a rank, and only ranks other than those asked. */
export function saysOtherRank(terms: ReadonlySet<string>, asked: readonly string[]): boolean {
  let other = false;
  for (const t of terms) {
    if (asked.includes(t)) return false;
    if (isRankTerm(t)) other = true;
  }
  return other;
}
