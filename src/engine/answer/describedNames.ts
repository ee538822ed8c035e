// "Jean Martin, maire de Vallon, … Pour le maire, hors de question de céder": a press release introduces
// a person or a body once by name with the noun of its role, then calls it by that noun alone. A sentence
// that says the noun so ("le maire", "la présidente", "le syndicat") speaks of the name, however far from it.
import { foldKeepingOffsets, foldWord } from '../language/foldText.ts';
import { describesWho } from '../language/functionWords.ts';
import type { DocumentView } from './gatherCandidates.ts';
import { passageTokens } from './passageTokens.ts';
import type { ResolvedConcept } from './resolveConcepts.ts';

/** How much a name counts in a sentence that calls it by the noun it was introduced with. */
export const DESCRIBED_NAME = 0.8;

// "Jean Martin, maire de…", "Vallon Fibre, le syndicat qui…": the noun of an apposition after the name.
const NOUN_AFTER = /^(?:[\s-]+\p{Lu}[\p{L}'’-]*)*\s*,\s*(?:(?:l['’]\s*|le\s+|la\s+|un\s+|une\s+))?(\p{L}[\p{L}-]*)/u;
// "le syndicat Vallon Fibre", "la présidente, Anne Roux": the noun with its article right before the name.
const NOUN_BEFORE = /(?:^|[^\p{L}])(?:l['’]\s*|le\s+|la\s+)(\p{L}[\p{L}-]*)\s*,?\s*$/iu;
const BEFORE_REACH = 40;

/**
 * The nouns of roles or bodies the document introduces name `c` with, folded: "maire" for "Jean Martin,
 * maire de Vallon".
 */
function introducedWith(view: DocumentView, concept: ResolvedConcept, c: number, own: readonly Float64Array[]): Set<string> {
  const terms = new Set(concept.alternatives.flatMap((a) => a.terms));
  const nouns = new Set<string>();
  own.forEach((row, k) => {
    if (row[c]! < 1) return;
    const { text } = view.passages[k]!.passage;
    const said = passageTokens(view.passages[k]!.passage).filter((t) => terms.has(t.term));
    if (said.length === 0) return;
    const after = NOUN_AFTER.exec(text.slice(said[said.length - 1]!.end))?.[1];
    const before = NOUN_BEFORE.exec(text.slice(Math.max(0, said[0]!.start - BEFORE_REACH), said[0]!.start))?.[1];
    for (const noun of [after, before]) if (noun !== undefined && describesWho(noun)) nouns.add(foldWord(noun));
  });
  return nouns;
}

/**
 * The definite description of one of `nouns` with no complement saying which one it is: "pour le
 * maire", "la présidente assure", not "le maire de Bourg" (another town's).
 */
function descriptionOf(nouns: ReadonlySet<string>): RegExp {
  // (the nouns are folded words, letters and hyphens: nothing to escape)
  const alternatives = [...nouns].join('|');
  return new RegExp(
    `(?:^|[^\\p{L}])(?:l'\\s*|le\\s+|la\\s+|au\\s+|du\\s+)(?:${alternatives})(?![\\p{L}-])(?!\\s*(?:d'|(?:de|du|des)(?!\\p{L})))`,
    'u',
  );
}

/** Each name of the question counts DESCRIBED_NAME in the sentences that call it by the noun it was introduced with. */
export function withDescribedNames(view: DocumentView, concepts: readonly ResolvedConcept[], own: Float64Array[]): void {
  // (each passage folded once, and only when a name of the question was introduced with a noun)
  const folded: string[] = [];
  const foldedAt = (k: number) => (folded[k] ??= foldKeepingOffsets(view.passages[k]!.passage.text));
  concepts.forEach((concept, c) => {
    if (concept.concept.kind !== 'name') return;
    const nouns = introducedWith(view, concept, c, own);
    if (nouns.size === 0) return;
    const description = descriptionOf(nouns);
    own.forEach((row, k) => {
      if (row[c]! < DESCRIBED_NAME && description.test(foldedAt(k))) row[c] = DESCRIBED_NAME;
    });
  });
}
