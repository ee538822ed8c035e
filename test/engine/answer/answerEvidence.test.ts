// Finding the part of a sentence that answers: an amount for "combien coûte", a date for "quand", a
// name for "qui". Sentences are written for this file in the style of French press releases.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  findAnswerSpans,
  findNumbers,
  findProperNames,
  PATTERNS,
  saidToBeOrganisation,
} from '../../../src/engine/answer/answerEvidence.ts';
import type { AnswerType } from '../../../src/engine/answer/answerTypes.ts';
import { foldKeepingOffsets } from '../../../src/engine/language/foldText.ts';

const spans = (text: string, type: AnswerType) => findAnswerSpans(text, type).map((s) => [text.slice(s.start, s.end), s.strength]);
/** How surely `name` in `text` answers "quelle organisation" (0: not found as one). */
const strengthOf = (text: string, name: string) =>
  findAnswerSpans(text, 'organisation').find((s) => text.slice(s.start, s.end) === name)?.strength ?? 0;

describe('ages', () => {
  it('finds an age said of people, the sure ways first', () => {
    expect(spans('Le vote est ouvert aux habitants âgés de 16 ans et plus.', 'age')[0]?.[0]).toBe('âgés de 16 ans');
    expect(spans('Marcel Kéops a 91 ans et suit l’atelier chaque lundi.', 'age')[0]).toEqual(['a 91 ans', 1]);
    // the ages had by a group, and a span of ages
    expect(spans('Les stagiaires ont entre 17 et 29 ans.', 'age')[0]).toEqual(['ont entre 17 et 29 ans', 1]);
    expect(spans('L’atelier forme des jeunes de 17 à 29 ans.', 'age')[0]).toEqual(['de 17 à 29 ans', 0.8]);
    expect(spans('The workshop is open to residents aged 60 and over.', 'age')[0]?.[1]).toBe(1);
    // a length of years said of no one is an age only at a guess
    expect(spans('Le contrat court sur 25 ans.', 'age').every(([, strength]) => Number(strength) < 1)).toBe(true);
    // a person of so many years is said of someone; a contract of as many is not
    expect(spans('« Je ne m’y attendais pas », sourit la retraitée de 84 ans.', 'age')[0]).toEqual(['retraitée de 84 ans', 0.9]);
    expect(spans('Kéops a signé un contrat de 20 ans avec la commune.', 'age').every(([, strength]) => Number(strength) < 0.9)).toBe(true);
  });
});

describe('saidToBeOrganisation', () => {
  const at = (text: string, name: string) => saidToBeOrganisation(text, text.indexOf(name), text.indexOf(name) + name.length);
  it('reads an organisation from the noun before the name or the apposition after it', () => {
    expect(at('Le réseau est exploité par Nordis Fibre, filiale d’un opérateur lyonnais.', 'Nordis Fibre')).toBe(true);
    expect(at('Le syndicat a choisi la société Nordis Fibre.', 'Nordis Fibre')).toBe(true);
    expect(at('L’État apporte 2,9 M€ au projet.', 'État')).toBe(false);
  });
});

describe('names glued to a rubric', () => {
  it('leaves out of a name the capitalised article that opens the sentence after a rubric ("ÉCONOMIE Le maire…")', () => {
    const text = 'ÉCONOMIE Le maire présente le budget du réseau.';
    expect(Array.from(findProperNames(text), (n) => text.slice(n.start, n.end))).toEqual(['ÉCONOMIE']);
  });

  it('leaves the acronym of an office out of the name it stands before ("le PDG Nathalie Berthet"), not the initials of a body', () => {
    const names = (text: string) => Array.from(findProperNames(text), (n) => text.slice(n.start, n.end));
    expect(names('Pour tenir les délais, le DSI Nathalie Berthet compte sur les agents.')).toEqual(['Nathalie Berthet']);
    expect(names('La SNCF Réseau Normandie compte sur les agents.')).toEqual(['SNCF Réseau Normandie']);
  });

  it('ends a person\'s name where the office signed after it opens ("Anne Vernay Présidente du Conseil départemental")', () => {
    const names = (text: string) => Array.from(findProperNames(text), (n) => text.slice(n.start, n.end));
    expect(names('Anne Vernay Présidente du Syndicat de Lanvel.')).toEqual(['Anne Vernay']);
    // (a street named after an office holder is left whole)
    expect(names('La borne est Avenue du Président Wilson.')).toEqual(['Avenue du Président Wilson']);
  });

  it('parts the place an office is of from its holder named right after it ("le maire de Lanvel Claude Morel")', () => {
    const names = (text: string) => Array.from(findProperNames(text), (n) => text.slice(n.start, n.end));
    expect(names('Le maire de Lanvel Claude Morel a présenté le chantier hier.')).toEqual(['Lanvel', 'Claude Morel']);
    // (a person whose first names are two stays whole)
    expect(names('Le chantier a été présenté par Jean Claude Morel hier.')).toEqual(['Jean Claude Morel']);
  });

  it('keeps a name whole across "de la" and "de l’" ("Place de la Liberté", "Anne de l’Estoile")', () => {
    const names = (text: string) => Array.from(findProperNames(text), (n) => text.slice(n.start, n.end));
    expect(names('Les bornes sont installées Place de la Liberté, à la demande d’Anne de l’Estoile.')).toEqual([
      'Place de la Liberté',
      'Anne de l’Estoile',
    ]);
    // …and a square so named is no organisation
    for (const span of findAnswerSpans('Les bornes sont installées Place de la Liberté.', 'organisation'))
      expect(span.strength).toBeLessThan(0.5);
  });

  it('takes no capitalised pronoun for a name where a quotation lost its full stop ("Quel beau cadeau Je…")', () => {
    const text = '« Quel beau cadeau Je n’y croyais plus, des écrans neufs pour la classe », sourit une enseignante.';
    expect(spans(text, 'organisation')).toEqual([]);
  });
});

describe('names after a dateline', () => {
  it('does not take the capitalised first word after a dateline for a name', () => {
    const text = 'Vernelle, le 3 février 2025 – Réuni jeudi, le conseil communautaire a confié le marché à Lumeo.';
    const names = Array.from(findAnswerSpans(text, 'organisation'), (s) => text.slice(s.start, s.end));
    expect(names).not.toContain('Réuni');
    expect(names).toContain('Lumeo');
  });
});

describe('a person named by a first name alone', () => {
  it('takes a first name opening a sentence, a comma after it, for a person ("Lucien, ancien instituteur, …")', () => {
    expect(spans('Lucien, ancien instituteur, anime l’atelier d’informatique le mardi.', 'person')).toContainEqual(['Lucien', 1]);
    // a capitalised first word that is no first name is still no name
    expect(spans('Réuni jeudi, le conseil a voté le budget.', 'person')).toEqual([]);
  });
});

