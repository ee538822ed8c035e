// Two questions typed as one are split where a conjunction brings in a second question word.
import { describe, expect, it } from 'vitest';
import { questionClauses } from '../../../src/engine/answer/questionClauses.ts';

describe('questionClauses', () => {
  it('splits at "et" / "and" before a question word, each clause a question', () => {
    expect(questionClauses('Combien a coûté le réseau de Lescouzac, et quand sera-t-il terminé ?')).toEqual([
      'Combien a coûté le réseau de Lescouzac ?',
      'quand sera-t-il terminé (Lescouzac) ?',
    ]);
    expect(questionClauses('How much did Valmont pay for its tablets, and what does Fontbrune pay for its mast?')).toEqual([
      'How much did Valmont pay for its tablets ?',
      'what does Fontbrune pay for its mast?',
    ]);
  });

  it('gives the second clause the names of the first when it types none ("4G" is no name)', () => {
    expect(questionClauses('Creuse : où en est la fibre et combien de pylônes 4G ont ouvert ?')?.[1]).toBe(
      'combien de pylônes 4G ont ouvert (Creuse) ?',
    );
  });

  it('leaves one question whole: no second question word, or clauses too short to ask anything', () => {
    expect(questionClauses('Qui a construit et qui exploite le réseau ?')).toBeUndefined();
    expect(questionClauses('Quand et où a lieu la réunion publique ?')).toBeUndefined();
    expect(questionClauses('Combien de prises ont été raccordées à Lescouzac et à Pouzac ?')).toBeUndefined();
    // a topic, then the one question asked of it
    expect(questionClauses('Le nouveau pylône de Saint-Geniès : et quand a-t-il été autorisé ?')).toBeUndefined();
  });
});
