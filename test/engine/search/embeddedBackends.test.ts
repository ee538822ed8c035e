// The search backends that live in the process ('compact', the default, and 'minisearch'), held to one
// contract over the shipped corpus: build, vocabulary, candidate passages, and the snapshot round trip.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/engine/corpus/loadCorpus.ts';
import { EMBEDDED_BACKENDS, type EmbeddedBackendName } from '../../../src/engine/search/embeddedBackends.ts';
import type { EmbeddedIndex } from '../../../src/engine/search/embeddedBackends.ts';
import type { WeightedConcept } from '../../../src/engine/search/searchBackend.ts';
import type { CorpusDocument } from '../../../src/engine/types.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
let corpus: CorpusDocument[];

beforeAll(async () => {
  corpus = (await loadCorpus(path.join(repoRoot, 'corpus'))).documents;
});

const concepts = (...groups: string[][]): WeightedConcept[] => groups.map((terms) => ({ alternatives: [{ terms, factor: 1 }], weight: 1 }));
const passageTexts = (index: EmbeddedIndex, ids: number[]) => ids.map((id) => index.passage(id)?.text ?? '');

describe.each(Object.keys(EMBEDDED_BACKENDS) as EmbeddedBackendName[])('%s backend', (name) => {
  const backend = EMBEDDED_BACKENDS[name];
  let index: EmbeddedIndex;
  beforeAll(() => {
    index = backend.build(corpus);
  });

  it('indexes every document with its citation data and consecutive passages', () => {
    expect(index.documents.map((d) => d.source)).toEqual(corpus.map((d) => d.source));
    expect(index.documents[0]).toMatchObject({
      source: 'corpus/000_dd735be49553672e.txt',
      file: '000_dd735be49553672e.txt',
      title: "Fort-de-France Smart City: La Ville et Orange s'engagent!",
      date: '2018-04-06',
      firstPassage: 0,
    });
    expect(index.documents.reduce((sum, d) => sum + d.passageCount, 0)).toBe(index.passageCount);
    for (const [i, d] of index.documents.entries()) {
      expect(index.passage(d.firstPassage)).toMatchObject({ kind: 'title', doc: i });
      for (let id = d.firstPassage; id < d.firstPassage + d.passageCount; id++) expect(index.passage(id)).toMatchObject({ id, doc: i });
    }
    expect(index.passage(index.passageCount)).toBeUndefined();
  });

  it('counts the passages holding each term', () => {
    expect(index.documentFrequency('valence-sur-bais')).toBe(1);
    const orange = Array.from({ length: index.passageCount }, (_, id) => index.passage(id)?.text ?? '').filter((t) =>
      /orange/i.test(t),
    ).length;
    expect(index.documentFrequency('orang')).toBe(orange);
    expect(index.documentFrequency('toulous')).toBe(0);
    expect(index.documentFrequency('le')).toBe(0); // stopwords are never indexed
  });

  it('tells whether a passage holds a term in its own text', () => {
    const id = Array.from({ length: index.passageCount }, (_, i) => i).find((i) => index.passage(i)?.text.includes('163 personnes'));
    expect(id).toBeDefined();
    expect(index.passageHasTerm(id ?? -1, 'person')).toBe(true);
    expect(index.passageHasTerm(id ?? -1, '163')).toBe(true);
    expect(index.passageHasTerm(id ?? -1, 'seoul')).toBe(false);
  });

  it('lists corpus terms within a few edits, without the term itself', () => {
    // "presonnes" analyses to "preson"
    const similar = index.similarTermsNow('preson', 2);
    expect(similar).toContainEqual(expect.objectContaining({ term: 'person' }));
    for (const s of similar) {
      expect(s.distance).toBeLessThanOrEqual(2);
      expect(s.frequency).toBe(index.documentFrequency(s.term));
    }
    expect(index.similarTermsNow('fibr', 1).map((s) => s.term)).not.toContain('fibr');
    expect(index.similarTermsNow('zzzzzzzz', 1)).toEqual([]);
  });

  it('finds the passages covering the most of a question, best first', () => {
    expect(passageTexts(index, index.rankPassages(concepts(['163'], ['person']), 5))[0]).toContain('163 personnes');
    // numbers however written: "13.000" is the term 13000
    expect(passageTexts(index, index.rankPassages(concepts(['13000'], ['pris']), 3))[0]).toContain('13.000 prises');
    expect(passageTexts(index, index.rankPassages(concepts(['15.5'], ['million']), 3))[0]).toContain('15,5 millions');
    // a hyphenated name by the whole or by its words
    expect(passageTexts(index, index.rankPassages(concepts(['valence-sur-bais']), 3))[0]).toContain('Valence-sur-Baïse');
    expect(
      passageTexts(index, index.rankPassages([{ alternatives: [{ terms: ['valenc', 'bais'], factor: 1 }], weight: 1 }], 3))[0],
    ).toContain('Valence-sur-Baïse');
  });

  it('honours the limit and returns nothing for unknown terms', () => {
    expect(index.rankPassages(concepts(['fibr'], ['orang']), 3).length).toBeLessThanOrEqual(3);
    expect(index.rankPassages(concepts(['fibr'], ['orang']), 3).length).toBeGreaterThan(0);
    expect(index.rankPassages(concepts(['lyon']), 10)).toEqual([]);
    expect(index.rankPassages([], 10)).toEqual([]);
  });

  it('gives the same answers after toParts → fromParts', () => {
    const loaded = backend.fromParts(backend.toParts(index));
    expect(loaded.passageCount).toBe(index.passageCount);
    expect(loaded.documents).toEqual(index.documents);
    for (let id = 0; id < index.passageCount; id++) expect(loaded.passage(id)).toEqual(index.passage(id));
    for (const query of [
      concepts(['fibr'], ['optiqu']),
      concepts(['13000'], ['pris']),
      concepts(['seoul'], ['manch'], ['convention']),
      concepts(['didi'], ['laguer']),
    ]) {
      expect(loaded.rankPassages(query, 20)).toEqual(index.rankPassages(query, 20));
    }
    for (const term of ['fibr', 'orang', 'gers', 'seoul', 'jamais'])
      expect(loaded.documentFrequency(term)).toBe(index.documentFrequency(term));
    // same neighbours (a radix tree may list them in another order)
    const byTerm = (a: { term: string }, b: { term: string }) => a.term.localeCompare(b.term);
    expect([...loaded.similarTermsNow('preson', 2)].sort(byTerm)).toEqual([...index.similarTermsNow('preson', 2)].sort(byTerm));
  });

  it('builds from a corpus folder the index it builds from the loaded documents, with the files read', async () => {
    const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
    const fromFolder = await backend.buildFromFolder(path.join(repoRoot, 'corpus'), { corpusCaps: {}, logger: silent });
    const loaded = await loadCorpus(path.join(repoRoot, 'corpus'));
    expect(backend.toParts(fromFolder.index)).toEqual(backend.toParts(index));
    expect(fromFolder.files).toEqual(loaded.files);
    expect(fromFolder.skipped).toEqual(loaded.skipped);
  });

  it('builds an empty index from no documents', () => {
    const empty = backend.build([]);
    expect(empty.passageCount).toBe(0);
    expect(empty.documentFrequency('fibr')).toBe(0);
    expect(empty.rankPassages(concepts(['fibr']), 10)).toEqual([]);
  });
});

describe('backends agree', () => {
  it('on the vocabulary and on the best passage for plain questions', () => {
    const compact = EMBEDDED_BACKENDS.compact.build(corpus);
    const mini = EMBEDDED_BACKENDS.minisearch.build(corpus);
    for (const term of ['fibr', 'orang', 'seoul', '13000', 'fort-de-franc', 'person']) {
      expect(compact.documentFrequency(term), term).toBe(mini.documentFrequency(term));
    }
    for (const query of [concepts(['163'], ['person']), concepts(['valence-sur-bais']), concepts(['99.96'], ['popul'])]) {
      expect(compact.rankPassages(query, 1)).toEqual(mini.rankPassages(query, 1));
    }
  });
});
