// Relais's default index: an inverted index in typed arrays. Posting lists (term → passages) and each
// passage's own terms are ascending id lists stored as varint gaps (sortedVarints.ts), passage texts are
// compressed in small blocks (passageTexts.ts), so the snapshot is a few binary blocks that load without
// parsing and are decoded only where a question looks. Ranking is term at a time with MaxScore pruning
// (maxScoreRanking.ts): common terms are checked only against the candidates rarer terms already found.
//
// Why not MiniSearch as the default (it remains a backend, SEARCH_BACKEND=minisearch): MiniSearch
// scores every posting of every query term into a Map of result objects; on the 100,000-document
// benchmark corpus, whose posting lists are long, that alone exceeds the latency budget, and its
// JSON snapshot is slow to load. Fuzzy look-ups walk the sorted vocabulary (termVocabulary.ts).
import type { CorpusDocument } from '../types.ts';
import { type PostingSource, rankByMaxScore, RankingScratch } from './maxScoreRanking.ts';
import { buildPassageTable, PASSAGE_KINDS } from './passageTable.ts';
import { compressPassageTexts, PassageTexts, type PassageTextParts } from './passageTexts.ts';
import { InProcessIndex } from './inProcessIndex.ts';
import type { IndexedDocument, SimilarTerm, WeightedConcept } from './searchBackend.ts';
import { decodeSorted, sortedHolds } from './sortedVarints.ts';
import { DenseMembership, hasBit } from './denseMembership.ts';
import { buildTermPostings, type TermPostings } from './termPostings.ts';
import { lastStartingAtOrBefore } from './passageRuns.ts';
import { TermVocabulary } from './termVocabulary.ts';
import type { Passage } from './splitPassages.ts';

/** The arrays a compact index is made of: what its snapshot stores. */
export interface CompactIndexParts extends PassageTextParts, TermPostings {
  documents: IndexedDocument[];
  passageKind: Uint8Array;
  passageContext: Int32Array;
}

export class CompactIndex extends InProcessIndex implements PostingSource {
  private readonly termIds = new Map<string, number>();
  private readonly vocabulary: TermVocabulary;
  private readonly texts: PassageTexts;
  private readonly dense: DenseMembership;
  // Scratch space, allocated on first use and reused (ranking is synchronous).
  private scratch: RankingScratch | undefined;
  private postingBuffer: Uint32Array | undefined;
  private readonly termBuffer = new Uint32Array(4096);
  /** Postings visited and term look-ups made by the last ranking: machine-independent cost, for the benchmark. */
  lastRankingWork = 0;

  private constructor(
    readonly documents: IndexedDocument[],
    private readonly parts: CompactIndexParts,
  ) {
    super();
    parts.terms.forEach((t, i) => this.termIds.set(t, i));
    this.vocabulary = new TermVocabulary(parts.terms, parts.termFrequency);
    this.texts = new PassageTexts(parts);
    this.dense = new DenseMembership(
      this.passageCount,
      parts.terms.length,
      (id) => this.frequency(id),
      (id) => this.postings(id),
    );
  }

  static build(corpus: readonly CorpusDocument[]): CompactIndex {
    const { documents, passages } = buildPassageTable(corpus);
    const texts = Array.from(passages, (p) => p.text);
    return new CompactIndex(documents, {
      documents,
      ...compressPassageTexts(texts),
      passageKind: Uint8Array.from(passages, (p) => PASSAGE_KINDS.indexOf(p.kind)),
      passageContext: Int32Array.from(passages, (p) => p.contextId),
      ...buildTermPostings(texts),
    });
  }

