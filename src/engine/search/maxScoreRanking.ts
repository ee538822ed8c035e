// Term-at-a-time ranking with MaxScore pruning over posting lists, whoever stores them: the compact
// index (its snapshot, in the process) and the PostgreSQL backend (lists fetched per question) run this
// same code, so both backends rank exactly alike.
import type { WeightedConcept } from './searchBackend.ts';
import { hasBit } from './denseMembership.ts';

/** A passage no later concept can lift above this share of the question is not a candidate any more. */
const PRUNE_BELOW = 0.4;
/** A membership look-up costs about as much as visiting this many postings (measured on the compact index). */
const LOOKUP_COST = 8;
/** A look-up in a common term's bitset (PostingSource.members) costs about one posting. */
const BITSET_LOOKUP_COST = 1;

/** What ranking needs of an index: its terms' posting lists and a membership test. */
export interface PostingSource {
  readonly passageCount: number;
  /** The term's id, or -1 when the corpus never uses it. */
  termId(term: string): number;
  /** Passages holding the term. */
  frequency(termId: number): number;
  /**
   * The passages holding the term, ascending. The array may be reused by the next call: ranking
   * never holds two lists at once.
   */
  postings(termId: number): Uint32Array;
  /** Whether the passage's own text holds the term. */
  holds(passage: number, termId: number): boolean;
  /**
   * For a common term, the passages holding it as a bitset (bit p of word p >>> 5); undefined for the
   * others. Optional: once candidates are found, ranking tests them against the bitset instead of walking
   * the term's long list, and counts `holds` on such a term as cheap.
   */
  members?(termId: number): Uint32Array | undefined;
}

/**
 * Per-passage scratch arrays for scoring, reused across questions (ranking is synchronous). The working
 * buffers grow to the largest need seen: a typed array per call would put hundreds of kilobytes of
 * external memory per question on the garbage collector, whose pauses then show in the slowest answers.
 */
export class RankingScratch {
  readonly acc: Float32Array;
  readonly best: Float32Array;
  readonly touched: Uint32Array;
  readonly conceptTouched: Uint32Array;
  private values = new Float64Array(1024);
  private ids = new Uint32Array(1024);
  private counts = new Uint8Array(1024);
  private readonly lists: Uint32Array[] = [];
  private readonly factors: Float32Array[] = [];

  constructor(readonly size: number) {
    this.acc = new Float32Array(size);
    this.best = new Float32Array(size);
    this.touched = new Uint32Array(size);
    this.conceptTouched = new Uint32Array(size);
  }

  /** `length` numbers to work on, valid until the next call. */
  valueBuffer(length: number): Float64Array {
    if (this.values.length < length) this.values = new Float64Array(grown(this.values.length, length));
    return this.values.subarray(0, length);
  }

  /** `length` ids to work on, valid until the next call. */
  idBuffer(length: number): Uint32Array {
    if (this.ids.length < length) this.ids = new Uint32Array(grown(this.ids.length, length));
    return this.ids.subarray(0, length);
  }

  /** The `index`-th of several lists' buffers, with room for `length` ids; valid until its next call. */
  listBuffer(index: number, length: number): Uint32Array {
    return pooled(this.lists, index, length, (size) => new Uint32Array(size));
  }

  /** The `index`-th of several factor buffers, with room for `length`; valid until its next call. */
  factorBuffer(index: number, length: number): Float32Array {
    return pooled(this.factors, index, length, (size) => new Float32Array(size));
  }

  /** `length` small counts to work on, valid until the next call. */
  countBuffer(length: number): Uint8Array {
    if (this.counts.length < length) this.counts = new Uint8Array(grown(this.counts.length, length));
    return this.counts.subarray(0, length);
  }
}

/** The first `length` entries of buffer `index` of the pool, which grows (doubling) when too short. */
function pooled<T extends Uint32Array | Float32Array>(pool: T[], index: number, length: number, make: (size: number) => T): T {
  let buffer = pool[index];
  if (!buffer || buffer.length < length) pool[index] = buffer = make(grown(buffer?.length ?? 1024, length));
  return buffer.subarray(0, length) as T;
}

/** Doubling, so a buffer is reallocated a few times in a process's life. */
function grown(current: number, needed: number): number {
  let size = current;
  while (size < needed) size *= 2;
  return size;
}

