// Evidence of the kind of answer asked for, on sentences written like press releases.
import { describe, expect, it } from 'vitest';
import { analyzeFrenchTerms } from '../../../src/engine/analysis/analyzeFrench.ts';
import type { EvidenceRequest } from '../../../src/engine/answer/evidenceRequest.ts';
import { bestEvidence } from '../../../src/engine/answer/sentenceEvidence.ts';
import { alternative, queryConcept } from '../../../src/engine/answer/readQuestion.ts';

function request(
  answerType: EvidenceRequest['answerType'],
  words: { subject?: string; kind?: string; other?: string; names?: string; initials?: string; office?: string },
): EvidenceRequest {
  const terms = (text = '') => new Set(analyzeFrenchTerms(text));
  const wordTerms = terms(`${words.subject ?? ''} ${words.other ?? ''}`);
  return {
    answerType,
    questionTerms: wordTerms,
    nameTerms: terms(words.names),
    questionInitials: words.initials ?? '',
    wordTerms,
    subjectTerms: terms(words.subject),
    typeTerms: terms(words.kind),
    kindTerms: terms(words.kind),
    dateUnitAsked: terms(words.kind).has('jour') ? ('day' as const) : terms(words.kind).has('ann') ? ('year' as const) : undefined,
    perTerms: new Set(),
    actionTerms: new Set(),
    officeTerms: terms(words.office),
    countedQualifiers: new Set(),
  };
}

