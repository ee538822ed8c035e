// Relais's default index: an inverted index in typed arrays. Postings (term → passages) and each
// passage's own terms are stored as sorted Uint32Arrays, so a question is scored term at a time over
// flat memory, common terms are checked only against the candidates rarer terms already found, and the
// snapshot is a few binary blocks that load without parsing.
//
// Why not MiniSearch as the default (it remains a backend, SEARCH_BACKEND=minisearch): MiniSearch
// scores every posting of every query term into a Map of result objects; on the 100,000-document
// benchmark corpus, whose posting lists are long, that alone exceeds the latency budget, and its
// JSON snapshot is slow to load. MiniSearch's own radix tree (SearchableMap) still serves the
// vocabulary's fuzzy look-ups here.
import SearchableMap from 'minisearch/SearchableMap';
import { analyzeFrenchTerms } from '../analysis/analyzeFrench.ts';
import type { CorpusDocument } from '../types.ts';
import { buildPassageTable, PASSAGE_KINDS, type PassageLayout, passageLayout } from './passageTable.ts';
import { InProcessIndex } from './inProcessIndex.ts';
import type { IndexedDocument, SimilarTerm, WeightedConcept } from './searchBackend.ts';
import type { Passage } from './splitPassages.ts';


/** A passage no later concept can lift above this share of the question is not a candidate any more. */
const PRUNE_BELOW = 0.4;
/** A binary search in a passage's term list costs about as much as visiting this many postings (measured). */
const LOOKUP_COST = 8;

/** The arrays a compact index is made of: what its snapshot stores. */
export interface CompactIndexParts extends PassageLayout {
  documents: IndexedDocument[];
  /**
   * All passage texts as UTF-8, one after the other; passage i is bytes textOffsets[i]..textOffsets[i+1].
   * Kept encoded (half the memory of JS strings) and decoded only for the passages a question touches,
   * so a snapshot loads without splitting 200 MB of text into a million strings.
   */
  textBytes: Uint8Array;
  textOffsets: Uint32Array;
  terms: string[];
  postingStart: Uint32Array;
  postings: Uint32Array;
  passageTermStart: Uint32Array;
  passageTerms: Uint32Array;
}

/** Per-passage scratch arrays for scoring, and preallocated id lists (no array growth while scoring). */
interface Scratch {
  acc: Float32Array;
  best: Float32Array;
  touched: Uint32Array;
  conceptTouched: Uint32Array;
}

class GrowableUint32 {
  array = new Uint32Array(1 << 16);
  length = 0;
  push(value: number): void {
    if (this.length === this.array.length) {
      const bigger = new Uint32Array(this.array.length * 2);
      bigger.set(this.array);
      this.array = bigger;
    }
    this.array[this.length++] = value;
  }
  toArray(): Uint32Array {
    return this.array.slice(0, this.length);
  }
}

export class CompactIndex extends InProcessIndex {
  private readonly termIds = new Map<string, number>();
  private vocabulary: SearchableMap<number> | undefined;
  // Scratch space for scoring, allocated on first use and reused (scoring is synchronous).
  private scratch: Scratch | undefined;
  /** Postings visited and term look-ups made by the last ranking: machine-independent cost, for the benchmark. */
  lastRankingWork = 0;

  private readonly textBuffer: Buffer;

  private constructor(
    readonly documents: IndexedDocument[],
    private readonly parts: CompactIndexParts,
  ) {
    super();
    parts.terms.forEach((t, i) => this.termIds.set(t, i));
    this.textBuffer = Buffer.from(parts.textBytes.buffer, parts.textBytes.byteOffset, parts.textBytes.byteLength);
  }

