// Chat French and set phrases said plainly, on questions as people type them.
import { describe, expect, it } from 'vitest';
import { CLIPPED_FRENCH, INFORMAL_FRENCH, plainFrenchPhrases } from '../../../src/engine/language/informalFrench.ts';

describe('CLIPPED_FRENCH', () => {
  it('gives the clippings pages write of a standard word', () => {
    expect(CLIPPED_FRENCH.get('agglomeration')).toEqual(['agglo']);
    expect(CLIPPED_FRENCH.get('bibliotheque')).toEqual(['biblio', 'bibli']);
  });

  it('leaves out slang that is no clipping and clippings too short to be read alone', () => {
    expect(CLIPPED_FRENCH.get('entreprise')).toBeUndefined();
    expect(CLIPPED_FRENCH.get('professionnel')).toBeUndefined();
  });
});

describe('INFORMAL_FRENCH', () => {
  it.each([
    ['ordi', 'ordinateur'],
    ['boite', 'entreprise'],
    ['agglo', 'agglomération'],
    ['dirlo', 'directeur'],
    // the trades and offices of spoken French: "les techos", "le dircab"
    ['techos', 'techniciens'],
    ['dircab', 'directeur de cabinet'],
    // Clipped words, typed with or without their apostrophe ("la perm' numérique").
    ['perm', 'permanence'],
    ['reu', 'réunion'],
    // "le dep 92", "tout le dép": the département, as "dept" is.
    ['dep', 'département'],
    // the titles chat writes by their initials, and "l'agence de dev"
    ['dg', 'directeur général'],
    ['pdg', 'président-directeur général'],
    ['dev', 'développement'],
    // "le coordo du projet", "le respo du site", "l'hosto"
    ['coordo', 'coordinateur'],
    ['respos', 'responsables'],
    ['hosto', 'hôpital'],
    // "les voleurs sont rentrés par la fenêtre": spoken French enters by "rentrer"; "la rentrée" stays a noun.
    ['rentres', 'entrés'],
    ['rentrer', 'entrer'],
  ])('%s → %s', (word, standard) => {
    expect(INFORMAL_FRENCH.get(word)).toBe(standard);
  });

  it('leaves "la rentrée" (of schools) alone', () => {
    expect(INFORMAL_FRENCH.has('rentree')).toBe(false);
  });
});