describe('organisations', () => {
  it('takes no département or région for who, nor a commune placed by its département ("Loury (Loiret)")', () => {
    const text = 'Sur le modèle de Loury (Loiret), la Normandie a retenu Lumavia, qui équipe aussi la Manche.';
    expect(strengthOf(text, 'Lumavia')).toBe(1);
    for (const place of ['Loury', 'Loiret', 'Normandie', 'Manche']) expect(strengthOf(text, place)).toBeLessThan(0.5);
    // as places, the commune is sure; the territories weigh as any name (they answer "où", not "quelle ville")
    const places = Object.fromEntries(spans(text, 'place'));
    expect(places['Loury']).toBe(1);
  });

  it('takes the town of a dateline for a place, not for who ("LANNION – Le syndicat…")', () => {
    const text = 'LANNION – Le syndicat Armor Numérique a choisi Kerfibre pour raccorder les écoles.';
    expect(strengthOf(text, 'LANNION')).toBeLessThan(0.5);
    expect(strengthOf(text, 'Kerfibre')).toBe(1);
    expect(Object.fromEntries(spans(text, 'place'))['LANNION']).toBe(1);
  });

  it('takes a name after a preposition of place for where, not for who', () => {
    const strength = (name: string) => strengthOf('Les tablettes sont fabriquées en France par Tabléo, une PME installée à Tulle.', name);
    expect(strength('Tabléo')).toBeGreaterThan(strength('France'));
    expect(strength('Tabléo')).toBeGreaterThan(strength('Tulle'));
  });

  it('takes a name given something ("confiée à", "attribué à") for who, not where', () => {
    const text = 'La maintenance des caméras de la ville a été confiée à Veilmar Sécurité au printemps.';
    expect(strengthOf(text, 'Veilmar Sécurité')).toBe(1);
    expect(strengthOf('Le marché a été attribué à Kerfibre en mars.', 'Kerfibre')).toBe(1);
  });

  it('takes a noun of place with an adjective of place for a place ("dans l’agglomération lyonnaise")', () => {
    const text = 'Avant Numéris, elle travaillait pour un éditeur de logiciels dans l’agglomération lyonnaise.';
    expect(Object.fromEntries(spans(text, 'place'))['agglomération lyonnaise']).toBe(1);
    expect(spans('Elle travaillait pour un éditeur dans l’agglomération voisine.', 'place')).toEqual([]);
  });

  it('takes a name after "entre" for a place ("entre Sorlac et Brécy")', () => {
    const text = 'Le parc d’activités, entre Sorlac et Brécy, accueille ses premières entreprises.';
    expect(Object.fromEntries(spans(text, 'place'))['Sorlac']).toBe(1);
  });
});

describe('people', () => {
  it('takes a name opened by a common first name for a person, not for an organisation', () => {
    const strength = (name: string) => strengthOf('Le projet est suivi par Grégory Lasserre et par Numéo, un bureau d’études.', name);
    expect(strength('Numéo')).toBeGreaterThan(strength('Grégory Lasserre'));
    expect(strength('Grégory Lasserre')).toBeLessThan(0.5);
  });

  it('takes a run that opens on an office ("PDG de…") for no one, and for the body it names, less surely', () => {
    const text = 'Étaient présents M. Paul Vidal, PDG de Lize Fibre, et Mme Anne Roux.';
    const byName = (type: AnswerType) => Object.fromEntries(spans(text, type));
    expect(byName('person')['PDG de Lize Fibre']).toBeLessThan(0.5);
    expect(byName('person')['Paul Vidal']).toBe(1);
    expect(byName('organisation')['PDG de Lize Fibre']).toBeLessThan(1);
  });
});

describe('amounts of money', () => {
  it.each<[string, string]>([
    ['Le syndicat investit 4,3 M€ dans le réseau.', '4,3 M€'],
    ["La Région apporte 3,4 million d'euros sur trois ans.", "3,4 million d'euros"],
    ['Le marché est conclu pour 84,5 M€ HT.', '84,5 M€ HT'],
    ['Chaque tablette revient à 265 euros TTC.', '265 euros TTC'],
    ['Une aide de 1 200 € par foyer est prévue.', '1 200 €'],
    ["L'opérateur y consacrera 40 millions d'euros.", "40 millions d'euros"],
    // cents, alone or after euros
    ['Le service revient à vingt centimes par foyer.', 'vingt centimes'],
    ['Le ticket coûte 3 euros 40 en semaine.', '3 euros 40'],
    ['Chaque envoi est facturé 12 centimes d’euro.', '12 centimes d’euro'],
  ])('%s → %s', (text, wanted) => {
    expect(spans(text, 'money')[0]).toEqual([wanted, 1]);
  });

  it('reads "un euro symbolique" as an amount, however small', () => {
    expect(spans('Le local est loué pour un euro symbolique par an.', 'money')[0]).toEqual(['un euro symbolique', 1]);
    expect(spans("Le terrain a été cédé à l'euro symbolique.", 'money')[0]).toEqual(["l'euro symbolique", 1]);
  });

  it('reads digits grouped by the no-break spaces French typography puts between them', () => {
    // Escaped: an editor shows these spaces as plain ones, and a plain one typed over them would pass.
    expect(spans("Une aide pouvant aller jusqu'à 1\u00a0200\u00a0€ par logement.", 'money')[0]).toEqual(['1\u00a0200\u00a0€', 1]);
    expect(spans('Le réseau compte 104\u202f500 prises.', 'number')[0]).toEqual(['104\u202f500', 1]);
  });

  it('reads a number with its unit written against it ("7km", "30m"), not a name like "5G"', () => {
    expect(spans('Le pylône de 30m se dresse à 7km du bourg.', 'number')).toEqual([
      ['30', 1],
      ['7', 1],
    ]);
    // a unit ending in a digit ("km2", "m3") too
    expect(spans('Le bourg de Sorrac fait 3km2 et sa citerne 40m3.', 'number')).toEqual([
      ['3', 1],
      ['40', 1],
    ]);
    expect(spans('La 5G arrive après la 4G.', 'number')).toEqual([]);
  });

  it('reads a quantity said without a figure as weak evidence, not as an amount', () => {
    expect(spans("Une remise en état peut coûter plusieurs milliers d'euros.", 'money')).toEqual([["milliers d'euros", 0.3]]);
    expect(spans("Des millions d'euros dorment sur les comptes du syndicat.", 'money')).toEqual([["millions d'euros", 0.3]]);
    // millions of something else count it: no sum ("2 millions" alone may be one, weakly)
    expect(spans("Le réseau a perdu 12 millions de litres d'eau.", 'money')).toEqual([]);
    expect(spans("Le Département y consacre 2 millions, l'État le reste.", 'money')).toEqual([['2 millions', 0.5]]);
    expect(spans('Des centaines de familles attendent la fibre.', 'number')).toEqual([['Des centaines', 0.3]]);
    // "une centaine", "trois milliers": a figure, if a round one
    expect(spans('Une centaine de bornes seront posées.', 'number')).toEqual([['Une centaine', 1]]);
  });

  it('reads a bare "millions" as a weaker amount, and "gratuitement" as no amount alone (a price asked lifts it)', () => {
    expect(spans('Le plan mobilise 12 millions sur cinq ans.', 'money')).toEqual([['12 millions', 0.5]]);
    expect(spans('Le raccordement des écoles se fera gratuitement.', 'money')).toEqual([['gratuitement', 0.4]]);
  });

  it('reads millions "d’argent public" as a sum, its currency unsaid', () => {
    expect(spans("Le syndicat a reçu 3,5 millions d'argent public.", 'money')).toEqual([["3,5 millions d'argent public", 1]]);
  });

  it('reads a sum in francs, as pages from before the euro wrote them, and no adjective "francs"', () => {
    expect(spans('Le syndicat a investi 30 millions de francs en 1997.', 'money')).toEqual([['30 millions de francs', 1]]);
    expect(spans('Le ticket coûte 5 francs CFP.', 'money')).toEqual([['5 francs CFP', 1]]);
    expect(spans('Les échanges ont été francs et directs.', 'money')).toEqual([]);
  });

  it('reads a grouped sum a page wrote with "e" for its lost euro sign as a likely amount, not a rank', () => {
    expect(spans('Le Département a versé 45 000 e.', 'money')).toEqual([['45 000 e', 0.8]]);
    expect(spans('Le bureau est au 3 e étage de la mairie.', 'money')).toEqual([]);
  });

  it('reads the part of a sum its currency is left out of ("dont 12 millions de subvention") as an amount', () => {
    expect(spans("Le chantier coûte 80 millions d'euros, dont 12 millions de subvention régionale.", 'money')).toEqual([
      ["80 millions d'euros", 1],
      ['12 millions', 0.9],
    ]);
    // (after a count between them, it may be part of the count: a bare "millions", weakly)
    expect(spans("Le plan coûte 5 M€ pour 2 millions d'habitants, dont 3 millions en ville.", 'money')).toEqual([
      ['5 M€', 1],
      ['3 millions', 0.5],
    ]);
  });
});

