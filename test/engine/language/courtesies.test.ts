// Greetings, preambles and thanks around a chat question are not part of what it asks.
import { describe, expect, it } from 'vitest';
import { withoutCourtesies } from '../../../src/engine/language/courtesies.ts';

describe('withoutCourtesies', () => {
  it.each<[string, string]>([
    ['Bonjour, combien de bornes à Niort ? Merci !', 'combien de bornes à Niort ?'],
    ["Salut tout le monde ! Petite question : qui finance le réseau ? Merci d'avance", 'qui finance le réseau ?'],
    ['Hello, quand ouvre la médiathèque svp', 'quand ouvre la médiathèque'],
    ['Question : le budget du plan ? Bonne journée.', 'le budget du plan ?'],
    ['Hi team, how many homes have fibre? Thanks in advance', 'how many homes have fibre?'],
  ])('%s → %s', (typed, plain) => {
    expect(withoutCourtesies(typed)).toBe(plain);
  });

  it.each([
    // words that only start like a greeting
    'Hier, combien de prises ont été ouvertes ?',
    'Renouvellement du contrat : quand ?',
    // a courtesy inside the question, or nothing but a courtesy
    'Qui dit merci aux bénévoles ?',
    'Bonjour',
  ])('leaves "%s" as it is', (typed) => {
    expect(withoutCourtesies(typed)).toBe(typed);
  });
});
