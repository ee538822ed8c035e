// A link's label may name an address only if it is the link's own host.
import { describe, expect, it } from 'vitest';
import { labelMatchesLink } from '../../src/platforms/linkLabel.ts';

describe('labelMatchesLink', () => {
  it.each([
    ['Le Gers raccorde 13.000 prises', 'https://exemple-piege.net/', true],
    ['Communiqué de gers.fr', 'https://www.gers.fr/actu', true],
    ['www.gers.fr', 'https://gers.fr/', true],
    ['https://www.service-public.fr/particuliers', 'https://exemple-piege.net/', false],
    ['impots.gouv.fr : votre remboursement', 'https://exemple-piege.net/', false],
    ['gouv.fr', 'https://www.impots.gouv.fr/', true],
    ['M. Dupont et Mme. Durand', 'https://exemple.org/', true],
  ])('%s → %s: %s', (label, url, expected) => {
    expect(labelMatchesLink(label, url)).toBe(expected);
  });

  it('refuses a url it cannot read', () => {
    expect(labelMatchesLink('Titre', 'pas une adresse')).toBe(false);
  });
});
