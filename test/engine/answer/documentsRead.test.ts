// How many documents a question reads whole (the cost of an answer): five for a plain question, eight
// for a list, three more before a refusal for want of a sure passage, three for a question naming what
// the corpus never mentions. Nine releases about the same programme, written for this file.
import { describe, expect, it } from 'vitest';
import { QuestionAnswerer } from '../../../src/engine/answer/answerQuestion.ts';
import { bundledLanguageResources } from '../../../src/engine/language/languageResources.ts';
import type { PassageWithTerms } from '../../../src/engine/search/searchBackend.ts';
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

  override async passagesWithTerms(ids: readonly number[]): Promise<Map<number, PassageWithTerms>> {
    const out = await super.passagesWithTerms(ids);
    for (const p of out.values()) this.read.add(p.passage.doc);
    return out;
  }
}

async function documentsRead(question: string): Promise<{ read: number; answered: boolean }> {
  const backend = new RecordingBackend(CORPUS);
  const answer = await new QuestionAnswerer(backend, bundledLanguageResources()).answer(question);
  return { read: backend.read.size, answered: answer.answered };
}

describe('documents read whole per question', () => {
  it('reads the five likeliest for a plain question', async () => {
    expect(await documentsRead('Combien de tablettes la médiathèque de Caudrelles prêtera-t-elle ?')).toEqual({ read: 5, answered: true });
  });

  it('reads eight for a list question, one fact per document', async () => {
    expect(await documentsRead('Quelles communes rejoignent le programme de médiathèques numériques ?')).toMatchObject({ read: 8 });
  });

  it('looks at three more before refusing for want of a sure passage', async () => {
    expect(await documentsRead('Quel est le budget des médiathèques numériques ?')).toEqual({ read: 8, answered: false });
  });

  it('reads only the three closest when the question names what the corpus never mentions', async () => {
    expect(await documentsRead('Combien de tablettes la médiathèque de Montauban prêtera-t-elle ?')).toEqual({ read: 3, answered: false });
  });
});