export interface Ranking {
  /** Passage ids, best first (ties: lower id first). */
  ids: number[];
  /** Postings visited and look-ups made, in postings: a machine-independent cost, for the benchmark. */
  work: number;
}

/**
 * What scoring one alternative by scanning costs, in postings: a single word's postings, or the rarest
 * word's postings each with look-ups of the others.
 */
function scanCost(source: PostingSource, alt: ResolvedAlternative): number {
  return alt.rarest < 0 ? 0 : source.frequency(alt.rarest) * (1 + alt.othersLookUp);
}

/** scanCost with every look-up at LOOKUP_COST, as if no term had a bitset. */
function listScanCost(source: PostingSource, alt: ResolvedAlternative): number {
  return alt.rarest < 0 ? 0 : source.frequency(alt.rarest) * (1 + alt.others.length * LOOKUP_COST);
}

/** What a membership look-up costs, in postings, given the term's bitset if it has one. */
function lookUpCost(members: Uint32Array | undefined): number {
  return members ? BITSET_LOOKUP_COST : LOOKUP_COST;
}

interface ResolvedAlternative {
  factor: number;
  /** Term ids, -1 for a term the corpus never uses. */
  ids: number[];
  /** Its rarest known word (-1: none): only a passage holding it gets a share of the alternative. */
  rarest: number;
  /** Its other known words (all of `ids` but -1 and `rarest` once). */
  others: number[];
  /** What looking up `others` in one passage costs, in postings; `lookUp` adds the rarest word's. */
  othersLookUp: number;
  lookUp: number;
  /** The rarest word's bitset when it is a common term (a single-word alternative is then tested, not scanned, once pruned). */
  rarestMembers: Uint32Array | undefined;
  /** The bitsets of `others`, where they have one. */
  othersMembers: Array<Uint32Array | undefined>;
}

interface ResolvedConcept {
  weight: number;
  alternatives: ResolvedAlternative[];
}

/** One ranking's running state: the scratch arrays and how far they are filled. */
interface RankingRun {
  source: PostingSource;
  scratch: RankingScratch;
  limit: number;
  /** Passages with a score so far (`scratch.touched`). */
  touchedCount: number;
  /** Passages the current concept reached (`scratch.conceptTouched`). */
  conceptCount: number;
  /** Once set, only passages already found are scored. */
  pruned: boolean;
  work: number;
}

/**
 * Concepts are taken rarest (heaviest) first; once the weight still to come cannot lift a passage not
 * yet seen above the `limit`-th best score so far (or above PRUNE_BELOW of the question), later concepts
 * only update passages already found — by scanning their postings when that is cheaper, by looking the
 * terms up in those passages otherwise.
 */
export function rankByMaxScore(
  source: PostingSource,
  concepts: readonly WeightedConcept[],
  limit: number,
  scratch: RankingScratch,
): Ranking {
  const n = source.passageCount;
  if (n === 0 || concepts.length === 0) return { ids: [], work: 0 };
  if (scratch.size < n) throw new Error('ranking scratch smaller than the index');
  const resolved = resolveTerms(source, concepts);
  const total = resolved.reduce((s, c) => s + c.weight, 0) || 1;
  const run: RankingRun = { source, scratch, limit, touchedCount: 0, conceptCount: 0, pruned: false, work: 0 };
  let remaining = total;
  // A lower bound on the final limit-th best score (the floor below is not one: it only closes the door).
  const seeded = seed(run, resolved, total);
  if (seeded.whole) return { ids: seeded.whole, work: run.work };
  let limitBound = seeded.bound;
  // What every passage found so far holds at least: the least one concept can give (see leastValue).
  let leastHeld = Infinity;
  for (const c of resolved) {
    const reachable = remaining;
    remaining -= c.weight;
    if (!c.alternatives.some((a) => a.ids.some((id) => id >= 0))) continue;
    // The limit-th best score is at most the weight already processed: only worth computing once
    // that exceeds what is still to come.
    // touchedCount read once: under load, V8 was seen to discard this function's compiled code again and
    // again for want of type feedback at a second read met only in this rarely taken branch.
    const touchedCount = run.touchedCount;
    if (touchedCount > limit && total - reachable >= reachable && reachable >= Math.max(PRUNE_BELOW * total, limitBound)) {
      limitBound = Math.max(limitBound, kthLargest(scratch, touchedCount, limit));
    }
    run.pruned = run.touchedCount > 0 && reachable < Math.max(PRUNE_BELOW * total, limitBound);
    // Forgetting hopeless passages walks them all: not when none can be hopeless yet.
    if (run.pruned && limitBound > 0 && leastHeld + reachable < limitBound) dropHopeless(run, reachable, limitBound);
    scoreConcept(run, c);
    leastHeld = Math.min(leastHeld, leastValue(c));
  }
  const top = selectTop(scratch, run.touchedCount, limit);
  forgetScores(scratch, run.touchedCount);
  return { ids: top, work: run.work };
}

