// The documents a question reads are found with the surer ways of saying its concepts: a concept the
// corpus knows only through a loose thesaurus synonym scores sentences of the documents found, and finds none.
import { describe, expect, it } from 'vitest';
import { likelyDocuments } from '../../../src/engine/answer/gatherCandidates.ts';
import { alternative, queryConcept } from '../../../src/engine/answer/readQuestion.ts';
import type { ResolvedConcept } from '../../../src/engine/answer/resolveConcepts.ts';
import type { WeightedConcept } from '../../../src/engine/search/searchBackend.ts';
import type { CorpusDocument } from '../../../src/engine/types.ts';
import { InMemoryBackend } from './inMemoryBackend.ts';

const CORPUS: CorpusDocument[] = [
  {
    source: 'essai/plouzel.txt',
    file: 'plouzel.txt',
    title: 'Plouzel se remet de sa cyberattaque',
    tags: [],
    blocks: ['La remise en état des serveurs de Plouzel prendra trois semaines.'],
  },
];

class RecordingBackend extends InMemoryBackend {
  searched: WeightedConcept[] = [];
  override async topPassages(concepts: readonly WeightedConcept[], limit: number): Promise<number[]> {
    this.searched = [...concepts];
    return super.topPassages(concepts, limit);
  }
}

const resolved = (label: string, ways: Array<[string, number]>): ResolvedConcept => ({
  concept: queryConcept(
    label,
    'content',
    Array.from(ways, ([t, f]) => alternative([t], f)),
  ),
  alternatives: Array.from(ways, ([t, f]) => alternative([t], f)),
  weight: 2,
  present: true,
});

describe('likelyDocuments', () => {
  it('searches the surer ways of saying each concept, and no concept said only by a loose synonym', async () => {
    const backend = new RecordingBackend(CORPUS);
    const docs = await likelyDocuments(backend, [resolved('Plouzel', [['plouzel', 1]]), resolved('système', [['logiqu', 0.5]])], 3);
    expect(docs).toEqual([0]);
    expect(backend.searched.map((c) => c.alternatives.map((a) => a.terms.join(' ')))).toEqual([['plouzel']]);
  });
});
