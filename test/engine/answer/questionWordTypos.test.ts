// Mistyped question words are corrected before the question is read; known words and names are not.
import { describe, expect, it } from 'vitest';
import { correctQuestionWords } from '../../../src/engine/answer/questionWordTypos.ts';
import { bundledLanguageResources } from '../../../src/engine/language/languageResources.ts';

const language = bundledLanguageResources();
const knows = language.knows;

describe('correctQuestionWords', () => {
  it.each<[string, string]>([
    ['Combein de bornes seront installées ?', 'Combien de bornes seront installées ?'],
    ['ça coûte cobmien la connexion ?', 'ça coûte combien la connexion ?'],
    ['Deppuis quand le bus circule-t-il ?', 'Depuis quand le bus circule-t-il ?'],
    ['Quel pourceentage des foyers est éligible ?', 'Quel pourcentage des foyers est éligible ?'],
    ['quel est le buudget du plan ?', 'quel est le budget du plan ?'],
    // a plural noun naming the kind of answer keeps its plural
    ['quelles commnes ont la fibre ?', 'quelles communes ont la fibre ?'],
    // and a noun of measure
    ['quelle hauter fait le mât ?', 'quelle hauteur fait le mât ?'],
    // right after "quelle", a shorter noun of the kind asked
    ['à partir de quelle anné le bus circule ?', 'à partir de quelle annee le bus circule ?'],
    // …or right after an article
    ['Qui est la mair de Sorrac ?', 'Qui est la maire de Sorrac ?'],
  ])('%s → %s', (typed, corrected) => {
    expect(correctQuestionWords(typed, knows)).toBe(corrected);
  });

  it.each([
    // words the lexicon knows, one typo away from a question word
    "L'opérateur combine fibre et mobile.",
    'Quant au budget, il reste à voter.',
    // a capitalised word inside the question is a name
    'Combien de prises à Pourcentagy ?',
    // short words are one typo away from too many others
    'Qeul est le prix ?',
    // (…even after an article, where a four-letter noun may be one)
    'Le ann du bus',
  ])('leaves "%s" as it is', (typed) => {
    expect(correctQuestionWords(typed, knows)).toBe(typed);
  });

  it('leaves a noun typed without its silent letter to the corpus, not to a shaping word of another sound ("adjoins": adjoints, not adjoint)', () => {
    const typed = 'Qui sont les adjoins du maire de Sorrac ?';
    expect(correctQuestionWords(typed, knows, language.isVerb)).toBe(typed);
  });

  it('corrects a verb form after an article, a noun misspelt ("le montent"), and no verb in its place', () => {
    expect(correctQuestionWords('quel est le montent du loyer ?', knows, language.isVerb)).toBe('quel est le montant du loyer ?');
    expect(correctQuestionWords('les prix montent-ils ?', knows, language.isVerb)).toBe('les prix montent-ils ?');
  });
});