describe('bestEvidence', () => {
  it('takes no sum invested or funded for a price asked by its noun, but takes it for what a thing cost', () => {
    const price = {
      ...request('money', { subject: 'abonnement fibre' }),
      priceAsked: true,
      echoTerms: new Set(analyzeFrenchTerms('prix abonnement fibre')),
    };
    const invested = '12,4 millions d’euros ont été investis par le Département dans la fibre.';
    expect(bestEvidence(invested, price)?.strength ?? 0).toBeLessThan(0.5);
    expect(bestEvidence('L’abonnement à la fibre coûte 29 euros par mois.', price)?.strength).toBeGreaterThan(0.5);
    const cost = { ...price, echoTerms: new Set(analyzeFrenchTerms('coûté fibre')) };
    expect(bestEvidence(invested, cost)?.strength).toBeGreaterThan(0.5);
  });

  it('reads the verb of funding that stands well before a sum as what the sum is ("a financé l\'achat à hauteur de…, la Région pour…")', () => {
    const price = {
      ...request('money', { subject: 'véhicule' }),
      priceAsked: true,
      moneyKinds: new Set(['cost']),
      echoTerms: new Set(analyzeFrenchTerms('prix véhicule')),
    };
    const funded = 'Le syndicat départemental a financé l’achat du nouveau véhicule aménagé à hauteur de 30 %, la Région pour 50 000 €.';
    expect(bestEvidence(funded, price)?.strength ?? 0).toBeLessThan(0.5);
  });

  it('takes "gratuit" as the whole answer to a price, not to another amount', () => {
    const price = { ...request('money', { subject: 'raccordement' }), priceAsked: true };
    expect(bestEvidence('Le raccordement est gratuit pour les particuliers.', price)?.strength).toBe(1);
    expect(bestEvidence('La société s’engage à raccorder gratuitement les quarante écoles.', price)?.strength).toBe(1);
    expect(
      bestEvidence('Le raccordement est gratuit pour les particuliers.', request('money', { subject: 'raccordement' }))?.strength,
    ).toBeLessThan(1);
    // "le wifi gratuit, il a coûté combien ?": the question's own word is no answer
    const echo = { ...request('money', { subject: 'wifi gratuit' }), priceAsked: true };
    expect(bestEvidence('Le réseau de wifi public gratuit est achevé.', echo)).toBeUndefined();
    // how someone acts, not what a thing costs
    expect(bestEvidence('La conseillère aide gratuitement les usagers du raccordement.', price)?.strength ?? 0).toBeLessThan(1);
  });

  it('takes a unit listed with the kind of answer asked ("heure" for "combien de temps") as an answer, not an echo', () => {
    const duration = request('duration', { subject: 'borne gratuite', kind: 'temps heure' });
    const asked = { ...duration, questionTerms: new Set([...duration.questionTerms, ...duration.typeTerms]) };
    const text = 'La borne gratuite reste accessible une heure par jour aux habitants.';
    const span = bestEvidence(text, asked);
    expect(span && text.slice(span.start, span.end)).toBe('une heure');
  });

  it('does not take an amount per another period, or a total, for the monthly price asked', () => {
    const asked = { ...request('money', { subject: 'abonnement', kind: 'prix' }), period: 'month' as const };
    const monthly = bestEvidence('L’abonnement coûte 29 euros par mois aux habitants raccordés.', asked);
    const perSocket = bestEvidence('Les communes versent une contribution de 100 € par prise pour l’abonnement du réseau.', asked);
    const yearly = bestEvidence('L’abonnement au service représente 310 euros par an.', asked);
    expect(monthly?.strength).toBeGreaterThan(0.5);
    expect(perSocket?.strength ?? 0).toBeLessThan(0.5);
    expect(yearly?.strength ?? 0).toBeLessThan(0.5);
  });

  it("takes a whole for a total asked, not one party's share or a difference", () => {
    const total = { ...request('money', { subject: 'réseau' }), total: true };
    const whole = bestEvidence('Le réseau représente 212 millions d’euros de travaux.', total)?.strength ?? 0;
    const share = bestEvidence('L’État financera le réseau à hauteur de 40 millions d’euros.', total)?.strength ?? 0;
    const more = bestEvidence('Le réseau coûtera 12 millions d’euros de plus que prévu.', total)?.strength ?? 0;
    expect(share).toBeLessThan(whole);
    expect(more).toBeLessThan(whole);
  });

  it('prefers, for a total asked, a figure the sentence gives as the whole to a part given first', () => {
    const total = { ...request('number', { subject: 'bornes', kind: 'bornes' }), total: true };
    const part = bestEvidence('La commune installera 12 bornes de recharge dans ses parkings.', total)?.strength ?? 0;
    const whole = bestEvidence('Au total, 45 bornes de recharge seront installées dans l’agglomération.', total)?.strength ?? 0;
    expect(whole).toBeGreaterThan(part);
    // asked without "en tout", both figures count alike
    const plain = request('number', { subject: 'bornes', kind: 'bornes' });
    expect(bestEvidence('La commune installera 12 bornes de recharge dans ses parkings.', plain)?.strength).toBe(
      bestEvidence('Au total, 45 bornes de recharge seront installées dans l’agglomération.', plain)?.strength,
    );
  });

  it('takes the sum "soit" restates for a total asked, not the price of one item before it', () => {
    const total = { ...request('money', { subject: 'chèques' }), total: true };
    const said = 'La commune achète 1 400 chèques d’une valeur de 20 euros chacun, soit 28 000 euros engagés.';
    const found = bestEvidence(said, total);
    expect(found && said.slice(found.start, found.end)).toBe('28 000 euros');
  });

  it("takes the figure of the listed item that names the place asked, not another item's", () => {
    const asked = request('number', { subject: 'pylône', names: 'Creuse' });
    const text = 'Deux pylônes en Corrèze, à Meymac et Ussel ; cinq dans la Creuse, à Aubusson et Felletin ; un en Haute-Vienne.';
    const found = bestEvidence(text, asked);
    expect(text.slice(found!.start, found!.end)).toBe('cinq');
  });

  it('takes a figure after a semicolon that names nothing as said of the name before it ("X annonce… ; la box est vendue 399 €")', () => {
    const asked = request('money', { subject: 'box', names: 'Stellaris' });
    const text = 'Stellaris annonce une latence de 40 millisecondes ; la box est vendue 399 € et l’abonnement 35 € par mois.';
    expect(bestEvidence(text, asked)?.strength).toBe(1);
  });

  it('takes no place joined by a particle for the holder of an office ("Causse de la Selle" is no mayor)', () => {
    const mayor = request('person', { subject: 'commune', kind: 'maire', office: 'maire' });
    const places = 'Le maire le rappelle : Causse de la Selle et Pégairolles de Buèges attendent toujours leur pylône.';
    expect(bestEvidence(places, mayor)?.strength ?? 0).toBeLessThan(0.5);
    const person = 'Le maire, Jean de Villiers, attend toujours le pylône.';
    expect(bestEvidence(person, mayor)?.strength).toBeGreaterThan(0.8);
  });

  it("counts a date said of several listed places as each one's, a figure said of them as none's", () => {
    const listing = 'Les dernières communes à équiper – Arvieu, Brévalon et Pouzac – seront ouvertes en juin 2025 avec 900 prises.';
    const untitled = { untitledNameTerms: new Set(analyzeFrenchTerms('Pouzac')) };
    const date = { ...request('date', { subject: 'commune', names: 'Pouzac' }), ...untitled };
    const number = { ...request('number', { subject: 'commune', names: 'Pouzac' }), ...untitled };
    expect(bestEvidence(listing, date)?.strength).toBe(
      bestEvidence(listing, request('date', { subject: 'commune', names: 'Pouzac' }))?.strength,
    );
    expect(bestEvidence(listing, number)!.strength).toBeLessThan(
      bestEvidence(listing, request('number', { subject: 'commune', names: 'Pouzac' }))!.strength,
    );
  });

  it('counts less a figure of another month or year than the question places its fact in', () => {
    const asked = { ...request('number', { subject: 'pylône' }), questionTerms: new Set(analyzeFrenchTerms('pylône janvier 2025')) };
    const other = bestEvidence('Quatre pylônes ont été validés au mois de décembre.', asked)?.strength ?? 0;
    const same = bestEvidence('Quatre pylônes ont été validés au mois de janvier.', asked)?.strength ?? 0;
    const none = bestEvidence('Quatre pylônes ont été validés par l’État.', asked)?.strength ?? 0;
    expect(other).toBeLessThan(same);
    expect(none).toBe(same);
    // "l'an dernier" in a page of 2026 is 2025
    const lastYear = { ...asked, questionTerms: new Set(['pylon', '2025']), documentYear: 2026 };
    const text = 'L’an dernier, quatre pylônes ont été validés, deux de plus qu’en 2024.';
    expect(bestEvidence(text, lastYear)?.strength).toBe(bestEvidence(text, { ...lastYear, questionTerms: new Set(['pylon']) })?.strength);
    expect(bestEvidence(text, { ...lastYear, documentYear: 2030 })?.strength).toBeLessThan(bestEvidence(text, lastYear)!.strength);
  });

  it("counts a time that opens the sentence as the whole clause's, however far the words asked", () => {
    const asked = request('date', { subject: 'wifi' });
    const clause = 'les habitants du quartier de la gare et des hameaux voisins peuvent se connecter gratuitement à un réseau wifi';
    const fronted = bestEvidence(`Depuis le 12 mars 2024, ${clause}.`, asked)?.strength ?? 0;
    const inside = bestEvidence(`Les habitants, depuis le 12 mars 2024 et ${clause.slice(13)}.`, asked)?.strength ?? 0;
    expect(fronted).toBe(bestEvidence('Depuis le 12 mars 2024, le wifi est gratuit.', asked)?.strength);
    expect(inside).toBeLessThan(fronted);
  });

  it('counts less a figure of what would be, were something else true', () => {
    const asked = request('money', { subject: 'réparation' });
    const said = bestEvidence('La réparation des serveurs a coûté 18 000 euros à la commune.', asked)?.strength ?? 0;
    const supposed = bestEvidence('Sans l’assurance, la réparation nous aurait coûté 40 000 euros.', asked)?.strength ?? 0;
    const ifNot = bestEvidence('Si nous n’étions pas assurés, la réparation serait à 40 000 euros.', asked)?.strength ?? 0;
    expect(supposed).toBeLessThan(said);
    expect(ifNot).toBeLessThan(said);
    // a fee, a portrait: no conditional
    expect(bestEvidence('Si la commune le souhaite, les frais de réparation sont de 18 000 euros.', asked)?.strength).toBe(said);
    // a supposition quoted is the speaker's, not the figure said around it; a figure quoted with it is one
    const quoted = '« Sans les sauvegardes, nous aurions tout perdu », dit le maire : la réparation a coûté 18 000 euros à la commune.';
    expect(bestEvidence(quoted, asked)?.strength).toBe(said);
    const inside = '« Sans l’assurance, la réparation nous aurait coûté 40 000 euros », dit le maire.';
    expect(bestEvidence(inside, asked)?.strength).toBeLessThan(said);
  });

  it('answers "pour qui" by the people of a kind something is for, before a person\'s name', () => {
    const asked = { ...request('person', { subject: 'médiathèque' }), beneficiary: true };
    const text = 'Selon Lucie Perrin, la médiathèque a ouvert ses ateliers pour les seniors isolés du canton.';
    const found = bestEvidence(text, asked);
    expect(text.slice(found!.start, found!.end)).toBe('seniors isolés');
    expect(found!.strength).toBeGreaterThan(bestEvidence(text, request('person', { subject: 'médiathèque' }))!.strength * 0.5);
  });

  it('answers a name asked of a kind only by a name said of that kind, never by a description', () => {
    const asked = { ...request('organisation', { subject: 'réseau', kind: 'société' }), nameAsked: true };
    expect(bestEvidence('Le réseau est construit par le syndicat et exploité en régie.', asked)?.strength ?? 0).toBeLessThan(0.5);
    expect(bestEvidence('Le schéma (SDAN) prévoit le réseau sur dix ans.', asked)?.strength ?? 0).toBeLessThan(0.5);
    expect(bestEvidence('La société Normandie Fibre exploite le réseau depuis 2019.', asked)?.strength).toBeGreaterThan(0.8);
  });

  it('answers the name of a thing by the name a sentence gives it, and gives a thing no evidence otherwise', () => {
    const named = { ...request('other', { subject: 'bus' }), nameAsked: true };
    const text = 'Le bus numérique, baptisé « Cyber-Bus », sillonne le canton.';
    const found = bestEvidence(text, named);
    expect([text.slice(found!.start, found!.end), found!.strength]).toEqual(['« Cyber-Bus »', 1]);
    expect(bestEvidence(text, request('other', { subject: 'bus' }))).toBeUndefined();
  });

  it("answers a name asked with a name that holds the question's place among more words, not with one that is mostly it", () => {
    const named = { ...request('other', { subject: 'association', names: 'Lanvel' }), nameAsked: true };
    const more = 'Claude Morel, membre de l’association « Tous ensemble pour Lanvel », conteste le pylône.';
    const found = bestEvidence(more, named);
    expect([more.slice(found!.start, found!.end), found!.strength]).toEqual(['« Tous ensemble pour Lanvel »', 0.7]);
    expect(bestEvidence('L’association « Lanvel Demain » conteste le pylône.', named)?.strength ?? 0).toBeLessThan(0.5);
  });

  it('takes a figure in a unit of the measure asked for it, though the question types the same figure of another thing', () => {
    const rate = queryConcept('débit', 'content', [alternative(['debit'], 1), alternative(['mbit'], 0.75)], {
      measure: true,
      counted: true,
    });
    const counted = { concept: rate, alternatives: rate.alternatives, weight: 1, present: true };
    // "Quel débit le plan « 500 foyers connectés » de Sorrac promet-il ?"
    const asked = { ...request('number', { subject: 'débit plan foyers connectés', other: '500' }), counted };
    expect(bestEvidence('Le plan promet un débit de 500 Mbit/s à chaque foyer de Sorrac.', asked)?.strength).toBeGreaterThan(0.5);
    expect(bestEvidence('Le plan couvre 500 communes de Sorrac.', asked)?.strength ?? 0).toBeLessThan(0.5);
  });

  it('counts a figure followed by its unit and the measure\'s adjective as the measure asked ("43 mètres de haut")', () => {
    const height = queryConcept('hauteur', 'content', [alternative(['metr'], 0.75)], { measure: true, counted: true });
    const counted = { concept: height, alternatives: height.alternatives, weight: 1, present: true };
    const asked = { ...request('number', { subject: 'pylône' }), counted };
    expect(bestEvidence('Le nouveau pylône : 38 mètres de haut.', asked)?.strength).toBe(1);
    expect(bestEvidence('Le nouveau pylône fait 38 mètres, en Haute-Loire.', asked)?.strength).toBeLessThan(1);
    // said by the verb or by the adjective before the figure
    expect(bestEvidence('Le nouveau pylône mesure 38 mètres.', asked)?.strength).toBe(1);
    expect(bestEvidence('Un pylône haut de 38 m a été dressé.', asked)?.strength).toBe(1);
    // "à" before it is no distance when the measure's adjective follows
    expect(bestEvidence('Même s’il culmine à 38 mètres de haut, le pylône passe inaperçu.', asked)?.strength).toBe(1);
  });

  it('counts a number by the gloss in brackets of the noun after it ("12 bornes (points d\'accès)")', () => {
    const c = queryConcept('points', 'content', [alternative(['point'], 1)], { counted: true });
    const asked = {
      ...request('number', { subject: 'médiathèque' }),
      counted: { concept: c, alternatives: c.alternatives, weight: 1, present: true },
      countedInDocument: true,
    };
    const found = bestEvidence("La médiathèque a reçu 12 bornes (points d'accès Wi-Fi) et 3 ordinateurs.", asked);
    expect(found?.strength).toBeGreaterThan(0.5);
    // a bracket that says something else of the noun says nothing of what it counts
    expect(bestEvidence("La médiathèque a reçu 12 bornes (posées en mars) près des points d'accès.", asked)?.strength ?? 0).toBeLessThan(
      0.5,
    );
  });

  it('counts a number by the kind its noun is said to be of ("6 balises de surveillance de type sonde")', () => {
    const c = queryConcept('sondes', 'content', [alternative(['sond'], 1)], { counted: true });
    const asked = {
      ...request('number', { subject: 'rivière' }),
      counted: { concept: c, alternatives: c.alternatives, weight: 1, present: true },
      countedInDocument: true,
    };
    const typed = bestEvidence('Sur la rivière du Vernay, 6 balises de surveillance de type sonde ont été posées.', asked);
    expect(typed?.strength).toBeGreaterThan(0.5);
    // a kind said of another noun, further on, says nothing of what the number counts
    const other = bestEvidence('Sur la rivière du Vernay, 6 balises de surveillance ont été posées près de la sonde.', asked);
    expect(other?.strength ?? 0).toBeLessThan(0.5);
  });

  it('does not take a figure of another measure for the one asked ("780 mètres d\'altitude" for a height)', () => {
    const concept = (label: string, unit: string) => {
      const c = queryConcept(label, 'content', [alternative([unit], 0.75)], { measure: true, counted: true });
      return {
        ...request('number', { subject: 'pylône' }),
        counted: { concept: c, alternatives: c.alternatives, weight: 1, present: true },
      };
    };
    const text = 'Dressé à 780 mètres d’altitude, le pylône mesure 38 mètres.';
    const found = bestEvidence(text, concept('hauteur', 'metr'));
    expect(text.slice(found!.start, found!.end)).toBe('38');
    const far = bestEvidence('Le pylône de 35 mètres de haut se dresse à 300 m des maisons.', concept('distance', 'm'));
    expect(far?.strength).toBeGreaterThan(0.5);
    expect(bestEvidence('Le pylône de 35 mètres de haut a été dressé.', concept('distance', 'm'))?.strength ?? 0).toBeLessThan(0.5);
    // any dimension is a size
    expect(bestEvidence('Le pylône de 35 mètres de haut a été dressé.', concept('taille', 'metr'))?.strength).toBeGreaterThan(0.5);
    // …but how far it stands is no size, said in a sentence or in a line of figures
    const size = concept('taille', 'metr');
    expect(bestEvidence('Le pylône sera dressé à 210 mètres du collège.', size)?.strength ?? 0).toBeLessThan(0.5);
    expect(bestEvidence('210 mètres : distance entre le pylône et le collège', size)?.strength ?? 0).toBeLessThan(0.5);
    expect(bestEvidence('32 mètres : hauteur du pylône', size)?.strength).toBeGreaterThan(0.5);
  });

  it('counts less a figure of what has been done when what is still to come is asked', () => {
    const asked = { ...request('number', { subject: 'capteur' }), timeAsked: 'to-come' as const };
    const done = bestEvidence('La ville vient en effet d’installer 5 capteurs sur ses toits.', asked)?.strength ?? 0;
    const toCome = bestEvidence('D’ici septembre, 12 capteurs seront installés sur ses toits.', asked)?.strength ?? 0;
    expect(done).toBeLessThan(toCome);
    // what is so today
    expect(bestEvidence('La ville compte aujourd’hui 5 capteurs sur ses toits.', asked)?.strength ?? 0).toBeLessThan(toCome);
    // a commitment tells what is to come, whatever tense it was made in
    expect(bestEvidence('La ville avait pris l’engagement d’installer 12 capteurs sur ses toits.', asked)?.strength ?? 0).toBeGreaterThan(
      done,
    );
    expect(
      bestEvidence('La ville vient en effet d’installer 5 capteurs sur ses toits.', request('number', { subject: 'capteur' }))?.strength,
    ).toBe(toCome);
  });

  it.each([
    // "une deuxième version" for the rank of a region ("en deuxième position" ranks nothing else)
    [
      'ordinal',
      'région classement',
      'La Bretagne est la deuxième région de France pour la fibre.',
      'La région a publié une deuxième version de sa carte de la fibre.',
      'La région arrive en deuxième position pour la fibre.',
    ],
    // "douze mois de discussions" for how long a lease runs ("douze mois de bail" is the lease's)
    [
      'duration',
      'bail antenne',
      'Le bail de l’antenne a été signé au terme de douze mois.',
      'Le bail de l’antenne a été signé au terme de douze mois de discussions.',
      'Le bail de l’antenne a été signé au terme de douze mois de bail.',
    ],
  ] as const)('counts less a %s said of a thing the question does not name (%s)', (answerType, subject, ofAsked, ofOther, same) => {
    const asked = request(answerType, { subject });
    const strength = (text: string) => bestEvidence(text, asked)?.strength ?? 0;
    expect(strength(ofOther)).toBeLessThan(strength(ofAsked));
    expect(strength(same)).toBe(strength(ofAsked));
  });

  it('reads a rank said of "fois" as how many times ("pour la quatrième fois")', () => {
    const asked = request('number', { other: 'fois déménagé' });
    const text = 'Le club rappelle que « c’est la quatrième fois que nous déménageons » depuis sa création.';
    const found = bestEvidence(text, asked);
    expect(text.slice(found!.start, found!.end)).toBe('quatrième');
    expect(found!.strength).toBeGreaterThan(0.5);
  });

  it('does not take an amount per item for the total asked', () => {
    const asked = { ...request('money', { subject: 'réseau' }), total: true };
    const perHome = bestEvidence('Le réseau verse une aide de 300 € par foyer raccordé.', asked);
    const whole = bestEvidence('Le réseau représente un investissement de 96 millions d’euros.', asked);
    expect(perHome?.strength ?? 0).toBeLessThan(0.7);
    expect(whole?.strength).toBeGreaterThanOrEqual(0.9);
    // asked without "au total", the amount per home is an amount like any other
    expect(
      bestEvidence('Le réseau verse une aide de 300 € par foyer raccordé.', request('money', { subject: 'réseau' }))?.strength,
    ).toBeGreaterThan(0.9);
  });

  it('takes a day of the week for "quel jour", and only for it', () => {
    const sentence = 'Le bus numérique s’arrête à Privas le mardi, de 9 h à 12 h.';
    expect(bestEvidence(sentence, request('date', { subject: 'bus', kind: 'jour', names: 'Privas' }))?.strength).toBeGreaterThan(0.5);
    expect(bestEvidence(sentence, request('date', { subject: 'bus', names: 'Privas' }))?.strength ?? 0).toBeLessThan(0.5);
    // "quelle date": the thesaurus lists "jour" among its synonyms, which asks no day of the week
    const date = { ...request('date', { subject: 'bus', kind: 'jour', names: 'Privas' }), dateUnitAsked: undefined };
    expect(bestEvidence(sentence, date)?.strength ?? 0).toBeLessThan(0.5);
    // a date that says no day is less of an answer to "quel jour" than one that does
    const monthOnly = 'Le bus numérique s’arrête à Privas en septembre 2019.';
    const dated = 'Le bus numérique s’arrête à Privas le 12 septembre.';
    const day = request('date', { subject: 'bus', kind: 'jour', names: 'Privas' });
    expect(bestEvidence(monthOnly, day)?.strength ?? 0).toBeLessThan(0.6);
    expect(bestEvidence(dated, day)?.strength).toBe(1);
    // the plural says it happens every week
    const weekly = 'Des ateliers sont proposés à la médiathèque les jeudis après-midi, hors vacances scolaires.';
    expect(bestEvidence(weekly, request('date', { subject: 'atelier', kind: 'jour' }))?.strength).toBeGreaterThan(0.5);
  });

  it('takes a time of every year ("l\'été", "les fêtes de fin d\'année") for "à quelle période de l\'année", before a dated event', () => {
    const season = { ...request('date', { subject: 'wifi' }), dateUnitAsked: 'season' as const };
    const busiest = 'Le wifi public est surtout utilisé pendant les vacances scolaires et durant les fêtes de fin d’année.';
    const opened = 'Le wifi public a été ouvert en septembre 2016 dans le centre-ville.';
    expect(bestEvidence(busiest, season)?.strength).toBeGreaterThan(bestEvidence(opened, season)?.strength ?? 0);
    expect(bestEvidence(busiest, request('date', { subject: 'wifi' }))?.strength).toBeLessThan(
      bestEvidence(opened, request('date', { subject: 'wifi' }))?.strength ?? 0,
    );
  });

  it('takes a street for "quelle adresse", a town only in part', () => {
    const address = { ...request('place', { subject: 'permanence' }), placeAsked: 'address' as const };
    const street = 'La permanence numérique se tient au 12 avenue de la Gare, à côté de la poste.';
    const town = 'La permanence numérique se tient désormais à Montrevel, le jeudi.';
    expect(bestEvidence(street, address)?.strength).toBeGreaterThan(bestEvidence(town, address)?.strength ?? 0);
    expect(bestEvidence(town, request('place', { subject: 'permanence' }))?.strength).toBe(1);
    // a street without its number is most of an address, below a numbered one
    const square = 'La permanence numérique se tient sur la place du Marché, à côté de la poste.';
    const numbered = bestEvidence(street, address)?.strength ?? 0;
    expect(bestEvidence(square, address)?.strength).toBeLessThan(numbered);
    expect(bestEvidence(square, address)?.strength).toBeGreaterThan(bestEvidence(town, address)?.strength ?? 0);
  });

  it('takes the date of a dateline for the day the release was issued, less sure than a date in the text', () => {
    const asked = request('date', { subject: 'guichet', other: 'ouvre' });
    const dateline = bestEvidence('Gourdon, le 14 mai 2024 – Le syndicat a présenté son guichet.', asked)?.strength ?? 0;
    const opening = bestEvidence('Le guichet ouvrira le 2 septembre 2024.', asked)?.strength ?? 0;
    expect(dateline).toBeGreaterThan(0.5);
    expect(dateline).toBeLessThan(opening);
    // "quand sera-t-il terminé": a dateline that does not say the verb dates another event
    const finished = { ...request('date', { subject: 'guichet' }), actionTerms: new Set(analyzeFrenchTerms('terminé')) };
    expect(bestEvidence('Gourdon, le 14 mai 2024 – Le syndicat a présenté son guichet.', finished)?.strength ?? 0).toBeLessThan(0.5);
    expect(bestEvidence('Gourdon, le 14 mai 2024 – Le syndicat a terminé son guichet.', finished)?.strength ?? 0).toBeGreaterThan(0.5);
  });

  it('takes a share for an amount that keywords guessed from a noun ("financement département fibre")', () => {
    const sentence = 'Le Département finance la montée en débit à hauteur de 38 %.';
    expect(bestEvidence(sentence, request('money', { subject: 'débit' }))).toBeUndefined();
    const guessed = { ...request('money', { subject: 'débit' }), keywords: true };
    expect(bestEvidence(sentence, guessed)?.strength).toBeGreaterThan(0.5);
  });

  it('takes an amount for a share that may be one ("la part de la Région")', () => {
    const sentence = 'La Région apporte 1,2 million d’euros au plan numérique.';
    expect(bestEvidence(sentence, request('percent', { subject: 'plan', names: 'Région' }))).toBeUndefined();
    const share = { ...request('percent', { subject: 'plan', names: 'Région' }), shareOfMoney: true };
    expect(bestEvidence(sentence, share)?.strength).toBeGreaterThan(0.5);
    // …but a share written as one answers it more surely than an amount
    const percent = bestEvidence('La Région prend en charge 40 % du plan numérique.', share)?.strength ?? 0;
    expect(percent).toBeGreaterThan(bestEvidence(sentence, share)?.strength ?? 1);
    // and so does a share in words ("les deux tiers"), less sure than a percentage
    const inWords = bestEvidence('La Région en prend en charge les deux tiers, le reste étant financé par l’État.', share)?.strength ?? 0;
    expect(inWords).toBeGreaterThan(bestEvidence(sentence, share)?.strength ?? 1);
  });

  it('takes a body less surely from a sentence that does not say the act asked ("qui a financé…")', () => {
    const asked = { ...request('organisation', { subject: 'pylône' }), actionTerms: new Set(analyzeFrenchTerms('financé')) };
    const installed = bestEvidence('Orange et SFR ont installé leurs antennes sur le pylône.', asked)?.strength ?? 0;
    const funded = bestEvidence('Le pylône a été financé par Orange et SFR.', asked)?.strength ?? 0;
    expect(installed).toBeLessThan(funded);
    expect(installed).toBeGreaterThan(0.5);
  });

  it('does not take an acronym for the person a role noun asks for', () => {
    // "Saint-Aubin maire fibre": the mayor is a person; ADSL is a technology.
    const asked = request('person', { subject: 'fibre', kind: 'maire', names: 'Saint-Aubin' });
    const acronym = bestEvidence('À Saint-Aubin, les habitants vivent encore avec l’ADSL et ses deux mégas.', asked);
    const person = bestEvidence('Martine Le Goff, la maire, a écrit trois fois à l’opérateur.', asked);
    expect(acronym?.strength ?? 0).toBeLessThan(0.5);
    expect(person?.strength).toBeGreaterThan(0.5);
  });

  it('does not take a company introduced as one for the person a role noun asks for', () => {
    // "C'est qui l'élue au numérique à Privas ?"
    const asked = request('person', { subject: 'numérique', kind: 'élue', names: 'Privas' });
    const company = bestEvidence('La Ville de Privas et la société grenobloise Alpes Données ont signé une convention numérique.', asked);
    const elected = bestEvidence('« Le numérique doit servir chacun », a résumé Claire Vidal, adjointe au maire de Privas.', asked);
    expect(company?.strength ?? 0).toBeLessThan(0.5);
    expect(elected?.strength).toBeGreaterThan(0.5);
  });

  it('takes a price said by its noun as the price of one item, with no "par" ("à un tarif réduit : 150 euros")', () => {
    // "Combien paie-t-on un ordinateur reconditionné à Sorrac ?": a price per computer.
    const asked = { ...request('money', { subject: 'ordinateur' }), perTerms: new Set(analyzeFrenchTerms('ordinateur')) };
    const found = bestEvidence('La vente se fait à un tarif réduit : 150 euros, garantie comprise.', asked);
    expect(found?.strength).toBeGreaterThan(0.5);
  });

  it('takes no name spelled out right before the acronym the question names it by for its answer', () => {
    // "Où se fait la mise à jour des terminaux de la CCMV ?"
    const asked = request('place', { subject: 'mise à jour terminaux', names: 'CCMV' });
    const spelled = bestEvidence('La communauté de communes des Monts de Vernay (CCMV) équipe ses agents de terminaux.', asked);
    const place = bestEvidence('La mise à jour des terminaux se fait chaque soir à la mairie annexe de Lanvel.', asked);
    expect(spelled?.strength ?? 0).toBeLessThan(0.5);
    expect(place?.strength).toBeGreaterThan(0.5);
  });

  it('takes neither a place nor an acronym for the holder of a role the question names', () => {
    // "Qui est le président du syndicat ?": the role is a word of the question, not the kind asked.
    const asked = { ...request('person', { subject: 'syndicat', other: 'président' }), roleAsked: true };
    const dateline = bestEvidence('Privas, le 3 mai – Le comité du syndicat ADN a voté le budget.', asked);
    const president = bestEvidence('Claire Vidal, présidente du syndicat, a salué le vote.', asked);
    expect(dateline?.strength ?? 0).toBeLessThan(0.5);
    expect(president?.strength).toBeGreaterThan(0.5);
  });

  it('does not take the subject after a complement that ends on the office for its holder ("du maire, X a dit")', () => {
    // "Qui est le maire de Sorrac ?"
    const asked = { ...request('person', { subject: 'Sorrac', other: 'maire', office: 'maire' }), roleAsked: true };
    const subject = bestEvidence('Lors de la visite du maire, Paul Mercier a présenté le calendrier de Sorrac.', asked);
    const apposed = bestEvidence('Lors de la visite du maire, Claude Morel, le calendrier de Sorrac a été présenté.', asked);
    expect(subject?.strength ?? 0).toBeLessThan(0.5);
    expect(apposed?.strength).toBeGreaterThan(0.5);
  });

  it('takes the role said beside the name for "quelle fonction a X", whatever body it names ("à la Ville de Marcy")', () => {
    // "Quelle fonction a Claire Vidal à la mairie ?": the candidates are roles, not people to weigh as holders.
    const asked = { ...request('person', { subject: 'mairie', kind: 'fonction', names: 'Claire Vidal' }), identity: true };
    const role = bestEvidence('« Le chantier avance », affirme Claire Vidal, chargée des écoles à la Ville de Marcy.', asked);
    expect(role?.strength).toBeGreaterThan(0.5);
  });

  it('does not take a person introduced with another office for the office asked', () => {
    // "Qui est le maire de Privas ?"
    const asked = { ...request('person', { subject: 'Privas', other: 'maire', office: 'maire' }), roleAsked: true };
    const deputy = bestEvidence('Claire Vidal, adjointe au maire de Privas, a salué le vote.', asked);
    const compound = bestEvidence('Paul Morel, maire-adjoint de Privas, a salué le vote.', asked);
    const unsaid = bestEvidence('Le projet de Privas est suivi par Claire Vidal depuis 2019.', asked);
    const mayor = bestEvidence('Paul Morel, maire de Privas, a salué le vote.', asked);
    const mayorBefore = bestEvidence('Pour le maire de Privas, Paul Morel, le vote est une étape.', asked);
    expect(deputy?.strength ?? 0).toBeLessThan(0.5);
    expect(compound?.strength ?? 0).toBeLessThan(0.5);
    expect(unsaid?.strength ?? 0).toBeLessThan(0.5);
    expect(mayor?.strength).toBeGreaterThan(0.5);
    expect(mayorBefore?.strength).toBeGreaterThan(0.5);
  });

  it('takes a second office said after a comma for an office of the person, not a complement of the first', () => {
    // "Qui est délégué au numérique à Privas ?"
    const asked = { ...request('person', { subject: 'numérique', other: 'délégué', office: 'délégué', names: 'Privas' }), roleAsked: true };
    const twoOffices = bestEvidence(
      '« Le réseau couvre tout », explique Paul Morel, adjoint au maire, délégué au numérique de Privas.',
      asked,
    );
    expect(twoOffices?.strength).toBeGreaterThan(0.5);
  });

  it('takes a number standing by a noun the question does not ask about for a count of that noun', () => {
    // "prix innovation nombre dossiers": the dossiers are counted, not the inhabitants.
    const asked = request('number', { subject: 'dossiers', kind: 'nombre', other: 'prix innovation' });
    const other = bestEvidence('Le prix de l’innovation est revenu à Kerlouan (4 200 habitants) pour son service de covoiturage.', asked);
    const counted = bestEvidence('Le jury du prix de l’innovation a examiné 31 dossiers.', asked);
    expect(other?.strength).toBeLessThan(0.3);
    expect(counted?.strength).toBeGreaterThan(0.5);
  });

  it('counts people of a kind as "personnes" even when the page never says the kind ("visiteurs")', () => {
    const typed = queryConcept('visiteurs', 'content', [alternative(['visiteur'], 1)], { counted: true });
    // resolved on a page that never says "visiteur": only its family is left
    const counted = { concept: typed, alternatives: [alternative(['visit'], 0.75)], weight: 1, present: true };
    const asked = { ...request('number', { subject: 'structure' }), counted };
    expect(bestEvidence('En moyenne, 640 personnes poussent chaque mois la porte de la structure.', asked)?.strength).toBeGreaterThan(0.5);
  });

  it('counts people of a kind for "combien de personnes" on a page that never says "personnes", not its inhabitants', () => {
    const typed = queryConcept('personnes', 'content', [alternative(['person'], 1)], { counted: true });
    const counted = { concept: typed, alternatives: [alternative(['person'], 1)], weight: 1, present: true };
    const asked = { ...request('number', { subject: 'mairie' }), counted, countedInDocument: false };
    const staff = 'La mairie de Landivisiau emploie 265 agents à temps plein.';
    const found = bestEvidence(staff, asked);
    expect(found && staff.slice(found.start, found.end)).toBe('265');
    expect(found?.strength).toBeGreaterThan(0.5);
    expect(bestEvidence('La communauté de communes rassemble 16 communes pour environ 55 000 habitants.', asked)?.strength).toBeLessThan(
      0.5,
    );
  });

  it('weighs a figure bounding a class of things ("les communes de moins de 3 500 habitants") below one of a thing', () => {
    const typed = queryConcept('habitants', 'content', [alternative(['habit'], 1)], { counted: true });
    const counted = { concept: typed, alternatives: [alternative(['habit'], 1)], weight: 1, present: true };
    const asked = { ...request('number', { subject: 'commune', names: 'Lanvel' }), counted };
    const bound = bestEvidence('Le plan vise les communes de moins de 3 500 habitants, comme Lanvel.', asked);
    const own = bestEvidence('Lanvel, bourg de 900 habitants, a reçu un tableau numérique.', asked);
    expect(bound?.strength ?? 0).toBeLessThan(own?.strength ?? 0);
    expect(bound?.strength ?? 0).toBeLessThanOrEqual(0.5);
  });

  it('counts people of a kind the page never names as "personnes", less surely than by their kind', () => {
    // "Le service a combien de collaborateurs ?" on a page that never says "collaborateurs".
    const typed = queryConcept('collaborateurs', 'content', [alternative(['collabor'], 1)], { counted: true });
    const counted = { concept: typed, alternatives: [alternative(['collabor'], 1)], weight: 1, present: true };
    const asked = { ...request('number', { subject: 'équipe' }), counted, countedInDocument: false };
    const team = 'Le directeur anime une équipe de 40 personnes, dont deux techniciens réseau.';
    const found = bestEvidence(team, asked);
    expect(found && team.slice(found.start, found.end)).toBe('40');
    expect(found?.strength).toBeGreaterThan(0.5);
    expect(found?.strength).toBeLessThan(0.75);
  });

  it('takes a share of a whole for how many of it, less surely than a count', () => {
    const typed = queryConcept('seniors', 'content', [alternative(['senior'], 1)], { counted: true });
    const counted = { concept: typed, alternatives: [alternative(['senior'], 1)], weight: 1, present: true };
    const asked = { ...request('number', { subject: 'démarche' }), counted };
    const share = 'Selon l’enquête, 38 % des seniors renoncent à une démarche en ligne.';
    const found = bestEvidence(share, asked);
    expect(found && share.slice(found.start, found.end)).toBe('38 %');
    expect(found?.strength).toBeGreaterThan(0.5);
    expect(found?.strength).toBeLessThan(
      bestEvidence('En 2024, 1 200 seniors ont suivi un atelier sur la démarche.', asked)?.strength ?? 0,
    );
  });

  it('counts what is asked by a synonym the thesaurus lists for it, on a page that never says the noun asked', () => {
    // "hameaux" read with the synonyms the thesaurus lists, the corpus keeping only the first few it uses
    const typed = queryConcept('hameaux', 'content', [alternative(['hameau'], 1), alternative(['villag'], 0.5, true)], {
      counted: true,
    });
    const counted = { concept: typed, alternatives: [alternative(['hameau'], 1)], weight: 1, present: true };
    const asked = { ...request('number', { subject: 'car' }), counted, countedInDocument: false };
    const text = 'Cette année, le car numérique de Sorrac s’est arrêté dans 31 villages du canton.';
    const found = bestEvidence(text, asked);
    expect(found && text.slice(found.start, found.end)).toBe('31');
    expect(found?.strength).toBeGreaterThan(0.5);
    // a number of anything else still counts it weakly
    expect(bestEvidence('Cette année, le car numérique de Sorrac a parcouru 31 kilomètres.', asked)?.strength ?? 0).toBeLessThan(0.5);
  });

  it('counts any kind of body for "combien de structures", on a page that names the kind', () => {
    const typed = queryConcept('structures', 'content', [alternative(['structur'], 1)], { counted: true });
    const counted = { concept: typed, alternatives: [alternative(['structur'], 1)], weight: 1, present: true };
    const asked = { ...request('number', { subject: 'syndicat' }), counted, countedInDocument: false };
    expect(bestEvidence('L’adhésion de Vernois porte à 14 membres le syndicat mixte.', asked)?.strength).toBeGreaterThan(0.5);
    // a noun of one kind counts only its own kind
    const habitants = queryConcept('habitants', 'content', [alternative(['habit'], 1)], { counted: true });
    const people = { ...asked, counted: { concept: habitants, alternatives: habitants.alternatives, weight: 1, present: true } };
    expect(bestEvidence('L’adhésion de Vernois porte à 14 membres le syndicat mixte.', people)?.strength ?? 0).toBeLessThan(0.5);
  });

  it('counts by a rank of what is counted: the 12th borne installed makes twelve so far', () => {
    const typed = queryConcept('bornes', 'content', [alternative(['born'], 1)], { counted: true });
    const counted = { concept: typed, alternatives: [alternative(['born'], 1)], weight: 1, present: true };
    const asked = { ...request('number', { subject: 'recharge' }), counted };
    const ranked = 'Il s’agit de la 4e borne posée dans le bourg, et de la 12e depuis 2021.';
    expect(bestEvidence(ranked, asked)?.strength).toBeGreaterThan(0.5);
    // the first is no count, and a rank of something else counts nothing
    expect(bestEvidence('C’est la première borne de recharge du bourg.', asked)?.strength ?? 0).toBeLessThan(0.5);
    expect(bestEvidence('La commune, 4e du canton, accueille la recharge.', asked)?.strength ?? 0).toBeLessThan(0.5);
    // "de 4e" is a school year: what comes after "et leurs" is not what it ranks
    expect(bestEvidence('Le bus accueille les élèves de 4e et leurs bornes.', asked)).toBeUndefined();
  });

  it('takes a population for how many live in a place, not for how many did something there', () => {
    const typed = queryConcept('habitants', 'content', [alternative(['habit'], 1)], { counted: true });
    const counted = { concept: typed, alternatives: [alternative(['habit'], 1)], weight: 1, present: true };
    const said = 'La commune de Plouzané (12 700 habitants) a ouvert un espace numérique en 2023.';
    const living = { ...request('number', { subject: 'commune' }), counted, actionTerms: new Set(analyzeFrenchTerms('compte')) };
    const helped = { ...living, actionTerms: new Set(analyzeFrenchTerms('aidés')) };
    expect(bestEvidence(said, living)?.strength).toBeGreaterThan(0.5);
    expect(bestEvidence(said, helped)?.strength ?? 0).toBeLessThan(0.5);
  });

  it('takes inhabitants served for how many people, on a page that never says "personnes", but not a town\'s size or a number of years', () => {
    const typed = queryConcept('gens', 'content', [alternative(['gens'], 1)], { counted: true });
    const counted = { concept: typed, alternatives: [alternative(['gens'], 1)], weight: 1, present: true };
    const asked = {
      ...request('number', { subject: 'gens' }),
      counted,
      countedInDocument: false,
      actionTerms: new Set(analyzeFrenchTerms('recevoir')),
    };
    const served = 'Le nouveau relais assure la couverture de 6 200 habitants du plateau.';
    const town = 'Le relais est installé dans une petite commune rurale de 6 200 habitants.';
    const years = "L'entreprise assure l'entretien du relais pendant 15 ans.";
    expect(bestEvidence(served, asked)?.strength).toBeGreaterThan(0.5);
    expect(bestEvidence(town, asked)?.strength ?? 0).toBeLessThan(0.5);
    expect(bestEvidence(years, asked)?.strength ?? 0).toBeLessThan(bestEvidence(town, asked)?.strength ?? 0);
  });

  it('counts inhabitants who did something, said after "par" ("déposé par 57 habitants"), for how many people', () => {
    const typed = queryConcept('personnes', 'content', [alternative(['person'], 1)], { counted: true });
    const counted = { concept: typed, alternatives: [alternative(['person'], 1)], weight: 1, present: true };
    const asked = { ...request('number', { subject: 'personnes recours' }), counted, countedInDocument: false };
    const signed = 'Au hameau de Lanvel, un recours contre le pylône a été déposé par 57 habitants.';
    expect(bestEvidence(signed, asked)?.strength).toBeGreaterThan(0.5);
    expect(bestEvidence('Le recours vise Lanvel, un village de 57 habitants.', asked)?.strength ?? 0).toBeLessThan(0.5);
  });

  it("does not take the acronym of the question's own words for its answer", () => {
    // "Qui préside l'Association des maires ruraux du Morbihan ?": its words' initials spell AMRM.
    const asked = request('person', { subject: 'maires ruraux', names: 'Association Morbihan', initials: 'pamrm' });
    // ("l'État" is a public body, but no agent of what is asked: below the evidence an answer needs.)
    const said = "L'Association des maires ruraux du Morbihan (AMRM) salue la décision de l'État.";
    const found = bestEvidence(said, asked);
    expect(found && said.slice(found.start, found.end)).not.toBe('AMRM');
    expect(found?.strength ?? 0).toBeLessThan(0.5);
    const other = request('person', { subject: 'moitié ateliers', initials: 'pmam' });
    const span = bestEvidence("L'Agence régionale du numérique (ARN) en prend en charge la moitié.", other);
    expect(span && "L'Agence régionale du numérique (ARN) en prend en charge la moitié.".slice(span.start, span.end)).toBe('ARN');
  });

  it("takes the agent of the question's verb for who does it, a public body named alone included", () => {
    // "Qui finance les ateliers à Privas ?"
    const asked = request('person', { subject: 'ateliers', names: 'Privas', other: 'finance' });
    const funded = "Les ateliers de Privas sont financés à 80 % par l'État.";
    const agent = bestEvidence(funded, asked);
    expect(agent && funded.slice(agent.start, agent.end)).toBe('État');
    expect(agent?.strength).toBe(1);
    const mentioned = bestEvidence("Les ateliers de Privas attendent la réponse de l'État.", asked);
    expect(mentioned?.strength ?? 0).toBeLessThan(0.5);
  });

  it('takes the agent after "par des", "par un" as it takes one after "par le"', () => {
    // "Qui finance le diagnostic des écoles ?"
    const asked = request('person', { subject: 'diagnostic écoles', other: 'finance' });
    const funded = 'Le diagnostic des écoles a été financé par une Fondation régionale.';
    const agent = bestEvidence(funded, asked);
    expect(agent && funded.slice(agent.start, agent.end)).toBe('Fondation');
    expect(agent?.strength).toBe(1);
  });

  it("takes a name that only a thesaurus synonym of the question's words says for an answer, not an echo", () => {
    // "Qui a financé la création du tiers-lieu ?": the thesaurus lists "fond" among the synonyms of "création".
    const asked = {
      ...request('person', { subject: 'création tiers-lieu fond', other: 'financé' }),
      echoTerms: new Set(analyzeFrenchTerms('création tiers-lieu financé')),
    };
    const text = "L'étude préalable a été payée par Fonds, la fondation du groupe.";
    const span = bestEvidence(text, asked);
    expect(span && text.slice(span.start, span.end)).toBe('Fonds');
  });

  it('takes a body the question shortens as chat does for the body the page names in full ("l’Agglo": l’Agglomération)', () => {
    const asked = { ...request('person', { subject: 'réseau', kind: 'directeur', names: 'Agglo' }), roleOf: 'agglo' };
    const named = 'Paul Mercier, directeur de l’Agglomération Vernay, présente le réseau.';
    expect(bestEvidence(named, asked)?.strength).toBeGreaterThan(0.5);
  });

  it('does not take a person with a role of another organisation for the role asked of one ("la directrice de Vernéa")', () => {
    const asked = { ...request('person', { subject: 'venue', kind: 'directrice', names: 'Vernéa Lormont' }), roleOf: 'vernea' };
    const other = 'Paul Mercier, directeur de Lormont Réseaux, présente le chantier.';
    expect(bestEvidence(other, asked)?.strength ?? 0).toBeLessThan(0.5);
    // the role and whose said before the name
    const otherBefore = 'Pour la directrice de Lormont Réseaux, Anne Fabre, le chantier avance.';
    expect(bestEvidence(otherBefore, asked)?.strength ?? 0).toBeLessThan(0.5);
    expect(bestEvidence('Pour la directrice de Vernéa, Anne Fabre, le chantier avance.', asked)?.strength).toBe(1);
    const asking = 'La visite de Claire Aubry, directrice générale Vernéa Services, a marqué la journée.';
    const span = bestEvidence(asking, asked);
    expect(span && asking.slice(span.start, span.end)).toBe('Claire Aubry');
  });

  it('takes a body named in full for the acronym asked when the page gives it right after ("… (Syvern)")', () => {
    const asked = { ...request('person', { subject: 'réseau', kind: 'directeur', names: 'Syvern' }), roleOf: 'syvern' };
    const named = 'Pour Paul Mercier, directeur du Syndicat des eaux de Vernay (Syvern), le chantier avance.';
    expect(bestEvidence(named, asked)?.strength).toBeGreaterThan(0.5);
    const other = 'Pour Paul Mercier, directeur du Syndicat des eaux de Lormont (Syelor), le chantier avance.';
    expect(bestEvidence(other, asked)?.strength ?? 0).toBeLessThan(0.5);
  });

  it('reads a role said with its article ("l’édile de Lormont") as whose it is, and a typed name by its corrected spelling', () => {
    const asked = { ...request('person', { subject: 'antennes', kind: 'maire', names: 'Vernay' }), roleOf: 'vernay' };
    const other = 'Claire Morel, l’édile de Lormont, se félicite de l’arrivée des antennes.';
    expect(bestEvidence(other, asked)?.strength ?? 0).toBeLessThan(0.5);
    // "la maire de Vernaix", typed for Vernay: the corpus's spelling names the town asked
    const misspelt = { ...asked, roleOf: 'vernaix', roleOfTerms: new Set(analyzeFrenchTerms('Vernay')) };
    const own = 'Claire Morel, l’édile de Vernay, se félicite de l’arrivée des antennes.';
    expect(bestEvidence(own, misspelt)?.strength ?? 0).toBeGreaterThan(0.5);
  });

  it('does not take a public body named after its noun for the company asked ("le syndicat départemental X", "la communauté de communes de l\'X")', () => {
    const asked = { ...request('organisation', { subject: 'relais', kind: 'entreprise' }), companyAsked: true };
    expect(bestEvidence('Le relais a été confié au syndicat départemental Sorbiac Fibre en mars.', asked)?.strength ?? 0).toBeLessThan(0.5);
    expect(bestEvidence('Les maires de la communauté de communes de l’Ourse ont visité le relais.', asked)?.strength ?? 0).toBeLessThan(
      0.5,
    );
    // "le Département de la X", "la Ville de X": the place named is the body's.
    expect(bestEvidence('Le relais a été subventionné par le Département de la Haute-Sorbiac.', asked)?.strength ?? 0).toBeLessThan(0.5);
    expect(bestEvidence('La Ville de Montclar-sur-Ourse a financé le relais.', asked)?.strength ?? 0).toBeLessThan(0.5);
  });

  it('counts less a body a sentence cites as its source ("Selon Le Courrier, …") than one said to act', () => {
    const asked = request('organisation', { subject: 'capteurs écoles', kind: 'entreprise' });
    const source = bestEvidence('Selon Le Courrier, les capteurs équipent désormais les écoles.', asked)?.strength ?? 0;
    const acting = bestEvidence('Le Courrier a posé les capteurs dans les écoles.', asked)?.strength ?? 0;
    expect(source).toBeLessThan(acting);
  });

  it('takes a name said with the kind asked for over one said without it', () => {
    const asked = request('organisation', { subject: 'antenne', kind: 'opérateur', other: 'installer' });
    const typed = bestEvidence("Altitude Infra, désigné opérateur leader, a construit et équipé l'infrastructure.", asked);
    const untyped = bestEvidence("Le chantier de l'antenne a été confié à Vialis Réseaux.", asked);
    expect(typed?.strength).toBeGreaterThan(untyped?.strength ?? 0);
  });

  it('takes a name found with its kind inside it ("L’association Kéops Numérique") as said with the kind asked for', () => {
    const asked = request('organisation', { subject: 'tournoi', kind: 'association', other: 'organiser' });
    const text = 'L’association Kéops Numérique organise chaque printemps un tournoi dans l’ancienne abbaye.';
    const span = bestEvidence(text, asked);
    expect(span && text.slice(span.start, span.end)).toContain('Kéops Numérique');
    // as strong as the name alone: no kind said apart from it lowers it
    expect(span?.strength).toBeGreaterThan(0.85);
  });

  it('does not take the place asked about, written whole, for the organisation asked ("la mairie de vaudrenne")', () => {
    const asked = request('organisation', { subject: 'borne mairie', kind: 'fournisseur', names: 'vaudrenne' });
    const text = 'La mairie de Vaudrenne-sur-Loire a installé dans son hall une borne fournie par la société Numériclasse.';
    const span = bestEvidence(text, asked);
    expect(span && text.slice(span.start, span.end)).toBe('Numériclasse');
  });

  it('counts a name beside its kind even where the sentence does not repeat the subject', () => {
    const asked = request('organisation', { subject: 'tablettes', kind: 'entreprise' });
    const span = bestEvidence("Le marché a été attribué en avril à l'entreprise Numériclasse, installée à Niort.", asked);
    expect(span?.strength).toBe(1);
  });

  it('takes the body in brackets right after the person the question names as theirs, in a caption of several', () => {
    const caption = 'Paul Vernet (Lumavia), Anne Roux (Numéris) et Marc Diot devant la baie de fibre de Causse Numérique.';
    const asked = request('organisation', { subject: 'fibre', other: 'travaille', kind: 'société', names: 'Paul Vernet' });
    const span = bestEvidence(caption, asked);
    expect(span && caption.slice(span.start, span.end)).toBe('Lumavia');
    // a département in brackets places a commune
    const placed = 'La ville de Sorlac (Loiret) a choisi Lumavia pour sa fibre.';
    const town = bestEvidence(placed, request('organisation', { subject: 'fibre', kind: 'société', names: 'Sorlac' }));
    expect(town && placed.slice(town.start, town.end)).toBe('Lumavia');
  });

  it('does not take the name of a thing for the company asked ("dotés de LED")', () => {
    const text = 'Les 1 240 lampadaires de la commune seront équipés de LED.';
    const asked = { ...request('organisation', { subject: 'éclairage', kind: 'entreprise' }), companyAsked: true };
    expect(bestEvidence(text, asked)?.strength ?? 0).toBeGreaterThan(0.5);
    expect(bestEvidence(text, { ...asked, thingNames: new Set(['led']) })).toBeUndefined();
  });

  it('does not take a public body named by its common noun for the company asked ("quelle boîte")', () => {
    const text = 'La Commune a proposé à la société Relaivia un terrain communal pour son antenne.';
    const company = { ...request('organisation', { subject: 'antenne', kind: 'entreprise' }), companyAsked: true };
    const body = request('organisation', { subject: 'antenne', kind: 'organisme' });
    const named = (asked: EvidenceRequest) => bestEvidence(text, asked);
    expect(text.slice(named(company)!.start, named(company)!.end)).toBe('Relaivia');
    // "quel organisme": the commune may be one.
    expect(bestEvidence('La Commune a proposé un terrain communal pour l’antenne.', body)?.strength).toBeGreaterThan(0.5);
    expect(bestEvidence('La Commune a proposé un terrain communal pour l’antenne.', company)?.strength ?? 0).toBeLessThan(0.5);
    // nor one named after its common noun, even as the agent of the question's verb
    const installed = { ...request('organisation', { subject: 'antenne', other: 'installée', kind: 'entreprise' }), companyAsked: true };
    const syndicate = 'L’antenne a été installée par le syndicat mixte Armor Numérique.';
    expect(bestEvidence(syndicate, installed)?.strength ?? 0).toBeLessThan(0.5);
    expect(bestEvidence('L’antenne a été installée par la société Relaivia.', installed)?.strength).toBeGreaterThan(0.5);
  });

  it('takes a connective of cause as one even where its word is one of the question ("étant donné", "donner")', () => {
    const asked = request('reason', { subject: 'terrain', other: 'donné' });
    const span = bestEvidence('Étant donné la proximité des maisons, la commune a proposé un autre terrain.', asked);
    expect(span?.strength).toBeGreaterThan(0.5);
  });

  it("does not count a place's population for another count, only for its inhabitants or people", () => {
    const counting = (label: string, ways: Array<[string, number]>) => {
      const c = queryConcept(
        label,
        'content',
        Array.from(ways, ([term, factor]) => alternative([term], factor)),
        { counted: true },
      );
      return {
        ...request('number', { subject: 'fibre' }),
        counted: { concept: c, alternatives: c.alternatives, weight: 1, present: true },
      };
    };
    const text = 'La fibre est arrivée jeudi à Brémonval, un village de 212 habitants.';
    // "foyers" is said "habitants" by a thesaurus sense only
    const households = counting('foyers', [
      ['foy', 1],
      ['habit', 0.5],
    ]);
    const inhabitants = counting('habitants', [['habit', 1]]);
    // no more than a number beside a noun of its own (0.3 before the distance and subject factors)
    expect(bestEvidence(text, households)?.strength ?? 0).toBeLessThanOrEqual(0.3);
    expect(bestEvidence(text, inhabitants)?.strength).toBeGreaterThan(0.5);
  });

  it('lowers an amount in a sentence about something else', () => {
    const asked = request('money', { subject: 'capteurs' });
    const here = bestEvidence('Les capteurs ont coûté 80 000 euros.', asked);
    const elsewhere = bestEvidence("L'ensemble du projet représente 1 150 000 euros.", asked);
    expect(here?.strength).toBeGreaterThan(elsewhere?.strength ?? 0);
  });
});