describe('amounts in other currencies', () => {
  it('reads dollars, pounds and Swiss francs, the sign before or after the number', () => {
    expect(spans('Les pirates réclamaient une rançon de 50 000 dollars en bitcoins.', 'money')).toEqual([['50 000 dollars', 1]]);
    expect(spans('Le contrat américain vaut $3,2 millions.', 'money')).toEqual([['$3,2 millions', 1]]);
    expect(spans('L’abonnement coûte 45 francs suisses par mois à Genève.', 'money')).toEqual([['45 francs suisses', 1]]);
    // "livres" alone are books
    expect(spans('La médiathèque prête 12 livres par lecteur.', 'money')).toEqual([]);
  });
});

describe('opening days', () => {
  it('reads "du mardi au samedi" as when a place is open', () => {
    expect(spans('L’espace France Services est ouvert du mardi au samedi.', 'time')).toEqual([['du mardi au samedi', 0.9]]);
    expect(spans('Le bus passe le lundi.', 'time')).toEqual([]);
  });
});

describe('ages', () => {
  it('takes an age for no duration: "aux plus de 55 ans", "âgés de 16 à 25 ans"', () => {
    const text = 'Les ateliers, dédiés aux plus de 60 ans et aux jeunes âgés de 16 à 25 ans, durent 6 semaines.';
    expect(spans(text, 'duration')).toEqual([
      ['aux plus de 60 ans', 0.3],
      ['âgés de 16 à 25 ans', 0.3],
      ['6 semaines', 0.9],
    ]);
  });
});

describe('causes', () => {
  it('takes a connective of cause before a purpose, and a purpose said in passing least', () => {
    expect(spans('Le chantier a pris six mois de retard en raison d’un recours contre le permis.', 'reason')).toEqual([['en raison d', 1]]);
    expect(spans('Si la panne n’a été annoncée qu’hier, c’est avant tout pour ne pas gêner l’enquête.', 'reason')).toEqual([
      ['c’est avant tout pour', 1],
    ]);
    expect(spans('Un bus a été acheté afin d’aller au-devant des habitants.', 'reason')).toEqual([['afin d', 0.8]]);
    expect(spans('La commune a recruté un conseiller pour accompagner les seniors.', 'reason')).toEqual([['pour accompagner', 0.5]]);
    expect(spans('La commune a recruté un conseiller numérique.', 'reason')).toEqual([]);
  });

  it('takes the cause an incident is said to come from: "trouve son origine dans", "est due à", "provoquée par"', () => {
    expect(spans('La coupure trouve son origine dans un câble sectionné par une pelleteuse.', 'reason')).toEqual([
      ['trouve son origine', 1],
    ]);
    expect(spans('La panne est due à une erreur de configuration du serveur.', 'reason')).toEqual([['est due à', 1]]);
    expect(spans('Une inondation provoquée par un orage a noyé le local technique.', 'reason')).toEqual([['provoquée par', 1]]);
  });
});

describe('names of places', () => {
  it('reads a surname of one capital ("Cédric O") but not an initial ("Jean M.")', () => {
    expect(spans('En présence de Cédric O, secrétaire d’État.', 'person')).toContainEqual(['Cédric O', 1]);
    expect(spans('Selon Jean M., le chantier avance.', 'person')).toContainEqual(['Jean', 1]);
  });

  it('takes a name headed by a noun of places ("Pays de…", "Côtes de…", "Val d\'…") for a place, not for who did it', () => {
    const text = 'Le syndicat a été créé par les communautés de communes du Val d’Aubrac, des Côtes de Lanvel et du Pays de Serre.';
    expect(spans(text, 'organisation').filter(([, strength]) => (strength as number) > 0.5)).toEqual([]);
    expect(spans(text, 'place')).toEqual([
      ['Val d’Aubrac', 1],
      ['Côtes de Lanvel', 1],
      ['Pays de Serre', 1],
    ]);
  });

  it('takes a name after a noun of buildings for the building, not the person it honours', () => {
    const text = 'Les élèves du collège Jean-Rostand ont reçu leurs ordinateurs des mains de Marie Durand.';
    expect(spans(text, 'person')).toEqual([
      ['Jean-Rostand', 0.3],
      ['Marie Durand', 1],
    ]);
  });

  it('takes a name after a role noun for the body whose role it is, not a place ("directeur exécutif Vexin Réseaux")', () => {
    const text = 'La visite de Paul Girard, directeur exécutif Vexin Réseaux, était attendue à Brignac.';
    expect(spans(text, 'place')).toContainEqual(['Vexin Réseaux', 0.3]);
    expect(spans(text, 'place')).toContainEqual(['Brignac', 1]);
  });

  it('takes the name after "maire de" or "préfet de" for a place, the office being the place\'s', () => {
    const text = 'Claude Morel, maire de Lanvel, a écrit au préfet du Vernaix.';
    expect(spans(text, 'place')).toContainEqual(['Lanvel', 1]);
    expect(spans(text, 'place')).toContainEqual(['Vernaix', 1]);
  });

  it('takes the name after "la mairie de", "la commune de", "la ville de" for a place, the council being the place\'s', () => {
    expect(spans('La mairie de Lanvel a signé la convention avec le syndicat.', 'place')).toContainEqual(['Lanvel', 1]);
    expect(spans('La commune de Lanvel a voté le budget du réseau.', 'place')).toContainEqual(['Lanvel', 1]);
  });

  it('takes a name after a noun of streets for a place, not a person, and a capitalised noun after "un" for neither', () => {
    const text = 'Installée au 4 rue Jean Jaurès, la médiathèque accueille un Repair Café chaque mois.';
    expect(spans(text, 'place')).toEqual([['Jean Jaurès', 1]]);
    expect(spans(text, 'person')).toEqual([
      ['Jean Jaurès', 0.3],
      ['Repair Café', 0.3],
    ]);
  });
});

