// How many documents a question reads whole (the cost of an answer): five for a plain question, eight
// for a list, three more before a refusal for want of a sure passage, three for a question naming what
// the corpus never mentions. Nine releases about the same programme, written for this file.
import { describe, expect, it } from 'vitest';
import { QuestionAnswerer } from '../../../src/engine/answer/answerQuestion.ts';
import { bundledLanguageResources } from '../../../src/engine/language/languageResources.ts';
import type { PassageWithTerms, WeightedConcept } from '../../../src/engine/search/searchBackend.ts';
import type { CorpusDocument } from '../../../src/engine/types.ts';
import { InMemoryBackend } from './inMemoryBackend.ts';

const COMMUNES = [
  'Arvignac',
  'Bellerive-sur-Lauze',
  'Caudrelles',
  'Damprieux',
  'Estavel',
  'Fontclaire',
  'Gravenac',
  'Hauteserre',
  'Issolières',
];

const CORPUS: CorpusDocument[] = COMMUNES.map((commune, i) => ({
  source: `essai/${i}.txt`,
  file: `${i}.txt`,
  title: `${commune} rejoint le programme de médiathèques numériques`,
  date: `2023-0${(i % 9) + 1}-10`,
  tags: [],
  blocks: [
    `La commune de ${commune} rejoint le programme départemental de médiathèques numériques.`,
    `Sa médiathèque prêtera ${20 + i} tablettes aux habitants à partir de l’automne.`,
    `Le maire de ${commune} a signé la convention avec le département.`,
  ],
}));

/** The in-memory backend, recording which documents' passages each question reads. */
class RecordingBackend extends InMemoryBackend {
  readonly read = new Set<number>();
  /** The number of passages asked of each ranking. */
  readonly ranked: number[] = [];

  override async topPassages(concepts: readonly WeightedConcept[], limit: number): Promise<number[]> {
    this.ranked.push(limit);
    return super.topPassages(concepts, limit);
  }

  override async passagesWithTerms(ids: readonly number[]): Promise<Map<number, PassageWithTerms>> {
    const out = await super.passagesWithTerms(ids);
    for (const p of out.values()) this.read.add(p.passage.doc);
    return out;
  }
}

async function documentsRead(question: string, corpus = CORPUS): Promise<{ read: number; answered: boolean; ranked: number[] }> {
  const backend = new RecordingBackend(corpus);
  const answer = await new QuestionAnswerer(backend, bundledLanguageResources()).answer(question);
  return { read: backend.read.size, answered: answer.answered, ranked: backend.ranked };
}

describe('documents read whole per question', () => {
  it('reads the five likeliest for a plain question', async () => {
    expect(await documentsRead('Combien de tablettes la médiathèque de Caudrelles prêtera-t-elle ?')).toMatchObject({
      read: 5,
      answered: true,
    });
  });

  it('reads eight for a list question, one fact per document', async () => {
    expect(await documentsRead('Quelles communes rejoignent le programme de médiathèques numériques ?')).toMatchObject({ read: 8 });
  });

  it('looks at three more before refusing for want of a sure passage', async () => {
    expect(await documentsRead('Quel est le budget des médiathèques numériques ?')).toMatchObject({ read: 8, answered: false });
  });

  it('reads only the three closest when the question names what the corpus never mentions', async () => {
    expect(await documentsRead('Combien de tablettes la médiathèque de Montauban prêtera-t-elle ?')).toMatchObject({
      read: 3,
      answered: false,
    });
  });

  it('ranks three passages per document wanted, and a hundred only when those name too few documents', async () => {
    const list = 'Quelles communes rejoignent le programme de médiathèques numériques ?';
    expect(await documentsRead(list)).toMatchObject({ read: 8, ranked: [24] });
    // A long release first, saying it of every commune three times: its sentences fill the first ranking.
    const blocks = [1, 2, 3].flatMap(() => CORPUS.map((d) => d.blocks[0]!));
    const long: CorpusDocument = { ...CORPUS[0]!, source: 'essai/long.txt', file: 'long.txt', blocks };
    expect(await documentsRead(list, [long, ...CORPUS])).toMatchObject({ read: 8, ranked: [24, 100] });
  });
});
