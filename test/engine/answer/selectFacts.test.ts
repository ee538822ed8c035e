// Which passages an answer cites beside the best one.
import { describe, expect, it } from 'vitest';
import type { ScoredPassage } from '../../../src/engine/answer/scorePassages.ts';
import { partItems, selectFacts } from '../../../src/engine/answer/selectFacts.ts';

/** A scored passage of document `doc`, answering a "quand" question with a date. */
function dated(doc: number, text: string, score: number, said: { own: number; local: number }): ScoredPassage {
  return {
    view: { doc } as ScoredPassage['view'],
    passage: { kind: 'sentence', text } as ScoredPassage['passage'],
    coverage: 0.75,
    own: said.own,
    evidence: 0.75,
    missesName: false,
    untitledNameTerms: new Set(),
    nameInPassing: false,
    focusFound: true,
    saysQuestionWords: said.own > 0,
    typeWords: 0,
    local: said.local,
    countedInDocument: false,
    subjectAbove: false,
    score,
  };
}

const words = (s: ScoredPassage) => new Set(s.passage.text.toLowerCase().split(/\W+/u));

describe('selectFacts', () => {
  const best = dated(1, 'Le bus numérique s’arrêtera à Privas pour la première fois le 3 mars.', 1.08, { own: 0.3, local: 0.5 });

  it('cites a further answer nearly as good that says what was asked', () => {
    const second = dated(1, 'Une seconde tournée desservira les villages du plateau à partir du 14 avril.', 1.03, { own: 0.2, local: 0.3 });
    expect(selectFacts([best, second], { answerType: 'date' }, false, words)).toEqual([best, second]);
  });

  it('does not cite a dateline held up only by its document', () => {
    // No word of the question in it or beside it: it scores on the names its release is about.
    const dateline = dated(1, 'Privas, mardi 8 octobre 2024.', 1.03, { own: 0, local: 0 });
    expect(selectFacts([best, dateline], { answerType: 'date' }, false, words)).toEqual([best]);
  });

  it('answers with a passage a little below the best one when that one does not answer, not with a much weaker one', () => {
    // The best passage restates the question but holds no date.
    const restated = { ...best, evidence: 0, span: undefined, score: 1 };
    const close = dated(1, 'Le bus a fait sa première halte le 3 mars, place de la mairie.', 0.82, { own: 0.2, local: 0.4 });
    expect(selectFacts([restated, close], { answerType: 'date' }, false, words)).toEqual([close]);
    const weak = dated(1, 'Le bus a fait sa première halte le 3 mars, place de la mairie.', 0.7, { own: 0.2, local: 0.4 });
    expect(selectFacts([restated, weak], { answerType: 'date' }, false, words)).toEqual([]);
  });
});

describe('partItems', () => {
  // "Rochebrune et Lanvaux offrent du wifi gratuit : comment font-elles ?" — Lanvaux answered, with a
  // passage covering 0.7 of its part; Rochebrune's page says it in passing.
  const said = (doc: number, text: string, coverage: number): ScoredPassage => ({
    ...dated(doc, text, coverage, { own: 0.3, local: 0.4 }),
    coverage,
    evidence: 0,
  });
  const meters = said(2, 'Les horodateurs de Rochebrune servent aussi de relais wifi gratuits.', 0.47);

  it('takes the best passage of an unanswered part as one item of the list', () => {
    expect(partItems([[meters]], 0.7, { answerType: 'other' }, () => false)).toEqual([meters]);
  });

  it('takes no passage covering less than a list item needs', () => {
    const parking = said(2, 'Une application indique les places libres à Rochebrune.', 0.4);
    expect(partItems([[parking]], 0.7, { answerType: 'other' }, () => false)).toEqual([]);
  });

  it('takes no second passage from a document already cited, nor two from one document', () => {
    expect(partItems([[meters]], 0.7, { answerType: 'other' }, (s) => s.view.doc === 2)).toEqual([]);
    const again = said(2, 'Le réseau des horodateurs sera étendu aux parkings en 2025.', 0.5);
    expect(partItems([[meters], [again]], 0.7, { answerType: 'other' }, () => false)).toEqual([meters]);
  });

  it('takes no passage without the evidence the question asks for', () => {
    expect(partItems([[meters]], 0.7, { answerType: 'date' }, () => false)).toEqual([]);
  });
});
