// A run of consecutive documents cut into passages and analysed away from the index being built (in a
// build worker, see compactBuildWorker.ts): texts as UTF-8 bytes and terms as ids of the worker's own
// vocabulary, in typed arrays a worker hands over without copying. compactIndexAssembly.ts joins the
// chunks, in document order, into exactly the index one thread would have built.
import type { CorpusDocument } from '../types.ts';
import { analyzeFrenchTerms } from '../analysis/analyzeFrench.ts';
import { buildPassageTable, PASSAGE_KINDS } from './passageTable.ts';
import { passageTextBytes, type PassageTextBytes } from './passageTexts.ts';
import type { IndexedDocument } from './searchBackend.ts';
import { TermNumbering } from './termNumbering.ts';
import { grown } from './termPostings.ts';

export interface PassageChunk {
  /** Passage ids (firstPassage, passageContext) count from the chunk's first passage. */
  documents: IndexedDocument[];
  passageKind: Uint8Array;
  passageContext: Int32Array;
  text: PassageTextBytes;
  /** Terms the vocabulary met first in this chunk, in id order; the first has id `firstNewTerm`. */
  newTerms: string[];
  firstNewTerm: number;
  /** Where each passage's term ids start in `termIds` (passages + 1 of them). */
  termStart: Uint32Array;
  /** Each passage's terms (vocabulary ids), each once, in the order the text first has them. */
  termIds: Uint32Array;
}

// Press releases repeat whole sentences ("Contact presse :", an "À propos de…" paragraph, a partner's
// boilerplate): a passage met before takes its terms from here instead of being analysed again. Bounded,
// and emptied when full, as the analysis's own token cache is.
const PASSAGE_CACHE_LIMIT = 50_000;

/** Term ids of one worker, kept from chunk to chunk: each term string crosses to the main thread once. */
export class ChunkVocabulary {
  private readonly passageTerms = new Map<string, Uint32Array>();
  private readonly numbering = new TermNumbering();
  /** Terms already handed over with an earlier chunk. */
  private handedOver = 0;
  /** Passages analysed so far, less one: the number of the one being analysed. */
  private passage = -1;

  /** The distinct term ids of a passage's text, in the order the text first has them. */
  termsOf(text: string): Uint32Array {
    let ids = this.passageTerms.get(text);
    if (ids === undefined) {
      ids = this.analyzed(text);
      if (this.passageTerms.size >= PASSAGE_CACHE_LIMIT) this.passageTerms.clear();
      this.passageTerms.set(text, ids);
    }
    return ids;
  }

  private analyzed(text: string): Uint32Array {
    this.passage++;
    const out: number[] = [];
    for (const term of analyzeFrenchTerms(text)) {
      const id = this.numbering.idIfNewIn(term, this.passage);
      if (id >= 0) out.push(id);
    }
    return Uint32Array.from(out);
  }

  /** The terms added since the last call, and the id of the first. */
  takeNewTerms(): { newTerms: string[]; firstNewTerm: number } {
    const firstNewTerm = this.handedOver;
    const { terms } = this.numbering;
    this.handedOver = terms.length;
    return { newTerms: terms.slice(firstNewTerm), firstNewTerm };
  }
}

export function analyzeChunk(corpus: readonly CorpusDocument[], vocabulary: ChunkVocabulary): PassageChunk {
  const { documents, passages } = buildPassageTable(corpus);
  const texts = Array.from(passages, (p) => p.text);
  const termStart = new Uint32Array(texts.length + 1);
  let termIds = new Uint32Array(1024);
  let count = 0;
  for (let i = 0; i < texts.length; i++) {
    const ids = vocabulary.termsOf(texts[i]!);
    while (count + ids.length > termIds.length) termIds = grown(termIds);
    termIds.set(ids, count);
    count += ids.length;
    termStart[i + 1] = count;
  }
  return {
    documents,
    passageKind: Uint8Array.from(passages, (p) => PASSAGE_KINDS.indexOf(p.kind)),
    passageContext: Int32Array.from(passages, (p) => p.contextId),
    // Shared: the main thread keeps it as it is, and the workers compress it from there.
    text: passageTextBytes(texts, true),
    ...vocabulary.takeNewTerms(),
    termStart,
    termIds: termIds.slice(0, count),
  };
}

/** The buffers a chunk can hand over to another thread instead of copying them (its text is shared already). */
export function chunkBuffers(chunk: PassageChunk): ArrayBuffer[] {
  const { passageKind, passageContext, text, termStart, termIds } = chunk;
  return Array.from([passageKind, passageContext, text.textOffsets, termStart, termIds], (a) => a.buffer as ArrayBuffer);
}