/** Zeroes the accumulators of the first `count` touched passages, for the next ranking. */
function forgetScores(scratch: RankingScratch, count: number): void {
  const { touched, acc } = scratch;
  for (let i = 0; i < count; i++) acc[touched[i]!] = 0;
}

/**
 * The least a concept adds to a passage it reaches: one word of its loosest way of saying it. A hair
 * lower, as the accumulators round to Float32.
 */
function leastValue(c: ResolvedConcept): number {
  let least = Infinity;
  for (const alt of c.alternatives) if (alt.ids.length > 0) least = Math.min(least, alt.factor / alt.ids.length);
  return Math.fround(c.weight * least) * (1 - 1e-6);
}

/** Passages of the driver list examined for the whole question, per passage of the limit. */
const SEED_EXAMINED = 32;
/** Look-ups an examined passage costs, on average: most fail at the first concept it does not say. */
const SEED_LOOKUPS = 3;
/** Seeding costs look-ups; it is worth them only when the lists to scan are this many times longer. */
const SEED_PAYOFF = 4;

interface Seed {
  /** A lower bound on the final limit-th best score (0: none). */
  bound: number;
  /** The answer itself, when `limit` passages say the whole question: the first of them by id. */
  whole?: number[];
}

/**
 * Before any list is scanned, the first passages of the rarest word a concept can only be said fully
 * with are looked up for the whole question. When `limit` of them say it all, they are the answer:
 * every passage that does holds that word, ties go to the lower id, and the list is read in id order.
 * Otherwise the full scores of the first `limit` of them are a lower bound on the limit-th best score
 * (real passages have them): ranking can then stop admitting passages, and forget hopeless ones, after
 * the first list instead of after half of them. Nothing when the lists are short (scanning costs less).
 */
function seed(run: RankingRun, resolved: readonly ResolvedConcept[], total: number): Seed {
  const { source, limit } = run;
  const scanTotal = resolved.reduce((sum, c) => sum + c.alternatives.reduce((s, a) => s + scanCost(source, a), 0), 0);
  const driver = rarestWholeWord(source, resolved);
  if (driver < 0 || scanTotal < SEED_PAYOFF * SEED_EXAMINED * limit * SEED_LOOKUPS * LOOKUP_COST) return { bound: 0 };
  const sample = source.postings(driver).slice(0, SEED_EXAMINED * limit);
  if (sample.length < limit) return { bound: 0 };
  const whole: number[] = [];
  let lookups = 0;
  for (let i = 0; i < sample.length && whole.length < limit; i++) {
    const said = saysWholly(source, resolved, sample[i]!);
    lookups += said.lookups;
    if (said.whole) whole.push(sample[i]!);
  }
  run.work += lookups * LOOKUP_COST;
  if (whole.length === limit) return { bound: total, whole };
  // Every passage examined is scored, not only the first `limit`: the best of them, not the first, bound
  // the final scores from below (a bound of one word's weight left nearly every list to scan in full).
  const scores = Float64Array.from(sample, (p) => fullScore(source, resolved, p));
  run.work += sample.length * resolved.reduce((sum, c) => sum + c.alternatives.length, 0) * LOOKUP_COST;
  // Float32, as the accumulators hold scores, and a hair lower: the bound is never above a score they hold.
  return { bound: Math.fround(quickselectLargest(scores, limit)) * (1 - 1e-6) };
}

/** Whether a passage says every concept in its own words (factor 1, every word), stopping at the first it does not. */
function saysWholly(source: PostingSource, resolved: readonly ResolvedConcept[], p: number): { whole: boolean; lookups: number } {
  let lookups = 0;
  for (const c of resolved) {
    let said = false;
    for (const alt of c.alternatives) {
      if (alt.factor < 1) continue;
      said = alt.ids.every((id) => {
        lookups++;
        return id >= 0 && source.holds(p, id);
      });
      if (said) break;
    }
    if (!said) return { whole: false, lookups };
  }
  return { whole: true, lookups };
}