  static build(corpus: readonly CorpusDocument[]): CompactIndex {
    const table = buildPassageTable(corpus);
    const { documents, passages } = table;
    const termIds = new Map<string, number>();
    const terms: string[] = [];
    const lastSeen: number[] = [];
    const passageTermStart = new Uint32Array(passages.length + 1);
    const passageTerms = new GrowableUint32();
    passages.forEach((p, i) => {
      const start = passageTerms.length;
      for (const term of analyzeFrenchTerms(p.text)) {
        let id = termIds.get(term);
        if (id === undefined) {
          id = terms.length;
          termIds.set(term, id);
          terms.push(term);
          lastSeen.push(-1);
        }
        if (lastSeen[id] !== i) {
          lastSeen[id] = i;
          passageTerms.push(id);
        }
      }
      passageTerms.array.subarray(start, passageTerms.length).sort();
      passageTermStart[i + 1] = passageTerms.length;
    });
    const ownTerms = passageTerms.toArray();
    // Postings by counting sort: passages are visited in order, so each list comes out ascending.
    const postingStart = new Uint32Array(terms.length + 1);
    for (const id of ownTerms) postingStart[id + 1]!++;
    for (let t = 0; t < terms.length; t++) postingStart[t + 1]! += postingStart[t]!;
    const fill = postingStart.slice(0, terms.length);
    const postings = new Uint32Array(ownTerms.length);
    for (let p = 0; p < passages.length; p++) {
      for (let k = passageTermStart[p]!; k < passageTermStart[p + 1]!; k++) postings[fill[ownTerms[k]!]!++] = p;
    }
    const textOffsets = new Uint32Array(passages.length + 1);
    for (let i = 0; i < passages.length; i++) textOffsets[i + 1] = textOffsets[i]! + Buffer.byteLength(passages[i]!.text, 'utf8');
    const textBytes = Buffer.allocUnsafe(textOffsets[passages.length]!);
    for (let i = 0; i < passages.length; i++) textBytes.write(passages[i]!.text, textOffsets[i]!, 'utf8');
    return new CompactIndex(documents, {
      documents,
      textBytes,
      textOffsets,
      ...passageLayout(passages),
      terms, postingStart, postings, passageTermStart, passageTerms: ownTerms,
    });
  }

  static fromParts(parts: CompactIndexParts): CompactIndex {
    const n = parts.passageDoc?.length;
    const consistent =
      Array.isArray(parts.documents) && Array.isArray(parts.terms) && parts.textOffsets?.length === n + 1 &&
      parts.textOffsets[n] === parts.textBytes?.byteLength &&
      n === parts.passageKind?.length && n === parts.passageContext?.length && parts.passageTermStart?.length === n + 1 &&
      parts.postingStart?.length === parts.terms.length + 1 && parts.postings?.length === parts.passageTerms?.length &&
      parts.postingStart[parts.terms.length] === parts.postings.length && parts.passageTermStart[n] === parts.passageTerms.length;
    if (!consistent) throw new Error('Relais compact index: snapshot parts are inconsistent; rebuild the index');
    return new CompactIndex(parts.documents, parts);
  }

  toParts(): CompactIndexParts {
    return this.parts;
  }

  get passageCount(): number {
    return this.parts.passageDoc.length;
  }

  private text(id: number): string {
    return this.textBuffer.toString('utf8', this.parts.textOffsets[id], this.parts.textOffsets[id + 1]);
  }

  /** Built on demand: a million passage objects would cost start-up time and memory for nothing. */
  passage(id: number): Passage | undefined {
    if (!(id >= 0 && id < this.passageCount)) return undefined;
    const contextId = this.parts.passageContext[id]!;
    return {
      id,
      doc: this.parts.passageDoc[id]!,
      kind: PASSAGE_KINDS[this.parts.passageKind[id]!] ?? 'sentence',
      text: this.text(id),
      context: contextId >= 0 ? this.text(contextId) : '',
      contextId,
    };
  }

  documentFrequency(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.parts.postingStart[id + 1]! - this.parts.postingStart[id]!;
  }

  similarTermsNow(term: string, maxDistance: number): SimilarTerm[] {
    this.vocabulary ??= SearchableMap.from(this.parts.terms.map((t) => [t, this.documentFrequency(t)] as [string, number]));
    const out: SimilarTerm[] = [];
    for (const [found, [frequency, distance]] of this.vocabulary.fuzzyGet(term, maxDistance)) {
      if (found !== term) out.push({ term: found, distance, frequency });
    }
    return out;
  }

