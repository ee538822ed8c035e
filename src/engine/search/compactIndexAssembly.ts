// Joins passage chunks (passageChunk.ts), analysed by build workers, into the parts of one compact
// index: the same parts, byte for byte, as CompactIndex.build over the same documents. Chunks come in
// document order; a worker's term ids are mapped to the index's as a single thread would have numbered
// them (in the order of first appearance over the corpus), so terms, postings and statistics agree.
import type { PassageChunk } from './passageChunk.ts';
import { ChunkedPassageTexts } from './chunkedPassageTexts.ts';
import type { IndexedDocument } from './searchBackend.ts';
import { TermNumbering } from './termNumbering.ts';
import { grown, PassageTermLists, type TermPostings } from './termPostings.ts';

/** One worker's vocabulary as the main thread learns it, and its ids' index ids once known. */
export class WorkerVocabulary {
  private readonly terms: string[] = [];
  private indexIds = new Int32Array(1024).fill(-1);

  /** A chunk's new terms (chunks of one worker may be learnt in any order). */
  learn(chunk: Pick<PassageChunk, 'newTerms' | 'firstNewTerm'>): void {
    chunk.newTerms.forEach((term, i) => (this.terms[chunk.firstNewTerm + i] = term));
  }

  term(id: number): string {
    const term = this.terms[id];
    if (term === undefined) throw new Error(`compact index assembly: term ${id} of a worker was never handed over`);
    return term;
  }

  indexId(id: number): number {
    return id < this.indexIds.length ? this.indexIds[id]! : -1;
  }

  setIndexId(id: number, indexId: number): void {
    if (id >= this.indexIds.length) {
      const bigger = new Int32Array(Math.max(id + 1, this.indexIds.length * 2)).fill(-1);
      bigger.set(this.indexIds);
      this.indexIds = bigger;
    }
    this.indexIds[id] = indexId;
  }
}

/** Everything of a compact index but its passage texts. */
export interface AssembledIndex extends TermPostings {
  documents: IndexedDocument[];
  passageKind: Uint8Array;
  passageContext: Int32Array;
}

export class CompactIndexAssembly {
  private readonly documents: IndexedDocument[] = [];
  private readonly kinds: Uint8Array[] = [];
  private readonly contexts: Int32Array[] = [];
  /** Every chunk's texts, as they came. */
  readonly texts = new ChunkedPassageTexts();
  private readonly numbering = new TermNumbering();
  private readonly lists = new PassageTermLists();
  private passages = 0;
  private own = new Uint32Array(256);

  /** The next chunk in document order; `vocabulary` is that of the worker that analysed it. */
  add(chunk: PassageChunk, vocabulary: WorkerVocabulary): void {
    const base = this.passages;
    for (const d of chunk.documents) this.documents.push({ ...d, firstPassage: d.firstPassage + base });
    const context = chunk.passageContext;
    for (let i = 0; i < context.length; i++) if (context[i]! >= 0) context[i]! += base;
    this.kinds.push(chunk.passageKind);
    this.contexts.push(context);
    this.texts.add(chunk.text);
    this.addTerms(chunk, vocabulary);
    this.passages += chunk.passageKind.length;
  }

  private addTerms(chunk: PassageChunk, vocabulary: WorkerVocabulary): void {
    const { termStart, termIds } = chunk;
    for (let p = 0; p + 1 < termStart.length; p++) {
      const start = termStart[p]!;
      const count = termStart[p + 1]! - start;
      while (this.own.length < count) this.own = grown(this.own);
      for (let k = 0; k < count; k++) {
        const id = termIds[start + k]!;
        let indexId = vocabulary.indexId(id);
        if (indexId < 0) {
          // Numbered on first appearance over the corpus, as CompactIndex.build numbers them.
          indexId = this.numbering.idOf(vocabulary.term(id));
          vocabulary.setIndexId(id, indexId);
        }
        this.own[k] = indexId;
      }
      this.lists.add(this.own.subarray(0, count));
    }
  }

  /** Every chunk added: the rest of the index (its postings take a while: the texts can be compressed meanwhile). */
  finish(): AssembledIndex {
    return {
      documents: this.documents,
      passageKind: concatenated(this.kinds, (n) => new Uint8Array(n)),
      passageContext: concatenated(this.contexts, (n) => new Int32Array(n)),
      ...this.lists.finish(this.numbering.terms),
    };
  }
}

function concatenated<T extends Uint8Array | Int32Array>(arrays: readonly T[], make: (length: number) => T): T {
  const out = make(arrays.reduce((sum, a) => sum + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a as ArrayLike<number>, at);
    at += a.length;
  }
  return out;
}
