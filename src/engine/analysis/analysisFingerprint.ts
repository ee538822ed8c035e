// What identifies the analysis chain's output: a saved index (snapshot, PostgreSQL generation) holds
// the terms of one version of it and must be rebuilt when it changes — a new lemma table, a new
// stopword list, or a change to the chain's code, marked by ANALYSIS_VERSION. The lemma table counts by
// the sha256 its builder writes beside it (checked against the table by the tests): hashing its 7 MB
// took 40-60 ms of every start-up.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { FRENCH_STOPWORDS } from '../language/functionWords.ts';

/** Bump when the analysis code changes what terms it emits. */
export const ANALYSIS_VERSION = 15;

export const LEMMA_TABLE = new URL('../language/data/french-lemmas.tsv', import.meta.url);
export const LEMMA_TABLE_DIGEST = new URL('../language/data/french-lemmas.tsv.sha256', import.meta.url);

let fingerprint: string | undefined;

/** A short hash of the analysis code version and the data it reads. */
export function analysisFingerprint(): string {
  if (fingerprint === undefined) {
    const hash = createHash('sha256').update(`analysis ${ANALYSIS_VERSION}\n`);
    hash.update(`lemmas ${readFileSync(LEMMA_TABLE_DIGEST, 'utf8').trim()}\n`);
    hash.update([...FRENCH_STOPWORDS].sort().join(' '));
    fingerprint = hash.digest('hex').slice(0, 16);
  }
  return fingerprint;
}

/** The fingerprint as a positive 31-bit integer, for stores that keep a numeric format version. */
export function analysisFingerprintNumber(): number {
  return Number.parseInt(analysisFingerprint().slice(0, 7), 16);
}