/**
 * The rarest word of a concept that has one way only of being said fully (one alternative of factor 1):
 * every passage saying the whole question holds it. -1 when no concept is so.
 */
function rarestWholeWord(source: PostingSource, resolved: readonly ResolvedConcept[]): number {
  let best = -1;
  for (const c of resolved) {
    const full = c.alternatives.filter((a) => a.factor >= 1);
    if (full.length !== 1) continue;
    const rarest = full[0]!.rarest;
    if (rarest >= 0 && (best < 0 || source.frequency(rarest) < source.frequency(best))) best = rarest;
  }
  return best;
}

/** A passage's score over every concept, each by its best alternative, by look-ups. */
function fullScore(source: PostingSource, resolved: readonly ResolvedConcept[], p: number): number {
  let score = 0;
  for (const c of resolved) {
    let v = 0;
    for (const alt of c.alternatives) v = Math.max(v, alternativeValue(source, p, alt));
    score += c.weight * v;
  }
  return score;
}

/**
 * Once pruned, a passage found so far that cannot reach the threshold with all the weight still to
 * come is forgotten: later concepts then look up or scan for fewer passages. Never one that could
 * still enter the top: its score so far plus what remains is at least the threshold.
 */
function dropHopeless(run: RankingRun, reachable: number, threshold: number): void {
  run.touchedCount = keepHopeful(run.scratch, run.touchedCount, reachable, threshold);
}

/** Keeps, first in `touched`, the passages that can still reach `threshold`; how many. */
function keepHopeful(scratch: RankingScratch, count: number, reachable: number, threshold: number): number {
  const { acc, touched } = scratch;
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const p = touched[i]!;
    if (acc[p]! + reachable >= threshold) touched[kept++] = p;
    else acc[p] = 0;
  }
  return kept;
}

function resolveTerms(source: PostingSource, concepts: readonly WeightedConcept[]): ResolvedConcept[] {
  return Array.from(concepts, (c) => ({
    weight: c.weight,
    alternatives: Array.from(c.alternatives, (a) => {
      const ids = Array.from(a.terms, (t) => source.termId(t));
      const rarest = rarestOf(source, ids);
      const others = ids.filter((id) => id >= 0);
      others.splice(others.indexOf(rarest), 1);
      const rarestMembers = rarest < 0 ? undefined : source.members?.(rarest);
      const othersMembers = Array.from(others, (id) => source.members?.(id));
      const othersLookUp = othersMembers.reduce((sum, members) => sum + lookUpCost(members), 0);
      const lookUp = rarest < 0 ? 0 : othersLookUp + lookUpCost(rarestMembers);
      return { factor: a.factor, ids, rarest, others, othersLookUp, lookUp, rarestMembers, othersMembers };
    }),
  })).sort((a, b) => b.weight - a.weight);
}

/** The known id with the shortest list (the first of equals), or -1. */
function rarestOf(source: PostingSource, ids: readonly number[]): number {
  let rarest = -1;
  for (const id of ids) if (id >= 0 && (rarest < 0 || source.frequency(id) < source.frequency(rarest))) rarest = id;
  return rarest;
}

/** Adds one concept's score to the passages it reaches: by look-ups when pruned and cheaper, by scans otherwise. */
function scoreConcept(run: RankingRun, c: ResolvedConcept): void {
  const lookUps = run.touchedCount * c.alternatives.reduce((sum, a) => sum + a.lookUp, 0);
  const scanTotal = c.alternatives.reduce((sum, alt) => sum + prunedScanCost(run, alt), 0);
  if (run.pruned && lookUps < scanTotal) {
    run.work += lookUps;
    lookUpConcept(run, c);
    return;
  }
  const only = c.alternatives.length === 1 ? c.alternatives[0]! : undefined;
  if (only && only.ids.length === 1 && only.factor >= 1) {
    // One word, one way of saying it (most concepts): its value goes straight to the accumulators,
    // without the per-concept best values a concept with synonyms needs (half the memory traffic).
    run.work += prunedScanCost(run, only);
    addTerm(run, only, c.weight * Math.fround(only.factor));
    return;
  }
  if (!run.pruned && scansEveryWord(run, c)) {
    run.work += scanTotal;
    mergeWords(run, c);
    return;
  }
  run.conceptCount = 0;
  for (const alt of c.alternatives) scanAlternative(run, alt);
  run.touchedCount = addBestValues(run.scratch, run.conceptCount, c.weight, run.touchedCount);
}