describe('bestEvidence for a name typed in lowercase', () => {
  it('does not answer with the name the question gives, typed in lowercase ("réseau fibre aurore")', () => {
    const asked = { ...request('organisation', { other: 'construit réseau fibre aurore' }) };
    const text = 'Le réseau Aurore Fibre est construit par la société Valnord Réseaux.';
    const span = bestEvidence(text, asked);
    expect(span && text.slice(span.start, span.end)).toBe('Valnord Réseaux');
  });
});

describe('bestEvidence for dates still to come', () => {
  it('counts less a figure still to come when what is done so far is asked', () => {
    const asked = { ...request('number', { subject: 'abonné' }), timeAsked: 'so-far' as const, documentYear: 2025 };
    const forecast = bestEvidence('Le délégataire table sur 9 000 abonnés fin 2028.', asked)?.strength ?? 0;
    const future = bestEvidence('Le réseau comptera 9 000 abonnés.', asked)?.strength ?? 0;
    const done = bestEvidence('Le réseau a déjà conquis 4 200 abonnés.', asked)?.strength ?? 0;
    expect(forecast).toBeLessThan(done);
    expect(future).toBeLessThan(done);
    expect(bestEvidence('Le délégataire table sur 9 000 abonnés fin 2028.', { ...asked, timeAsked: undefined })?.strength).toBe(done);
  });

  it('counts less a figure of last year when how things are now is asked ("désormais", "now")', () => {
    const asked = { ...request('number', { subject: 'école' }), timeAsked: 'so-far' as const };
    const before = bestEvidence("L'an dernier, quatre écoles participaient à l'expérimentation.", asked)?.strength ?? 0;
    const now = bestEvidence('Onze écoles participent au dispositif.', asked)?.strength ?? 0;
    expect(before).toBeLessThan(now);
  });

  it('takes no figure the question gives for the one it asks ("sur les 120 foyers, combien…")', () => {
    const asked = { ...request('number', { subject: 'foyer raccordé', other: '120' }), counted: undefined };
    const found = bestEvidence('Sur les 120 foyers, 85 sont déjà raccordés.', asked);
    expect(found && 'Sur les 120 foyers, 85 sont déjà raccordés.'.slice(found.start, found.end)).toBe('85');
  });

  it('counts less how things were until now ("jusqu\'ici… devaient") when how they are now is asked, not a count so far', () => {
    const asked = { ...request('number', { subject: 'débit école' }), timeAsked: 'so-far' as const };
    const before = bestEvidence("Jusqu'ici, les écoles devaient se contenter de 3 Mbit/s.", asked)?.strength ?? 0;
    const now = bestEvidence('Les écoles peuvent désormais obtenir 50 Mbit/s.', asked)?.strength ?? 0;
    const soFar = bestEvidence("Jusqu'ici, 400 écoles ont été raccordées.", asked)?.strength ?? 0;
    expect(before).toBeLessThan(now);
    expect(soFar).toBe(bestEvidence('400 écoles ont été raccordées.', asked)?.strength);
  });

  it('counts a share still to come at most 70 % of one that is, when how things are now is asked', () => {
    const asked = { ...request('percent', { subject: 'foyer éligible' }), timeAsked: 'so-far' as const };
    const planned = bestEvidence('Le syndicat vise 100 % de foyers éligibles quand le chantier s’achèvera, en 2028.', asked)?.strength ?? 0;
    const now = bestEvidence('Dans la vallée, 64 % des foyers sont éligibles, contre 30 % il y a trois ans.', asked)?.strength ?? 0;
    expect(planned).toBeLessThanOrEqual(0.7 * now);
  });

  it('counts less what the pluperfect tells came before when how things are now is asked', () => {
    const asked = { ...request('place', { subject: 'antenne opérateur' }), timeAsked: 'so-far' as const };
    const before =
      bestEvidence('L’opérateur avait proposé son antenne au quartier des Tilleuls, sur la commune de Brassac.', asked)?.strength ?? 0;
    const now = bestEvidence('L’opérateur propose son antenne au quartier des Genêts, sur la commune de Brassac.', asked)?.strength ?? 0;
    expect(before).toBeLessThan(now);
  });

  it('counts less a figure told of now ("à présent", "désormais") when how things were at first is asked', () => {
    const asked = { ...request('number', { subject: 'commune' }), timeAsked: 'at-first' as const };
    const now = bestEvidence('Nous sommes à présent six communes à partager deux conseillères.', asked)?.strength ?? 0;
    const then = bestEvidence('Nous avons répondu en nous regroupant à neuf communes.', asked)?.strength ?? 0;
    expect(now).toBeLessThan(then);
    // nor a figure still to come
    const opening = { ...request('number', { subject: 'bornes' }), timeAsked: 'at-first' as const };
    const target = bestEvidence("La ville s'engage à installer 80 bornes d'ici fin 2030.", opening)?.strength ?? 0;
    const first = bestEvidence('Dès son lancement, le réseau compte 25 bornes.', opening)?.strength ?? 0;
    expect(target).toBeLessThan(first);
  });

  it('counts less a date without a year when the year is asked ("depuis quelle année")', () => {
    const year = request('date', { subject: 'permanence', kind: 'année' });
    const yearless = bestEvidence('Depuis le 15 juin, une permanence se tient chaque mercredi.', year)?.strength ?? 0;
    const withYear = bestEvidence('« Je tiens cette permanence depuis 2018 », dit-il.', year)?.strength ?? 0;
    expect(yearless).toBeLessThan(withYear);
    const anyDate = request('date', { subject: 'permanence' });
    expect(bestEvidence('Depuis le 15 juin, une permanence se tient chaque mercredi.', anyDate)?.strength).toBeGreaterThan(withYear);
  });

  it('takes a year said alone as the whole answer when the year is asked, and as a vague date otherwise', () => {
    const text = 'Une permanence devrait ouvrir dans le courant de cette année 2026.';
    const year = bestEvidence(text, request('date', { subject: 'permanence', kind: 'année' }))?.strength ?? 0;
    expect(year).toBeGreaterThan(0.85);
    expect(bestEvidence(text, request('date', { subject: 'permanence' }))?.strength ?? 0).toBeLessThan(year);
  });

  it('takes a year of an earlier century after its preposition for the year asked ("construite en 1847")', () => {
    const built = request('date', { subject: 'halle construite', kind: 'année' });
    const text = 'La halle de Sorrac, construite en 1847, accueille désormais le tiers-lieu numérique.';
    expect(bestEvidence(text, built)?.strength).toBeGreaterThan(0.85);
    // alone, such a figure is no year: it may count something
    expect(bestEvidence('La halle de Sorrac accueille 1847 visiteurs par an.', built)?.strength ?? 0).toBeLessThan(0.5);
  });

  it('takes a year of an earlier century after "datant de", "remontant à" for the date asked', () => {
    const oldest = request('date', { subject: 'cadastre' });
    const text = 'Le cadastre de Sorrac, datant de 1847, a été restauré avant la numérisation.';
    expect(bestEvidence(text, oldest)?.strength).toBeGreaterThan(0.5);
    const since = 'Les plans du cadastre, remontant à 1847, sont en ligne.';
    expect(bestEvidence(since, request('date', { subject: 'plans cadastre' }))?.strength).toBeGreaterThan(0.5);
  });

  it('takes a date of an earlier year than the page for what was done, not what is to come', () => {
    const asked = { ...request('date', { subject: 'réseau' }), timeAsked: 'to-come' as const, documentYear: 2025 };
    const done = 'À la fin de 2024, le réseau comptait 12 000 prises.';
    const planned = 'L’achèvement du réseau est fixé au 30/06/2026.';
    expect(bestEvidence(done, asked)!.strength).toBeLessThan(bestEvidence(planned, asked)!.strength);
    expect(bestEvidence(done, { ...asked, timeAsked: undefined })!.strength).toBeGreaterThan(bestEvidence(done, asked)!.strength);
  });

  it('takes a date in a sentence that tells only what was done for no date still to come', () => {
    const asked = { ...request('date', { subject: 'pylône' }), timeAsked: 'to-come' as const };
    const done = 'En 2016, un autre opérateur avait annoncé son intention d’implanter un pylône au même endroit.';
    expect(bestEvidence(done, asked)?.strength ?? 0).toBeLessThan(0.5);
    expect(bestEvidence(done, { ...asked, timeAsked: undefined })?.strength).toBeGreaterThan(0.5);
    // a reflexive verb is past with "est"; a passive with it is not ("est attendu pour septembre")
    const met = 'Le conseil municipal s’est réuni mardi soir pour voter le projet de pylône.';
    expect(bestEvidence(met, asked)!.strength).toBeLessThan(bestEvidence(met, { ...asked, timeAsked: undefined })!.strength);
    const expected = 'La mise en service du pylône est attendue pour la fin de l’été 2026.';
    expect(bestEvidence(expected, asked)!.strength).toBe(bestEvidence(expected, { ...asked, timeAsked: undefined })!.strength);
  });

  it('takes "doit" and a verb as what is still to come, whatever else the sentence says was done', () => {
    const asked = { ...request('date', { subject: 'réseau' }), timeAsked: 'to-come' as const };
    const due = 'Le syndicat doit ouvrir son réseau aux abonnés avant 2031 ; il a retenu Kéops pour l’exploiter.';
    expect(bestEvidence(due, asked)!.strength).toBe(bestEvidence(due, { ...asked, timeAsked: undefined })!.strength);
  });

  it('takes a date its words put in the past ("le 11 mars dernier", "l\'an dernier") for what was done', () => {
    const asked = { ...request('date', { subject: 'fibre' }), timeAsked: 'to-come' as const };
    const meeting = 'Une réunion publique sur la fibre s’est tenue le 11 mars dernier à la salle des fêtes.';
    const planned = 'Le village devrait être éligible à la fibre le 11 mars prochain.';
    expect(bestEvidence(meeting, asked)!.strength).toBeLessThan(bestEvidence(planned, asked)!.strength);
    const lastYear = 'La fibre a progressé l’an dernier dans le canton.';
    expect(bestEvidence(lastYear, asked)!.strength).toBeLessThan(bestEvidence(lastYear, { ...asked, timeAsked: undefined })!.strength);
  });
});

