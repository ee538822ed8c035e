// Ascending integer lists (posting lists, a passage's term ids) stored as the gaps between neighbours,
// each gap a LEB128 varint: 7 bits a byte, the high bit set on every byte but a gap's last. A common
// term's postings are mostly one byte each instead of four. The compact index's snapshot and the
// PostgreSQL backend's posting lists use this one format.

/** Appends varint bytes to a buffer that grows as needed. */
export class VarintWriter {
  private bytes = new Uint8Array(1 << 16);
  length = 0;

  /** Appends the ascending `values[start..end)` as gaps (the first one from 0). */
  writeSorted(values: ArrayLike<number>, start = 0, end = values.length): void {
    this.ensure((end - start) * 5);
    let previous = 0;
    let at = this.length;
    const bytes = this.bytes;
    for (let i = start; i < end; i++) {
      const value = values[i]!;
      let gap = value - previous;
      if (gap < 0) throw new Error('sorted varints: values must ascend');
      previous = value;
      while (gap >= 0x80) {
        bytes[at++] = (gap & 0x7f) | 0x80;
        gap >>>= 7;
      }
      bytes[at++] = gap;
    }
    this.length = at;
  }

  private ensure(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + extra) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.bytes.subarray(0, this.length));
    this.bytes = bigger;
  }

  /** The bytes written, in an array of their own. */
  toBytes(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** One ascending list as varint bytes. */
export function encodeSorted(values: ArrayLike<number>): Uint8Array {
  const writer = new VarintWriter();
  writer.writeSorted(values);
  return writer.toBytes();
}

// Values stay below 2^31 (passage and term ids), so shifting in 32-bit integers never overflows.

/**
 * Decodes `bytes[start..end)` into `into` (which must have room for every value) and returns how many
 * values there were.
 */
export function decodeSorted(bytes: Uint8Array, start: number, end: number, into: Uint32Array): number {
  let count = 0;
  let value = 0;
  let i = start;
  while (i < end) {
    let b = bytes[i++]!;
    let gap = b & 0x7f;
    let shift = 7;
    while (b & 0x80) {
      b = bytes[i++]!;
      gap |= (b & 0x7f) << shift;
      shift += 7;
    }
    value += gap;
    into[count++] = value;
  }
  return count;
}

/** Whether the list in `bytes[start..end)` holds `wanted` (a linear walk: these lists are short). */
export function sortedHolds(bytes: Uint8Array, start: number, end: number, wanted: number): boolean {
  let value = 0;
  let i = start;
  while (i < end) {
    let b = bytes[i++]!;
    let gap = b & 0x7f;
    let shift = 7;
    while (b & 0x80) {
      b = bytes[i++]!;
      gap |= (b & 0x7f) << shift;
      shift += 7;
    }
    value += gap;
    if (value >= wanted) return value === wanted;
  }
  return false;
}
