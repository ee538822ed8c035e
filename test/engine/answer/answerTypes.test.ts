// The shape of a question: the kind of answer it asks for, whether it wants a list, and the noun it asks about.
import { describe, expect, it } from 'vitest';
import { asksName, foldQuestion, measureAsked, readQuestionShape, typesWhere } from '../../../src/engine/answer/answerTypes.ts';

const shape = (question: string) => readQuestionShape(foldQuestion(question), 'fr', false);
const english = (question: string, moneyWords = false) => readQuestionShape(foldQuestion(question), 'en', moneyWords);

describe('readQuestionShape', () => {
  it('reads the noun after "quels sont les", "quelle est l\'", "c\'est quoi les" whole', () => {
    expect(shape('Quels sont les tarifs de la fibre à Brive ?')).toMatchObject({ answerType: 'money', focus: 'tarifs', wantsList: true });
    expect(shape('Quelles sont les communes raccordées ?')).toMatchObject({ answerType: 'place', focus: 'communes' });
    expect(shape("Quelle est l'entreprise retenue ?")).toMatchObject({ answerType: 'organisation', focus: 'entreprise' });
    expect(shape("c'est quoi les frais de mise en service ?")).toMatchObject({ answerType: 'money', focus: 'frais' });
  });

  it('reads "la deadline", the loanword chat uses for "l\'échéance", as asking a date', () => {
    expect(shape('Quelle est la deadline des inscriptions à Sorrac ?')).toMatchObject({ answerType: 'date' });
  });

  it('reads "quel journal" as asking a newspaper, not a day ("quel jour")', () => {
    expect(shape('Dans quel journal le maire de Sorrac a-t-il présenté son plan ?')).toMatchObject({ answerType: 'organisation' });
    expect(shape('Quel jour le marché a-t-il été signé ?')).toMatchObject({ answerType: 'date' });
    expect(shape('Quel mois les travaux commencent-ils ?')).toMatchObject({ answerType: 'date' });
  });

  it('reads "quel gain" as asking a figure, as "quelle baisse" does ("un gain de 12 %")', () => {
    expect(shape('Quel gain la commune de Sorrac attend-elle de ses nouveaux lampadaires ?')).toMatchObject({
      answerType: 'number',
    });
  });

  it('reads "quelle municipalité" as a place, "quelle instance" as a body and "quelle fréquentation" as a figure', () => {
    expect(shape('Quelle municipalité accueillera le prochain salon du numérique ?')).toMatchObject({ answerType: 'place' });
    expect(shape('Quelle instance de la commune de Sorrac suit le chantier ?')).toMatchObject({ answerType: 'organisation' });
    expect(shape('Quelle fréquentation la médiathèque de Sorrac a-t-elle connue l’été dernier ?')).toMatchObject({ answerType: 'number' });
  });

  it('reads "sur quelle période" as how long, "à quelle période" as when', () => {
    expect(shape('Sur quelle période la délégation du réseau de Sorrac court-elle ?')).toMatchObject({
      answerType: 'duration',
    });
    expect(shape('À quelle période les travaux reprendront-ils ?')).toMatchObject({ answerType: 'date' });
  });

  it('reads a clipped role of chat by the head noun it stands for ("le dircab" is a person, like "le directeur")', () => {
    expect(shape("le dircab de la maire, il s'appelle comment ?")).toMatchObject({ answerType: 'person' });
    expect(shape('c’est qui le dircom du département ?')).toMatchObject({ answerType: 'person' });
  });

  it('reads a host, a maker, an equipment supplier or a distributor asked for as a company', () => {
    for (const noun of ['hébergeur', 'fabricant', 'équipementier', 'distributeur'])
      expect(shape(`Quel ${noun} a été retenu ?`)).toMatchObject({ answerType: 'organisation' });
  });

  it('reads an institution or an administration asked for as a body, answered by its name', () => {
    expect(shape('Quelle institution décerne le label Kéops ?')).toMatchObject({ answerType: 'organisation' });
    expect(shape('Quelle administration instruit les dossiers de raccordement ?')).toMatchObject({ answerType: 'organisation' });
  });

  it('reads "quelle fréquence" as how often, "quelles fréquences" as asking which bands, of no kind', () => {
    expect(shape('Quelle est la fréquence des passages du bus ?')).toMatchObject({ answerType: 'frequency' });
    expect(shape('Le réseau radio utilise quelles fréquences ?').answerType).toBe('other');
  });

  it('reads "ça va coûter combien", "combien ça devrait coûter" as asking an amount', () => {
    expect(shape('ça va coûter combien de réparer le réseau ?')).toMatchObject({ answerType: 'money' });
    expect(shape('combien ça devrait coûter, la nouvelle antenne ?')).toMatchObject({ answerType: 'money' });
    expect(shape('la borne coûtait combien au départ ?')).toMatchObject({ answerType: 'money' });
  });

  it('reads "by how much" as a change asked, said as a share as often as a sum: no amount of money only', () => {
    expect(english('By how much did the agglomeration invest more in 2031?')).toMatchObject({ answerType: 'number' });
    expect(english('How much does the syndicate invest each year?')).toMatchObject({ answerType: 'money' });
  });

  it('reads "quelle tranche d\'âge" as an age asked, as "quel âge" is', () => {
    expect(shape('Quelle tranche d’âge peut s’inscrire à l’atelier ?')).toMatchObject({ answerType: 'age' });
  });

  it('reads "how much time" as a duration asked, as "how long" is', () => {
    expect(english('How much time was the working group given to report?')).toMatchObject({ answerType: 'duration' });
  });

  it('reads "how big" asked of a sum as an amount, of a thing as its size', () => {
    expect(english('How big was the subsidy the syndicate received?')).toMatchObject({ answerType: 'money' });
    expect(english('How large is the budget of the Lanvaux network?')).toMatchObject({ answerType: 'money' });
    expect(measureAsked(foldQuestion('How big was the subsidy the syndicate received?'), 'en')).toBeUndefined();
    expect(measureAsked(foldQuestion('How big are the new screens?'), 'en')).toEqual({ noun: 'size', adjective: 'big' });
  });

  it('reads "combien" after a relative "qui" as asking a number, "qui" opening the question as asking who', () => {
    expect(shape('Le syndicat qui pilote le réseau compte combien d’adhérents ?')).toMatchObject({ answerType: 'number' });
    expect(shape('Qui paie combien pour le réseau ?')).toMatchObject({ answerType: 'person' });
  });

  it('reads a bound of a quantity by the noun it bounds ("le plafond de la subvention" asks an amount)', () => {
    expect(shape('Quel est le plafond de la subvention pour une commune ?')).toMatchObject({ answerType: 'money', focus: 'subvention' });
    expect(shape('Quel est le seuil du nombre d’habitants retenu ?')).toMatchObject({ answerType: 'number', focus: 'nombre' });
  });

  it('asks one thing with "dans quel" and a list with "dans quels"', () => {
    expect(shape('Dans quel quartier la commune de Sorrac a-t-elle ouvert son tiers-lieu ?')).toMatchObject({ wantsList: false });
    expect(shape('Dans quelles communes le bus numérique de Sorrac passe-t-il ?')).toMatchObject({ wantsList: true });
  });

  it('reads the noun after a compound tense of "être": "quel a été le coût", "quels ont été les partenaires"', () => {
    expect(shape('Quel a été le coût du nouveau réseau de caméras ?')).toMatchObject({ answerType: 'money', focus: 'cout' });
    expect(shape('Quels ont été les partenaires du projet ?')).toMatchObject({ focus: 'partenaires', wantsList: true });
    expect(shape('Quelle aura été la durée des travaux ?')).toMatchObject({ answerType: 'duration', focus: 'duree' });
  });

  it('reads "quel âge", "dès quel âge" and "how old" as an age asked, not a duration or a date', () => {
    expect(shape('On peut s’inscrire dès quel âge à l’atelier numérique ?').answerType).toBe('age');
    expect(shape('Il a quel âge, le doyen du club ?').answerType).toBe('age');
    expect(english('How old is the oldest learner of the workshop?').answerType).toBe('age');
  });

  it('reads "pour combien" as how long unless a noun of no time follows ("pour combien de foyers")', () => {
    expect(shape('Le contrat est signé pour combien d’années ?').answerType).toBe('duration');
    expect(shape('La concession est accordée pour combien ?').answerType).toBe('duration');
    expect(shape('Pour combien de foyers le Département a-t-il commandé des tablettes ?').answerType).toBe('number');
  });

  it('reads waiting asked by "combien" as how long ("faut attendre combien", "combien faut-il attendre")', () => {
    expect(shape('Une fois le boîtier posé, faut attendre combien avant d’avoir la fibre ?').answerType).toBe('duration');
    expect(shape('Combien faut-il attendre pour un raccordement à Sorrac ?').answerType).toBe('duration');
  });

  it('reads "durée" said anywhere as a duration asked, unless "quel X" names another kind of answer', () => {
    expect(shape('Le contrat de concession, il dure combien ? la durée ?').answerType).toBe('duration');
    expect(shape('Quelle somme le délégataire versera-t-il sur toute la durée du contrat ?')).toMatchObject({
      answerType: 'money',
      focus: 'somme',
    });
  });

  it('reads "when" after another question word as opening a clause, not asking a date', () => {
    expect(english('How many complaints arrive when the mast breaks down?').answerType).toBe('number');
    expect(english('Who was the mayor when the library opened?').answerType).toBe('person');
    expect(english('When did the library open?').answerType).toBe('date');
    expect(english('So the library opened, and when?').answerType).toBe('date');
  });

  it('reads no question in a relative clause after a comma ("…, which received…")', () => {
    const relative = english('How many pupils attend the Lanvel school, which received new laptops?');
    expect(relative.answerType).toBe('number');
    expect(relative.focus).not.toBe('received');
    expect(english('In which town did the school receive new laptops?').focus).toBe('town');
  });

  it('reads a place won as a rank, not a place to go', () => {
    expect(shape('Quelle place la médiathèque a-t-elle obtenue au palmarès régional ?').answerType).toBe('ordinal');
    expect(shape('Quelle place le vélo prend-il dans le plan de mobilité ?').answerType).not.toBe('ordinal');
    // "where does it rank" asks a rank, not a place
    expect(english('Where does the library rank in the regional awards?').answerType).toBe('ordinal');
    expect(english('Where is the library?').answerType).toBe('place');
    // …and so does "où se classe", or "où se situe" among others
    expect(shape('Où se classe le réseau de Sorrac au palmarès des débits ?').answerType).toBe('ordinal');
    expect(shape('Où se situe Sorrac parmi les villes les mieux fibrées ?').answerType).toBe('ordinal');
    expect(shape('Où se situe la médiathèque de Sorrac ?').answerType).toBe('place');
  });

  it('reads the noun after "autres" / "other": "quels autres opérateurs" asks operators', () => {
    expect(shape('Quels autres opérateurs pourront utiliser le pylône ?')).toMatchObject({
      answerType: 'organisation',
      focus: 'operateurs',
    });
    expect(shape('Quelles autres communes seront raccordées ?')).toMatchObject({ answerType: 'place', focus: 'communes' });
    expect(english('Which other operators will use the mast?')).toMatchObject({ answerType: 'organisation', focus: 'operators' });
    // a plural in -ies is its noun in -y
    expect(english('Which companies will build the network?')).toMatchObject({ answerType: 'organisation', focus: 'companies' });
  });

  it('reads the head of an English noun phrase, its last word, unless it is a bare "number"', () => {
    expect(english('Which laptop brand is the county handing out?')).toMatchObject({ answerType: 'organisation', focus: 'brand' });
    expect(english('What phone number do I call?')).toMatchObject({ answerType: 'telephone', focus: 'phone' });
    expect(english('Which company won the contract?')).toMatchObject({ answerType: 'organisation', focus: 'company' });
    // ended by the question mark or a preposition, when that last word names a kind of answer
    expect(english('What is the village Wi-Fi project budget?')).toMatchObject({ answerType: 'money', focus: 'budget' });
    expect(english('What is the Lannion smart city plan start date for the works?')).toMatchObject({ answerType: 'date', focus: 'date' });
    expect(english('Which town hosts it?')).toMatchObject({ focus: 'town' });
    // a word before the noun of the kind asked, with a verb after it that is no auxiliary
    expect(english('What mobile operators cover the valley?')).toMatchObject({ answerType: 'organisation', focus: 'operators' });
    // …even when that word names a kind of answer too: an investment fund is a fund
    expect(english('Which investment fund bought the network?')).toMatchObject({ answerType: 'organisation', focus: 'fund' });
    expect(english('Which investment firm won the tender?')).toMatchObject({ answerType: 'organisation', focus: 'firm' });
  });

  it('reads "qu\'est-ce qui" + a verb as asking what did it: no definition, and no person for its "qui"', () => {
    expect(shape("Qu'est-ce qui a retardé la pose du pylône ?").answerType).toBe('other');
    expect(shape("Selon la maire, qu'est-ce qui a retardé la pose du pylône ?").answerType).toBe('other');
    expect(shape("Qu'est-ce qu'un point de mutualisation ?").answerType).toBe('definition');
  });

  it('reads a cause asked: "pourquoi", "pour quelle raison", "qu\'est-ce qui explique", "why"', () => {
    expect(shape('Pourquoi le pylône a-t-il été démonté ?').answerType).toBe('reason');
    expect(shape('Pour quelle raison la permanence a-t-elle fermé ?').answerType).toBe('reason');
    expect(shape("Qu'est-ce qui explique le retard du chantier ?").answerType).toBe('reason');
    expect(english('Why was the mast taken down?').answerType).toBe('reason');
    // The noun of a cause asks one too: "quelle est la cause de la coupure", "what caused", "the cause of".
    expect(shape('Quelle est la cause de la coupure du réseau ?').answerType).toBe('reason');
    expect(shape('Quels sont les motifs du recours contre le pylône ?').answerType).toBe('reason');
    expect(english('What was the cause of the outage?').answerType).toBe('reason');
  });

  it('reads a rent, a fee and a contribution asked by their noun as amounts of money', () => {
    expect(shape("Quel loyer l'opérateur verse-t-il pour le pylône ?").answerType).toBe('money');
    expect(shape('Quelle redevance la commune perçoit-elle ?').answerType).toBe('money');
    expect(shape('Quelle est la participation du Département aux travaux ?').answerType).toBe('money');
    expect(english('What rent does the operator pay for the mast?').answerType).toBe('money');
    // "what yearly rent" asks no year
    expect(english('What yearly rent do the operators pay?').answerType).toBe('money');
    expect(english('What year did the mast go up?').answerType).toBe('date');
  });

  it('reads "what did X pay for the Y" as an amount, "what did X pay for?" as a thing', () => {
    expect(english('What did the town pay for the new street lights?').answerType).toBe('money');
    expect(english('What does the council pay the operator each year?').answerType).toBe('money');
    expect(english('What did the town pay for?').answerType).not.toBe('money');
  });

  it('reads "how much energy does X save" as a quantity of energy, "how much does X save" as money', () => {
    expect(english('How much energy does the town save each year?', true).answerType).toBe('number');
    expect(english('How much does the town save each year?', true).answerType).toBe('money');
    expect(english('How much money does the town save each year?', true).answerType).toBe('money');
  });

  it('reads "où" typed without its accent at the end of a chat question', () => {
    expect(shape('le pylône il est installé ou ?').answerType).toBe('place');
    expect(shape('la permanence elle se tient ou exactement ?').answerType).toBe('place');
    expect(shape('la fibre ou la 4G ?').answerType).not.toBe('place');
  });

  it('reads "on en est où" as how far something has got, not where it is, as "où en est" is', () => {
    expect(shape('la fibre à Sorrac, on en est ou ?').answerType).not.toBe('place');
    expect(shape('vous en etes ou du chantier de Lanvaux ?').answerType).not.toBe('place');
    expect(shape('la fibre, on en est ou a Sorrac ? il reste combien de prises ?').answerType).toBe('number');
    expect(typesWhere('on en est où pour les raccordements à Sorrac ?')).toBe(false);
    expect(typesWhere('Où en sont les travaux ?')).toBe(false);
    expect(typesWhere('le nouveau pylône est installé où ?')).toBe(true);
  });

  it('reads an address asked as a place, in French and in English', () => {
    expect(shape("Quelle est l'adresse de l'espace numérique ?")).toMatchObject({ answerType: 'place', focus: 'adresse' });
    expect(english("What is the repair café's address?")).toMatchObject({ answerType: 'place', focus: 'address' });
    // a possessive inside a complement does not head the phrase
    expect(english("What is the budget of the town's lighting contract?")).toMatchObject({ answerType: 'money', focus: 'budget' });
    // nor one after the verb
    expect(english("At what altitude will Sorrac's new relay sit?")).toMatchObject({ focus: 'altitude' });
    // a possessor right after "which" is the one asked: whose data
    expect(english("Which bank's servers does the Sorrac pool draw its heat from?")).toMatchObject({
      answerType: 'organisation',
      focus: 'bank',
    });
    // "what share of residents": the noun of the kind of answer, before what it is of
    expect(english('What share of households have installed the app in Sorrac?')).toMatchObject({ answerType: 'percent', focus: 'share' });
  });

  it('reads "c\'est ouvert quand" as asking opening days and hours, "quand ouvre" as asking a date', () => {
    expect(shape("c'est ouvert quand la médiathèque ?").answerType).toBe('time');
    expect(shape('La mairie est ouverte quels jours ?').answerType).toBe('time');
    expect(shape('Quand ouvre la nouvelle médiathèque ?').answerType).toBe('date');
    // in a past tense, "ouvert quand" asks when it opened
    expect(shape('le tiers-lieu de Sorrac il a ouvert quand ?').answerType).toBe('date');
    expect(shape('La médiathèque a été ouverte quand ?').answerType).toBe('date');
  });

  it('reads "when can I meet / quand est-ce que je peux voir" as asking the days and hours someone is there', () => {
    expect(english('When can I meet the digital adviser at the library?').answerType).toBe('time');
    expect(shape('quand est-ce que je peux voir la conseillère numérique ?').answerType).toBe('time');
    // a date is still a date
    expect(english('When can residents apply for the grant?').answerType).toBe('date');
  });

  it('asks a definition of a thing no kind of answer names', () => {
    expect(shape("c'est quoi le Numéribus ?").answerType).toBe('definition');
  });

  it('asks a definition for "la définition de…", not for a thing said "en haute définition"', () => {
    expect(shape("Quelle est la définition d'un nœud de raccordement ?").answerType).toBe('definition');
    expect(shape('définition nœud de raccordement').answerType).toBe('definition');
    expect(shape('Combien de caméras en haute définition la ville a-t-elle posées ?').answerType).toBe('number');
  });
});