describe('bestEvidence for numbers', () => {
  it('counts the noun a number stands by when a keyword question asks for a number by name', () => {
    const keywords: EvidenceRequest = { ...request('number', { subject: 'bornes recharge', kind: 'nombre' }) };
    expect(bestEvidence('42 bornes de recharge sur les parkings du centre, et deux stations de mesure.', keywords)?.strength).toBe(0.8);
  });

  it('takes a multiple said in words ("a doublé") for how much a figure changed, when a change is asked', () => {
    const changed = { ...request('number', { subject: 'abonnés' }), change: true };
    const text = 'En deux ans, le nombre d’abonnés a doublé.';
    const found = bestEvidence(text, changed);
    expect([text.slice(found!.start, found!.end), found!.strength]).toEqual(['doublé', 0.8]);
    expect(bestEvidence(text, request('number', { subject: 'abonnés' }))?.strength ?? 0).toBeLessThan(0.8);
  });

  it('takes a share for how much a count changed ("a augmenté de 6 %"), a little less surely than a count', () => {
    const c = queryConcept('abonnés', 'content', [alternative(['abon'], 1)], { counted: true });
    const counted = { concept: c, alternatives: c.alternatives, weight: 1, present: true };
    const changed = { ...request('number', { subject: 'abonnés' }), counted, change: true };
    const text = 'Le nombre d’abonnés a augmenté de 6 % en un an.';
    const found = bestEvidence(text, changed);
    expect([text.slice(found!.start, found!.end), found!.strength]).toEqual(['6 %', 0.8]);
    expect(bestEvidence(text, { ...changed, change: false })).toBeUndefined();
    expect(bestEvidence('Il compte 120 abonnés de plus qu’en 2031.', changed)?.strength).toBe(1);
  });

  it('takes a count said with no word of change for a level, less surely than the change asked', () => {
    const c = queryConcept('abonnés', 'content', [alternative(['abon'], 1)], { counted: true });
    const counted = { concept: c, alternatives: c.alternatives, weight: 1, present: true };
    const changed = { ...request('number', { subject: 'abonnés' }), counted, change: true };
    const level = 'Cette année, 1 200 abonnés ont rejoint le réseau de Sorrac.';
    expect(bestEvidence(level, changed)!.strength).toBeLessThan(bestEvidence(level, { ...changed, change: false })!.strength);
    expect(bestEvidence('Le réseau compte 300 abonnés supplémentaires cette année.', changed)?.strength).toBe(1);
  });

  it('prefers an amount to a count for a rate ("combien par conseiller")', () => {
    const rate: EvidenceRequest = { ...request('number', { subject: 'conseiller' }), perTerms: new Set(analyzeFrenchTerms('conseiller')) };
    const count = bestEvidence('Douze conseillers numériques seront recrutés cette année.', rate);
    const amount = bestEvidence("L'État verse 25 000 euros pour chaque poste de conseiller.", rate);
    expect(amount?.strength).toBeGreaterThan(count?.strength ?? 0);
  });
});

