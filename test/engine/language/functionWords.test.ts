// Words that tie others together, and sentences that point back to the one before.
import { describe, expect, it } from 'vitest';
import {
  isFunctionWord,
  leansOnPrevious,
  opensOnScheme,
  opensOnDemonstrative,
  opensOnDescription,
  saysDescription,
  speakerDescribed,
} from '../../../src/engine/language/functionWords.ts';

describe('isFunctionWord', () => {
  it.each(['depuis', 'quand', 'the'])('%s ties words together', (word) => expect(isFunctionWord(word)).toBe(true));
  it.each(['fibre', 'Privas'])('%s names something', (word) => expect(isFunctionWord(word)).toBe(false));
});

describe('leansOnPrevious', () => {
  it.each([
    'Il a signé pour douze ans.',
    'Ce dernier présidera le comité.',
    '« Elle sera ouverte dès lundi. »',
    'Le Département y consacrera 2 millions d’euros.',
  ])('%s', (sentence) => expect(leansOnPrevious(sentence)).toBe(true));
  it('is false for a sentence that names its subject', () => {
    expect(leansOnPrevious('La Région Occitanie finance le réseau.')).toBe(false);
    expect(leansOnPrevious('Depuis 2019, il y a quarante bornes à Mende.')).toBe(false);
  });
});

describe('opensOnScheme', () => {
  it('reads "Le dispositif…", "Le projet…" as the scheme the page is about, not one a complement names', () => {
    expect(opensOnScheme('Le dispositif sera clos le 30 juin, ou plus tôt si l’enveloppe est épuisée.')).toBe(true);
    expect(opensOnScheme('« Le projet a pris du retard », reconnaît le maire.')).toBe(true);
    expect(opensOnScheme('Le projet de la commune voisine a pris du retard.')).toBe(false);
    expect(opensOnScheme('Le dispositifs sera clos.')).toBe(false);
  });
});

describe('speakerDescribed', () => {
  it('reads a speaker named by a role after a quotation ("…", poursuit la maire), not a role said otherwise', () => {
    expect(speakerDescribed('« Le réseau sera prêt en juin », poursuit la maire.')).toBe(true);
    expect(speakerDescribed('« Nous tiendrons les délais », ajoute la présidente du syndicat.')).toBe(true);
    expect(speakerDescribed('Le maire a inauguré le tiers-lieu samedi.')).toBe(false);
    expect(speakerDescribed('« C’est un succès », explique la commune.')).toBe(false);
  });
});

describe('saysDescription', () => {
  it('finds a noun of an organisation after its article anywhere in the sentence, not a role', () => {
    expect(saysDescription('Au total, 430 réclamations ont été adressées à l’opérateur.')).toBe(true);
    expect(saysDescription('Selon le contrat, le délégataire doit encore livrer 9 400 prises.')).toBe(true);
    expect(saysDescription('Le maire a inauguré le pylône samedi.')).toBe(false);
    expect(saysDescription('Grâce à l’aide de la commune, le chantier a gagné trois mois.', 'place')).toBe(true);
    expect(saysDescription('Grâce à l’aide de la commune, le chantier a gagné trois mois.')).toBe(false);
  });
});

describe('opensOnDescription', () => {
  it.each([
    "L'intégrateur remplacera les écrans sous cinq jours.",
    'Le prestataire assurera la maintenance.',
    'La présidente a rappelé les objectifs.',
    'Le délégataire devra raccorder les entreprises.',
    'La vice-présidente chargée des solidarités rappelle que les ateliers sont gratuits.',
  ])('%s stands for a name said before', (sentence) => expect(opensOnDescription(sentence)).toBe(true));

  it.each([
    'La maire de Saint-Paul a inauguré la médiathèque.', // the complement says which
    'Les entreprises paient un droit d’accès.', // a plural is a class, not a referent
    'Le réseau compte 120 000 prises.', // not an organisation or a role
    'La Région finance le réseau.', // a name
  ])('%s does not', (sentence) => expect(opensOnDescription(sentence)).toBe(false));
});

describe('opensOnDemonstrative', () => {
  it('reads a demonstrative pronoun, and "Il s\'agit de", as standing for what the sentence before named', () => {
    expect(opensOnDemonstrative('Celui-ci, haut de 36 mètres, porte les antennes.')).toBe(true);
    expect(opensOnDemonstrative("Il s'agit de relais 4G installés sur des mâts existants.")).toBe(true);
    expect(opensOnDemonstrative('Il stationne une demi-journée par mois devant chaque mairie.')).toBe(false);
  });
});
