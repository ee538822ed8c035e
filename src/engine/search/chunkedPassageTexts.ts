// The passage texts of a chunked build (compactIndexAssembly.ts): each chunk's bytes stay in the shared
// buffer its worker wrote them to, never copied into one; offsets run over all of them. Build workers
// compress ranges of blocks from views of these buffers (passageTexts.ts lays the blocks out).
import { lastStartingAtOrBefore } from './passageRuns.ts';
import type { PassageTextBytes } from './passageTexts.ts';
import { grown } from './termPostings.ts';

interface Piece {
  bytes: Uint8Array;
  /** Offset of its first byte in the texts taken together. */
  start: number;
  firstPassage: number;
}

export class ChunkedPassageTexts {
  private readonly pieces: Piece[] = [];
  private offsets = new Uint32Array(1024);
  private passages = 0;
  /** The texts' total length in UTF-16 code units. */
  characters = 0;

  /** The next chunk's texts. */
  add(text: PassageTextBytes): void {
    const start = this.offsets[this.passages]!;
    this.pieces.push({ bytes: text.bytes, start, firstPassage: this.passages });
    const count = text.textOffsets.length - 1;
    while (this.passages + count + 1 > this.offsets.length) this.offsets = grown(this.offsets);
    for (let i = 1; i <= count; i++) this.offsets[this.passages + i] = start + text.textOffsets[i]!;
    this.passages += count;
    this.characters += text.characters;
  }

  get count(): number {
    return this.passages;
  }

  /** Byte offsets of each passage's text (count + 1 of them). */
  textOffsets(): Uint32Array {
    return this.offsets.slice(0, this.passages + 1);
  }

  bytesOf(passage: number): Uint8Array {
    const piece = this.pieces[lastStartingAtOrBefore(this.pieces, passage)]!;
    return piece.bytes.subarray(this.offsets[passage]! - piece.start, this.offsets[passage + 1]! - piece.start);
  }

  /** Bytes [start, end) of the texts taken together, as views of the chunks' buffers, in order. */
  range(start: number, end: number): Uint8Array[] {
    const out: Uint8Array[] = [];
    for (const piece of this.pieces) {
      const pieceEnd = piece.start + piece.bytes.byteLength;
      if (pieceEnd <= start || piece.start >= end) continue;
      out.push(piece.bytes.subarray(Math.max(start, piece.start) - piece.start, Math.min(end, pieceEnd) - piece.start));
    }
    return out;
  }
}