/**
 * Words merged at most (mergeWords): each merge copies what the earlier ones gave, and beyond two
 * the copies cost more than the cache misses they save (measured at 100,000 documents).
 */
const MERGED_WORDS = 2;

/**
 * Whether every way of saying the concept is one word and each would be scanned, none only looked up
 * (scanAlternative's rule for synonyms, decided here from the most and the fewest passages the earlier
 * words can have brought: when unsure, the general way decides).
 */
function scansEveryWord(run: RankingRun, c: ResolvedConcept): boolean {
  if (c.alternatives.length > MERGED_WORDS) return false;
  let most = run.touchedCount;
  let fewest = run.touchedCount;
  for (const alt of c.alternatives) {
    if (alt.ids.length !== 1) return false;
    const frequency = alt.rarest < 0 ? 0 : run.source.frequency(alt.rarest);
    if (alt.factor < 1 && most >= run.limit && fewest * LOOKUP_COST < frequency) return false;
    most += frequency;
    fewest = Math.max(fewest, run.touchedCount + frequency);
  }
  return true;
}

/**
 * The concept's words' lists merged in passage order, each passage given the weight times its best
 * word's factor at once: what scanning each word and then adding the best values gives, without the
 * per-passage best values (the score arrays are millions of entries at 100,000 documents, and each
 * visit is a cache miss).
 */
function mergeWords(run: RankingRun, c: ResolvedConcept): void {
  const { scratch } = run;
  let ids = scratch.listBuffer(0, 0);
  let factors = scratch.factorBuffer(0, 0);
  let spare = 1;
  for (const alt of c.alternatives) {
    if (alt.rarest < 0) continue;
    const list = run.source.postings(alt.rarest);
    // Merged into the lists so far, in a buffer pair of its own: the two pairs take turns.
    const outIds = scratch.listBuffer(spare, ids.length + list.length);
    const outFactors = scratch.factorBuffer(spare, ids.length + list.length);
    const count = mergeTwo(ids, factors, list, Math.fround(alt.factor), outIds, outFactors);
    ids = outIds.subarray(0, count);
    factors = outFactors.subarray(0, count);
    spare = 1 - spare;
  }
  run.touchedCount = addMerged(scratch, ids, factors, c.weight, run.touchedCount);
}

/** Merges an ascending list with its factors and an ascending list of one factor, keeping the larger factor; the merged length. */
function mergeTwo(
  ids: Uint32Array,
  factors: Float32Array,
  list: Uint32Array,
  factor: number,
  outIds: Uint32Array,
  outFactors: Float32Array,
): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < ids.length && j < list.length) {
    const a = ids[i]!;
    const b = list[j]!;
    if (a < b) {
      outIds[n] = a;
      outFactors[n++] = factors[i++]!;
    } else if (b < a) {
      outIds[n] = b;
      outFactors[n++] = factor;
      j++;
    } else {
      outIds[n] = a;
      outFactors[n++] = Math.max(factors[i++]!, factor);
      j++;
    }
  }
  while (i < ids.length) {
    outIds[n] = ids[i]!;
    outFactors[n++] = factors[i++]!;
  }
  while (j < list.length) {
    outIds[n] = list[j++]!;
    outFactors[n++] = factor;
  }
  return n;
}

/** Adds weight × factor to each passage, listing those new to the ranking; the new count of touched passages. */
function addMerged(scratch: RankingScratch, ids: Uint32Array, factors: Float32Array, weight: number, touchedCount: number): number {
  const { acc, touched } = scratch;
  let count = touchedCount;
  for (let k = 0; k < ids.length; k++) {
    const p = ids[k]!;
    if (acc[p] === 0) touched[count++] = p;
    acc[p]! += weight * factors[k]!;
  }
  return count;
}

/** Adds the concept's best values (weighted) of the passages it reached; the new count of touched passages. */
function addBestValues(scratch: RankingScratch, conceptCount: number, weight: number, touchedCount: number): number {
  const { acc, best, touched, conceptTouched } = scratch;
  let count = touchedCount;
  for (let i = 0; i < conceptCount; i++) {
    const p = conceptTouched[i]!;
    if (acc[p] === 0) touched[count++] = p;
    acc[p]! += weight * best[p]!;
    best[p] = 0;
  }
  return count;
}

