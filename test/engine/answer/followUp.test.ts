// Reading a follow-up with the questions before it.
import { describe, expect, it } from 'vitest';
import { questionReadingResources } from '../../../src/engine/answer/answerQuestion.ts';
import { withConversation } from '../../../src/engine/answer/followUp.ts';
import { readQuestion } from '../../../src/engine/answer/readQuestion.ts';
import { bundledLanguageResources } from '../../../src/engine/language/languageResources.ts';

const resources = questionReadingResources(bundledLanguageResources());
const read = (question: string) => readQuestion(question, resources);
const labels = (followUp: string, ...earlier: string[]) =>
  withConversation(read(followUp), earlier.map(read)).concepts.map((c) => `${c.label}:${c.kind}`);

describe('withConversation', () => {
  it('carries the names of the earlier question into a follow-up that names nothing', () => {
    expect(labels('Et quand a-t-il signé ?', 'Qui est le maire de Vannes ?')).toEqual(['signé:content', 'Vannes:name', 'maire:content']);
  });

  it('carries the kind of answer the earlier question asked for as what the follow-up speaks of', () => {
    expect(labels('Et quand a-t-il signé ?', 'Quel est le maire de Vannes ?')).toEqual(['signé:content', 'Vannes:name', 'maire:content']);
  });

  it('carries only the names into a follow-up that says enough by itself', () => {
    expect(labels('Combien de bornes de recharge sont prévues ?', 'Quel est le budget du plan vélo de Vannes ?')).toEqual(
      expect.arrayContaining(['Vannes:name']),
    );
    expect(labels('Combien de bornes de recharge sont prévues ?', 'Quel est le budget du plan vélo de Vannes ?')).not.toContain(
      'plan:content',
    );
  });

  it('reads a follow-up with a name of its own alone', () => {
    expect(labels('Et à Quimper ?', 'Qui est le maire de Vannes ?')).toEqual(['Quimper:name']);
  });

  it('goes back to the latest question that named something', () => {
    expect(labels('Et le budget ?', 'Quand le réseau de Vannes sera-t-il fini ?', 'Qui le construit ?')).toContain('Vannes:name');
  });

  it('carries words more weakly than the follow-up says its own', () => {
    const concepts = withConversation(read('Et quand ?'), [read('Qui a construit le pylône de Vannes ?')]).concepts;
    expect(concepts.find((c) => c.label === 'pylône')?.alternatives[0]?.factor).toBe(0.5);
  });
});