describe('who does it, named by what it is', () => {
  it('takes the agent of a passive named by a noun ("par les opérateurs") as an organisation, not a name\'s first word', () => {
    expect(spans('Le coût du relais est entièrement pris en charge par les opérateurs.', 'organisation')).toEqual([['opérateurs', 0.9]]);
    expect(spans('Le réseau a été construit par le Syndicat mixte Causses Numérique.', 'organisation')).toEqual([['Causses Numérique', 1]]);
    expect(spans('Les opérateurs ont installé leurs antennes.', 'organisation')).toEqual([]);
  });

  it('reads the agent past how many there are ("par les quatre opérateurs", "par plusieurs communes")', () => {
    expect(spans('Le pylône a été financé par les quatre opérateurs, sans aide de la commune.', 'organisation')).toEqual([
      ['opérateurs', 0.9],
    ]);
    expect(spans('Le coût est partagé par les 3 communes du syndicat.', 'organisation')).toEqual([['communes', 0.9]]);
    expect(spans('Les ateliers sont soutenus par plusieurs communes voisines.', 'organisation')).toEqual([['communes', 0.9]]);
  });
});

describe('times of day', () => {
  it.each<[string, string]>([
    ['Les lampadaires s’éteignent à 22 h 15 dans les rues résidentielles.', '22 h 15'],
    ['Le bus stationne place de l’église à partir de 9h.', '9h'],
    ['La permanence ouvre à 14:00 chaque jeudi.', '14:00'],
    ['Le chantier reprend à 7 heures, une fois la circulation coupée.', '7 heures'],
  ])('%s → %s', (text, wanted) => {
    expect(spans(text, 'time')[0]).toEqual([wanted, 1]);
  });

  it('takes neither a speed nor an amount of energy for a time', () => {
    expect(spans('Les véhicules y roulent à 30 km/h et consomment 62 kWh.', 'time')).toEqual([]);
  });
});

describe('dates', () => {
  it('takes the year or years that open a timeline entry ("2011-2012 : …") as its date', () => {
    expect(spans('2019-2020 : la commune ouvre ses premiers jeux de données.', 'date')[0]).toEqual(['2019-2020', 0.9]);
    expect(spans('2021 : premier hackathon.', 'date')[0]).toEqual(['2021', 0.9]);
    expect(spans('Le portail compte 2021 jeux de données : un record.', 'date')).not.toContainEqual(['2021', 0.9]);
  });

  it('takes a span of years for the period it dates, surer than a year alone', () => {
    expect(spans('Le plan numérique du canton court sur 2024-2026.', 'date')[0]).toEqual(['2024-2026', 0.85]);
    expect(spans('Les rues seront équipées entre 2024 et 2026.', 'date')[0]).toEqual(['entre 2024 et 2026', 0.85]);
    expect(spans('Le schéma couvre la période de 2024 à 2026.', 'date')[0]).toEqual(['de 2024 à 2026', 0.85]);
  });

  it('takes "dès le…" for a date, not the article "des" before a word ("à la croisée des deux chemins")', () => {
    expect(spans("L'antenne sera posée à la croisée des deux chemins.", 'date')).toEqual([]);
    expect(spans('Le service fonctionne dès la rentrée.', 'date')).toEqual([['dès la rentrée', 0.7]]);
  });

  it.each<[string, string, number]>([
    ['La convention a été signée le 6 avril 2018 en mairie.', '6 avril 2018', 1],
    ["Les travaux s'achèveront le 1er mars.", '1er mars', 1],
    ['Réunion publique mardi 12 septembre 2023 à 18 h.', 'mardi 12 septembre 2023', 1],
    ['Communiqué du 25/08/2021.', '25/08/2021', 1],
    ['Les premiers abonnés sont attendus au printemps 2022.', 'printemps 2022', 0.9],
    ["Le chantier doit s'achever d'ici 2025.", "d'ici 2025", 0.7],
    ["À partir de 2027, l'opérateur doit retirer ses poteaux.", 'À partir de 2027', 0.7],
    ['Le tarif social s’applique à compter de 2026.', 'à compter de 2026', 0.7],
    ['Les offres arrivent le mois prochain.', 'le mois prochain', 0.7],
    // A month or a moment of the year without its year: the document's year.
    ['Les premiers raccordements débuteront en septembre.', 'en septembre', 0.75],
    ['La livraison des tablettes est prévue fin mars.', 'fin mars', 0.75],
    ['Le chantier reprendra mi-octobre, après les vendanges.', 'mi-octobre', 0.75],
    ['Le guichet numérique de Sorrac répond aux habitants depuis novembre.', 'depuis novembre', 0.75],
    // …or by its noun
    ['Les bornes émettent depuis le début du mois de mars.', 'le début du mois de mars', 0.75],
    ['Le planning sera publié le mois d’avril.', 'le mois d’avril', 0.75],
    ['Le nouveau pylône doit émettre avant Noël.', 'avant Noël', 0.7],
    ['La mairie avait été piratée avant la crise sanitaire.', 'avant la crise sanitaire', 0.7],
    ['Le wifi est surtout utilisé durant les fêtes de fin d’année.', 'durant les fêtes de fin d’année', 0.7],
    ['Le tiers-lieu ouvrira ses portes à la rentrée.', 'à la rentrée', 0.7],
    ["Tous les collèges seront équipés d'ici la fin de l'année.", "d'ici la fin de l'année", 0.7],
    // The part of a season is a time whatever comes before it.
    ["Dans les hameaux, les logements devront attendre la fin de l'été.", "fin de l'été", 0.7],
    ['Le portail ouvrira au début du printemps.', 'début du printemps', 0.7],
  ])('%s → %s', (text, wanted, strength) => {
    expect(spans(text, 'date')[0]).toEqual([wanted, strength]);
  });

  it('reads a time said from now as a date: "d\'ici deux ans", and "dans quelques mois" less surely than a dated season', () => {
    expect(spans('L’antenne n’est pas encore active et le sera dans quelques mois.', 'date')).toContainEqual(['dans quelques mois', 0.6]);
    expect(spans('Le réseau sera achevé d’ici deux ans.', 'date')).toContainEqual(['d’ici deux ans', 0.7]);
    expect(spans('L’échéance de la rentrée 2026 est annoncée.', 'date')[0]![1]).toBeGreaterThan(0.6);
  });

  it('counts a year alone as weak evidence', () => {
    expect(spans('Le schéma date de 2012.', 'date')).toEqual([['2012', 0.45]]);
  });
});