describe('bestEvidence for counts ("combien de X")', () => {
  const countedRequest = (noun: string, countsInDocument?: string[]): EvidenceRequest => {
    const terms = analyzeFrenchTerms(noun);
    const counted = {
      concept: queryConcept(noun, 'content', [alternative(terms, 1)], { counted: true }),
      alternatives: [alternative(terms, 1)],
      weight: 1,
      present: true,
    };
    return {
      ...request('number', { subject: noun }),
      counted,
      countedInDocument: true,
      countsInDocument: countsInDocument && new Set(countsInDocument),
    };
  };

  it('counts people asked by any word for people by any other ("combien de gens" — "24 personnes")', () => {
    const gens = {
      ...countedRequest('gens'),
      counted: { ...countedRequest('gens').counted!, alternatives: [alternative(['gens'], 1)] },
    };
    const text = 'Dans ce service, 24 personnes se relaient jour et nuit.';
    expect(bestEvidence(text, gens)?.strength).toBe(
      bestEvidence(text, { ...gens, counted: countedRequest('personnes').counted })?.strength,
    );
  });

  it('counts the people of a place asked by its demonym as its inhabitants or as people ("combien de Lyonnais")', () => {
    const terms = analyzeFrenchTerms('Lyonnais');
    const lyonnais: EvidenceRequest = {
      ...countedRequest('Lyonnais'),
      questionTerms: new Set(analyzeFrenchTerms('Lyonnais comité volontaires')),
      counted: {
        concept: queryConcept('Lyonnais', 'name', [alternative(terms, 1)], { counted: true, capitalised: true }),
        alternatives: [alternative(terms, 1)],
        weight: 1,
        present: true,
      },
    };
    const text = 'Le comité réunira des élus, 12 habitants volontaires et quelques experts.';
    const found = bestEvidence(text, lyonnais);
    expect(found?.strength).toBeGreaterThanOrEqual(0.75);
    expect(text.slice(found!.start, found!.end)).toBe('12');
  });

  it('takes a figure in litres or tonnes for how much of a substance is asked ("quelle quantité d\'eau"), where the sentence says it', () => {
    const asked = { ...countedRequest('eau'), substanceAsked: true };
    const text = 'Pour le lavage des filtres, un appoint en eau est fait chaque semaine, de l’ordre de 400 litres par bassin.';
    expect(bestEvidence(text, asked)?.strength).toBeGreaterThan(0.75);
    // "combien d’eau" asked as a count: litres are no count of it
    expect(bestEvidence(text, countedRequest('eau'))?.strength).toBeLessThan(0.5);
  });

  it('counts an acronym the question types by the number before its spelled-out noun ("Douze zones d\'activité (ZA)")', () => {
    const text = 'Douze zones d’activité (ZA) sont raccordées à la fibre depuis juin, sur 40 recensées.';
    const span = bestEvidence(text, countedRequest('ZA'));
    expect(span && text.slice(span.start, span.end)).toBe('Douze');
    expect(span?.strength).toBeGreaterThan(0.8);
  });

  it('does not take the number that ends a name for a count', () => {
    const span = bestEvidence(
      'À ce jour, 64 villages ont adhéré au dispositif Bouclier 72, piloté par le syndicat.',
      countedRequest('villages'),
    );
    expect(span && 'À ce jour, 64 villages ont adhéré au dispositif Bouclier 72, piloté par le syndicat.'.slice(span.start, span.end)).toBe(
      '64',
    );
  });

  it('counts another noun with the complement the question gives its own ("neuf postes de travail" for "places de travail")', () => {
    const asked = {
      ...countedRequest('places'),
      subjectTerms: new Set(analyzeFrenchTerms('places travail')),
      countedQualifiers: new Set(analyzeFrenchTerms('travail')),
    };
    const open = 'L’ancienne école abrite désormais un espace partagé de douze postes de travail et une salle de réunion.';
    expect(bestEvidence(open, asked)?.strength).toBeGreaterThanOrEqual(0.5);
    // a complement with its article names another thing: "trois salles de la mairie" are no places de la mairie
    const rooms = {
      ...countedRequest('places'),
      subjectTerms: new Set(analyzeFrenchTerms('places mairie')),
      countedQualifiers: new Set(analyzeFrenchTerms('mairie')),
    };
    expect(bestEvidence('Elle occupe trois salles de la mairie.', rooms)?.strength ?? 0).toBeLessThan(0.5);
  });

  it('counts the French for the noun an English question puts before the counted one ("how many software packages")', () => {
    const terms = analyzeFrenchTerms('application');
    const concept = queryConcept('applications', 'content', [alternative(terms, 1)], { counted: true, translations: ['application'] });
    const asked = {
      ...request('number', { subject: 'logiciel application' }),
      counted: { concept, alternatives: concept.alternatives, weight: 1, present: true },
      countedQualifiers: new Set(analyzeFrenchTerms('logiciel')),
    };
    const text = 'La mairie utilise 35 logiciels de gestion.';
    expect(bestEvidence(text, { ...asked, countedInDocument: false })?.strength).toBe(0.6);
    expect(bestEvidence(text, { ...asked, countedInDocument: true })?.strength).toBe(0.6);
    // (a French question's neighbouring word names no thing by itself: "combien de places de travail")
    const french = { ...asked, counted: { ...asked.counted, concept: { ...concept, translations: undefined } } };
    expect(bestEvidence(text, { ...french, countedInDocument: false })?.strength).toBeLessThan(0.6);
  });

  it('counts the object of the question\'s own verb under another name ("a reçu 40 projets" for "combien de dossiers reçus")', () => {
    const asked = { ...countedRequest('dossiers'), actionTerms: new Set(analyzeFrenchTerms('reçus')) };
    for (const countedInDocument of [true, false]) {
      const request = { ...asked, countedInDocument };
      const unlinked = { ...request, actionTerms: new Set<string>() };
      for (const said of ['Le syndicat a reçu 40 projets cette année.', 'Au total, 40 demandes ont été reçues en mairie.']) {
        expect(bestEvidence(said, request)?.strength).toBeGreaterThan(bestEvidence(said, unlinked)?.strength ?? 0);
      }
      // (another verb's object is another count; a noun doing the verb, or one further on, is no object of it)
      for (const other of [
        'Le syndicat a retenu 40 projets cette année.',
        'Trois agents reçoivent les demandes des 12 communes.',
        'Les 12 agents ont reçu une formation.',
      ])
        expect(bestEvidence(other, request)?.strength).toBe(bestEvidence(other, unlinked)?.strength);
    }
  });

  it('takes a number after a capitalised word that opens a quotation for a count, not the end of a name', () => {
    const quoted = '« Avec 154 cyberattaques recensées dans la région, nous sommes dans la moyenne », assure le directeur.';
    const span = bestEvidence(quoted, countedRequest('cyberattaques'));
    expect(span && quoted.slice(span.start, span.end)).toBe('154');
    expect(span?.strength).toBeGreaterThan(0.5);
  });

  it('takes a measure in its units, not a count of something said of it ("les 11 armoires de montée en débit")', () => {
    const alternatives = [alternative(analyzeFrenchTerms('débit'), 1), alternative(['mbit'], 0.75)];
    const counted = {
      concept: queryConcept('débit', 'content', alternatives, { counted: true, measure: true }),
      alternatives,
      weight: 1,
      present: true,
    };
    const asked = { ...request('number', { subject: 'débit vallée' }), counted, countedInDocument: true };
    expect(
      bestEvidence('Depuis juillet, les 11 armoires de montée en débit de la vallée sont ouvertes.', asked)?.strength ?? 0,
    ).toBeLessThan(0.5);
    expect(bestEvidence('Avant les travaux, la vallée plafonnait à 2 Mbit/s.', asked)?.strength).toBeGreaterThan(0.5);
  });

  it('does not take an age or a duration for a count ("a plus de 70 ans")', () => {
    expect(bestEvidence('Dans le bus, la plupart des usagers ont plus de 70 ans.', countedRequest('usagers'))).toBeUndefined();
    expect(bestEvidence('Les usagers ont été reçus pendant 18 mois dans le bus.', countedRequest('usagers'))).toBeUndefined();
  });

  it('does not take a number written right before another noun for a count of the noun before it', () => {
    const text = 'Les conseillers accompagnent les habitants des 22 communes du territoire.';
    expect(bestEvidence(text, countedRequest('habitants'))?.strength ?? 0).toBeLessThan(0.5);
    expect(bestEvidence('Les habitants accompagnés sont 310 depuis janvier.', countedRequest('habitants'))?.strength).toBeGreaterThan(0.5);
  });

  it('counts people of a kind by a number of "personnes", less surely than by their own noun', () => {
    const text = '1 240 personnes accompagnées en 2023, contre 860 en 2022.';
    const span = bestEvidence(text, countedRequest('usagers'));
    expect(span && text.slice(span.start, span.end)).toBe('1 240');
    expect(span?.strength).toBeGreaterThan(0.5);
    expect(span?.strength).toBeLessThan(bestEvidence('1 240 usagers accompagnés en 2023.', countedRequest('usagers'))?.strength ?? 0);
    // a thing counted is not counted as people
    expect(bestEvidence(text, countedRequest('ordinateurs'))?.strength ?? 0).toBeLessThan(0.5);
  });

  it('counts the noun a number stands by, not the one its complement names ("une vingtaine d’élèves des écoles")', () => {
    const pupils = 'Une vingtaine d’élèves des écoles de Sorrac ont visité le chantier.';
    expect(bestEvidence(pupils, countedRequest('écoles'))?.strength ?? 0).toBeLessThan(0.5);
    expect(bestEvidence('Le réseau dessert quatre écoles de Sorrac.', countedRequest('écoles'))?.strength).toBeGreaterThan(0.5);
    // a noun of an act counts what it is done to: five replacements of poles are five poles
    const replaced = 'Le syndicat a posé 14 armoires et 5 remplacements de poteaux anciens.';
    const span = bestEvidence(replaced, countedRequest('poteaux'));
    expect(span && replaced.slice(span.start, span.end)).toBe('5');
    expect(span?.strength).toBeGreaterThan(0.5);
  });

  it('counts "personnes" asked for by a number of people of a kind, less surely than by "personnes"', () => {
    const text = 'La borne accepte jusqu’à 50 usagers simultanés sur la place.';
    const span = bestEvidence(text, countedRequest('personnes'));
    expect(span && text.slice(span.start, span.end)).toBe('50');
    expect(span?.strength).toBeGreaterThan(0.5);
    expect(span?.strength).toBeLessThan(
      bestEvidence('La borne accepte 50 personnes à la fois.', countedRequest('personnes'))?.strength ?? 0,
    );
    // a thing counted is not counted as people
    expect(bestEvidence('La commune a reçu 50 ordinateurs.', countedRequest('personnes'))?.strength ?? 0).toBeLessThan(0.5);
    // travellers, passengers, tourists and members are people a service counts too
    for (const kind of ['voyageurs', 'passagers', 'touristes', 'adhérents', 'internautes']) {
      const said = `La ligne a accueilli 12 400 ${kind} le premier mois.`;
      expect(bestEvidence(said, countedRequest('personnes'))?.strength, kind).toBeGreaterThan(0.5);
    }
  });

  it('counts "personnes" who did something by the noun of what they did', () => {
    const asked = { ...countedRequest('personnes'), actionTerms: new Set(analyzeFrenchTerms('signé')) };
    const text = 'La pétition a recueilli 512 signatures en trois semaines.';
    const span = bestEvidence(text, asked);
    expect(span && text.slice(span.start, span.end)).toBe('512');
    expect(span?.strength).toBeGreaterThan(0.5);
  });

  it('counts acts by the times their verb was done ("téléchargée 9 500 fois" for "combien de téléchargements")', () => {
    const text = 'Depuis mars, le guide des démarches en ligne a été téléchargé 9 500 fois.';
    const span = bestEvidence(text, countedRequest('téléchargements'));
    expect(span && text.slice(span.start, span.end)).toBe('9 500');
    expect(span?.strength).toBeGreaterThan(0.5);
    // times of another act count nothing asked
    const other = 'Depuis mars, le guide a été consulté 9 500 fois.';
    expect(bestEvidence(other, countedRequest('téléchargements'))?.strength ?? 0).toBeLessThan(0.5);
  });

  it('counts acts by the times a thing was done ("acheminé en quatre fois" for "combien de rotations")', () => {
    const text = 'Faute de piste, le pylône a été acheminé en quatre fois par hélicoptère.';
    // (on a page that never names the acts: it counts them by the times they were done)
    const subjectTerms = new Set(analyzeFrenchTerms('rotations pylône'));
    const span = bestEvidence(text, { ...countedRequest('rotations'), countedInDocument: false, subjectTerms });
    expect(span && text.slice(span.start, span.end)).toBe('quatre');
    expect(span?.strength).toBeGreaterThanOrEqual(0.5);
    // times count no thing ("combien de pylônes")
    expect(bestEvidence(text, { ...countedRequest('pylônes'), countedInDocument: false, subjectTerms })?.strength ?? 0).toBeLessThan(0.5);
  });

  it('counts an act by the number of what the question says it is of ("la pose de 14 bornes" for "combien de poses de bornes")', () => {
    const asked = {
      ...countedRequest('poses'),
      subjectTerms: new Set(analyzeFrenchTerms('poses bornes')),
      questionTerms: new Set(analyzeFrenchTerms('poses bornes')),
      countedQualifiers: new Set(analyzeFrenchTerms('bornes')),
    };
    const text = 'Dans le Vexin, la pose de 14 bornes de recharge a été confiée au syndicat d’énergie.';
    const span = bestEvidence(text, asked);
    expect(span && text.slice(span.start, span.end)).toBe('14');
    expect(span?.strength).toBeGreaterThan(0.5);
    // a number of what the question qualifies, with no act said, counts no act
    const bare = 'Dans le Vexin, 14 bornes de recharge sont en service depuis mars.';
    expect(bestEvidence(bare, asked)?.strength ?? 0).toBeLessThan(0.5);
  });

  it('counts what the words before a colon count by the number that opens the words after it', () => {
    const text = 'Le nombre de bornes ne cesse de croître : 38 aujourd’hui, contre 25 l’an dernier.';
    const span = bestEvidence(text, countedRequest('bornes'));
    expect(span && text.slice(span.start, span.end)).toBe('38');
    expect(span?.strength).toBeGreaterThan(0.5);
    // a number with a noun of its own counts that noun
    const own = 'Restent les bornes trop éloignées du réseau : environ 12 abris resteront sans recharge.';
    expect(bestEvidence(own, countedRequest('bornes'))?.strength ?? 0).toBeLessThan(0.5);
  });

  it('counts the noun right before a bracket by the number that opens it ("des communes rurales (42)")', () => {
    const text = 'Le plan vise d’abord les communes rurales (42 sur les 60 du territoire), puis les bourgs.';
    const span = bestEvidence(text, countedRequest('communes'));
    expect(span && text.slice(span.start, span.end)).toBe('42');
    expect(span?.strength).toBeGreaterThan(0.5);
    // a bracket after another noun counts that one
    expect(bestEvidence('Le plan vise les écoles rurales (42 au total).', countedRequest('communes'))?.strength ?? 0).toBeLessThan(0.5);
  });

  it('counts people by "N à" and what they do, in a document that names them or not', () => {
    const text = 'Au forum de mars, ils étaient une soixantaine à s’être déplacés jusqu’à la médiathèque.';
    for (const named of [true, false]) {
      const asked = { ...countedRequest('personnes'), countedInDocument: named };
      const span = bestEvidence(text, asked);
      expect(span && text.slice(span.start, span.end)).toBe('une soixantaine');
      expect(span?.strength).toBeGreaterThan(0.5);
    }
    // things are counted by their noun: "de 30 à 40 euros" is no one doing anything
    const range = 'Le tarif passera de 30 à 40 euros, une soixantaine à payer en tout.';
    expect(bestEvidence(range, { ...countedRequest('ordinateurs'), countedInDocument: false })?.strength ?? 0).toBeLessThan(0.5);
  });

  it('takes a number before a noun of its own for a count of that noun, in a document that never names what is asked', () => {
    const asked = { ...countedRequest('pylônes'), countedInDocument: false };
    // (under the weak evidence a sentence saying the rest of the question answers with: decideAnswer.ts)
    expect(bestEvidence('Le syndicat a déjà rendu éligibles 3 850 prises dans la vallée.', asked)?.strength).toBeCloseTo(0.3);
  });

  it('measures what is counted by a share or an amount of it ("combien d\'économies")', () => {
    const asked = countedRequest('économies');
    const share = 'Le nouveau chauffage piloté promet de générer 35 % d’économies sur la facture.';
    const span = bestEvidence(share, asked);
    expect(span && share.slice(span.start, span.end)).toBe('35 %');
    expect(span?.strength).toBeGreaterThan(0.5);
    const amount = bestEvidence('L’école réalise 8 400 euros d’économies chaque année.', asked);
    expect(amount?.strength).toBeGreaterThan(0.5);
    // a share of something else is no count of it
    expect(bestEvidence('Le chauffage couvre 35 % des bâtiments communaux.', asked)?.strength ?? 0).toBeLessThan(0.5);
  });

  it('counts less a figure of a sentence that opens on another place than the one asked', () => {
    const asked = { ...countedRequest('prises'), nameTerms: new Set(analyzeFrenchTerms('Lormeau')) };
    const own = bestEvidence('Les 180 prises de la commune seront raccordables en juin.', asked)?.strength ?? 0;
    for (const elsewhere of [
      'Dans la commune de Vaudrenne, 320 prises seront raccordables.',
      'À Vaudrenne, 320 prises seront raccordables.',
    ])
      expect(bestEvidence(elsewhere, asked)?.strength ?? 0).toBeLessThan(own);
    // the place asked, said first, is no other place
    expect(bestEvidence('À Lormeau, 180 prises seront raccordables.', asked)?.strength).toBe(own);
  });

  it('counts less a place of a sentence that opens on another place than the one the question puts it in', () => {
    const asked = { ...request('place', { subject: 'cuivre' }), nameTerms: new Set(['aub']), placeTerms: new Set(['aub']) };
    const text = 'Du côté du Tarn, la commune de Brélis perd le cuivre ce mois-ci.';
    const placeGiven = bestEvidence(text, asked)?.strength ?? 0;
    expect(placeGiven).toBeLessThan(bestEvidence(text, { ...asked, placeTerms: new Set() })?.strength ?? 0);
  });

  it('counts what did something by the nouns of their acts, not by any noun of the question', () => {
    const candidates = analyzeFrenchTerms('candidats candidature candidatures');
    const asked = { ...countedRequest('entreprises'), questionTerms: new Set([...analyzeFrenchTerms('entreprises'), ...candidates]) };
    const text = "Le syndicat a reçu 4 candidatures à l'issue de la consultation.";
    const span = bestEvidence(text, asked);
    expect(span && text.slice(span.start, span.end)).toBe('4');
    expect(span?.strength).toBeGreaterThan(0.5);
    // "combien de communes ont des bornes": twelve bornes are not twelve communes.
    const withBornes = { ...countedRequest('communes'), questionTerms: new Set(analyzeFrenchTerms('communes bornes')) };
    expect(bestEvidence('Le syndicat a installé 12 bornes cette année.', withBornes)?.strength ?? 0).toBeLessThan(0.5);
  });

  it('counts by the acronym the question spells, starting with what is counted ("4 000 CNFS")', () => {
    const asked = { ...countedRequest('conseillers'), questionInitials: 'cnfsd' };
    const text = 'Le dispositif vise au déploiement de 4 000 CNFS sur tout le territoire.';
    expect(bestEvidence(text, asked)?.strength).toBeGreaterThan(0.5);
    expect(bestEvidence('Le dispositif mobilise 4 000 NFS sur tout le territoire.', asked)?.strength ?? 0).toBeLessThan(0.5);
  });

  it('counts a phrase by its head noun, not by its other words ("borne wi-fi", "point d’accès")', () => {
    const alternatives = [alternative(analyzeFrenchTerms('point d’accès'), 1), alternative(analyzeFrenchTerms('borne wi-fi'), 0.9)];
    const counted = {
      concept: queryConcept('access points', 'content', alternatives, { counted: true }),
      alternatives,
      weight: 1,
      present: true,
    };
    const asked = { ...request('number', { subject: 'access points' }), counted, countedInDocument: true };
    const installed = bestEvidence('Quatorze bornes ont été installées sur la place du Marché.', asked)!.strength;
    const computers = bestEvidence('La salle propose six ordinateurs en accès libre.', asked)!.strength;
    expect(installed).toBeGreaterThan(computers);
  });

  it('counts the equipment asked by a noun of any equipment, not by another noun', () => {
    // (the count alone: a sentence that names the tablets nowhere also speaks of something else, 0.75)
    const asked = { ...countedRequest('tablettes'), subjectTerms: new Set<string>() };
    expect(bestEvidence('Au total, 2 960 appareils ont été distribués le 3 octobre.', asked)?.strength).toBeGreaterThan(0.5);
    expect(bestEvidence('Au total, 2 960 élèves ont été accueillis le 3 octobre.', asked)?.strength ?? 0).toBeLessThan(0.5);
  });

  it('does not read a count across a comma after the noun counted', () => {
    const text = "La panne a touché la médiathèque, fermée pendant deux semaines, puis l'école.";
    expect(bestEvidence(text, countedRequest('médiathèque'))?.strength ?? 0).toBeLessThan(0.5);
    expect(bestEvidence('Les médiathèques rénovées sont au nombre de 12.', countedRequest('médiathèques'))?.strength).toBeGreaterThan(0.5);
    // …unless a stressed pronoun between the commas says the noun again: "les fournisseurs, eux, sont quatre"
    const stressed = 'Les fournisseurs, eux, sont quatre à livrer les écoles de Sorrac.';
    expect(bestEvidence(stressed, countedRequest('fournisseurs'))?.strength).toBeGreaterThan(0.5);
  });

  it('takes a number in digits said before the noun elsewhere in the document for the same count, not a small number word', () => {
    const elsewhere = ['23', 'trois'];
    expect(bestEvidence('Les 23 appareils fonctionnent depuis lundi.', countedRequest('bornes', elsewhere))?.strength).toBeGreaterThan(0.6);
    expect(bestEvidence('Les travaux ont mobilisé trois équipes.', countedRequest('bornes', elsewhere))?.strength).toBeLessThan(0.5);
  });

  it('takes a number standing for the noun counted just before, as the subject of a plural verb', () => {
    const earlier = 'Dans les écoles raccordées cette année, 35 ont reçu un tableau interactif.';
    const span = bestEvidence(earlier, countedRequest('écoles'));
    expect(span && earlier.slice(span.start, span.end)).toBe('35');
    expect(span?.strength).toBeGreaterThan(0.8);
    const above = { ...countedRequest('écoles'), countedAbove: 1 };
    expect(bestEvidence('Parmi elles, 35 sont situées en zone rurale.', above)?.strength).toBeGreaterThan(0.8);
    expect(bestEvidence("12 d'entre elles ferment l'été.", above)?.strength).toBeGreaterThan(0.8);
    expect(bestEvidence("Six autres doivent ouvrir d'ici l'été.", above)?.strength).toBeGreaterThan(0.8);
    // Without the noun before, the number counts nothing the question asks about.
    expect(bestEvidence('Parmi elles, 35 sont situées en zone rurale.', countedRequest('écoles'))?.strength).toBeLessThan(0.5);
  });

  it('takes a number the pronoun "en" stands before for the noun counted just before, not one after the preposition', () => {
    const above = { ...countedRequest('écoles'), countedAbove: 1 };
    expect(bestEvidence("Pour 2025, l'académie en avait retenu 9.", above)?.strength).toBeGreaterThan(0.6);
    expect(bestEvidence('Aujourd’hui, la commune en compte déjà 14.', above)?.strength).toBeGreaterThan(0.6);
    expect(bestEvidence('Il y en a 40 dans le département.', above)?.strength).toBeGreaterThan(0.6);
    expect(bestEvidence('Les élèves restent en ligne 26 minutes.', above)?.strength ?? 0).toBeLessThan(0.5);
    expect(bestEvidence("Pour 2025, l'académie en avait retenu 9.", countedRequest('écoles'))?.strength).toBeLessThan(0.5);
  });

  it('takes a number a plural pronoun is the subject of for the noun counted just before', () => {
    const above = { ...countedRequest('prises'), countedAbove: 1 };
    expect(bestEvidence('Celles-ci sont au nombre de 4 210, pour un coût de 2,1 M€.', above)?.strength).toBeGreaterThan(0.6);
    expect(bestEvidence('Elles seront près de 600 à la fin du chantier.', above)?.strength).toBeGreaterThan(0.6);
    // without the noun before, the pronoun stands for nothing the question counts
    expect(bestEvidence('Celles-ci sont au nombre de 4 210.', countedRequest('prises'))?.strength).toBeLessThan(0.5);
  });

  it('takes no figure from a question the text asks, a supposition', () => {
    const asked = countedRequest('foyers');
    const quoted = '« Si seuls 45 foyers demandent la fibre, je paie pour combien de foyers ? », demande une élue de Saint-Aubin.';
    expect(bestEvidence(quoted, asked)).toBeUndefined();
    expect(bestEvidence('Combien de foyers ? 45 foyers, selon le maire.', asked)?.strength).toBeGreaterThan(0.8);
  });

  it('takes a date before a title that asks a question, which is no question the text asks', () => {
    const launched = request('date', { subject: 'appli lancée', names: 'Lanvaux' });
    const titled = 'Le syndicat de Lanvaux a lancé en mars 2024 l’appli « On se connecte ? » pour mesurer le réseau.';
    expect(bestEvidence(titled, launched)?.strength).toBeGreaterThan(0.5);
  });
});