/**
 * The share of the alternative's terms the passage holds, times its factor; nothing without its rarest
 * word. Scanning reads the rarest word's list only: looking up must give what scanning gives, or a
 * ranking would depend on which way each concept happened to be scored.
 */
function alternativeValue(source: PostingSource, p: number, alt: ResolvedAlternative): number {
  if (alt.rarest < 0 || !holdsTerm(source, p, alt.rarest, alt.rarestMembers)) return 0;
  let found = 1;
  for (let k = 0; k < alt.others.length; k++) if (holdsTerm(source, p, alt.others[k]!, alt.othersMembers[k])) found++;
  return (alt.factor * found) / alt.ids.length;
}

/** Whether passage p holds the term: from its bitset when it has one (one load), from the source otherwise. */
function holdsTerm(source: PostingSource, p: number, id: number, members: Uint32Array | undefined): boolean {
  return members ? hasBit(members, p) : source.holds(p, id);
}

/**
 * Pruned: the concept only updates the passages already found, each looked up. Values are rounded to
 * Float32 as scanning's per-concept best values are: a score must not depend on the way it was reached.
 */
function lookUpConcept(run: RankingRun, c: ResolvedConcept): void {
  const { acc, touched } = run.scratch;
  for (let i = 0; i < run.touchedCount; i++) {
    const p = touched[i]!;
    let v = 0;
    for (const alt of c.alternatives) v = Math.max(v, alternativeValue(run.source, p, alt));
    // Most passages found hold none of a common word's ways: their score is not even read (a cache miss each).
    if (v > 0) acc[p]! += c.weight * Math.fround(v);
  }
}

function scanAlternative(run: RankingRun, alt: ResolvedAlternative): void {
  // Synonyms and spelling corrections (factor < 1) find new passages only while candidates are
  // scarce; once there are enough (found by earlier concepts or by this concept's own words),
  // they just score the candidates found, when that is cheaper. Cheaper by the costs of plain lists:
  // a rule of which passages a synonym may bring in must not change with how an index stores them.
  const pool = run.touchedCount + run.conceptCount;
  if (alt.factor < 1 && pool >= run.limit && pool * alt.ids.length * LOOKUP_COST < listScanCost(run.source, alt)) {
    run.work += pool * alt.lookUp;
    lookUpAlternative(run, alt);
    return;
  }
  run.work += prunedScanCost(run, alt);
  if (alt.ids.length === 1) scanTerm(run, alt);
  else scanPhrase(run, alt);
}

/** Records a value for the current concept when it beats the passage's best alternative so far. */
function offer(run: RankingRun, p: number, v: number): void {
  const { best, conceptTouched } = run.scratch;
  if (v > best[p]!) {
    if (best[p] === 0) conceptTouched[run.conceptCount++] = p;
    best[p] = v;
  }
}

/** A cheap synonym scores only the candidates found so far (earlier concepts' and this one's). */
function lookUpAlternative(run: RankingRun, alt: ResolvedAlternative): void {
  const { touched, conceptTouched } = run.scratch;
  const before = run.conceptCount;
  for (let i = 0; i < run.touchedCount + before; i++) {
    const p = i < run.touchedCount ? touched[i]! : conceptTouched[i - run.touchedCount]!;
    offer(run, p, alternativeValue(run.source, p, alt));
  }
}

/** One term: its value is the factor itself, no counting needed (the hottest loop of all). */
function scanTerm(run: RankingRun, alt: ResolvedAlternative): void {
  const id = alt.rarest;
  if (id < 0) return;
  if (run.pruned && testsFound(run, alt)) {
    run.conceptCount = raiseBestOfMembers(run.scratch, run.touchedCount, alt.rarestMembers!, alt.factor, run.conceptCount);
    return;
  }
  run.conceptCount = raiseBest(run.scratch, run.source.postings(id), run.pruned, alt.factor, run.conceptCount);
}

/** raiseBest for the passages found that the bitset holds. */
function raiseBestOfMembers(scratch: RankingScratch, found: number, members: Uint32Array, factor: number, count: number): number {
  const { best, touched, conceptTouched } = scratch;
  for (let i = 0; i < found; i++) {
    const p = touched[i]!;
    if (!hasBit(members, p)) continue;
    const b = best[p]!;
    if (factor > b) {
      if (b === 0) conceptTouched[count++] = p;
      best[p] = factor;
    }
  }
  return count;
}