describe('durations, percentages, ordinals', () => {
  it('reads "pour la troisième année consécutive" as how many years, not "pour la première année"', () => {
    const third = 'Sorrac garde pour la troisième année consécutive son label numérique.';
    expect(spans(third, 'duration')).toEqual([['pour la troisième année consécutive', 0.8]]);
    expect(spans('Sorrac obtient pour la première année le label numérique.', 'duration')).toEqual([]);
  });
  it('finds a stretch between two months or years, weakly: it says how long only roughly', () => {
    expect(spans('Durée du chantier : de mars à septembre 2031.', 'duration')).toEqual([['de mars à septembre 2031', 0.6]]);
    expect(spans('Le plan court de 2031 à 2034.', 'duration')).toEqual([['de 2031 à 2034', 0.6]]);
  });

  it('finds durations in digits and in words', () => {
    expect(spans('Le contrat court sur vingt-cinq ans.', 'duration')).toEqual([['sur vingt-cinq ans', 1]]);
    // what it took: "il a fallu 40 jours pour…"
    expect(spans('Il a fallu 40 jours pour reconstruire le pylône.', 'duration')).toEqual([['fallu 40 jours', 1]]);
    expect(spans('La recharge complète du vélo prend 90 secondes.', 'duration')).toEqual([['90 secondes', 0.9]]);
    expect(spans('Le chantier a duré deux décennies.', 'duration')).toEqual([['deux décennies', 0.9]]);
    // a round number said by its noun: "une vingtaine d'heures"; in the plural, only an order of size
    expect(spans('Les stagiaires suivent une vingtaine d’heures de cours.', 'duration')).toEqual([['une vingtaine d’heures', 0.9]]);
    expect(spans('La coupure a duré quelques dizaines de minutes.', 'duration')).toEqual([['quelques dizaines de minutes', 0.3]]);
    // a stretch of time said with its article: "pour les vingt prochaines années"
    expect(spans('Le relais devrait servir pour les vingt prochaines années.', 'duration')).toEqual([
      ['pour les vingt prochaines années', 1],
    ]);
    expect(spans("Quatre mois après l'attaque, le site a rouvert.", 'duration')).toEqual([['Quatre mois après', 0.4]]);
    expect(spans('Le pirate était entré une heure plus tôt.', 'duration')).toEqual([['une heure plus tôt', 0.4]]);
    expect(spans('En l’espace de trois jours, tout le parc a été remplacé.', 'duration')).toEqual([['En l’espace de trois jours', 1]]);
    expect(spans('La procédure a duré dix-huit mois.', 'duration')).toEqual([['dix-huit mois', 0.9]]);
    // hours and minutes written short; a time of day is no duration
    expect(spans('Le simulateur a tourné 12 000h avant la mise en service.', 'duration')).toEqual([['12 000h', 0.9]]);
    expect(spans('La panne a été réparée en 3h.', 'duration')).toEqual([['en 3h', 1]]);
    expect(spans('La réunion commence à 18h et la séance dure 45 min.', 'duration')).toEqual([['45 min', 0.9]]);
    // A delay: "sous 48 heures", "dans un délai de cinq jours", "en moins de deux heures".
    expect(spans('Le technicien intervient sous 48 heures.', 'duration')).toEqual([['sous 48 heures', 1]]);
    expect(spans('Le remplacement se fait dans un délai de cinq jours.', 'duration')).toEqual([['dans un délai de cinq jours', 1]]);
    // said as what lasts; a person's age in apposition lasts nothing
    expect(spans('Le marché, d’une durée de 12 ans, a été signé lundi.', 'duration')).toEqual([['durée de 12 ans', 1]]);
    expect(spans('Le réseau sera dirigé par Agnès Pradel, 51 ans, ingénieure.', 'duration')).toEqual([['51 ans', 0.3]]);
  });

  it('reads an hour, a half-hour and a quarter of an hour said with an article as durations', () => {
    expect(spans('La connexion gratuite est limitée à une heure par jour.', 'duration')).toEqual([['une heure', 0.9]]);
    expect(spans('Il faut une demi-heure pour raccorder un logement, un quart d’heure pour le tester.', 'duration')).toEqual([
      ['une demi-heure', 0.9],
      ['un quart d’heure', 0.9],
    ]);
    // written without the hyphen, as chat and quoted speech often are
    expect(spans('Au bout d’une demi heure, le capteur prévient l’agent ; une demi journée suffit à l’installer.', 'duration')).toEqual([
      ['une demi heure', 0.9],
      ['une demi journée', 0.9],
    ]);
  });

  it('finds percentages, fractions and shares', () => {
    expect(spans('61 % des prises étaient raccordables.', 'percent')[0]).toEqual(['61 %', 1]);
    // a stray point before the sign, as tables turned into text write it
    expect(spans('Le Département apporte 35.% du financement.', 'percent')[0]).toEqual(['35.%', 1]);
    expect(spans('Un tiers des usagers a plus de 75 ans.', 'percent')[0]).toEqual(['Un tiers', 0.8]);
    // "un tiers-lieu", "un tiers lieu" is a place, no third
    expect(spans('La commune ouvre un tiers lieu et un tiers-lieu numérique.', 'percent')).toEqual([]);
    expect(spans("Un habitant sur cinq n'utilise jamais internet.", 'percent')[0]).toEqual(['Un habitant sur cinq', 0.8]);
    expect(spans('Une commune rurale sur trois reste sans médiateur.', 'percent')[0]).toEqual(['Une commune rurale sur trois', 0.8]);
    // rates per thousand and per million
    // a part of a whole, counted
    expect(spans('Seules 12 des 180 communes du département ont un agent informatique.', 'percent')[0]).toEqual(['12 des 180', 0.75]);
    expect(spans('Le boîtier équipe désormais 9 armoires sur les 13 de la ville.', 'percent')[0]).toEqual(['9 armoires sur les 13', 0.75]);
    expect(spans('Le seuil d’alerte de la qualité de l’air est fixé à 800 ppm.', 'percent')[0]).toEqual(['800 ppm', 1]);
    expect(spans('Le taux de panne reste sous 2 ‰ des équipements.', 'percent')[0]).toEqual(['2 ‰', 1]);
  });

  it('reads points of a rate as a share, and points that are things as a count', () => {
    expect(spans('Le taux de raccordement a progressé de 3 points en un an.', 'percent')[0]).toEqual(['3 points', 1]);
    expect(spans('Une hausse de 2 points de pourcentage.', 'percent')[0]).toEqual(['2 points', 1]);
    expect(spans('La commune a remplacé ses 1 850 points lumineux.', 'percent')).toEqual([]);
    expect(spans("Le réseau compte 12 points d'accès wifi.", 'percent')).toEqual([]);
  });

  it('finds ordinals', () => {
    expect(spans("C'est la 3e ville de France à signer.", 'ordinal')).toEqual([['3e', 1]]);
  });
});