describe('bestEvidence for definitions', () => {
  it('reads what an apposition says of the term asked about', () => {
    const asked = request('definition', { subject: 'zone blanche' });
    const text = "Le Département vise d'abord les zones blanches, où aucun opérateur ne capte, puis les zones mal couvertes.";
    const span = bestEvidence(text, asked);
    expect(span && text.slice(span.start, span.end)).toBe('où aucun opérateur ne capte');
  });
});

describe('bestEvidence for rates', () => {
  it('lowers an amount that is a total when a rate is asked for', () => {
    const rate: EvidenceRequest = { ...request('money', { subject: 'abonnement' }), perTerms: new Set(analyzeFrenchTerms('mois')) };
    const monthly = bestEvidence("L'abonnement coûte 30 euros par mois.", rate);
    const total = bestEvidence("L'abonnement du réseau représente 212 millions d'euros, apportés par l'État.", rate);
    expect(monthly?.strength).toBe(1);
    expect(total?.strength).toBeLessThan(0.75);
  });

  it('reads a unit price as a rate', () => {
    const perItem: EvidenceRequest = { ...request('money', { subject: 'borne' }), perTerms: new Set(analyzeFrenchTerms('borne')) };
    const unit = bestEvidence('Les bornes ont été achetées à Brest pour un prix unitaire de 8 500 euros.', perItem);
    const total = bestEvidence("Le plan de recharge coûte 1,2 million d'euros au total.", perItem);
    expect(unit?.strength).toBeGreaterThan(0.9);
    expect(total?.strength).toBeLessThan(0.75);
  });
});

