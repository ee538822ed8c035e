// The passages' texts, compressed in blocks of consecutive passages and decompressed only when a
// question reads them. Text is most of an index (about half of the 100,000-document benchmark's
// snapshot before compression); a question reads a few documents, i.e. a few blocks. Each block is
// raw DEFLATE (node:zlib, no dependency) with a preset dictionary sampled from the corpus, so blocks
// small enough to decode in microseconds still compress like a whole file would.
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** Passages per block: a document's passages usually fall in one or two blocks. */
const BLOCK_PASSAGES = 32;
/** DEFLATE looks back 32 KiB at most: a longer dictionary would never be used. */
const DICTIONARY_BYTES = 32 * 1024;
/** Decoded blocks kept: the documents a question reads, and those of the question before. */
const CACHED_BLOCKS = 64;

export interface PassageTextParts {
  /** Byte offsets of each passage's UTF-8 text in the uncompressed stream (n + 1 of them). */
  textOffsets: Uint32Array;
  /** The compressed blocks, one after the other. */
  textBlocks: Uint8Array;
  /** Where each block starts in textBlocks (blocks + 1 of them). */
  textBlockStart: Uint32Array;
  /** The preset dictionary every block was compressed with. */
  textDictionary: Uint8Array;
}

/**
 * A dictionary of passages spread evenly over the corpus: the phrases a corpus repeats (its
 * boilerplate, its field's vocabulary) are then found in it from any block.
 */
function sampleDictionary(texts: readonly string[]): Buffer {
  const total = texts.reduce((sum, t) => sum + t.length, 0);
  if (total === 0) return Buffer.alloc(0);
  const step = Math.max(1, Math.floor(texts.length / Math.max(1, Math.ceil(DICTIONARY_BYTES / (total / texts.length)))));
  const picked: Buffer[] = [];
  let size = 0;
  for (let i = 0; i < texts.length && size < DICTIONARY_BYTES; i += step) {
    const bytes = Buffer.from(`${texts[i]}\n`, 'utf8');
    picked.push(bytes);
    size += bytes.byteLength;
  }
  return Buffer.concat(picked).subarray(0, DICTIONARY_BYTES);
}

export function compressPassageTexts(texts: readonly string[]): PassageTextParts {
  const dictionary = sampleDictionary(texts);
  // All the text in one buffer, each block a view of it: no string or buffer per block to collect.
  const textOffsets = new Uint32Array(texts.length + 1);
  for (let i = 0; i < texts.length; i++) textOffsets[i + 1] = textOffsets[i]! + Buffer.byteLength(texts[i]!, 'utf8');
  const all = Buffer.allocUnsafe(textOffsets[texts.length]!);
  for (let i = 0; i < texts.length; i++) all.write(texts[i]!, textOffsets[i]!, 'utf8');
  const blockCount = Math.ceil(texts.length / BLOCK_PASSAGES);
  const textBlockStart = new Uint32Array(blockCount + 1);
  const compressed: Buffer[] = [];
  const options = dictionary.byteLength > 0 ? { dictionary, level: 6 } : { level: 6 };
  for (let b = 0; b < blockCount; b++) {
    const first = textOffsets[b * BLOCK_PASSAGES]!;
    const last = textOffsets[Math.min(texts.length, (b + 1) * BLOCK_PASSAGES)]!;
    const bytes = deflateRawSync(all.subarray(first, last), options);
    compressed.push(bytes);
    textBlockStart[b + 1] = textBlockStart[b]! + bytes.byteLength;
  }
  return { textOffsets, textBlocks: Buffer.concat(compressed), textBlockStart, textDictionary: new Uint8Array(dictionary) };
}

export class PassageTexts {
  private readonly cache = new Map<number, Buffer>();
  private readonly blocks: Buffer;
  private readonly dictionary: Buffer;

  constructor(private readonly parts: PassageTextParts) {
    const { textBlocks, textDictionary } = parts;
    this.blocks = Buffer.from(textBlocks.buffer, textBlocks.byteOffset, textBlocks.byteLength);
    this.dictionary = Buffer.from(textDictionary.buffer, textDictionary.byteOffset, textDictionary.byteLength);
  }

  /** Whether the parts describe `count` passages consistently. */
  static consistent(parts: PassageTextParts, count: number): boolean {
    const { textOffsets, textBlocks, textBlockStart, textDictionary } = parts;
    return (
      textOffsets?.length === count + 1 &&
      textDictionary instanceof Uint8Array &&
      textBlockStart?.length === Math.ceil(count / BLOCK_PASSAGES) + 1 &&
      textBlockStart[textBlockStart.length - 1] === textBlocks?.byteLength
    );
  }

  text(id: number): string {
    const block = Math.floor(id / BLOCK_PASSAGES);
    const bytes = this.block(block);
    const base = this.parts.textOffsets[block * BLOCK_PASSAGES]!;
    return bytes.toString('utf8', this.parts.textOffsets[id]! - base, this.parts.textOffsets[id + 1]! - base);
  }

  private block(b: number): Buffer {
    const cached = this.cache.get(b);
    if (cached) {
      // Most recently used last: Map keeps insertion order.
      this.cache.delete(b);
      this.cache.set(b, cached);
      return cached;
    }
    const start = this.parts.textBlockStart[b]!;
    const end = this.parts.textBlockStart[b + 1]!;
    const bytes = inflateRawSync(this.blocks.subarray(start, end), this.dictionary.byteLength > 0 ? { dictionary: this.dictionary } : {});
    this.cache.set(b, bytes);
    if (this.cache.size > CACHED_BLOCKS) this.cache.delete(this.cache.keys().next().value!);
    return bytes;
  }
}
