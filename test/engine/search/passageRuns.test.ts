// Which run of consecutive passages (a document, a piece of text) holds a passage.
import { describe, expect, it } from 'vitest';
import { lastStartingAtOrBefore } from '../../../src/engine/search/passageRuns.ts';

describe('lastStartingAtOrBefore', () => {
  // Three documents: passages 0–3, 4–4, 5–9.
  const runs = [{ firstPassage: 0 }, { firstPassage: 4 }, { firstPassage: 5 }];

  it('finds the run holding each passage', () => {
    expect([0, 3, 4, 5, 9].map((p) => lastStartingAtOrBefore(runs, p))).toEqual([0, 0, 1, 2, 2]);
  });

  it('answers 0 for a single run and for an empty table', () => {
    expect(lastStartingAtOrBefore([{ firstPassage: 0 }], 7)).toBe(0);
    expect(lastStartingAtOrBefore([], 7)).toBe(0);
  });
});
