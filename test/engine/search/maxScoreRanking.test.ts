// MaxScore ranking over any posting source: exact while every candidate fits in the limit, best first,
// ties by id; pruning never loses the best passage.
import { describe, expect, it } from 'vitest';
import { type PostingSource, rankByMaxScore, RankingScratch } from '../../../src/engine/search/maxScoreRanking.ts';
import type { WeightedConcept } from '../../../src/engine/search/searchBackend.ts';
import { DenseMembership } from '../../../src/engine/search/denseMembership.ts';

/** Passages as term lists, in memory. */
function source(passages: string[][]): PostingSource {
  const terms = [...new Set(passages.flat())];
  const lists = terms.map((t) => Uint32Array.from(passages.flatMap((p, i) => (p.includes(t) ? [i] : []))));
  return {
    passageCount: passages.length,
    termId: (term) => terms.indexOf(term),
    frequency: (id) => lists[id]!.length,
    postings: (id) => lists[id]!,
    holds: (passage, id) => passages[passage]!.includes(terms[id]!),
  };
}

/** The same source, with bitsets for its common terms (as the compact index has). */
function withBitsets(plain: PostingSource): PostingSource {
  const dense = new DenseMembership(plain.passageCount, 1000, plain.frequency, plain.postings);
  return { ...plain, members: (id) => dense.bitset(id) };
}

const concept = (weight: number, ...alternatives: Array<[string[], number]>): WeightedConcept => ({
  weight,
  alternatives: alternatives.map(([terms, factor]) => ({ terms, factor })),
});

const PASSAGES = [
  ['fibr', 'cantal'],
  ['fibr', 'optiqu', 'cantal', 'commun'],
  ['cantal', 'tourism'],
  ['fibr'],
  ['tres', 'haut', 'debit', 'cantal'],
  ['thd', 'cantal'],
];

