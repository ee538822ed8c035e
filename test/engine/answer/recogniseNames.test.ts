// Words typed in lowercase that the documents write as names become names; a spelling correction does not.
import { describe, expect, it } from 'vitest';
import { analyzeFrenchTerms } from '../../../src/engine/analysis/analyzeFrench.ts';
import { alternative, queryConcept } from '../../../src/engine/answer/readQuestion.ts';
import { recogniseNames } from '../../../src/engine/answer/recogniseNames.ts';
import type { ResolvedConcept } from '../../../src/engine/answer/resolveConcepts.ts';
import { fakeDocumentView } from './fakeDocumentView.ts';

const SENTENCES = [
  'Le salon se tiendra à Paris du 3 au 5 juin, porte de Versailles.',
  'Les élus de Paris et de la petite couronne y présenteront leurs réseaux.',
  'Une navette relie la gare au salon toutes les vingt minutes depuis Paris.',
];

const view = (sentences = SENTENCES) => fakeDocumentView(sentences, { file: 'salon.txt' });

function concept(label: string, term: string, factor: number): ResolvedConcept {
  return {
    concept: queryConcept(label, 'content', [alternative([term], factor)]),
    alternatives: [alternative([term], factor)],
    weight: 3,
    present: true,
  };
}

describe('recogniseNames', () => {
  it('makes a name of a word typed in lowercase that the documents write with a capital', () => {
    const typed = concept('paris', 'paris', 1);
    recogniseNames([typed], [view()]);
    expect(typed.concept.kind).toBe('name');
  });

  it('keeps a word after an adverb of degree a word, though a page writes it as a name ("au plus fort de l’été", Fort-Lanvel)', () => {
    const fortSentences = ['La navette dessert Fort-Lanvel chaque matin.', 'Le musée de Fort-Lanvel ouvre ses salles numériques.'];
    const typed = concept('fort', 'fort', 1);
    recogniseNames([typed], [view(fortSentences)], 'combien de visiteurs au plus fort de l’été ?');
    expect(typed.concept.kind).toBe('content');
    const named = concept('fort', 'fort', 1);
    recogniseNames([named], [view(fortSentences)], 'combien de visiteurs au musée du fort ?');
    expect(named.concept.kind).toBe('name');
  });

  it('keeps the noun of a body a word, though a page writes it with a capital for the body it names ("le Groupe a…")', () => {
    const groupSentences = ['Depuis 2019, le Groupe a investi dans la fibre.', 'En 2021, le Groupe dessert déjà neuf départements.'];
    const typed = concept('groupe', analyzeFrenchTerms('groupe')[0]!, 1);
    recogniseNames([typed], [view(groupSentences)], 'que décide le groupe de pilotage ?');
    expect(typed.concept.kind).toBe('content');
    // …unless the question types it inside a name, after a capitalised word ("Vernay groupe")
    const companySentences = ['Depuis 2019, Vernay Groupe Numérique finance la fibre.', 'En 2021, Vernay Groupe Numérique a recruté.'];
    const named = concept('groupe', analyzeFrenchTerms('groupe')[0]!, 1);
    recogniseNames([named], [view(companySentences)], 'Quelle est la part de Vernay groupe numérique ?');
    expect(named.concept.kind).toBe('name');
  });

  it('reads a capital inside a hyphenated word as a name even where the word opens its sentences', () => {
    const typed = concept('saint-aubin-des-bois', analyzeFrenchTerms('Saint-Aubin-des-Bois')[0]!, 1);
    const opening = ['Saint-Aubin-des-Bois : la fibre arrive au bourg.', 'Saint-Aubin-des-Bois compte deux cents prises.'];
    recogniseNames([typed], [view(opening)]);
    expect(typed.concept.kind).toBe('name');
  });

  it('makes a name of a word typed with its capital to open the question, that the documents say only to open theirs', () => {
    const opening = ['Montbrison : la fibre arrive au bourg.', 'Montbrison compte deux cents prises raccordables.'];
    const typed = { ...concept('Montbrison', 'montbrison', 1) };
    typed.concept = queryConcept('Montbrison', 'content', [alternative(['montbrison'], 1)], { capitalised: true });
    recogniseNames([typed], [view(opening)]);
    expect(typed.concept.kind).toBe('name');
    // …but not a word the documents also write in lowercase
    const word = { ...concept('Fibre', analyzeFrenchTerms('fibre')[0]!, 1) };
    word.concept = queryConcept('Fibre', 'content', [alternative(analyzeFrenchTerms('fibre'), 1)], { capitalised: true });
    recogniseNames([word], [view(['Fibre : le chantier avance.', 'La fibre arrive au bourg.', 'Fibre et cuivre coexistent.'])]);
    expect(word.concept.kind).toBe('content');
  });

  it('makes a name of a word whose stem is no prefix of it: "Lanvaux" stems as a plural in -aux', () => {
    const named = ['Le wifi public arrive dans les jardins de Lanvaux.', 'Les habitants de Lanvaux se connectent sans mot de passe.'];
    const terms = analyzeFrenchTerms('lanvaux');
    const typed = { ...concept('lanvaux', terms[0]!, 1) };
    recogniseNames([typed], [view(named)]);
    expect(typed.concept.kind).toBe('name');
  });

  it('leaves a plural typed a plain word: names do not inflect, "des maisons" is no "Maison France Services"', () => {
    const typed = concept('maisons', analyzeFrenchTerms('maisons')[0]!, 1);
    const named = ['La Maison France Services ouvre lundi à Saint-Aubin.', 'Deux conseillers tiennent la Maison France Services.'];
    recogniseNames([typed], [view(named)]);
    expect(typed.concept.kind).toBe('content');
  });

  it('leaves a spelling correction a plain word: "parmis" corrected to "paris" is a guess, not a place asked about', () => {
    const corrected = concept('parmis', 'paris', 0.8);
    recogniseNames([corrected], [view()]);
    expect(corrected.concept.kind).toBe('content');
  });

  it('leaves a translated word a plain word: "French" read as "français" is no "France"', () => {
    const translated = concept('French', analyzeFrenchTerms('français')[0]!, 1);
    const pages = ['La France compte 34 000 communes.', 'En France, la fibre avance.', 'Un plan pour la France rurale.'];
    recogniseNames([translated], [view(pages)]);
    expect(translated.concept.kind).toBe('content');
  });
});
