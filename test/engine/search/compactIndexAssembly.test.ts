// Chunks analysed by two workers' vocabularies (here in this thread), joined in document order, make the
// compact index one thread builds over the same documents: every part, byte for byte.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/engine/corpus/loadCorpus.ts';
import { CompactIndex } from '../../../src/engine/search/compactIndex.ts';
import { CompactIndexAssembly, WorkerVocabulary } from '../../../src/engine/search/compactIndexAssembly.ts';
import { analyzeChunk, ChunkVocabulary } from '../../../src/engine/search/passageChunk.ts';
import { compressTextBlocks, passageTextParts, sampleDictionary } from '../../../src/engine/search/passageTexts.ts';
import type { CorpusDocument } from '../../../src/engine/types.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
let corpus: CorpusDocument[];

beforeAll(async () => {
  const folders = ['corpus', 'test/fixtures/conversation', 'test/fixtures/corpus/formats', 'test/fixtures/reindex'];
  const loaded = await Promise.all(folders.map((folder) => loadCorpus(path.join(repoRoot, folder))));
  corpus = loaded.flatMap((l) => l.documents);
});

/** The corpus cut into runs of `size` documents, each analysed by one of two workers in turn, chunks arriving out of order. */
function assembled(documents: readonly CorpusDocument[], size: number): CompactIndex {
  const workers = [new ChunkVocabulary(), new ChunkVocabulary()];
  const learnt = [new WorkerVocabulary(), new WorkerVocabulary()];
  const chunks = [];
  for (let start = 0, run = 0; start < documents.length; start += size, run++) {
    const worker = run % 3 === 0 ? 0 : 1;
    // A copy, as crossing to another thread makes one.
    chunks.push({ worker, chunk: structuredClone(analyzeChunk(documents.slice(start, start + size), workers[worker]!)) });
  }
  // Each worker's chunks arrive in its own order, but the two workers' interleave any way.
  for (const { worker, chunk } of [...chunks].reverse()) learnt[worker]!.learn(chunk);
  const assembly = new CompactIndexAssembly();
  for (const { worker, chunk } of chunks) assembly.add(chunk, learnt[worker]!);
  const { texts } = assembly;
  const dictionary = sampleDictionary(texts.count, texts.characters, (p) => texts.bytesOf(p));
  const textOffsets = texts.textOffsets();
  const whole = texts.range(0, textOffsets[texts.count]!);
  const bytes = Buffer.concat(whole);
  return CompactIndex.fromParts({
    ...assembly.finish(),
    ...passageTextParts(textOffsets, dictionary, [compressTextBlocks(bytes, textOffsets, dictionary)]),
  });
}

describe('CompactIndexAssembly', () => {
  it.each([1, 2, 5])('joins chunks of %i documents into the index CompactIndex.build makes', (size) => {
    const built = CompactIndex.build(corpus).toParts();
    const joined = assembled(corpus, size).toParts();
    expect(joined).toEqual(built);
    expect(JSON.stringify(joined.documents)).toBe(JSON.stringify(built.documents));
  });

  it('numbers terms in order of first appearance over the whole corpus', () => {
    const { terms } = assembled(corpus, 2).toParts();
    expect(terms).toEqual(CompactIndex.build(corpus).toParts().terms);
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('makes an empty index from no chunk', () => {
    const assembly = new CompactIndexAssembly();
    const parts = { ...assembly.finish(), ...passageTextParts(assembly.texts.textOffsets(), new Uint8Array(0), []) };
    expect(parts).toEqual(CompactIndex.build([]).toParts());
  });
});