describe('"qui" inside a chat question', () => {
  it('asks a person wherever "par qui", "avec qui" stands', () => {
    expect(shape("le chantier c'est géré par qui ?").answerType).toBe('person');
    expect(shape('la mairie travaille avec qui pour la fibre').answerType).toBe('person');
  });

  it('reads "qui" after "y a combien de…" as a relative clause: a count is asked', () => {
    expect(shape('y a combien de familles qui ont demandé le chèque numérique ?').answerType).toBe('number');
    expect(shape("il y a combien d'élus qui ont voté contre l'antenne").answerType).toBe('number');
    // …wherever "y a combien" stands, after the place it asks about too
    expect(shape("à Sorrac y'a combien de familles qui ont demandé le chèque ?").answerType).toBe('number');
  });

  it('reads "c\'est qui les animatrices…" as asking the people that noun names (its focus), "le gars" as anyone', () => {
    expect(shape("c'est qui les animatrices du fablab ?")).toMatchObject({
      answerType: 'person',
      focus: 'animatrices',
    });
    expect(shape("c'est qui le gars qui s'occupe du wifi ?").focus).toBeUndefined();
  });

  it('reads "c\'est quelle société qui…" as asking the kind its noun names, "c\'est qui…" as asking a person', () => {
    expect(shape("c'est quelle société qui a posé la fibre à Lannion ?").answerType).toBe('organisation');
    // …wherever "c'est quel…" stands, after a greeting or a place
    expect(shape("salut, à Sorrac c'est quelles entreprises qui ont posé la fibre ?").answerType).toBe('organisation');
    expect(shape("c'est qui le maire de Lannion ?").answerType).toBe('person');
  });
});