  static fromParts(parts: CompactIndexParts): CompactIndex {
    const n = parts.passageKind?.length;
    const consistent =
      Array.isArray(parts.documents) &&
      Array.isArray(parts.terms) &&
      PassageTexts.consistent(parts, n) &&
      n === parts.passageContext?.length &&
      parts.passageTermStart?.length === n + 1 &&
      parts.termFrequency?.length === parts.terms.length &&
      parts.postingStart?.length === parts.terms.length + 1 &&
      parts.postingStart[parts.terms.length] === parts.postings?.byteLength &&
      parts.passageTermStart[n] === parts.passageTerms?.byteLength &&
      parts.documents.reduce((sum, d) => sum + d.passageCount, 0) === n;
    if (!consistent) throw new Error('Relais compact index: snapshot parts are inconsistent; rebuild the index');
    return new CompactIndex(parts.documents, parts);
  }

  toParts(): CompactIndexParts {
    return this.parts;
  }

  get passageCount(): number {
    return this.parts.passageKind.length;
  }

  /** Built on demand: a million passage objects would cost start-up time and memory for nothing. */
  passage(id: number): Passage | undefined {
    if (!(Number.isInteger(id) && id >= 0 && id < this.passageCount)) return undefined;
    const contextId = this.parts.passageContext[id]!;
    return {
      id,
      doc: lastStartingAtOrBefore(this.documents, id),
      kind: PASSAGE_KINDS[this.parts.passageKind[id]!] ?? 'sentence',
      text: this.texts.text(id),
      context: contextId >= 0 ? this.texts.text(contextId) : '',
      contextId,
    };
  }

  documentFrequency(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.parts.termFrequency[id]!;
  }

  similarTermsNow(term: string, maxDistance: number): readonly SimilarTerm[] {
    return this.vocabulary.similar(term, maxDistance);
  }

  // Faster than building the term set: a walk along the passage's few term ids.
  override passageHasTerm(id: number, term: string): boolean {
    const termId = this.termIds.get(term);
    return termId !== undefined && id >= 0 && id < this.passageCount && this.holds(id, termId);
  }

  passageTerms(id: number): ReadonlySet<string> {
    const out = new Set<string>();
    if (!(id >= 0 && id < this.passageCount)) return out;
    const { passageTermStart, passageTerms, terms } = this.parts;
    const start = passageTermStart[id]!;
    const end = passageTermStart[id + 1]!;
    // Each id takes at least one byte: a buffer of the byte length always has room.
    const into = end - start <= this.termBuffer.length ? this.termBuffer : new Uint32Array(end - start);
    const count = decodeSorted(passageTerms, start, end, into);
    for (let k = 0; k < count; k++) out.add(terms[into[k]!]!);
    return out;
  }

  // PostingSource: what ranking reads.

  termId(term: string): number {
    return this.termIds.get(term) ?? -1;
  }

  frequency(termId: number): number {
    return this.parts.termFrequency[termId]!;
  }

  postings(termId: number): Uint32Array {
    if (!this.postingBuffer) {
      let longest = 1;
      for (const f of this.parts.termFrequency) if (f > longest) longest = f;
      this.postingBuffer = new Uint32Array(longest);
    }
    const { postings, postingStart } = this.parts;
    const count = decodeSorted(postings, postingStart[termId]!, postingStart[termId + 1]!, this.postingBuffer);
    return this.postingBuffer.subarray(0, count);
  }

  members(termId: number): Uint32Array | undefined {
    return this.dense.bitset(termId);
  }

  holds(passage: number, termId: number): boolean {
    const bits = this.dense.bitset(termId);
    if (bits) return hasBit(bits, passage);
    return sortedHolds(this.parts.passageTerms, this.parts.passageTermStart[passage]!, this.parts.passageTermStart[passage + 1]!, termId);
  }

  rankPassages(concepts: readonly WeightedConcept[], limit: number): number[] {
    if (this.passageCount === 0 || concepts.length === 0) return [];
    this.scratch ??= new RankingScratch(this.passageCount);
    const { ids, work } = rankByMaxScore(this, concepts, limit, this.scratch);
    this.lastRankingWork = work;
    return ids;
  }
}
