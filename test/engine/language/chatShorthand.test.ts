// Chat shorthand for the small words that shape a question is written out before it is read.
import { describe, expect, it } from 'vitest';
import { withoutChatShorthand } from '../../../src/engine/language/chatShorthand.ts';

describe('withoutChatShorthand', () => {
  it.each<[string, string]>([
    ['cb de bornes ds le Morbihan ?', 'combien de bornes dans le Morbihan ?'],
    ['Qd ouvre la médiathèque ?', 'Quand ouvre la médiathèque ?'],
    ['pk le chantier a pris du retard ?', 'pourquoi le chantier a pris du retard ?'],
    ['ki finance le réseau pr les écoles ?', 'qui finance le réseau pour les écoles ?'],
    ['ya combien de bornes à Privas ?', 'il y a combien de bornes à Privas ?'],
    ["y'a combien de prises à Castelbrun ?", 'il y a combien de prises à Castelbrun ?'],
    ["Y’avait qui à l'inauguration ?", "Il y avait qui à l'inauguration ?"],
    ['c koi une zone blanche', "c'est quoi une zone blanche"],
    ['qui c qui paie le réseau', "qui c'est qui paie le réseau"],
    ['whats the budget r there grants', "what's the budget are there grants"],
  ])('%s → %s', (typed, plain) => {
    expect(withoutChatShorthand(typed)).toBe(plain);
  });

  it.each([
    // acronyms in capitals, and words that only contain the shorthand
    'Quel est le rôle de la DC et du PR dans le projet ?',
    'Combien de kilomètres de câbles ?',
    "Qu'est-ce que le cadastre numérique ?",
    'Le plan c prévoit combien de bornes ?',
  ])('leaves "%s" as it is', (typed) => {
    expect(withoutChatShorthand(typed)).toBe(typed);
  });
});