  // Faster than building the term set: a binary search in the passage's sorted term ids.
  override passageHasTerm(id: number, term: string): boolean {
    const termId = this.termIds.get(term);
    return termId !== undefined && this.holds(id, termId);
  }

  private holds(passage: number, termId: number): boolean {
    const terms = this.parts.passageTerms;
    let lo = this.parts.passageTermStart[passage]!;
    let hi = this.parts.passageTermStart[passage + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = terms[mid]!;
      if (v === termId) return true;
      if (v < termId) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /**
   * What scoring one alternative by scanning costs, in postings: a single word's postings, or the rarest
   * word's postings each with look-ups of the others (see rankPassages).
   */
  private scanCost(ids: readonly number[]): number {
    const { postingStart } = this.parts;
    const frequencies = ids.filter((id) => id >= 0).map((id) => postingStart[id + 1]! - postingStart[id]!);
    if (frequencies.length === 0) return 0;
    return Math.min(...frequencies) * (1 + (frequencies.length - 1) * LOOKUP_COST);
  }

  passageTerms(id: number): ReadonlySet<string> {
    const out = new Set<string>();
    const { passageTermStart, passageTerms, terms } = this.parts;
    for (let k = passageTermStart[id] ?? 0; k < (passageTermStart[id + 1] ?? 0); k++) out.add(terms[passageTerms[k]!]!);
    return out;
  }

  /**
   * Term-at-a-time scoring with MaxScore pruning: concepts are taken rarest (heaviest) first; once the
   * weight still to come cannot lift a passage not yet seen above the `limit`-th best score so far
   * (or above PRUNE_BELOW of the question), later concepts only update passages already found — by
   * scanning their postings when that is cheaper, by looking the terms up in those passages otherwise.
   */
  rankPassages(concepts: readonly WeightedConcept[], limit: number): number[] {
    const n = this.passageCount;
    if (n === 0 || concepts.length === 0) return [];
    this.scratch ??= {
      acc: new Float32Array(n), best: new Float32Array(n),
      touched: new Uint32Array(n), conceptTouched: new Uint32Array(n),
    };
    const { acc, best, touched, conceptTouched } = this.scratch;
    const { postingStart, postings } = this.parts;
    const resolved = concepts
      .map((c) => ({
        weight: c.weight,
        alternatives: c.alternatives.map((a) => ({ factor: a.factor, ids: a.terms.map((t) => this.termIds.get(t) ?? -1) })),
      }))
      .sort((a, b) => b.weight - a.weight);
    const total = resolved.reduce((s, c) => s + c.weight, 0) || 1;
    let remaining = total;
    let threshold = PRUNE_BELOW * total;
    let touchedCount = 0;
    let work = 0;

    for (const c of resolved) {
      const reachable = remaining;
      remaining -= c.weight;
      const known = c.alternatives.flatMap((a) => a.ids).filter((id) => id >= 0);
      if (known.length === 0) continue;
      // The limit-th best score is at most the weight already processed: only worth computing once
      // that exceeds what is still to come.
      if (touchedCount > limit && total - reachable >= reachable && reachable >= threshold) {
        threshold = Math.max(threshold, kthLargest(touched, touchedCount, acc, limit));
      }
      const pruned = touchedCount > 0 && reachable < threshold;
      const scanCost = c.alternatives.reduce((sum, alt) => sum + this.scanCost(alt.ids), 0);
      if (pruned && touchedCount * known.length * LOOKUP_COST < scanCost) {
        work += touchedCount * known.length * LOOKUP_COST;
        for (let i = 0; i < touchedCount; i++) {
          const p = touched[i]!;
          let v = 0;
          for (const alt of c.alternatives) {
            let found = 0;
            for (const id of alt.ids) if (id >= 0 && this.holds(p, id)) found++;
            v = Math.max(v, (alt.factor * found) / alt.ids.length);
          }
          acc[p]! += c.weight * v;
        }
        continue;
      }
      let conceptCount = 0;
      for (const alt of c.alternatives) {
        const altCost = this.scanCost(alt.ids);
        // Synonyms and spelling corrections (factor < 1) find new passages only while candidates are
        // scarce; once there are enough (found by earlier concepts or by this concept's own words),
        // they just score the candidates found, when that is cheaper.
        const pool = touchedCount + conceptCount;
        if (alt.factor < 1 && pool >= limit && pool * alt.ids.length * LOOKUP_COST < altCost) {
          work += pool * alt.ids.length * LOOKUP_COST;
          const before = conceptCount;
          for (let i = 0; i < touchedCount + before; i++) {
            const p = i < touchedCount ? touched[i]! : conceptTouched[i - touchedCount]!;
            let found = 0;
            for (const id of alt.ids) if (id >= 0 && this.holds(p, id)) found++;
            const v = (alt.factor * found) / alt.ids.length;
            if (v > best[p]!) {
              if (best[p] === 0) conceptTouched[conceptCount++] = p;
              best[p] = v;
            }
          }
          continue;
        }
        work += altCost;
        if (alt.ids.length === 1) {
          // One term: its value is the factor itself, no counting needed.
          const id = alt.ids[0]!;
          if (id < 0) continue;
          const factor = alt.factor;
          const end = postingStart[id + 1]!;
          for (let k = postingStart[id]!; k < end; k++) {
            const p = postings[k]!;
            if (pruned && acc[p] === 0) continue;
            const b = best[p]!;
            if (factor > b) {
              if (b === 0) conceptTouched[conceptCount++] = p;
              best[p] = factor;
            }
          }
          continue;
        }
        // Several words ("smart city", "schéma départemental d'aménagement numérique"): scan the rarest
        // word's postings and look the others up in those passages. A passage without the rarest word
        // would only earn partial credit; scanning "numérique" (a third of the corpus) for it costs more
        // than all the rest of the question.
        const known = alt.ids.filter((id) => id >= 0).sort((a, b) => (postingStart[a + 1]! - postingStart[a]!) - (postingStart[b + 1]! - postingStart[b]!));
        const rarest = known[0];
        if (rarest === undefined) continue;
        const others = known.slice(1);
        for (let k = postingStart[rarest]!; k < postingStart[rarest + 1]!; k++) {
          const p = postings[k]!;
          if (pruned && acc[p] === 0) continue;
          let found = 1;
          for (const id of others) if (this.holds(p, id)) found++;
          const v = (alt.factor * found) / alt.ids.length;
          if (v > best[p]!) {
            if (best[p] === 0) conceptTouched[conceptCount++] = p;
            best[p] = v;
          }
        }
      }
      for (let i = 0; i < conceptCount; i++) {
        const p = conceptTouched[i]!;
        if (acc[p] === 0) touched[touchedCount++] = p;
        acc[p]! += c.weight * best[p]!;
        best[p] = 0;
      }
    }

    this.lastRankingWork = work;
    const ids = Array.from(touched.subarray(0, touchedCount));
    const top = selectTop(ids, acc, limit);
    for (const p of ids) acc[p] = 0;
    return top;
  }
}

/** The k-th largest score among `ids` (quickselect on a copy). */
function kthLargest(ids: Uint32Array, count: number, scores: Float32Array, k: number): number {
  const values = new Float32Array(count);
  for (let i = 0; i < count; i++) values[i] = scores[ids[i]!]!;
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target]!;
}

/** The `limit` ids with the highest scores, best first (ties: lower id first), without sorting them all. */
function selectTop(ids: number[], scores: Float32Array, limit: number): number[] {
  if (ids.length <= limit) return ids.sort((a, b) => scores[b]! - scores[a]! || a - b);
  // A min-heap of the best `limit` seen so far.
  const heap: number[] = [];
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (const id of ids) {
    if (heap.length < limit) {
      heap.push(id);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (worse(heap[0]!, id)) {
      heap[0] = id;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => scores[b]! - scores[a]! || a - b);
}