describe('how often', () => {
  it.each<[string, string]>([
    ['Le car-atelier repasse dans chaque bourg toutes les six semaines environ.', 'toutes les six semaines'],
    ['Le comité de suivi se réunit tous les 3 mois en mairie.', 'tous les 3 mois'],
    ['La conseillère tient une permanence deux fois par mois à la médiathèque.', 'deux fois par mois'],
    ['Les photos aériennes seront reprises tous les 3 à 4 ans.', 'tous les 3 à 4 ans'],
    ['Le plan est révisé tous les huit à dix mois.', 'tous les huit à dix mois'],
    ['Le capteur relève le niveau de la rivière toutes les trente secondes.', 'toutes les trente secondes'],
    ['La conseillère numérique reçoit chaque mercredi à la mairie.', 'chaque mercredi'],
    ['Le répair café ouvre tous les samedis matin.', 'tous les samedis'],
    ['Le comité de pilotage se réunit le premier lundi du mois.', 'le premier lundi du mois'],
    ['Le camion-atelier passe une semaine sur deux dans chaque bourg.', 'une semaine sur deux'],
    ['Le rapport d’activité est publié tous les deux semestres.', 'tous les deux semestres'],
  ])('reads an interval or a count per period as a frequency: %s', (text, expected) => {
    expect(spans(text, 'frequency')).toContainEqual([expected, 1]);
  });
});

describe('numbers that count', () => {
  it('leaves out a telephone number however it is grouped', () => {
    const text = 'Le numéro vert 0 800 12 34 56 a reçu 300 appels, le standard (+33 2 99 00 11 22) bien plus.';
    expect(findNumbers(foldKeepingOffsets(text)).map((s) => text.slice(s.start, s.end))).toEqual(['300']);
  });

  it('reads "neufs" as the adjective it is, and the plurals numbers take ("quatre-vingts", "des centaines")', () => {
    const text = 'La commune loue des luminaires neufs : quatre-vingts mâts et des centaines de lampes.';
    const found = findNumbers(foldKeepingOffsets(text)).map((s) => text.slice(s.start, s.end));
    expect(found).not.toContain('neufs');
    expect(found).toContain('quatre-vingts');
  });

  it('leaves out years, dates and telephone numbers', () => {
    const text = 'Le 3 février 2023, 27.000 prises étaient ouvertes ; contact au 02 97 00 11 22.';
    const found = findNumbers(foldKeepingOffsets(text)).map((s) => text.slice(s.start, s.end));
    expect(found).toEqual(['27.000']);
  });

  it('leaves out the number of a thing: an issue, a decree ("lire le n°38", "l’arrêté numéro 12")', () => {
    const text = 'Sorrac a posé 140 capteurs (lire notre n°38), selon l’arrêté numéro 12 et la fiche nº 7.';
    expect(findNumbers(foldKeepingOffsets(text)).map((s) => text.slice(s.start, s.end))).toEqual(['140']);
  });

  it('reads a fraction as a count, but no fraction word that is part of a noun ("un tiers-lieu")', () => {
    const text = 'Un tiers des postes du tiers-lieu est loué ; « C’est un tiers lieu », dit la maire.';
    expect(findNumbers(foldKeepingOffsets(text)).map((s) => text.slice(s.start, s.end))).toEqual(['Un tiers']);
  });

  it('leaves out times of day ("vers 11 h", "18h30", "9:45")', () => {
    const text = 'Arrivée vers 11 h en mairie, la ministre a visité 9 ateliers jusqu’à 18h30, puis signé à 9:45 le lendemain.';
    expect(findNumbers(foldKeepingOffsets(text)).map((s) => text.slice(s.start, s.end))).toEqual(['9']);
  });

  it('reads number words joined by spaces as one number ("deux cent cinquante"), and no word that only starts like one', () => {
    const text = 'Environ deux cent cinquante usagers, contre trois mille l’an passé, dans deux centres.';
    expect(findNumbers(foldKeepingOffsets(text)).map((s) => text.slice(s.start, s.end))).toEqual([
      'Environ deux cent cinquante',
      'trois mille',
      'deux',
    ]);
  });

  it('leaves out the first day of a range of days ("du 17 au 18 décembre", "les 12 et 13 avril")', () => {
    const text = 'Dans la nuit du 17 au 18 décembre, puis les 12 et 13 avril, 40 postes ont été chiffrés.';
    expect(findNumbers(foldKeepingOffsets(text)).map((s) => text.slice(s.start, s.end))).toEqual(['40']);
  });

  it('reads "une seule" and "un seul" as one, and no article alone', () => {
    const text = 'Une seule commune reste en zone blanche ; un seul pylône manque, pour une antenne.';
    expect(findNumbers(foldKeepingOffsets(text)).map((s) => text.slice(s.start, s.end))).toEqual(['Une seule', 'un seul']);
  });

  it('reads numbers in words and approximate quantities', () => {
    const text = 'Quatorze chantiers sont ouverts et une cinquantaine de sites attendent.';
    expect(findNumbers(foldKeepingOffsets(text)).map((s) => text.slice(s.start, s.end))).toEqual([
      'quatorze'.replace('q', 'Q'),
      'une cinquantaine',
    ]);
  });
});

describe('telephone numbers', () => {
  it.each<[string, string]>([
    ['Une permanence répond au 0 800 12 34 56, appel gratuit.', '0 800 12 34 56'],
    ['Renseignements : 02.97.00.11.22 du lundi au vendredi.', '02.97.00.11.22'],
    ["Depuis l'étranger, composer le +33 5 61 00 11 22.", '+33 5 61 00 11 22'],
  ])('%s → %s', (text, wanted) => {
    expect(spans(text, 'telephone')).toEqual([[wanted, 1]]);
  });
});

