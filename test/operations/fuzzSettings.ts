// How the property tests run: a seed chosen up front and printed whenever a test fails (a timeout
// included, where fast-check never gets to report it), and FUZZ_RUNS to scale the long runs.
//
//   FUZZ_SEED=123456 npx vitest run test/operations      replays a failure
//   FUZZ_RUNS=10000 npx vitest run test/operations/fuzzCorpora.test.ts
import fc from 'fast-check';
import { onTestFailed } from 'vitest';

const fromEnvironment = (name: string): number | undefined => {
  const value = Number(process.env[name]);
  return Number.isSafeInteger(value) && value > 0 ? value : undefined;
};

/** Generated questions per backend in the generated-corpora fuzz; small by default so `npm test` stays quick. */
export const FUZZ_RUNS = fromEnvironment('FUZZ_RUNS');

export const FUZZ_SEED = fromEnvironment('FUZZ_SEED') ?? (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) >>> 0;

/**
 * fast-check parameters for one property: the run's seed, and a line naming it when the test fails.
 * Call inside the test (it registers an onTestFailed hook).
 */
export function fuzzParameters<T>(numRuns: number): fc.Parameters<T> {
  onTestFailed(() => {
    console.error(`fast-check seed ${FUZZ_SEED} (replay with FUZZ_SEED=${FUZZ_SEED}; numRuns ${numRuns})`);
  });
  return { seed: FUZZ_SEED, numRuns };
}