/** Raises each posting's best value to `factor`, listing passages new to the concept; the new count. */
function raiseBest(scratch: RankingScratch, postings: Uint32Array, pruned: boolean, factor: number, count: number): number {
  const { acc, best, conceptTouched } = scratch;
  for (let k = 0; k < postings.length; k++) {
    const p = postings[k]!;
    if (pruned && acc[p] === 0) continue;
    const b = best[p]!;
    if (factor > b) {
      if (b === 0) conceptTouched[count++] = p;
      best[p] = factor;
    }
  }
  return count;
}

/**
 * A concept said by one word only: `value` (weight times factor, as the accumulators would add it from
 * the best values) added to each passage holding it; once pruned, to the passages found so far only.
 */
function addTerm(run: RankingRun, alt: ResolvedAlternative, value: number): void {
  const id = alt.rarest;
  if (id < 0) return;
  if (run.pruned && testsFound(run, alt)) return addToFoundMembers(run.scratch, run.touchedCount, alt.rarestMembers!, value);
  const postings = run.source.postings(id);
  if (run.pruned) addToFound(run.scratch, postings, value);
  else run.touchedCount = addToAll(run.scratch, postings, value, run.touchedCount);
}

/**
 * Once pruned, whether a single-word alternative is better tested in each passage found than scanned:
 * its word has a bitset and fewer passages are found than hold it. Either way, the same passages get
 * the same values.
 */
function testsFound(run: RankingRun, alt: ResolvedAlternative): boolean {
  return alt.rarestMembers !== undefined && alt.ids.length === 1 && run.touchedCount < run.source.frequency(alt.rarest);
}

/** What scanning the alternative costs now: once pruned, a common word is tested in the passages found instead. */
function prunedScanCost(run: RankingRun, alt: ResolvedAlternative): number {
  return run.pruned && testsFound(run, alt) ? run.touchedCount * BITSET_LOOKUP_COST : scanCost(run.source, alt);
}

/** Adds `value` to each passage found that the bitset holds. */
function addToFoundMembers(scratch: RankingScratch, count: number, members: Uint32Array, value: number): void {
  const { acc, touched } = scratch;
  for (let i = 0; i < count; i++) {
    const p = touched[i]!;
    if (hasBit(members, p)) acc[p]! += value;
  }
}

function addToFound(scratch: RankingScratch, postings: Uint32Array, value: number): void {
  const { acc } = scratch;
  for (let k = 0; k < postings.length; k++) {
    const p = postings[k]!;
    if (acc[p] !== 0) acc[p]! += value;
  }
}

/** Adds `value` to every posting, listing passages new to the ranking; the new count. */
function addToAll(scratch: RankingScratch, postings: Uint32Array, value: number, count: number): number {
  const { acc, touched } = scratch;
  for (let k = 0; k < postings.length; k++) {
    const p = postings[k]!;
    if (acc[p] === 0) touched[count++] = p;
    acc[p]! += value;
  }
  return count;
}

/**
 * Several words ("smart city", "schéma départemental d'aménagement numérique"): scan the rarest word's
 * postings and count the others in those passages. A passage without the rarest word gets nothing from
 * the alternative, whichever way it is scored (see alternativeValue): scanning "numérique" (a third of
 * the corpus) for a share of "schéma départemental d'aménagement numérique" would cost more than all
 * the rest of the question.
 */
function scanPhrase(run: RankingRun, alt: ResolvedAlternative): void {
  if (alt.rarest < 0) return;
  // A copy (counting the other words reads their lists, which may reuse the buffer); once pruned, of the
  // passages found so far only: the others would be counted for nothing, on lists walked whole.
  const list = run.source.postings(alt.rarest);
  const postings = run.pruned ? foundAmong(run.scratch, list) : copyOf(run.scratch, list);
  const found = run.scratch.countBuffer(postings.length).fill(1);
  for (const id of alt.others) countWord(run, postings, id, found);
  for (let k = 0; k < postings.length; k++) offer(run, postings[k]!, (alt.factor * found[k]!) / alt.ids.length);
}

/** The list in a scratch buffer. */
function copyOf(scratch: RankingScratch, list: Uint32Array): Uint32Array {
  const postings = scratch.idBuffer(list.length);
  postings.set(list);
  return postings;
}

