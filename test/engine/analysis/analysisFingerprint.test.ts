// The analysis fingerprint stands for the lemma table through the digest its builder writes beside it:
// a table edited or rebuilt without its digest would let old snapshots be served with new analysis.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysisFingerprint, LEMMA_TABLE, LEMMA_TABLE_DIGEST } from '../../../src/engine/analysis/analysisFingerprint.ts';

describe('analysisFingerprint', () => {
  it('reads a lemma-table digest that matches the table (rebuild it with buildFrenchLemmas.ts)', () => {
    const actual = createHash('sha256').update(readFileSync(LEMMA_TABLE)).digest('hex');
    expect(readFileSync(LEMMA_TABLE_DIGEST, 'utf8')).toBe(`${actual}\n`);
  });

  it('is a short stable hex string', () => {
    expect(analysisFingerprint()).toMatch(/^[0-9a-f]{16}$/);
    expect(analysisFingerprint()).toBe(analysisFingerprint());
  });
});
