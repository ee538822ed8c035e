// What the answering code needs from a search index, whatever stores it. Everything above this
// interface — question reading, ranking, the no-answer decision, excerpts — is shared by all backends,
// and every backend indexes the terms of the same French analysis chain.
import type { DocumentMetadata } from '../types.ts';
import type { Passage } from './splitPassages.ts';

/** A document's citation data (its text lives in its passages). */
export interface IndexedDocument extends DocumentMetadata {
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

/** A passage and the terms of its own text. */
export interface PassageWithTerms {
  passage: Passage;
  terms: ReadonlySet<string>;
}

/**
 * Asynchronous and batched, so a backend in another process (PostgreSQL) answers a question in a few
 * round trips; in-process backends resolve at once.
 */
export interface SearchBackend {
  /** Every document, in memory (they are few and small beside their passages). */
  readonly documents: readonly IndexedDocument[];
  readonly passageCount: number;
  /** Passages holding each term (0 when the corpus never uses it). */
  documentFrequencies(terms: readonly string[]): Promise<Map<string, number>>;
  /** Corpus terms within `maxDistance` edits, for spelling correction. */
  similarTerms(term: string, maxDistance: number): Promise<readonly SimilarTerm[]>;
  /**
   * Ids of up to `limit` passages whose own text covers the most concept weight, best first.
   * Approximate by design (context and title are scored later, by the shared ranker).
   */
  topPassages(concepts: readonly WeightedConcept[], limit: number): Promise<number[]>;
  /** The passages with these ids (unknown ids left out), with their terms. */
  passagesWithTerms(ids: readonly number[]): Promise<Map<number, PassageWithTerms>>;
}