describe('names', () => {
  it('finds people and organisations, not the capitalised words that open a sentence or name a role', () => {
    const text = 'Pour le Maire de Fort-de-France, Didier Laguerre, la convention signée avec Orange Antilles-Guyane est une chance.';
    const names = findProperNames(text).map((n) => text.slice(n.start, n.end));
    expect(names).toContain('Didier Laguerre');
    expect(names).toContain('Orange Antilles-Guyane');
    expect(names).not.toContain('Pour');
  });

  it('takes no holiday for anyone or anywhere ("d\'ici la Toussaint", "avant Noël")', () => {
    const text = "Les ordinateurs seront livrés d'ici la Toussaint par Numérix, et les derniers avant Noël.";
    for (const type of ['organisation', 'person', 'place'] as const) {
      const found = findAnswerSpans(text, type).map((s) => text.slice(s.start, s.end));
      expect(found).not.toContain('Toussaint');
      expect(found).not.toContain('Noël');
    }
    expect(findAnswerSpans(text, 'organisation').map((s) => text.slice(s.start, s.end))).toContain('Numérix');
  });

  it('finds a public body named alone after its article, not the common noun opening a name', () => {
    const text = "Le Département apporte 2 M€, la Région Bretagne 1 M€ et l'État le reste, avec la Ville de Rennes.";
    const names = findProperNames(text).map((n) => [text.slice(n.start, n.end), n.institution ?? false]);
    expect(names).toEqual([
      ['Département', true],
      ['Bretagne', false],
      ['État', true],
      ['Rennes', false],
    ]);
  });

  it('prefers a place after a preposition of place', () => {
    expect(spans('Le délégataire était à Valence-sur-Baïse vendredi, avec Jérôme Barré.', 'place')[0]).toEqual(['Valence-sur-Baïse', 1]);
    // through the building of the town it names: "vers le centre hospitalier de…"
    const sent = 'Le SAMU a dirigé les patients vers le centre hospitalier de Saint-Romain-d’Ays, à 30 kilomètres.';
    expect(spans(sent, 'place')).toContainEqual(['Saint-Romain-d’Ays', 1]);
    // …not through a locution: a radio is no place
    expect(spans('La maire l’a dit au micro de Radio Causses.', 'place')).not.toContainEqual(['Radio Causses', 1]);
  });

  it('reads a place through the landmark it is part of, and no party in brackets after a person as one', () => {
    const text = 'Le maire, Étienne Roussel (MoDem), fera poser le pylône à proximité du massif de la Serre, près du stade.';
    expect(spans(text, 'place')).toContainEqual(['Serre', 1]);
    expect(spans(text, 'place')).not.toContainEqual(['MoDem', 1]);
    expect(spans('Dans la vallée de Vaucouleurs, Orange a installé deux antennes.', 'organisation')).toContainEqual(['Vaucouleurs', 0.3]);
  });

  it('reads a name right after a landmark noun as a place, whatever comes before ("village du plateau du Vaudrel")', () => {
    const text = 'Escoussens, village du plateau du Vaudrel, reçoit la 4G par un relais posé au lieu-dit Le Cayrou.';
    expect(spans(text, 'organisation')).toContainEqual(['Vaudrel', 0.3]);
    expect(spans(text, 'organisation')).toContainEqual(['Cayrou', 0.3]);
    expect(spans(text, 'place')).toContainEqual(['Vaudrel', 1]);
  });

  it('reads a name after a zone named by its purpose as a place ("la zone d’activité de…", "la zone artisanale des…")', () => {
    const text = 'Le relais sera implanté dans la zone d’activité de Kerlann, loin des habitations.';
    expect(spans(text, 'place')).toContainEqual(['Kerlann', 1]);
    expect(spans('Le pylône sera monté dans la zone artisanale des Brandes.', 'place')).toContainEqual(['Brandes', 1]);
  });

  it('reads a name opened by a landform (pic, puy, col, gorges, baie…) as no person', () => {
    const text = 'Trois villages (Pic Saint-Aurel, Col de Vaubrune) attendent leur pylône, dit Jeanne Morvan.';
    const people = spans(text, 'person');
    expect(people).toContainEqual(['Jeanne Morvan', 1]);
    expect(people.find(([name]) => name === 'Pic Saint-Aurel')?.[1] ?? 0).toBeLessThan(0.5);
  });

  it('reads a name after a building and "du" as a place, and no name in brackets after organisations as one', () => {
    const text = "La réunion s'est tenue dans la salle des Glycines, avec les entreprises retenues (Circet, Scopelec).";
    expect(spans(text, 'place')).toContainEqual(['Glycines', 1]);
    expect(spans(text, 'place')).toContainEqual(['Circet', 0.6]);
    expect(spans('Le relais sera posé à Pléneuf (Côtes-d’Armor).', 'place')).toContainEqual(['Côtes-d’Armor', 1]);
  });

  it('reads a name opened by a noun of organisations as no person ("la Régie Lanvel", "l’Association Lanvaux Connect")', () => {
    const text = 'La Régie Lanvel et l’Association Lanvaux Connect ont reçu Hélène Marsac.';
    expect(spans(text, 'person')).toContainEqual(['Régie Lanvel', 0.45]);
    expect(spans(text, 'person')).toContainEqual(['Association Lanvaux Connect', 0.45]);
    expect(spans(text, 'person')).toContainEqual(['Hélène Marsac', 1]);
  });

  it('reads a name opened by a noun of buildings as no person ("la Maison Darbois")', () => {
    const text = 'Le fablab ouvre dans la Maison Darbois-Lefort, a annoncé Hélène Marsac.';
    expect(spans(text, 'person')).toContainEqual(['Maison Darbois-Lefort', 0.3]);
    expect(spans(text, 'person')).toContainEqual(['Hélène Marsac', 1]);
  });

  it('reads a name a programme gives ("dans le cadre de X", "le dispositif X") as no organisation or person', () => {
    const text = 'Le kiosque a été financé dans le cadre de Bourgs Connectés et posé par la société Pylonor.';
    expect(spans(text, 'organisation')).toContainEqual(['Bourgs Connectés', 0.3]);
    expect(spans(text, 'organisation')).toContainEqual(['Pylonor', 1]);
    expect(spans('Les familles passent par le dispositif Clic Solidaire, piloté par Marion Keradec.', 'person')).toContainEqual([
      'Clic Solidaire',
      0.3,
    ]);
    // a name headed by a noun of programmes is a programme's, whatever comes before it
    expect(spans("L'État lance une aide du Plan Villages Connectés, pilotée par Marion Keradec.", 'person')).toContainEqual([
      'Plan Villages Connectés',
      0.3,
    ]);
    // …and so is the noun alone, capitalised before its lowercase words
    expect(spans('Le pylône entre dans le Schéma départemental de couverture mobile.', 'organisation')).toContainEqual(['Schéma', 0.3]);
  });

  it('reads a name right after a noun of things ("le système X", "le logiciel X") as the thing, not its maker', () => {
    const text = 'Les lampadaires se règlent depuis le logiciel Lumio, grâce au système Zigbee, installé par la société Vialux.';
    expect(strengthOf(text, 'Lumio')).toBeLessThan(0.5);
    expect(strengthOf(text, 'Zigbee')).toBeLessThan(0.5);
    expect(strengthOf(text, 'Vialux')).toBe(1);
  });

  it('reads the short form of a common noun phrase as no organisation: "un avis technique préalable (ATP)", "l\'Orsec (organisation de la réponse…)"', () => {
    expect(strengthOf('Un avis technique préalable (ATP) a été rendu par un bureau d’études.', 'ATP')).toBeLessThan(0.5);
    expect(
      strengthOf('Le centre héberge aussi l’Orsec (organisation de la réponse de sécurité civile) et la vidéoprotection.', 'Orsec'),
    ).toBeLessThan(0.5);
    // "Cet ATP a été transmis au maire": taken up by a demonstrative, a thing
    expect(strengthOf('Cet ATP a été transmis au maire.', 'ATP')).toBeLessThan(0.5);
    // an organisation's full name has capitals: its acronym names it
    expect(strengthOf("Le guichet est géré par l'Agence régionale du numérique des Causses (ARNC).", 'ARNC')).toBeGreaterThan(0.5);
    // "l'Agglo", like "la Métropole", is a public body: no company
    expect(spans('Les caméras couvrent 12 communes de l’Agglo depuis mars.', 'organisation')).toContainEqual(['Agglo', 0.9]);
  });

  it('reads where the people named live as places, through the list that follows ("les habitants de A, , B et C")', () => {
    const text = 'La rentrée est annoncée pour les 4 200 habitants de Vaulmont, , , Bréville, Sarlac et Orby, avec la société Fibrelor.';
    expect(spans(text, 'organisation')).toEqual([
      ['Vaulmont', 0.3],
      ['Bréville', 0.3],
      ['Sarlac', 0.3],
      ['Orby', 0.3],
      ['Fibrelor', 1],
    ]);
  });

  it('reads a short capitalised word right after a figure as its unit, not a name ("700 MHz")', () => {
    expect(spans("L'antenne émet à 700 MHz depuis mars.", 'organisation')).toEqual([]);
    expect(spans('Le kiosque a coûté 12 500 € TTC, payés par la Région.', 'organisation')).not.toContainEqual(['TTC', 1]);
    // …glued to it too: "16GO de RAM" is no name "GO de RAM"
    expect(spans('Les ordinateurs portables livrés ont 16GO de RAM et un SSD.', 'organisation')).not.toContainEqual(['GO de RAM', 1]);
    // after a year, a name is a name
    expect(spans('Depuis 2021 SFR exploite le site.', 'organisation')).toContainEqual(['SFR', 1]);
  });

  it('finds nothing in a question', () => {
    expect(findAnswerSpans('Qui a signé la convention le 6 avril 2018 ?', 'date')).toEqual([]);
  });
});