describe('time saved or lost', () => {
  it('asks a duration', () => {
    expect(shape('Quel gain de temps le nouveau logiciel apporte-t-il aux agents ?').answerType).toBe('duration');
    expect(shape('combien de temps perdu à cause du retard des travaux').answerType).toBe('duration');
  });

  it('reads "what <sum> does X pay / spend" in English as an amount', () => {
    expect(english('What fee does each school pay for the platform?').answerType).toBe('money');
    expect(english('What premium will the town council pay to its insurer?').answerType).toBe('money');
    expect(english('What role does the region play?').answerType).not.toBe('money');
  });

  it('reads "for how long" and "how long can…" in English as a duration', () => {
    expect(english('For how long can residents borrow a tablet at the town hall?').answerType).toBe('duration');
    expect(english('How long can I keep the 4G router?').answerType).toBe('duration');
  });

  it('reads "how many years / months" in English as a duration, as "combien d\'années" is', () => {
    expect(english('How many years will the operator run the network?').answerType).toBe('duration');
    expect(english('How many months did the works take?').answerType).toBe('duration');
    expect(english('How many years ago was the network built?').answerType).not.toBe('duration');
  });

  it('reads "combien de jours / de mois / de semaines" as a duration: "une semaine" answers it', () => {
    expect(shape('ils ont perdu combien de jours de données ?').answerType).toBe('duration');
    expect(shape('Combien de mois faut-il pour raccorder un hameau ?').answerType).toBe('duration');
  });
});