/** The list's passages already found (with a score), in a scratch buffer, in order. */
function foundAmong(scratch: RankingScratch, list: Uint32Array): Uint32Array {
  const { acc } = scratch;
  const postings = scratch.idBuffer(list.length);
  let count = 0;
  for (let k = 0; k < list.length; k++) {
    const p = list[k]!;
    if (acc[p] !== 0) postings[count++] = p;
  }
  return postings.subarray(0, count);
}

/**
 * Adds 1 to found[k] where passage postings[k] holds the word: by walking the word's list beside them
 * when it is shorter than the look-ups would cost, by looking the word up in each passage otherwise.
 */
function countWord(run: RankingRun, postings: Uint32Array, id: number, found: Uint8Array): void {
  const { source } = run;
  const { acc } = run.scratch;
  if (source.frequency(id) < postings.length * lookUpCost(source.members?.(id))) {
    const list = source.postings(id);
    let j = 0;
    for (let k = 0; k < postings.length && j < list.length; k++) {
      const p = postings[k]!;
      while (j < list.length && list[j]! < p) j++;
      if (list[j] === p) found[k]!++;
    }
    return;
  }
  for (let k = 0; k < postings.length; k++) {
    const p = postings[k]!;
    if ((!run.pruned || acc[p] !== 0) && source.holds(p, id)) found[k]!++;
  }
}

// Copying and selecting are separate functions, with no loop in the caller: V8 compiles a long loop
// on the fly (on-stack replacement) before the call after it has ever run, and such code gives up at
// that call ("insufficient type feedback") — seen 100 times in a row over one benchmark pass.

/** Pushes the passages scoring above `cut` to `above`; those scoring `cut` exactly, in a scratch buffer. */
function splitAtCut(scratch: RankingScratch, count: number, cut: number, above: number[]): Uint32Array {
  const { touched: ids, acc: scores } = scratch;
  const tied = scratch.idBuffer(count);
  let tiedCount = 0;
  for (let i = 0; i < count; i++) {
    const p = ids[i]!;
    const score = scores[p]!;
    if (score > cut) above.push(p);
    else if (score === cut) tied[tiedCount++] = p;
  }
  return tied.subarray(0, tiedCount);
}

/** The k-th largest score among `ids`. */
function kthLargest(scratch: RankingScratch, count: number, k: number): number {
  return quickselectLargest(scoresOfTouched(scratch, count), k);
}

/** The scores of the first `count` touched passages, in a scratch buffer. */
function scoresOfTouched(scratch: RankingScratch, count: number): Float64Array {
  const { touched: ids, acc: scores } = scratch;
  const values = scratch.valueBuffer(count);
  for (let i = 0; i < count; i++) values[i] = scores[ids[i]!]!;
  return values;
}

/** The k-th smallest of distinct ids: the k-th largest of their negatives. */
function kthSmallest(scratch: RankingScratch, ids: Uint32Array, k: number): number {
  return -quickselectLargest(negatives(scratch, ids), k);
}

function negatives(scratch: RankingScratch, ids: Uint32Array): Float64Array {
  const values = scratch.valueBuffer(ids.length);
  for (let i = 0; i < ids.length; i++) values[i] = -ids[i]!;
  return values;
}

/** The k-th largest value (1-based), reordering `values` in place (Hoare's quickselect). */
function quickselectLargest(values: Float64Array, k: number): number {
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

/**
 * The `limit` ids with the highest scores, best first, ties by lower id: the `limit`-th best score by
 * quickselect, every id above it, and the lowest ids among those equal to it — linear in the candidates,
 * which a question of common words counts in hundreds of thousands.
 */
function selectTop(scratch: RankingScratch, count: number, limit: number): number[] {
  const { touched: ids, acc: scores } = scratch;
  const byRank = (a: number, b: number) => scores[b]! - scores[a]! || a - b;
  if (count <= limit) return Array.from(ids.subarray(0, count)).sort(byRank);
  const cut = kthLargest(scratch, count, limit);
  const chosen: number[] = [];
  const ties = splitAtCut(scratch, count, cut, chosen);
  const wanted = limit - chosen.length;
  if (ties.length > wanted) {
    const last = kthSmallest(scratch, ties, wanted);
    for (const p of ties) if (p <= last) chosen.push(p);
  } else {
    for (const p of ties) chosen.push(p);
  }
  return chosen.sort(byRank);
}