describe('bestEvidence for deadlines', () => {
  it('prefers a date said as a deadline', () => {
    const asked = { ...request('date', { subject: 'candidatures' }), deadline: true };
    expect(bestEvidence('Les candidatures sont à déposer avant le 30 septembre.', asked)?.strength).toBe(1);
    expect(bestEvidence('Les candidatures seront examinées le 30 septembre.', asked)?.strength).toBeLessThan(1);
  });

  it('reads a year that holds its "jusqu\'en" as a deadline, as one after "jusqu\'au" is', () => {
    const asked = { ...request('date', { subject: 'bornes' }), deadline: true };
    const until = bestEvidence('La régie gère les bornes jusqu’en 2031, puis elles reviennent à la commune.', asked)?.strength ?? 0;
    // (a year alone says less than a full date: as much as "en 2031" says when no deadline is asked)
    expect(until).toBeCloseTo(bestEvidence('La régie gère les bornes en 2031.', request('date', { subject: 'bornes' }))?.strength ?? 0, 5);
    expect(until).toBeGreaterThan(bestEvidence('La régie gère les bornes en 2031.', asked)?.strength ?? 0);
  });

  it('reads a date as the deadline the clause names before it ("la date limite…, fixée au")', () => {
    const asked = { ...request('date', { subject: 'candidatures' }), deadline: true };
    const named = 'La date limite de dépôt des candidatures pour l’appel à projets a été fixée au vendredi 14 juin 2024.';
    expect(bestEvidence(named, asked)?.strength).toBe(1);
    // a deadline named in another clause says nothing of this date
    const apart = 'La date limite est passée ; le jury se réunira le vendredi 14 juin 2024.';
    expect(bestEvidence(apart, asked)?.strength).toBeLessThan(1);
  });

  it('reads the date the end asked is due as the deadline ("by when should it be completed" — "achevé à la fin de…")', () => {
    const asked = { ...request('date', { subject: 'travaux' }), deadline: true, endpoint: 'end' as const };
    const text = 'Les travaux débuteront en mars 2025 et devraient être achevés au second semestre 2027.';
    const found = bestEvidence(text, asked);
    expect(found && text.slice(found.start, found.end)).toContain('2027');
    expect(found!.strength).toBeGreaterThan(bestEvidence(text, { ...asked, endpoint: undefined })!.strength);
  });

  it('reads "jusqu\'au mois de…" as a deadline, the date holding its own "au"', () => {
    const asked = { ...request('date', { subject: 'travaux' }), deadline: true };
    const until = bestEvidence('Les travaux de tranchée sont prévus jusqu’au mois de mars.', asked);
    const inMonth = bestEvidence('Les travaux de tranchée reprendront au mois de mars.', asked);
    expect(until!.strength).toBeGreaterThan(inMonth!.strength);
  });
});

describe('bestEvidence for "depuis quand"', () => {
  it('prefers a date said as a start to the day of a ceremony', () => {
    const asked = { ...request('date', { subject: 'relais' }), since: true };
    const started = bestEvidence('Ouvert depuis mars 2023, le relais couvre trois hameaux.', asked)?.strength ?? 0;
    const inService = bestEvidence('Mis en service le 2 mars 2023, le relais couvre trois hameaux.', asked)?.strength ?? 0;
    const ceremony = bestEvidence('Le relais a été inauguré le jeudi 14 septembre 2023 par la préfète.', asked)?.strength ?? 0;
    expect(ceremony).toBeLessThan(started);
    expect(ceremony).toBeLessThan(inService);
    expect(ceremony).toBeLessThan(bestEvidence('Le relais fonctionne depuis 2021.', asked)?.strength ?? 0);
  });

  it('takes "entré en fonction", "allumé", "lancé", "créé", "fondé" before a date for a start', () => {
    const asked = { ...request('date', { subject: 'relais' }), since: true };
    const ceremony = bestEvidence('Le relais a été inauguré fin février par la préfète.', asked)?.strength ?? 0;
    for (const started of [
      'Le relais, comme annoncé, est entré en fonction fin février.',
      'Le relais a été allumé fin février.',
      'Le relais a été lancé fin février.',
      // what exists since its creation or founding started then
      'Le relais a été créé fin février.',
      'Fondée fin février, l’association gère le relais.',
      // "à partir du mois de…": the "du" is the date's own
      'Le relais émettra à partir du mois de février.',
    ])
      expect(bestEvidence(started, asked)?.strength ?? 0).toBeGreaterThan(ceremony);
  });

  it('takes a date after "après" for where something holds from ("les boîtiers vendus après 2031")', () => {
    const asked = { ...request('date', { subject: 'boîtiers' }), since: true };
    const after = bestEvidence('Tous les boîtiers vendus après 2031 sont compatibles.', asked)?.strength ?? 0;
    expect(after).toBeGreaterThan(bestEvidence('Les boîtiers ont été présentés en 2031.', asked)?.strength ?? 0);
    expect(after).toBeGreaterThan(0.6);
  });

  it('asked "depuis quelle année", takes a year after "depuis" or "dès" as fully as after "en", and a year of no start below both', () => {
    const asked = { ...request('date', { subject: 'réseau', kind: 'année' }), since: true };
    const since = bestEvidence('Depuis 2031, la régie assure l’exploitation du réseau.', asked)?.strength ?? 0;
    expect(since).toBeCloseTo(bestEvidence('Dès 2031, la régie assure l’exploitation du réseau.', asked)?.strength ?? 0, 5);
    expect(since).toBeGreaterThanOrEqual(0.9);
    expect(bestEvidence('Le réseau a été posé en 2029 par les communes.', asked)?.strength ?? 0).toBeLessThan(since);
  });

  it('takes "depuis ce 4 mars", "depuis cette date" for a start, as "depuis le 4 mars"', () => {
    const asked = { ...request('date', { subject: 'relais' }), since: true };
    const demonstrative = bestEvidence('Le relais émet à Lanvaux (depuis ce 4 mars).', asked)?.strength ?? 0;
    expect(demonstrative).toBeCloseTo(bestEvidence('Le relais émet à Lanvaux (depuis le 4 mars).', asked)?.strength ?? 0, 5);
  });
});