const CORPUS = path.resolve(import.meta.dirname, '../../../corpus');

describe('the quick tests before each pattern', () => {
  // Sentences written for this test, one or more per pattern, and the bundled press releases.
  const written = [
    'Le chantier a démarré le 3 mars 2021 et s’achèvera le 15/09/2023.',
    'Les travaux reprendront au printemps 2024, la commande date de 2023-06.',
    'Le réseau sera achevé d’ici 2026, selon le syndicat mixte.',
    'La mise en service complète est prévue l’année prochaine.',
    'Les premiers raccordements auront lieu fin septembre dans la vallée.',
    'Le déploiement doit être terminé avant Noël, a promis le président.',
    'Les inscriptions sont ouvertes à compter du lundi suivant la réunion.',
    'Le schéma directeur a été adopté en 2019 par l’assemblée.',
    'Le projet coûte 12,5 millions d’euros, dont un million d’euros de l’État, et 2 milliards au total.',
    'Le réseau coûte 80 M€, dont 12 millions apportés par la Région.',
    'Le plan mobilise deux millions d’argent public.',
    'La commune a versé 45 000 e.',
    'Le ticket coûte 3 euros 40, soit vingt centimes de plus.',
    'L’accès aux ateliers est gratuit pour les habitants.',
    'La commune loue le local pour un euro symbolique.',
    'La filiale américaine a payé 40 000 dollars, la suisse 12 000 francs suisses.',
    '85 % des foyers sont éligibles, soit la moitié des communes et 3 sur 4 des entreprises ; un foyer sur deux reste à raccorder.',
    'Le contrat est signé pour 25 ans ; quatre mois après l’attaque, 18 mois de travaux, une décennie d’exploitation.',
    'Les fouilles ont duré de mars à septembre, les relevés de 2031 à 2034.',
    'Le directeur, Marc Aubry, 52 ans, a présenté un contrat d’une durée de 20 ans.',
    'Les bornes sont relevées chaque semaine, selon un calendrier mensuel.',
    'Le bus repasse toutes les trois semaines, deux fois par mois en été.',
    'Le camion-atelier passe une semaine sur deux dans chaque bourg.',
    'Le pylône sera allumé dans quelques mois, la fibre d’ici deux ans.',
    'C’est le 3e département raccordé, le premier de la région.',
    'Un tiers des prises est livré, un quart reste à construire.',
    'Seules 12 des 180 communes ont un agent informatique ; 9 armoires sur les 13 sont équipées.',
    'Le seuil d’alerte est fixé à 800 ppm ; le taux de panne reste sous 2 ‰.',
    'La médiathèque ouvre de 9 h 30 à 18h, le guichet ferme à midi le samedi.',
    'L’espace numérique accueille le public du mardi au samedi, et du dimanche au lundi en été.',
    '2011-2012 : la ville ouvre ses données publiques.',
    'Les ateliers sont ouverts aux plus de 60 ans.',
    'Les bornes émettent depuis le début du mois de mars.',
    'La convention vaut pour les dix prochaines années.',
    'La visite dure une vingtaine de minutes.',
    'Le label est renouvelé pour la deuxième année consécutive.',
  ];
  const bundled = readdirSync(CORPUS).flatMap((f) => readFileSync(path.join(CORPUS, f), 'utf8').split(/(?<=[.!?])\s+/));
  const sentences = [...written, ...bundled].map((t) => foldKeepingOffsets(t));

  it('never skip a sentence the pattern matches, and every pattern with one matches here', () => {
    for (const [type, patterns] of Object.entries(PATTERNS)) {
      for (const [pattern, , needs] of patterns ?? []) {
        if (!needs) continue;
        const matching = sentences.filter((s) => new RegExp(pattern.source, pattern.flags).test(s));
        expect(matching.length, `${type} ${pattern.source.slice(0, 60)}`).toBeGreaterThan(0);
        for (const s of matching) expect(needs.test(s), `${type}: ${s}`).toBe(true);
      }
    }
  });
});