describe('a change asked by its noun', () => {
  it('wants a figure: "quelle baisse" is answered by "une baisse de 62 %"', () => {
    expect(shape("Quelle réduction de la facture d'électricité la commune attend-elle ?").answerType).toBe('number');
    expect(shape('Quelle hausse du nombre de raccordements en 2023 ?').answerType).toBe('number');
    expect(english('What reduction in energy use does the town expect?').answerType).toBe('number');
  });
});

describe('asksName', () => {
  it('reads "comment s\'appelle", "s\'appelle comment" and "what is it called" as asking a name', () => {
    expect(asksName(foldQuestion("Comment s'appelle le nouveau bus numérique ?"), 'fr')).toBe(true);
    expect(asksName(foldQuestion("l'appli de la mairie elle s'appelle comment ?"), 'fr')).toBe(true);
    expect(asksName(foldQuestion('What is the new school platform called?'), 'en')).toBe(true);
    expect(asksName(foldQuestion("Comment s'inscrire aux ateliers ?"), 'fr')).toBe(false);
    expect(asksName(foldQuestion('Who called the meeting?'), 'en')).toBe(false);
  });

  it('reads the name of someone said first and taken up by "il" as a person\'s, not a thing\'s', () => {
    expect(shape("le gars qui anime les ateliers du fablab de Sorrac, il s'appelle comment ?").answerType).toBe('person');
    expect(shape("la médiathèque de Sorrac, elle s'appelle comment ?").answerType).toBe('other');
  });

  it('reads "sous quel nom", "quel nom porte" and "under what name" as asking a name, not "quels noms de communes"', () => {
    expect(asksName(foldQuestion('Sous quel nom la région a-t-elle lancé son réseau de tiers-lieux ?'), 'fr')).toBe(true);
    expect(asksName(foldQuestion('Quel nom porte la nouvelle plateforme de la métropole ?'), 'fr')).toBe(true);
    expect(asksName(foldQuestion('Under what name was the fibre network launched?'), 'en')).toBe(true);
    expect(asksName(foldQuestion('Quels noms de communes figurent sur la liste ?'), 'fr')).toBe(false);
  });
});