describe('bestEvidence for a delay ("au bout de combien de semaines")', () => {
  it('takes a time counted from something as surely as a duration', () => {
    const counted = 'La mairie rappelle chaque demandeur trois semaines après le dépôt de son dossier.';
    const plain = request('duration', { subject: 'demandeur' });
    expect(bestEvidence(counted, plain)?.strength ?? 0).toBeLessThan(0.5);
    expect(bestEvidence(counted, { ...plain, delay: true })?.strength).toBe(1);
  });

  it('takes a time counted from now ("dans huit mois", "d’ici deux ans") for how long until something', () => {
    const asked = { ...request('duration', { subject: 'hameau couvert' }), delay: true };
    for (const text of ['Le hameau pourrait être couvert dans huit mois.', 'Le hameau sera couvert d’ici deux ans.'])
      expect(bestEvidence(text, asked)?.strength, text).toBe(1);
  });
});

describe('bestEvidence in a sentence about the page’s scheme', () => {
  it('takes "Le dispositif…" for the scheme asked about, whatever the question calls it ("la subvention")', () => {
    const asked = { ...request('date', { subject: 'subvention satellite' }), deadline: true };
    expect(bestEvidence('Le dispositif sera clos le 30 juin 2031.', asked)?.strength).toBe(1);
    expect(bestEvidence('Le salon sera clos le 30 juin 2031.', asked)?.strength ?? 0).toBeLessThan(1);
  });
});

describe('bestEvidence for the end of something', () => {
  it('does not take the date of its start for the date of its end, nor the reverse', () => {
    const end = { ...request('date', { subject: 'travaux réseau' }), endpoint: 'end' as const };
    const start = { ...request('date', { subject: 'travaux réseau' }), endpoint: 'start' as const };
    const launched = 'Les travaux du réseau ont été lancés le lundi 3 février 2025.';
    const last = 'Les dernières prises du réseau seront ouvertes en novembre 2027.';
    expect(bestEvidence(launched, end)?.strength ?? 0).toBeLessThan(0.75);
    expect(bestEvidence(last, end)?.strength).toBeGreaterThan(0.85);
    expect(bestEvidence(launched, start)?.strength).toBe(1);
    expect(bestEvidence(last, start)?.strength ?? 0).toBeLessThan(0.75);
    // a sentence saying neither end is not weighed down
    expect(bestEvidence('Les travaux du réseau avancent ; le point sera fait le 2 juin.', end)?.strength).toBeGreaterThan(0.75);
  });

  it('reads a ranked part of a year as one date, whose rank names no end ("le dernier trimestre 2026")', () => {
    const start = { ...request('date', { subject: 'abonnés réseau' }), endpoint: 'start' as const };
    const text = 'Les premiers abonnés pourront souscrire sur le réseau à partir du dernier trimestre 2026.';
    const found = bestEvidence(text, start);
    expect(found && text.slice(found.start, found.end)).toBe('dernier trimestre 2026');
    expect(found?.strength).toBeGreaterThan(0.85);
  });
});

describe('bestEvidence for a ceiling', () => {
  it('prefers an amount said as the most that may be reached when the maximum is asked', () => {
    const asked = { ...request('money', { subject: 'aide raccordement' }), maximum: true };
    const ceiling = bestEvidence('L’aide au raccordement peut aller jusqu’à 450 € pour une maison isolée.', asked)?.strength ?? 0;
    const average = bestEvidence('L’aide au raccordement atteint en moyenne 210 € par foyer.', asked)?.strength ?? 0;
    expect(average).toBeLessThan(ceiling);
    // …and reads no ceiling into a question that asks none
    const plain = request('money', { subject: 'aide raccordement' });
    expect(bestEvidence('L’aide au raccordement atteint en moyenne 210 € par foyer.', plain)?.strength).toBe(ceiling);
  });

  it('takes a ceiling said at the end of a long sentence as near the question: its marker says what is asked', () => {
    const asked = { ...request('money', { subject: 'aide raccordement' }), maximum: true };
    const short = bestEvidence('L’aide au raccordement est plafonnée à 900 €.', asked)?.strength ?? 0;
    const long =
      'L’aide au raccordement, ouverte aux artisans, aux commerçants et aux professions libérales installés en zone rurale, est plafonnée à 900 €.';
    expect(bestEvidence(long, asked)?.strength).toBe(short);
    expect(bestEvidence(long, { ...asked, maximum: false })?.strength).toBeLessThan(short);
  });

  it('reads the bound said after an amount ("800 euros maximum"), not the floor said beside it', () => {
    const asked = { ...request('money', { subject: 'aide raccordement' }), maximum: true };
    const sentence = 'L’aide au raccordement est modulée (120 euros minimum, 800 euros maximum).';
    const found = bestEvidence(sentence, asked);
    expect(found && sentence.slice(found.start, found.end)).toBe('800 euros');
    expect(found?.strength).toBe(bestEvidence('L’aide au raccordement est plafonnée à 800 euros.', asked)?.strength);
  });
});

describe('bestEvidence for a count of a name', () => {
  it('counts less a count said of another name in apposition ("250 salariés, la Fromagerie X") than the question\'s', () => {
    const c = queryConcept('salariés', 'content', [alternative(['salari'], 1)], { counted: true });
    const asked = {
      ...request('number', { subject: 'salariés', names: 'Vexin Réseaux' }),
      counted: { concept: c, alternatives: c.alternatives, weight: 1, present: true },
    };
    const other = 'Premier employeur du parc avec 250 salariés, la Fromagerie des Causses a été raccordée en mars.';
    expect(bestEvidence(other, asked)?.strength ?? 0).toBeLessThan(0.5);
    const own = 'Avec 40 salariés, Vexin Réseaux exploite le réseau depuis 2019.';
    expect(bestEvidence(own, asked)?.strength ?? 0).toBeGreaterThan(0.5);
    // a capitalised noun for the body already named is no other name
    const body = 'Présent dans 12 départements, le Groupe compte 900 salariés.';
    expect(bestEvidence(body, asked)?.strength ?? 0).toBeGreaterThan(0.5);
  });
});

describe('bestEvidence for a building', () => {
  it('takes the building a sentence names by its noun, not the town it stands in, when a building is asked', () => {
    const asked = { ...request('place', { subject: 'borne' }), placeAsked: 'building' as const };
    const text = 'La borne a été installée dans le bâtiment polyvalent de Lormes.';
    const found = bestEvidence(text, asked);
    expect(text.slice(found?.start, found?.end)).toBe('bâtiment polyvalent');
    const town = bestEvidence(text, request('place', { subject: 'borne' }));
    expect(text.slice(town?.start, town?.end)).toBe('Lormes');
  });
});

describe('bestEvidence for a commune', () => {
  it('counts little a département or the country, which say where communes are, when communes are asked', () => {
    const asked = { ...request('place', { subject: 'cuivre' }), placeAsked: 'commune' as const };
    const wide = 'La fermeture du cuivre concerne la France entière, dont le Cantal.';
    expect(bestEvidence(wide, asked)?.strength ?? 0).toBeLessThan(0.5);
    expect(bestEvidence(wide, request('place', { subject: 'cuivre' }))?.strength).toBeGreaterThan(0.5);
    expect(bestEvidence('Le cuivre sera d’abord débranché à Lanvel et à Sorrac.', asked)?.strength).toBeGreaterThan(0.5);
  });
});

describe('bestEvidence for a sum of a kind', () => {
  it('counts less an amount said of another kind of sum than the one asked', () => {
    const cost = { ...request('money', { subject: 'serveurs' }), moneyKinds: new Set(['cost']) };
    const ransom = 'Les pirates ont exigé une rançon de 80 000 euros pour rendre les serveurs.';
    const repairs = 'La remise en état des serveurs a coûté 42 000 euros à la commune.';
    const unasked = bestEvidence(ransom, request('money', { subject: 'serveurs' }))?.strength ?? 0;
    expect(bestEvidence(ransom, cost)?.strength ?? 0).toBeLessThanOrEqual(unasked / 2);
    expect(bestEvidence(repairs, cost)?.strength).toBeGreaterThan(0.5);
    // a sum demanded is one, whether or not the sentence says "rançon"
    const demanded = 'Les pirates exigent 80 000 euros pour rendre les serveurs.';
    expect(bestEvidence(demanded, cost)?.strength ?? 0).toBeLessThanOrEqual(
      (bestEvidence(demanded, request('money', { subject: 'serveurs' }))?.strength ?? 0) / 2,
    );
    // a compensation asked is not what the works cost
    const compensation = { ...request('money', { subject: 'abonnés' }), moneyKinds: new Set(['compensation']) };
    const works = 'Le coût total des travaux pour les abonnés est estimé à 1,8 M€.';
    expect(bestEvidence(works, compensation)?.strength ?? 0).toBeLessThan(bestEvidence(works, cost)?.strength ?? 0);
  });

  it('does not take what something costs for what a funder puts in, but takes a funding for a cost and a budget for either', () => {
    const funding = { ...request('money', { subject: 'raccordements' }), moneyKinds: new Set(['funding']) };
    const costs = 'Chacun de ces raccordements coûte jusqu’à 3 000 euros aux familles.';
    expect(bestEvidence(costs, funding)?.strength ?? 0).toBeLessThan(0.5);
    expect(bestEvidence('Le fonds pour les raccordements sera doté de 65 millions d’euros.', funding)?.strength).toBeGreaterThan(0.5);
    const cost = { ...request('money', { subject: 'kiosque' }), moneyKinds: new Set(['cost']) };
    expect(bestEvidence('Le kiosque, financé à hauteur de 40 000 €, ouvrira en mai.', cost)?.strength).toBeGreaterThan(0.5);
    // a sum set aside is what a funder gives as much as what a thing costs
    const envelope = 'Le dispositif est doté d’une enveloppe de 12 millions d’euros pour les raccordements.';
    expect(bestEvidence(envelope, funding)?.strength).toBeGreaterThan(0.5);
    expect(bestEvidence(envelope, cost)?.strength).toBeGreaterThan(0.5);
  });

  it('takes what the sum asked is said to cost for that sum ("le loyer coûte 260 €"), not what another thing costs', () => {
    const rent = { ...request('money', { subject: 'loyer local' }), moneyKinds: new Set(['rent']) };
    expect(bestEvidence('Le loyer du local coûte 260 euros par mois.', rent)?.strength).toBeGreaterThan(0.5);
    const other = 'Le coût des travaux atteint 260 euros, le loyer du local restant le même.';
    expect(bestEvidence(other, rent)?.strength ?? 0).toBeLessThan(0.5);
  });

  it('reads the kind of a sum in the noun right after it ("35 000 € d\'aide"), before a cost said earlier', () => {
    const funding = { ...request('money', { subject: 'caméras' }), moneyKinds: new Set(['funding']) };
    const both = 'Les caméras coûtent 96 000 € avec 30 000 € d’aide de la Région.';
    const found = bestEvidence(both, funding);
    expect(both.slice(found?.start, found?.end)).toBe('30 000 €');
    expect(found?.strength).toBeGreaterThan(0.5);
  });

  it('takes a ceiling asked and said for the sum asked, whatever sum its sentence names before it', () => {
    const asked = { ...request('money', { subject: 'aide commune' }), moneyKinds: new Set(['funding']), maximum: true };
    const bounded = 'La Région prend en charge 30 % de la facture des bornes, dans la limite de 6 000 € par commune.';
    expect(bestEvidence(bounded, asked)?.strength).toBeGreaterThan(0.5);
  });

  it('takes for a ransom, a fine or a rent only an amount its sentence says is one, and no budget', () => {
    const ransom = { ...request('money', { subject: 'pirates mairie' }), moneyKinds: new Set(['ransom']) };
    const demanded = 'Les pirates réclament à la mairie une rançon de 60 000 euros en bitcoins.';
    expect(bestEvidence(demanded, ransom)?.strength).toBeGreaterThan(0.5);
    // a deductible, the damage, a security budget: the sum asked is not named
    for (const other of [
      'Après l’attaque, une franchise de 2 000 € reste à la charge de la mairie.',
      'La mairie chiffre les dégâts à 35 000 euros.',
      'La mairie vote un budget de 120 000 € pour protéger ses serveurs des pirates.',
    ])
      expect(bestEvidence(other, ransom)?.strength ?? 0, other).toBeLessThan(0.5);
    // a rent said by its verb
    const rent = { ...request('money', { subject: 'parcelle opérateurs' }), moneyKinds: new Set(['rent']) };
    expect(bestEvidence('La parcelle est louée aux opérateurs pour 900 € par an.', rent)?.strength).toBeGreaterThan(0.5);
    // a rent said by its period, not by its noun; an investment is no rent
    const fee = { ...request('money', { subject: 'local association' }), moneyKinds: new Set(['rent']) };
    expect(bestEvidence("L'association occupe le local pour 350 € par mois.", fee)?.strength).toBeGreaterThan(0.5);
    expect(bestEvidence('Pour le local, 80 000 euros ont été investis par la commune.', fee)?.strength ?? 0).toBeLessThan(0.5);
    // what an insurer paid back is a compensation, not what the repairs cost
    const repaid = { ...request('money', { subject: 'assureur commune' }), moneyKinds: new Set(['compensation']) };
    expect(bestEvidence('L’assureur a remboursé 18 000 € à la commune.', repaid)?.strength).toBeGreaterThan(0.5);
    expect(bestEvidence('Pour la commune, la remise en état a coûté 18 000 €.', repaid)?.strength ?? 0).toBeLessThan(0.5);
  });
});
