// Web addresses as pages write them, in sentences and captions.
import { describe, expect, it } from 'vitest';
import { mailAddressSpans, webAddressSpans } from '../../../src/engine/answer/webAddresses.ts';

const said = (text: string) => Array.from(webAddressSpans(text), (s) => text.slice(s.start, s.end));

describe('webAddressSpans', () => {
  it('reads a host name, with its scheme and path or not, without the full stop after it', () => {
    expect(said('Le portail opendata.val-de-sorre.fr ouvre ses jeux de données.')).toEqual(['opendata.val-de-sorre.fr']);
    expect(said('Inscriptions sur https://www.lize-numerique.org/ateliers.')).toEqual(['https://www.lize-numerique.org/ateliers']);
  });

  it('reads no e-mail address, figure or abbreviation as one', () => {
    expect(said('Écrire à contact@lize-numerique.org, M. Durand répond sous 2.5 jours.')).toEqual([]);
  });
});

describe('mailAddressSpans', () => {
  it('reads an address to write to, whole, without the full stop after it, and no web address as one', () => {
    const mails = (text: string) => Array.from(mailAddressSpans(text), (s) => text.slice(s.start, s.end));
    expect(mails('Les communes peuvent écrire à fibre.mairie@lize-numerique.org.')).toEqual(['fibre.mairie@lize-numerique.org']);
    expect(mails('Tout est expliqué sur www.lize-numerique.org/aides.')).toEqual([]);
  });
});