describe('measureAsked', () => {
  it('reads a measure asked by its adjective, in French and in English', () => {
    expect(measureAsked(foldQuestion('Le pylône fait combien de haut ?'), 'fr')).toEqual({ noun: 'hauteur', adjective: 'haut' });
    expect(measureAsked(foldQuestion('How far along is the roll-out?'), 'en')).toBeUndefined();
    expect(measureAsked(foldQuestion('La tranchée fait combien de long ?'), 'fr')).toEqual({ noun: 'longueur', adjective: 'long' });
    // the measure said after "en", in chat
    expect(measureAsked(foldQuestion("la box de l'école elle monte à combien en débit ?"), 'fr')).toEqual({
      noun: 'debit',
      adjective: 'debit',
    });
    expect(measureAsked(foldQuestion('Combien de bornes en service ?'), 'fr')).toBeUndefined();
    expect(measureAsked(foldQuestion('How tall is the mast?'), 'en')).toEqual({ noun: 'height', adjective: 'tall' });
    expect(measureAsked(foldQuestion('How far is the nearest exchange?'), 'en')).toEqual({ noun: 'length', adjective: 'far' });
    expect(measureAsked(foldQuestion('How big is the town, population-wise?'), 'en')).toEqual({ noun: 'population', adjective: 'big' });
    // "how much power", with or without the word that says what it powers
    expect(measureAsked(foldQuestion('How much electric power will the new substation deliver?'), 'en')).toEqual({
      noun: 'power',
      adjective: 'power',
    });
    expect(measureAsked(foldQuestion('How much storage capacity does the server room have?'), 'en')).toMatchObject({ noun: 'capacity' });
    // a thing's size, a place's or a building's area
    expect(measureAsked(foldQuestion('How big are the screens in the classrooms?'), 'en')).toEqual({ noun: 'size', adjective: 'big' });
    expect(measureAsked(foldQuestion('How big are the new premises?'), 'en')).toEqual({ noun: 'area', adjective: 'big' });
    // "how much (floor) space": an area too
    expect(measureAsked(foldQuestion('How much office space will the coworking take?'), 'en')).toEqual({
      noun: 'area',
      adjective: 'space',
    });
    expect(measureAsked(foldQuestion('How much land does the solar farm need?'), 'en')).toEqual({ noun: 'area', adjective: 'land' });
    // "combien pèse": a weight
    expect(measureAsked(foldQuestion('Combien pèse le nouveau shelter ?'), 'fr')).toEqual({ noun: 'poids', adjective: 'pese' });
  });

  it('leaves "combien de temps" and "how long does it take" to durations', () => {
    expect(measureAsked(foldQuestion('Combien de temps durent les travaux ?'), 'fr')).toBeUndefined();
    expect(measureAsked(foldQuestion('How long does the contract run?'), 'en')).toBeUndefined();
  });
});
