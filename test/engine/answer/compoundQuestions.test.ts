// A question joining two names by "et", "ou", a comma is asked once per name; the names it does not join
// stay in every part, and a name read as two words ("les Causses de Vernadel") stays whole.
import { describe, expect, it } from 'vitest';
import { partsByName } from '../../../src/engine/answer/compoundQuestions.ts';
import { alternative, type ConceptKind, queryConcept } from '../../../src/engine/answer/readQuestion.ts';
import type { ResolvedConcept } from '../../../src/engine/answer/resolveConcepts.ts';

const resolved = (label: string, kind: ConceptKind = 'name'): ResolvedConcept => ({
  concept: queryConcept(label, kind, [alternative([label.toLowerCase()], 1)]),
  alternatives: [alternative([label.toLowerCase()], 1)],
  weight: 1,
  present: true,
});
const labels = (parts: ResolvedConcept[][] | undefined) => parts?.map((part) => part.map((c) => c.concept.label));

describe('partsByName', () => {
  it('asks once per joined name, each part keeping the words before the first name', () => {
    const question = 'Qui a remporté le marché à Valmont et qui déploie la fibre à Saint-Aulaire ?';
    const concepts = [resolved('remporté', 'verb'), resolved('Valmont'), resolved('fibre', 'content'), resolved('Saint-Aulaire')];
    expect(labels(partsByName(question, concepts))).toEqual([
      ['remporté', 'Valmont'],
      ['remporté', 'fibre', 'Saint-Aulaire'],
    ]);
  });

  it('keeps a name in brackets with the name it follows, another way of saying it ("le Vernaix (SYVERN)")', () => {
    const question = 'Combien de prises les réseaux publics comptent-ils dans le Vernaix (SYVERN) et dans la Lanvaux ?';
    const concepts = [resolved('prises', 'content'), resolved('Vernaix'), resolved('SYVERN'), resolved('Lanvaux')];
    expect(labels(partsByName(question, concepts))).toEqual([
      ['prises', 'Vernaix', 'SYVERN'],
      ['prises', 'Lanvaux'],
    ]);
  });

  it('keeps a name the question does not join in every part', () => {
    const question = 'Orange a-t-il signé avec Brest et avec Quimper ?';
    const concepts = [resolved('Orange'), resolved('signé', 'verb'), resolved('Brest'), resolved('Quimper')];
    expect(labels(partsByName(question, concepts))).toEqual([
      ['Orange', 'signé', 'Brest'],
      ['Orange', 'signé', 'Quimper'],
    ]);
  });

  it('keeps a name with the place it is said to be in', () => {
    const question = "Que font le Sidelo dans l'Ariège et Vernéa dans les Hautes-Alpes pour les communes ?";
    const concepts = [
      resolved('Sidelo'),
      resolved('Ariège'),
      resolved('Vernéa'),
      resolved('Hautes-Alpes'),
      resolved('communes', 'content'),
    ];
    expect(labels(partsByName(question, concepts))).toEqual([
      ['Sidelo', 'Ariège', 'communes'],
      ['Vernéa', 'Hautes-Alpes', 'communes'],
    ]);
  });

  it("asks the words a name's clause says after it of that name only", () => {
    const question = 'Combien ont dépensé Vernoux dans ses bornes de recharge et Saint-Agrève dans ses caméras ?';
    const concepts = [
      resolved('dépensé', 'verb'),
      resolved('Vernoux'),
      resolved('bornes', 'content'),
      resolved('recharge', 'content'),
      resolved('Saint-Agrève'),
      resolved('caméras', 'content'),
    ];
    expect(labels(partsByName(question, concepts))).toEqual([
      ['dépensé', 'Vernoux', 'bornes', 'recharge', 'caméras'],
      ['dépensé', 'Saint-Agrève', 'caméras'],
    ]);
  });

  it("asks the words a joined name's clause says before it, from the joint, of that name only", () => {
    const question = 'Combien la Région verse-t-elle à Lantenay et dans la communauté de communes du Val Brenois ?';
    const concepts = [
      resolved('Région'),
      resolved('verse', 'verb'),
      resolved('Lantenay'),
      // a phrase of the glossary is read without its small words
      resolved('communauté communes', 'content'),
      resolved('Val'),
      resolved('Brenois'),
    ];
    expect(labels(partsByName(question, concepts))).toEqual([
      ['Région', 'verse', 'Lantenay'],
      ['Région', 'verse', 'communauté communes', 'Val', 'Brenois'],
    ]);
  });

  it('joins names by "comme" and "de même que" too ("dans le Var comme dans le Tarn")', () => {
    const concepts = [resolved('bornes', 'content'), resolved('Var'), resolved('Tarn')];
    expect(labels(partsByName('Combien de bornes dans le Var comme dans le Tarn ?', concepts))).toEqual([
      ['bornes', 'Var'],
      ['bornes', 'Tarn'],
    ]);
    expect(labels(partsByName('Combien de bornes dans le Var, de même que dans le Tarn ?', concepts))).toEqual([
      ['bornes', 'Var'],
      ['bornes', 'Tarn'],
    ]);
  });

  it('joins names compared ("avec celui de", "par rapport à", "compared to")', () => {
    const concepts = [
      resolved('coût', 'content'),
      resolved('relais', 'content'),
      resolved('Sorrac'),
      resolved('antenne', 'content'),
      resolved('Lanvaux'),
    ];
    expect(labels(partsByName("Compare le coût du relais de Sorrac avec celui de l'antenne de Lanvaux", concepts))).toEqual([
      ['coût', 'relais', 'Sorrac'],
      ['coût', 'relais', 'antenne', 'Lanvaux'],
    ]);
    // "avec ce qu'a coûté…"; a figure closing a name ("Horizon 2030 de l'Aube") is that name's
    const withFigure = [
      resolved('budget', 'content'),
      resolved('Horizon'),
      resolved('2030', 'content'),
      resolved('Aube'),
      resolved('bus', 'content'),
      resolved('Lanvaux'),
    ];
    expect(
      labels(partsByName("Compare le budget du plan Horizon 2030 de l'Aube avec ce qu'a coûté le bus de Lanvaux", withFigure)),
    ).toEqual([
      ['budget', 'Horizon', '2030', 'Aube'],
      ['budget', 'bus', 'Lanvaux'],
    ]);
    const english = [resolved('price', 'content'), resolved('Sorrac'), resolved('Lanvaux')];
    expect(labels(partsByName("How does the price at Sorrac compare to Lanvaux's?", english))).toEqual([
      ['price', 'Sorrac'],
      ['price', 'Lanvaux'],
    ]);
  });

  it('keeps a name of several words whole', () => {
    const question = "Qui gère le réseau à Lormes, l'autre dans les Causses de Vernadel ?";
    const concepts = [resolved('Lormes'), resolved('Causses'), resolved('Vernadel')];
    expect(labels(partsByName(question, concepts))).toEqual([['Lormes'], ['Causses', 'Vernadel']]);
  });

  it('splits nothing when no two names are joined', () => {
    expect(partsByName("Quel est l'accord entre Orange à Brest ?", [resolved('Orange'), resolved('Brest')])).toBeUndefined();
    expect(partsByName('Qui est le maire de Brest ?', [resolved('Brest')])).toBeUndefined();
  });
});
