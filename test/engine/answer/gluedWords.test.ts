// A name typed in lowercase that reads as a glued elision ("laval": l'aval) is kept as typed when the
// corpus says it, and opened when it does not ("lantenne": l'antenne).
import { describe, expect, it } from 'vitest';
import { analyzeFrenchTerms } from '../../../src/engine/analysis/analyzeFrench.ts';
import { withGluedWordsKept } from '../../../src/engine/answer/gluedWords.ts';
import { alternative, queryConcept } from '../../../src/engine/answer/readQuestion.ts';
import type { CorpusDocument } from '../../../src/engine/types.ts';
import { InMemoryBackend } from './inMemoryBackend.ts';

const CORPUS: CorpusDocument[] = [
  {
    source: 'essai/laval-fibre.txt',
    file: 'laval-fibre.txt',
    title: 'Laval Agglomération achève son réseau de fibre optique',
    tags: [],
    blocks: ['À Laval, l’antenne du syndicat suit les 4 200 dernières prises à raccorder en aval du nœud.'],
  },
];

const read = (label: string, glued: string) => queryConcept(label, 'content', [alternative(analyzeFrenchTerms(label), 1)], { glued });

describe('withGluedWordsKept', () => {
  it('gives back the word as typed when the corpus says it', async () => {
    const [kept] = await withGluedWordsKept(new InMemoryBackend(CORPUS), [read('aval', 'laval')]);
    expect(kept).toMatchObject({ label: 'laval', kind: 'content' });
    expect(kept!.alternatives.map((a) => a.terms)).toEqual([['laval']]);
  });

  it('keeps the elision opened when the corpus says the word it opens to, and not the word as typed', async () => {
    const opened = read('antenne', 'lantenne');
    expect(await withGluedWordsKept(new InMemoryBackend(CORPUS), [opened])).toEqual([opened]);
  });

  it('asks the word as typed when the corpus says neither: a name it never mentions ("lorient")', async () => {
    const [typed] = await withGluedWordsKept(new InMemoryBackend(CORPUS), [read('orient', 'lorient')]);
    expect(typed).toMatchObject({ label: 'lorient', kind: 'content' });
  });
});