describe('rankByMaxScore', () => {
  it('scores each concept by its best alternative, best first, ties by id', () => {
    const query = [concept(1, [['fibr'], 1]), concept(1, [['cantal'], 1])];
    const { ids } = rankByMaxScore(source(PASSAGES), query, 10, new RankingScratch(PASSAGES.length));
    expect(ids).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('lets no passage in on concepts too light to reach 40% of the question', () => {
    const query = [concept(2, [['fibr'], 1]), concept(1, [['cantal'], 1])];
    const { ids } = rankByMaxScore(source(PASSAGES), query, 10, new RankingScratch(PASSAGES.length));
    expect(ids).toEqual([0, 1, 3]);
  });

  it('gives an alternative of several words a share of its factor per word found', () => {
    const query = [concept(3, [['thd'], 1], [['tres', 'haut', 'debit'], 0.9]), concept(1, [['cantal'], 1])];
    const { ids } = rankByMaxScore(source(PASSAGES), query, 2, new RankingScratch(PASSAGES.length));
    expect(ids).toEqual([5, 4]);
  });

  it('honours the limit, ignores unknown terms, and reuses its scratch arrays', () => {
    const scratch = new RankingScratch(PASSAGES.length);
    expect(rankByMaxScore(source(PASSAGES), [concept(1, [['fibr'], 1])], 2, scratch).ids).toEqual([0, 1]);
    expect(rankByMaxScore(source(PASSAGES), [concept(1, [['lyon'], 1])], 5, scratch).ids).toEqual([]);
    expect(rankByMaxScore(source(PASSAGES), [concept(1, [['tourism'], 1])], 5, scratch).ids).toEqual([2]);
    expect(scratch.acc.every((v) => v === 0)).toBe(true);
  });

  it('breaks ties by lower id when more candidates tie than the limit takes', () => {
    const passages = Array.from({ length: 500 }, (_, i) => (i % 7 === 3 ? ['fibr', 'cantal'] : ['fibr']));
    const query = [concept(1, [['fibr'], 1]), concept(1, [['cantal'], 1])];
    const { ids } = rankByMaxScore(source(passages), query, 80, new RankingScratch(passages.length));
    const both = passages.flatMap((p, i) => (p.length === 2 ? [i] : []));
    const rest = passages.flatMap((p, i) => (p.length === 1 ? [i] : []));
    expect(ids).toEqual([...both, ...rest].slice(0, 80));
  });

  it('keeps the best passage when later, lighter concepts are pruned', () => {
    // 300 passages hold the common word, one holds the rare one too.
    const passages = Array.from({ length: 300 }, (_, i) => (i === 250 ? ['rare', 'commun'] : ['commun']));
    const query = [concept(5, [['rare'], 1]), concept(0.5, [['commun'], 1])];
    const { ids } = rankByMaxScore(source(passages), query, 3, new RankingScratch(passages.length));
    expect(ids[0]).toBe(250);
  });

  it('answers at once with the first passages by id that say the whole question, when long lists hold enough of them', () => {
    // Thousands of passages, every one saying a part of the question, one in thirty all of it.
    const passages = Array.from({ length: 12000 }, (_, i) =>
      [i % 2 === 0 && 'fibr', i % 3 === 0 && 'cantal', i % 5 === 0 && 'commun'].filter((t): t is string => t !== false),
    );
    const query = [concept(1, [['fibr'], 1]), concept(1.2, [['cantal'], 1]), concept(0.9, [['commun'], 1], [['villag'], 0.8])];
    const { ids, work } = rankByMaxScore(source(passages), query, 3, new RankingScratch(passages.length));
    expect(ids).toEqual(exactTop(passages, query, 3));
    expect(ids).toEqual([0, 30, 60]);
    // A few hundred look-ups, against 12,400 postings for scanning the lists.
    expect(work).toBeLessThan(1000);
  });

  it('ranks exactly, best first, when no passage says the whole question and the lists are long', () => {
    const passages = Array.from({ length: 12000 }, (_, i) =>
      [i % 2 === 0 && 'fibr', i % 3 === 0 && 'cantal', i % 5 === 0 && i % 30 !== 0 && 'commun'].filter((t): t is string => t !== false),
    );
    const query = [concept(1, [['fibr'], 1]), concept(1.2, [['cantal'], 1]), concept(0.9, [['commun'], 1])];
    const { ids } = rankByMaxScore(source(passages), query, 5, new RankingScratch(passages.length));
    expect(ids).toEqual(exactTop(passages, query, 5));
  });

  it('gives a phrase nothing in a passage without its rarest word, whether scanned or looked up', () => {
    // "reseau" is in nearly every passage, "public" in few. Passage 1 says "gers" and "reseau": scanning
    // "public"'s list never meets it, so looking the phrase up there (as in the few "gers" passages, once
    // pruned) must not lift it above passage 0 either.
    const passages = Array.from({ length: 400 }, (_, i) =>
      [i < 2 && 'gers', i > 0 && 'reseau', i >= 300 && 'public'].filter((t): t is string => t !== false),
    );
    const query = [concept(5, [['gers'], 1]), concept(1, [['reseau', 'public'], 1])];
    const scanned = rankByMaxScore(source(passages), query.slice(1), 3, new RankingScratch(passages.length)).ids;
    expect(scanned).toEqual([300, 301, 302]);
    const { ids } = rankByMaxScore(source(passages), query, 2, new RankingScratch(passages.length));
    expect(ids).toEqual(exactTop(passages, query, 2));
    expect(ids).toEqual([0, 1]);
  });

  it('merges a word and its synonym into one pass, each passage getting the better factor', () => {
    // "fibr" in every other passage, its synonym "thd" in every third: passages with both get 1, not 1.85.
    const passages = Array.from({ length: 3000 }, (_, i) =>
      [i % 2 === 0 && 'fibr', i % 3 === 0 && 'thd', i % 7 === 0 && 'cantal'].filter((t): t is string => t !== false),
    );
    const query = [concept(3, [['fibr'], 1], [['thd'], 0.85]), concept(1, [['cantal'], 1])];
    for (const limit of [5, 200]) {
      const { ids } = rankByMaxScore(source(passages), query, limit, new RankingScratch(passages.length));
      expect(ids).toEqual(exactTop(passages, query, limit));
    }
  });

  it('ranks the same with bitsets for common terms, for less work', () => {
    // Common words (in a half, a third, a fifth of the passages), a rarer one, synonyms and a phrase: once
    // candidates are found, common words are tested against them instead of scanned.
    const passages = Array.from({ length: 3000 }, (_, i) =>
      [
        i % 2 === 0 && 'reseau',
        i % 3 === 0 && 'public',
        i % 5 === 0 && 'commun',
        i % 7 === 0 && 'ville',
        i % 97 === 0 && 'gers',
        i % 89 === 0 && 'gersois',
      ].filter((t): t is string => t !== false),
    );
    const queries = [
      [
        concept(5, [['gers'], 1], [['gersois'], 0.85]),
        concept(2, [['reseau', 'public'], 1]),
        concept(1, [['commun'], 1], [['ville'], 0.8]),
      ],
      [concept(3, [['ville'], 1]), concept(2, [['reseau'], 1]), concept(1.5, [['public'], 1]), concept(1, [['commun'], 1])],
    ];
    for (const query of queries) {
      for (const limit of [3, 24, 100]) {
        const plain = rankByMaxScore(source(passages), query, limit, new RankingScratch(passages.length));
        const dense = rankByMaxScore(withBitsets(source(passages)), query, limit, new RankingScratch(passages.length));
        expect(dense.ids).toEqual(plain.ids);
        expect(dense.work).toBeLessThanOrEqual(plain.work);
      }
    }
  });

  it('once pruned, scores a phrase in the passages already found, as scoring them all would', () => {
    // A heavy word in a third of the passages, then a phrase whose rarest word is in half of them: scanning
    // the phrase costs less than looking it up in every passage found, and counts only those. A hundred
    // passages say it all, fewer than the limit: no shortcut.
    const passages = Array.from({ length: 6000 }, (_, i) =>
      [i % 3 === 0 && 'gers', i % 2 === 0 && 'reseau', (i % 3 !== 0 || i % 60 === 0) && 'public'].filter((t): t is string => t !== false),
    );
    const query = [concept(5, [['gers'], 1]), concept(1, [['reseau', 'public'], 1])];
    const { ids } = rankByMaxScore(source(passages), query, 150, new RankingScratch(passages.length));
    expect(ids).toEqual(exactTop(passages, query, 150));
  });
});

/** Every passage scored, best first, ties by id: what ranking must return when nothing is too light. */
function exactTop(passages: string[][], query: WeightedConcept[], limit: number): number[] {
  const counts = new Map<string, number>();
  const frequency = (t: string) => counts.get(t) ?? counts.set(t, passages.filter((p) => p.includes(t)).length).get(t)!;
  // Several words: a share of them, in the passages holding the rarest.
  const rarest = (terms: readonly string[]) => [...terms].filter((t) => frequency(t) > 0).sort((a, b) => frequency(a) - frequency(b))[0];
  const share = (p: string[], terms: readonly string[]) =>
    p.includes(rarest(terms) ?? '') ? terms.filter((t) => p.includes(t)).length / terms.length : 0;
  const value = (p: string[], c: WeightedConcept) => Math.max(0, ...c.alternatives.map((a) => a.factor * share(p, a.terms)));
  const scored = passages.map((p, id) => ({ id, score: Math.fround(query.reduce((s, c) => s + c.weight * value(p, c), 0)) }));
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.id - b.id)
    .slice(0, limit)
    .map((s) => s.id);
}
