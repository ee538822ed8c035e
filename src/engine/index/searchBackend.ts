// What the answering code needs from a search index, whatever stores it. Everything above this
// interface — question reading, ranking, the no-answer decision, excerpts — is shared by all backends,
// and every backend indexes the terms of the same French analysis chain.
import type { Passage } from './splitPassages.ts';

/** A document's citation data (its text lives in its passages). */
export interface IndexedDocument {
  source: string;
  file: string;
  title: string;
  date?: string;
  url?: string;
  territory?: string;
  tags: string[];
  /** Id of its first passage (the title); its passages are consecutive. */
  firstPassage: number;
  passageCount: number;
}

/** One concept of a question: any alternative (all of its terms) may match; weight is its rarity. */
export interface WeightedConcept {
  alternatives: ReadonlyArray<{ terms: readonly string[]; factor: number }>;
  weight: number;
}

export interface SimilarTerm {
  term: string;
  /** Levenshtein distance, as the vocabulary's fuzzy look-up counts it. */
  distance: number;
  /** Passages holding the term. */
  frequency: number;
}

export interface SearchBackend {
  readonly documents: readonly IndexedDocument[];
  readonly passageCount: number;
  passage(id: number): Passage | undefined;
  /** Passages holding the term (0 when the corpus never uses it). */
  documentFrequency(term: string): number;
  /** Corpus terms within `maxDistance` edits, for spelling correction. */
  similarTerms(term: string, maxDistance: number): SimilarTerm[];
  /** Whether the passage's own text holds the term. */
  passageHasTerm(id: number, term: string): boolean;
  /** The terms of the passage's own text. */
  passageTerms(id: number): ReadonlySet<string>;
  /**
   * Ids of up to `limit` passages whose own text covers the most concept weight, best first.
   * Approximate by design (context and title are scored later, by the shared ranker).
   */
  topPassages(concepts: readonly WeightedConcept[], limit: number): number[];
}
