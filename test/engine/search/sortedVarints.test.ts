// Ascending id lists as varint gaps: what the compact index's snapshot and PostgreSQL's posting lists hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSorted, encodeSorted, sortedHolds, VarintWriter } from '../../../src/engine/search/sortedVarints.ts';

const ascending = fc
  .uniqueArray(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { maxLength: 300 })
  .map((values) => values.sort((a, b) => a - b));

describe('sorted varints', () => {
  it('decode to the values encoded, whatever their gaps', () => {
    fc.assert(
      fc.property(ascending, (values) => {
        const bytes = encodeSorted(values);
        const into = new Uint32Array(values.length);
        expect(decodeSorted(bytes, 0, bytes.byteLength, into)).toBe(values.length);
        expect(Array.from(into)).toEqual(values);
      }),
    );
  });

  it('answer membership without decoding the whole list', () => {
    fc.assert(
      fc.property(ascending, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (values, probe) => {
        const bytes = encodeSorted(values);
        expect(sortedHolds(bytes, 0, bytes.byteLength, probe)).toBe(values.includes(probe));
        for (const v of values.slice(0, 5)) expect(sortedHolds(bytes, 0, bytes.byteLength, v)).toBe(true);
      }),
    );
  });

  it('spend one byte on each gap below 128: a common term costs about a byte a passage', () => {
    const everyOther = Array.from({ length: 1000 }, (_, i) => i * 2);
    expect(encodeSorted(everyOther).byteLength).toBe(1000);
    expect(encodeSorted([0, 128, 128 + 16384]).byteLength).toBe(1 + 2 + 3);
  });

  it('keep several lists end to end, each readable by its byte range', () => {
    const writer = new VarintWriter();
    writer.writeSorted([3, 7, 300]);
    const middle = writer.length;
    writer.writeSorted([5, 6], 0, 2);
    const bytes = writer.toBytes();
    const into = new Uint32Array(3);
    expect(Array.from(into.subarray(0, decodeSorted(bytes, middle, bytes.byteLength, into)))).toEqual([5, 6]);
    expect(Array.from(into.subarray(0, decodeSorted(bytes, 0, middle, into)))).toEqual([3, 7, 300]);
  });

  it('refuse values that do not ascend', () => {
    expect(() => encodeSorted([5, 3])).toThrow(/ascend/);
  });
});