describe('plainFrenchPhrases', () => {
  it.each([
    ['Qui est à la tête de la régie Eaux du Lot ?', 'Qui est dirigeant de la régie Eaux du Lot ?'],
    ['La Région a donné le feu vert au projet ?', 'La Région a autorisé au projet ?'],
    // An inverted subject stands between the verb and the rest of its phrase.
    ['Combien le Département met-il sur la table ?', 'Combien le Département investit ?'],
    ['Quand le réseau a-t-il vu le jour ?', 'Quand le réseau a été créé ?'],
    ["Combien de communes font partie de l'agglomération ?", "Combien de communes membre de l'agglomération ?"],
    ['Quand le data center est-il sorti de terre ?', 'Quand le data center est-il construit ?'],
    ['Qui tient les rênes du syndicat mixte ?', 'Qui dirige du syndicat mixte ?'],
    ['Qui prend la suite du directeur ?', 'Qui remplacé du directeur ?'],
    ['Qui prendra la relève du président ?', 'Qui remplacé du président ?'],
    ['Qui a travaillé main dans la main avec la mairie ?', 'Qui a travaillé en coopération avec la mairie ?'],
    ['Qu’a montré leur état des lieux de la couverture ?', 'Qu’a montré leur diagnostic de la couverture ?'],
    ["Qui a réglé la facture de l'antenne ?", "Qui a payé de l'antenne ?"],
    // "ça marche" works, as a system does: nothing of a market ("marché"), folded to the same word
    ['Le badge du parking, comment ça marche ?', 'Le badge du parking, comment ça fonctionne ?'],
    ['Comment marche la billetterie en ligne ?', 'Comment fonctionne la billetterie en ligne ?'],
    ['Le marché du réseau a été attribué à qui ?', 'Le marché du réseau a été attribué à qui ?'],
    ['La commune a-t-elle mis la main au portefeuille ?', 'La commune a-t-elle paie ?'],
    // adverbs of time name nothing; the time asked is read apart
    ['Combien de communes au départ, et à ce jour ?', 'Combien de communes , et  ?'],
    // spoken fillers say nothing
    ['en fait, qui finance le réseau du coup ?', ', qui finance le réseau  ?'],
    ['genre, combien de bornes en gros ?', ' combien de bornes  ?'],
    ['combien ça a coûté au final ?', 'combien ça a coûté  ?'],
    ['le réseau marche en vrai ?', 'le réseau marche  ?'],
    // "tranche d'âge": an age
    ['Quelle tranche d’âge peut s’inscrire à l’atelier ?', 'Quelle âge peut s’inscrire à l’atelier ?'],
    // "combien de monde": how many people
    ['Combien de monde est venu au salon ?', 'Combien de personnes est venu au salon ?'],
    ['Le réseau le plus rapide du monde ?', 'Le réseau le plus rapide du monde ?'],
    // "ils sont combien": how many people
    ['ils sont combien à la médiathèque de Sorrac ?', 'combien de personnes sont à la médiathèque de Sorrac ?'],
    ['on était combien au salon ?', 'combien de personnes sont au salon ?'],
    ["ils sont combien d'abonnés à Sorrac ?", "ils sont combien d'abonnés à Sorrac ?"],
    ['si je me raccorde pas tout de suite, c’est plus cher ?', 'si je me raccorde pas , c’est plus cher ?'],
    ['le pylône a quand même été monté ?', 'le pylône a  été monté ?'],
    ['Quand a lieu le coup d’envoi du chantier ?', 'Quand  le lancement du chantier ?'],
    // "avoir lieu" happens, and names no place
    ["Et quand a eu lieu l'inauguration ?", "Et quand  l'inauguration ?"],
    // compound prepositions name nothing; a helping hand is help
    ['À partir de quand la médiathèque ouvre-t-elle ?', 'de quand la médiathèque ouvre-t-elle ?'],
    ['Combien de foyers raccordés grâce au nouveau réseau ?', 'Combien de foyers raccordés au nouveau réseau ?'],
    ['Qui a donné un coup de pouce aux associations ?', 'Qui a donné une aide aux associations ?'],
    // (after "quel", which asks, the help alone)
    ['Quel coup de main la commune offre-t-elle aux seniors ?', 'Quel aide la commune offre-t-elle aux seniors ?'],
    // tasked with something (after "être"), not a portfolio
    ['Qui a été chargé de la pose des bornes ?', 'Qui a été mandaté de la pose des bornes ?'],
    ['Qui est la vice-présidente chargée du numérique ?', 'Qui est la vice-présidente chargée du numérique ?'],
    // "s'occuper de": to be in charge of it, nothing of a place occupied
    ["dis-moi qui s'occupe du portail de Sorrac ?", 'dis-moi qui se charge du portail de Sorrac ?'],
    ["Qui s'est occupé des travaux ?", 'Qui se charge des travaux ?'],
    ['Les locaux occupés par la pépinière ?', 'Les locaux occupés par la pépinière ?'],
    // typed without accents, as chat often is
    ['qui est a la tete de la regie ?', 'qui est dirigeant de la regie ?'],
    ['quand le data center est-il sorti de terre ?', 'quand le data center est-il construit ?'],
  ])('%s', (question, plain) => {
    expect(plainFrenchPhrases(question)).toBe(plain);
  });

  it('leaves the words alone outside the phrase', () => {
    expect(plainFrenchPhrases('Combien de tables numériques dans les écoles ?')).toBe('Combien de tables numériques dans les écoles ?');
    expect(plainFrenchPhrases('Quelle partie du réseau est en service ?')).toBe('Quelle partie du réseau est en service ?');
    expect(plainFrenchPhrases('Quand les bus partiront-ils de Tulle ?')).toBe('Quand les bus partiront-ils de Tulle ?');
  });

  it('ends a phrase where its word ends, before an accented letter too ("a présenté" is no "à présent")', () => {
    expect(plainFrenchPhrases('Qu’a présenté la préfète au conseil ?')).toBe('Qu’a présenté la préfète au conseil ?');
    expect(plainFrenchPhrases('Combien de sites à présent ?')).toBe('Combien de sites  ?');
  });
});
