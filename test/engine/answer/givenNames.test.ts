// The name a sentence gives a thing, for "comment s'appelle…" and "quel est le nom de…".
import { describe, expect, it } from 'vitest';
import { analyzeFrench, analyzeFrenchTerms } from '../../../src/engine/analysis/analyzeFrench.ts';
import { givenNameSpans, namedMembers } from '../../../src/engine/answer/givenNames.ts';

const names = (text: string) => Array.from(givenNameSpans(text), (s) => [text.slice(s.start, s.end), s.strength]);

describe('givenNameSpans', () => {
  it('reads the name after a verb of naming, quoted or capitalised', () => {
    expect(names('Le Département a retenu un nouvel espace numérique de travail, baptisé « Cartable 19 ».')).toEqual([
      ['« Cartable 19 »', 1],
    ]);
    expect(names('Le minibus, appelé Numéribus, passe chaque mardi.')).toEqual([['Numéribus', 1]]);
    expect(names('Le service est connu sous le nom de Point Numérique Mobile depuis 2022.')).toEqual([['Point Numérique Mobile', 1]]);
    expect(names("L'application s'appelle « Ma Commune » et signale les pannes.")).toEqual([['« Ma Commune »', 1]]);
  });

  it('reads a capitalised name in quotation marks less surely, and no quotation of a sentence', () => {
    expect(names("Les habitants utilisent l'application « Allô Mairie » pour signaler un nid-de-poule.")).toEqual([
      ['« Allô Mairie »', 0.7],
    ]);
    expect(names('« nous voulons aller plus loin », dit le maire.')).toEqual([]);
    expect(names('Le réseau appelé à se développer compte 12 000 prises.')).toEqual([]);
  });

  it('reads a short capitalised name in straight quotes as one, not a quoted sentence', () => {
    expect(names('Claude Morel, membre de l’association "Tous ensemble pour Lanvel", conteste le pylône.')).toEqual([
      ['"Tous ensemble pour Lanvel"', 0.7],
    ]);
    expect(names('"Nous attendons la fibre depuis trois ans, c’est trop", dit le maire.')).toEqual([]);
  });

  it('reads a name opening a clause that says what kind of thing it is, less surely', () => {
    expect(names('La mairie a présenté la nouveauté : « QR Balade est un dispositif qui guide les visiteurs ».')).toEqual([
      ['QR Balade', 0.8],
    ]);
    expect(names('Cartable 53 est une plateforme ouverte aux collégiens.')).toEqual([['Cartable 53', 0.8]]);
    expect(names('Le projet est un succès pour la commune.')).toEqual([]);
  });
});

describe('namedMembers', () => {
  const members = (text: string, kind: string) =>
    Array.from(namedMembers(text, analyzeFrench(text), new Set(analyzeFrenchTerms(kind))), (s) => text.slice(s.start, s.end));

  it('reads the names listed in brackets or after a colon right after the noun of their kind', () => {
    const text = 'Trois écoles élémentaires (Jean-Jaurès, Victor-Hugo et Jules-Ferry) ont reçu des écrans.';
    expect(members(text, 'écoles')).toEqual(['Jean-Jaurès', 'Victor-Hugo', 'Jules-Ferry']);
    expect(members('Restent deux hameaux isolés : Le Bruel et La Combe de Sauve.', 'hameaux')).toEqual(['Le Bruel', 'La Combe de Sauve']);
  });

  it('reads things of the kind listed in lowercase after a colon as one answer ("trois critères : la distance au bourg, …")', () => {
    const text = 'Trois critères comptent : la distance au bourg, le coût des travaux et l’avis des riverains.';
    expect(members(text, 'critères')).toEqual(['la distance au bourg, le coût des travaux et l’avis des riverains']);
    // a clause after a colon is no list
    expect(members('Les critères sont clairs : la commune choisira seule, sans appel.', 'critères')).toEqual([]);
  });

  it('reads a name right after the noun of its kind as the member it names ("la communauté OpenData Sorbiac")', () => {
    expect(members('Le portail est né de la collaboration avec la communauté OpenData Sorbiac et les services.', 'communauté')).toEqual([
      'OpenData Sorbiac',
    ]);
    expect(members('La communauté de communes a voté le budget.', 'communauté')).toEqual([]);
  });

  it('reads a name set beside the noun of its kind by a comma when it closes the clause ("un « cloud » régional, Ardoise.")', () => {
    expect(members('Le syndicat mise sur un « cloud » public régional, Ardoise.', 'cloud')).toEqual(['Ardoise']);
    // a name the clause goes on after is someone who speaks
    expect(members('Pour le cloud régional, Jean Roux estime que le coût baissera.', 'cloud')).toEqual([]);
  });

  it('reads a name set beside the noun of its kind by commas, an apposition of its own after it, but not a speaker', () => {
    const rayonnant = 'Le dossier cite une agence de développement, Essor Vernay, couvrant tout le bassin.';
    expect(members(rayonnant, 'agence')).toEqual(['Essor Vernay']);
    expect(members('Le dossier cite une agence, Essor Vernay, qui conseille les entreprises.', 'agence')).toEqual(['Essor Vernay']);
    expect(members('Le responsable de l’agence, Paul Morel, a présenté le dossier.', 'agence')).toEqual([]);
  });

  it('reads a quoted name right after the noun of its kind, a figure first or not', () => {
    expect(members('Ces ateliers entrent dans le programme « 100 % seniors connectés » du Département.', 'programme')).toEqual([
      '« 100 % seniors connectés »',
    ]);
    expect(members('Le dispositif "Pass numérique" finance dix heures de formation.', 'dispositif')).toEqual(['"Pass numérique"']);
  });

  it('reads nothing after another noun, or a capital inside a word ("4G")', () => {
    expect(members('Trois écoles élémentaires (Jean-Jaurès, Victor-Hugo) ont reçu des écrans.', 'collèges')).toEqual([]);
    expect(members('Zones blanches : la commune capte enfin la 4G.', 'zones')).toEqual([]);
  });
});
