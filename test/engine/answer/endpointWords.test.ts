import { describe, expect, it } from 'vitest';
import { analyzeFrench } from '../../../src/engine/analysis/analyzeFrench.ts';
import { datesOtherEndpoint } from '../../../src/engine/answer/endpointWords.ts';

describe('datesOtherEndpoint', () => {
  it.each<[string, 'start' | 'end', boolean]>([
    ['Le chantier a démarré le 4 mars 2024.', 'end', true],
    ['Le lancement officiel du chantier aura lieu en mars.', 'end', true],
    ['Le chantier devrait être achevé fin 2026.', 'end', false],
    ['La phase finale débutera au printemps.', 'end', false], // says both: not the other end only
    ['Les derniers raccordements sont attendus en 2027.', 'start', true],
    ['Le chantier s’achèvera en décembre.', 'start', true],
    ['Le comité se réunira le 12 mai.', 'start', false],
    ['Mars 2031 : premières sessions pour les agents de Sorrac.', 'end', true],
    ['Le déploiement initial a commencé à Sorrac.', 'end', true],
    ['Juin 2032 : dernières sessions pour les agents de Sorrac.', 'end', false],
  ])('%s (asked: %s) → %s', (sentence, asked, other) => {
    expect(datesOtherEndpoint(analyzeFrench(sentence), asked)).toBe(other);
  });
});
