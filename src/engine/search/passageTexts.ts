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

/** The passages' UTF-8 texts one after the other: what the blocks are cut from. */
export interface PassageTextBytes {
  bytes: Uint8Array;
  /** Byte offsets of each passage's text in `bytes` (n + 1 of them). */
  textOffsets: Uint32Array;
  /** The texts' total length in UTF-16 code units, as JavaScript counts a string's length. */
  characters: number;
}

/** Compressed blocks of consecutive passages, in order, and each one's size. */
export interface CompressedBlocks {
  bytes: Uint8Array;
  sizes: Uint32Array;
}

/** `shared`: in shared memory, for a build worker's chunk (the main thread and other workers read it in place). */
export function passageTextBytes(texts: readonly string[], shared = false): PassageTextBytes {
  // All the text in one buffer, each block a view of it: no string or buffer per block to collect.
  const textOffsets = new Uint32Array(texts.length + 1);
  let characters = 0;
  for (let i = 0; i < texts.length; i++) {
    textOffsets[i + 1] = textOffsets[i]! + Buffer.byteLength(texts[i]!, 'utf8');
    characters += texts[i]!.length;
  }
  const size = textOffsets[texts.length]!;
  const bytes = shared ? Buffer.from(new SharedArrayBuffer(size)) : Buffer.allocUnsafe(size);
  for (let i = 0; i < texts.length; i++) bytes.write(texts[i]!, textOffsets[i]!, 'utf8');
  return { bytes, textOffsets, characters };
}

/** One passage's text bytes, by passage id. */
export type PassageBytes = (passage: number) => Uint8Array;

export function bytesOfPassages({ bytes, textOffsets }: PassageTextBytes): PassageBytes {
  return (passage) => bytes.subarray(textOffsets[passage]!, textOffsets[passage + 1]!);
}

/**
 * A dictionary of passages spread evenly over the corpus: the phrases a corpus repeats (its
 * boilerplate, its field's vocabulary) are then found in it from any block. `characters`: the texts'
 * total length in UTF-16 code units.
 */
export function sampleDictionary(passages: number, characters: number, bytesOf: PassageBytes): Uint8Array {
  if (characters === 0) return new Uint8Array(0);
  const step = Math.max(1, Math.floor(passages / Math.max(1, Math.ceil(DICTIONARY_BYTES / (characters / passages)))));
  const picked: Uint8Array[] = [];
  const newline = Uint8Array.of(0x0a);
  let size = 0;
  for (let i = 0; i < passages && size < DICTIONARY_BYTES; i += step) {
    const bytes = bytesOf(i);
    picked.push(bytes, newline);
    size += bytes.byteLength + 1;
  }
  return new Uint8Array(Buffer.concat(picked).subarray(0, DICTIONARY_BYTES));
}

/** How many blocks `passages` passages make. */
export function blockCount(passages: number): number {
  return Math.ceil(passages / BLOCK_PASSAGES);
}

/** Passages in the blocks before `block`: where that block starts. */
export function firstPassageOfBlock(block: number): number {
  return block * BLOCK_PASSAGES;
}

/**
 * Compresses the passages `textOffsets` delimits in `bytes` (n + 1 offsets into `bytes`, the first
 * passage starting a block), BLOCK_PASSAGES at a time. Index builders compress ranges of blocks in
 * parallel this way: the result is the same as compressing them all at once.
 */
export function compressTextBlocks(bytes: Uint8Array, textOffsets: Uint32Array, dictionary: Uint8Array): CompressedBlocks {
  const passages = textOffsets.length - 1;
  const sizes = new Uint32Array(blockCount(passages));
  const compressed: Buffer[] = [];
  const options = dictionary.byteLength > 0 ? { dictionary, level: 6 } : { level: 6 };
  for (let b = 0; b < sizes.length; b++) {
    const first = textOffsets[b * BLOCK_PASSAGES]!;
    const last = textOffsets[Math.min(passages, (b + 1) * BLOCK_PASSAGES)]!;
    const block = deflateRawSync(bytes.subarray(first, last), options);
    compressed.push(block);
    sizes[b] = block.byteLength;
  }
  return { bytes: new Uint8Array(Buffer.concat(compressed)), sizes };
}

/** The text parts of an index from its passages' offsets, dictionary and compressed blocks (in order). */
export function passageTextParts(textOffsets: Uint32Array, dictionary: Uint8Array, blocks: readonly CompressedBlocks[]): PassageTextParts {
  const textBlockStart = new Uint32Array(blocks.reduce((sum, b) => sum + b.sizes.length, 0) + 1);
  let block = 0;
  for (const { sizes } of blocks) for (const size of sizes) textBlockStart[block + 1] = textBlockStart[block++]! + size;
  return { textOffsets, textBlocks: Buffer.concat(Array.from(blocks, (b) => b.bytes)), textBlockStart, textDictionary: dictionary };
}

export function compressPassageTexts(texts: readonly string[]): PassageTextParts {
  const textBytes = passageTextBytes(texts);
  const dictionary = sampleDictionary(texts.length, textBytes.characters, bytesOfPassages(textBytes));
  return passageTextParts(textBytes.textOffsets, dictionary, [compressTextBlocks(textBytes.bytes, textBytes.textOffsets, dictionary)]);
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
