// The engine on press releases it was not tuned on: releases and a local news page written for this
// test (places and figures of the field, invented), indexed beside the bundled corpus.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RelaisEngine } from '../../../src/engine/relaisEngine.ts';

let engine: RelaisEngine;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'relais-unseen-'));
  const corpus = path.join(dir, 'corpus');
  cpSync('corpus', corpus, { recursive: true });
  cpSync('test/fixtures/unseen', corpus, { recursive: true });
  engine = await RelaisEngine.open({ corpusDir: corpus, dataDir: path.join(dir, 'data'), useSnapshot: false });
});

describe('questions about press releases the engine was not tuned on', () => {
  it.each([
    ['Combien de locaux seront raccordables en Creuse ?', 'creuse-thd.md', '42 000 locaux'],
    ["Quel est le montant de l'investissement pour la fibre dans la Creuse ?", 'creuse-thd.md', '58 millions'],
    ['Qui préside le conseil départemental de la Creuse ?', 'creuse-thd.md', 'Valérie Simonet'],
    ['Quelle entreprise réalise les travaux en Creuse ?', 'creuse-thd.md', 'Axione'],
    ['Combien de techniciens travaillent sur le réseau creusois ?', 'creuse-thd.md', '120 techniciens'],
    ['Quand la deuxième phase du réseau creusois a-t-elle été annoncée ?', 'creuse-thd.md', '12 mars 2021'],
    ['Qui est la maire de Roubaix ?', 'roubaix-inclusion.html', 'Agnès Delattre'],
    ['Combien de conseillers numériques à Roubaix ?', 'roubaix-inclusion.html', '30 conseillers'],
    ['Quand Roubaix a-t-elle inauguré ses espaces numériques ?', 'roubaix-inclusion.html', '4 octobre 2021'],
    ['How many premises will get fibre in the Creuse by 2023?', 'creuse-thd.md', '42 000'],
    // A town's own page says "la ville": its file's name says which town.
    ['Combien de tablettes ont été remises aux écoliers à Valcérès ?', 'valceres-tablettes.txt', '80 tablettes'],
    // "in the remote parts": an English word after a preposition of place, not a place the corpus lacks.
    ['How many premises will get fibre in the remote parts of the Creuse by 2023?', 'creuse-thd.md', '42 000'],
    // "La Commune", a public body, is no company: the one asked for is named beside it.
    ["c'est quelle boîte qui installe l'antenne à Kerbréval ?", 'kerbreval-antenne.txt', 'société Relaivia'],
    // A name standing alone under its heading is the answer, not a fragment.
    ['Qui est le contact presse pour la fibre en Creuse ?', 'creuse-thd.md', 'Isabelle Fayolle'],
    // A sentence that names no place happens where its release is dated from.
    ['Où peut-on faire réparer sa tablette en panne ?', 'vendome-repair-cafe.txt', 'tablettes et téléphones en panne'],
    // "350 appareils" is the count of screens its title gives as "350 écrans".
    ["Combien d'écrans seront installés dans les classes à Niort ?", 'niort-ecrans.txt', '350 appareils seront installés'],
    // "19 ont…": the number stands for the classes the sentence before counts.
    ['Combien de classes ont encore un tableau noir à Niort ?', 'niort-ecrans.txt', '19 ont encore un vieux tableau noir'],
    // "Elle" says the name of the sentence before again.
    ["Tableaux Numériques de l'Ouest est engagée pour combien d'années ?", 'niort-ecrans.txt', 'pour quatre ans'],
    // A table row is read whole, with its table's header row as what it follows on from.
    ["Quel jour ouvre la permanence numérique de l'Alma à Roubaix ?", 'roubaix-inclusion.html', 'Alma | le jeudi'],
    // …and a short name mistyped by a slip is the name the closest pages write one slip away.
    ["Quel jour ouvre la permanence numérique de l'Alam à Roubaix ?", 'roubaix-inclusion.html', 'Alma | le jeudi'],
    // The release spells out the acronym asked.
    ['Combien la CAF apporte-t-elle pour les ateliers numériques à Niort ?', 'niort-ecrans.txt', '45 000 €'],
    // "Le prestataire" is the company named two sentences up.
    ['Sous quel délai Deux-Sèvres Informatique remplace-t-elle un écran défectueux ?', 'niort-ecrans.txt', 'cinq jours'],
    // "Il s'agit de…" says what the sentence before named, its figures included; "4G fixe" is a technology.
    ["Quelle technologie pour les neuf sites prévus par l'arrêté du 3 mai 2023 en Haut-Sorbiac ?", 'sorbiac-couverture.md', '4G fixe'],
    // The section's heading says what "Son aménagement" two sentences down is of.
    ['Combien a coûté le bus numérique du Haut-Sorbiac ?', 'sorbiac-couverture.md', '185 000 euros'],
    // A date said as the deadline answers "date limite" before a date the sentence does not say is one.
    ['date limite candidatures appel à projets tiers-lieu haut-sorbiac', 'sorbiac-couverture.md', 'vendredi 18 octobre 2024'],
    // A news page: its byline and publication line are no answer to "quand"; the end of a season is one.
    ["C'est quand que les hameaux de la vallée de l'Ourthe auront la fibre ?", 'ourthe-fibre.html', "fin de l'été"],
    ['Qui est le président de Val Numérique ?', 'ourthe-fibre.html', 'Hervé Lamblin'],
    // An acronym of a common noun is that noun: "PC" are computers; "CCTV" is vidéosurveillance.
    ["Combien d'ordinateurs ont été remis aux familles à Mirebeau-sur-Lize ?", 'mirebeau-ordinateurs.txt', '45 PC'],
    ['How many CCTV cameras will Mirebeau-sur-Lize put up?', 'mirebeau-ordinateurs.txt', 'neuf caméras'],
    // A page's place named "St-…", a plateau and a lieu-dit that are no operators, "700 MHz" no name,
    // "s'en charge" a verb, and the operator's sentence glued to the next ("Ondelia Mobile.C'est lui…").
    ['Quel opérateur se charge du relais de Saint-Ferréol-de-Lhers ?', 'saint-ferreol-relais.txt', 'Ondelia Mobile'],
    // "prestataires régionaux" counts the "entreprises régionales" asked: another noun, qualified alike.
    [
      "Combien d'entreprises régionales entretiennent le relais de Saint-Ferréol-de-Lhers ?",
      'saint-ferreol-relais.txt',
      'Deux prestataires régionaux',
    ],
    // "combien de fois" counts times, said "à 14 reprises"
    [
      'Combien de fois les monteurs sont-ils montés en haut du relais de Saint-Ferréol-de-Lhers ?',
      'saint-ferreol-relais.txt',
      '14 reprises',
    ],
    // A time of every year for "à quelle période de l'année", not the day the network opened.
    ["Le wifi de Castelbrun est le plus utilisé à quelle période de l'année ?", 'castelbrun-wifi.txt', 'vacances scolaires'],
    ["C'est à quel moment de l'année que le wifi de Castelbrun sert le plus ?", 'castelbrun-wifi.txt', 'vacances scolaires'],
    // A distance in metres written "250 m", not the antenna's height nor the altitude.
    ['À quelle distance des maisons est l’antenne wifi de Castelbrun ?', 'castelbrun-wifi.txt', '250 m des premières habitations'],
    ['Quelle hauteur fait l’antenne de Castelbrun ?', 'castelbrun-wifi.txt', 'mesure 18 mètres'],
    // A weekday in the plural: every week.
    ["Les ateliers wifi de la médiathèque de Castelbrun, c'est quel jour ?", 'castelbrun-wifi.txt', 'les jeudis matin'],
    // a place said once, where the page says what it is about, is the page's subject, not a name in passing
    ['Le pylône de Kerbihan : il a été monté quand ?', 'plouharnel-pylone.txt', 'avril 2021'],
    // an address asked: the street, not the town
    ["Quelle est l'adresse de la médiathèque de Castelbrun ?", 'castelbrun-wifi.txt', '3 rue des Tanneurs'],
    // "atendant" after "en" is a word mistyped, not a place the corpus lacks
    ['en atendant les bornes a Castelbrun, la médiathèque prête quoi ?', 'castelbrun-wifi.txt', 'clés 4G'],
    // A unit typed short is the unit the page writes out.
    ["Combien de km de câble ont été posés dans la vallée de l'Ourthe ?", 'ourthe-fibre.html', '214 kilomètres'],
    // The public body a passive names as its agent is who funds.
    ['Qui finance les conseillers numériques du Haut-Lignon ?', 'haut-lignon-inclusion.html', "par l'État"],
    // "un minibus baptisé « le Numéribus »" says what it is.
    ["C'est quoi le Numéribus ?", 'haut-lignon-inclusion.html', 'un minibus baptisé'],
    // "les habitants des 22 communes" counts communes, not the people helped.
    ['How many people have the Haut-Lignon advisers helped?', 'haut-lignon-inclusion.html', '310 personnes'],
    // English writes the day with a capital: a word to translate all the same.
    ['Where is the Numéribus on Wednesdays?', 'haut-lignon-inclusion.html', 'Le Chambon | mercredi'],
    // The dateline names who issues the release: its contact line is theirs.
    ["Numéro de téléphone de la préfecture de l'Aubrac ?", 'fontbrune-pylone.txt', '04 65 00 00 00'],
    // Field words of public lighting: the page says "points lumineux", a contract is a "marché".
    ['Combien de lampadaires à Valmont-sur-Loire ?', 'valmont-eclairage.md', '1 850 points lumineux'],
    ['Who won the Valmont street lighting contract?', 'valmont-eclairage.md', 'Lumenor–Citélec'],
    // The office is said in the sentence after the quotation, of its speaker.
    ['Qui est la vice-présidente aux solidarités du Haut-Lignon ?', 'haut-lignon-inclusion.html', 'Martine Roux'],
    // The office asked is the one the person is introduced with.
    ['Qui est la vice-présidente chargée de la transition écologique à Vendôme ?', 'vendome-repair-cafe.txt', 'Claire Moreau'],
    // An English question names a place by the first words of its hyphenated name, as a French one may.
    ['When will the hamlets of Saint-Aulaire get fibre?', 'saint-aulaire-faq.html', 'premier trimestre 2025'],
    // "Il est gratuit", under the heading that asks the price: free is the price.
    ['le raccordement fibre coûte combien à Saint-Aulaire-sur-Lèze ?', 'saint-aulaire-faq.html', 'Il est gratuit'],
    // People are counted by what they did: "312 signatures" for "ont signé".
    ['Combien de personnes ont signé la pétition à Saint-Aulaire ?', 'saint-aulaire-faq.html', '312 signatures'],
    // "Switched off" is "coupé"; a street light is public lighting.
    ['At what time are the street lights switched off in Valmont-sur-Loire?', 'valmont-eclairage.md', 'coupé de 1 h à 5 h'],
    // Who pays, named by what it is: "pris en charge par les opérateurs".
    ['Who paid for the Fontbrune mast?', 'fontbrune-pylone.txt', 'pris en charge par les opérateurs'],
    // A description stands for a name its page says is an organisation ("Nordis Fibre, filiale de…").
    ['Combien de prises Nordis Fibre doit-elle encore livrer ?', 'brenay-fibre.txt', 'le délégataire doit encore livrer 9 400 prises'],
    ['Combien de réclamations Nordis Fibre a-t-elle reçues ?', 'brenay-fibre.txt', '430 réclamations'],
    // …and "la commune" for the place named a few sentences up.
    ['Combien de temps le chantier a-t-il gagné à Lormes-sur-Brenay ?', 'brenay-fibre.txt', 'gagné trois mois'],
    // "L'an dernier" in a page of 2025 is 2024.
    ['Combien de réclamations ont été adressées à Nordis Fibre en 2024 ?', 'brenay-fibre.txt', '430 réclamations'],
    // A measure asked by its adjective: "combien de haut", "how tall" ask the height.
    ['le pylône de Fontbrune fait combien de haut ?', 'fontbrune-pylone.txt', 'haut de 42 mètres'],
    // A heading of a few words that gives the figure asked beside its measure is the answer.
    ['Quelle est la hauteur du pylône de Sauveterre ?', 'sauveterre-pylone.txt', '38 mètres de haut'],
    ['How tall is the Fontbrune mast?', 'fontbrune-pylone.txt', 'haut de 42 mètres'],
    // "Qui est X ?" asks the role said beside X, not another name of the page.
    ['Qui est Valérie Simonet ?', 'creuse-thd.md', 'présidente du Conseil départemental'],
    // …or opening the sentence after the one that names X, read with it.
    ['qui est Martine Roux ?', 'haut-lignon-inclusion.html', 'explique Martine Roux. La vice-présidente chargée des solidarités'],
    // "Free" is first "gratuit" in the field's English.
    ['Is the fibre connection free in Saint-Aulaire?', 'saint-aulaire-faq.html', 'Il est gratuit'],
    // A narrative names its town once; the sentences after it, under the same heading, stay there.
    ['Combien de bornes wifi couvrent le cœur de ville de Josselin ?', 'malestroit-wifi.txt', 'neuf bornes'],
    // A value in a table is what the header cell above it says.
    ['combien de prises raccordables dans le Haut-Allier ?', 'lozere-deploiement.html', 'Haut-Allier | 5 200 | 4 950'],
    ['quand finissent les travaux fibre dans les Gorges du Tarn ?', 'lozere-deploiement.html', 'Gorges du Tarn | 7 800 | 3 100 | fin 2025'],
    // The row says what its header says of it; a total said of four territories is not one's figure.
    ['combien de prises prévues dans le Mont Lozère ?', 'lozere-deploiement.html', 'Mont Lozère | 6 100'],
    ['prises prévues Mont Lozère', 'lozere-deploiement.html', 'Mont Lozère | 6 100'],
    // An open question's answer runs on into the next sentence: the sentence that names the subject is
    // quoted with the one that says what it is.
    ['Pourquoi le pylône de Lannevez reste-t-il hors service ?', 'plouharnel-pylone.txt', 'raccordement électrique aurait pris du retard'],
    ['Que fait le repair café de Vendôme ?', 'vendome-repair-cafe.txt', 'Les habitants y apportent ordinateurs portables'],
    // A person introduced with two offices holds the second too, beyond the first's complement.
    ['Lize Numérique, elle a quelle présidente ?', 'val-de-lize-open-data.txt', 'Claire Fabre'],
    ['la présidente de Lize Numériqe, c est qui ?', 'val-de-lize-open-data.txt', 'Claire Fabre'],
    // "c'était qui" asks who, as "c'est qui" does; a sous-préfet holds an office, as a préfet does.
    ["le sous-préfet au lancement du portail du val-de-lize, c'était qui ?", 'val-de-lize-open-data.txt', 'Paul Vidal'],
    // "à qui" asks whose: "propriété de…" says it, in none of the question's words.
    ['les ordis des CM2 du Val-de-Lize ils sont à qui ?', 'val-de-lize-ordinateurs.txt', 'appartiennent à la communauté de communes'],
    // "le SMIHS" says the syndicate the page spelled out once, bracketing its acronym.
    [
      'Quelle société le syndicat informatique du Haut-Sorre a-t-il choisie pour veiller sur ses réseaux ?',
      'haut-sorre-cyber.txt',
      'société lyonnaise Vigilnet',
    ],
    // A number that names nothing it counts ("sont au nombre de 14") counts what its sentence, saying the
    // rest of the question, is about: the relays the page says for the "bornes" asked.
    [
      'Combien de bornes Rochebrune a-t-elle posées sur le front de mer pour son internet gratuit ?',
      'lanvaux-fibre.txt',
      'au nombre de 14',
    ],
    // "hab." is how a page abbreviates the inhabitants asked for.
    ["Saint-Brélis, ça fait combien d'habitants ?", 'lanvaux-fibre.txt', '2 300 hab.'],
    ['Saint-Brélis nombre habitants', 'lanvaux-fibre.txt', '2 300 hab.'],
    // "le gouvernement" is the State a question names.
    ["Combien l'État a-t-il accordé au syndicat Kéops pour la vallée de Lanvaux ?", 'lanvaux-fibre.txt', '2,4 millions'],
  ])('%s', async (question, file, wanted) => {
    const answer = await engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.facts[0]?.source).toBe(`corpus/${file}`);
    expect(answer.facts[0]?.excerpt).toContain(wanted);
  });

  it('gives the web address of a portal asked for its address, beside the street its office is in', async () => {
    const answer = await engine.ask('adresse portail données val-de-lize');
    expect(answer.facts.some((f) => f.excerpt.includes('donnees.valdelize.fr'))).toBe(true);
  });

  it('answers "par quelle solution" with the sentence the next one names as "cette solution"', async () => {
    const fact = (await engine.ask('Avant le relais, par quelle solution Saint-Ferréol-de-Lhers captait-il le réseau ?')).facts[0]!;
    expect(fact.excerpt.startsWith("Jusqu'ici, le village ne captait le réseau que par un petit émetteur")).toBe(true);
    expect(fact.excerpt).not.toContain('Ondelia');
  });

  it('takes the value under the column the question asks for', async () => {
    const fact = (await engine.ask('combien de prises raccordables dans le Haut-Allier ?')).facts[0]!;
    expect(fact.answerSpan && fact.excerpt.slice(fact.answerSpan.start, fact.answerSpan.end)).toBe('4 950');
  });

  it('answers a question joining two places of two pages part by part, one fact each', async () => {
    const answer = await engine.ask('Qui a remporté le marché à Valmont-sur-Loire et qui déploie la fibre à Saint-Aulaire-sur-Lèze ?');
    expect(answer.answered).toBe(true);
    expect(answer.facts.map((f) => f.source)).toEqual(['corpus/valmont-eclairage.md', 'corpus/saint-aulaire-faq.html']);
    expect(answer.facts[0]?.excerpt).toContain('Lumenor–Citélec');
    expect(answer.facts[1]?.excerpt).toContain('Lèze Connect');
    // one part unanswered: the whole question is refused, not half answered, and the passage the part
    // that answers found is shown as the closest
    const half = await engine.ask('Combien de km de câble dans la vallée de l’Ourthe et à Saint-Aulaire ?');
    expect(half.answered).toBe(false);
    expect(half.facts[0]?.excerpt).toContain('214 kilomètres de câbles');
  });

  it('cites the front-matter and HTML metadata', async () => {
    const creuse = (await engine.ask('Combien de locaux seront raccordables en Creuse ?')).facts[0];
    expect(creuse).toMatchObject({
      title: 'La Creuse accélère le très haut débit',
      date: '2021-03-12',
      url: 'https://example.org/creuse-thd',
    });
    const lille = (await engine.ask('Qui est la maire de Roubaix ?')).facts[0];
    expect(lille).toMatchObject({ title: "Roubaix lance 12 espaces d'inclusion numérique", date: '2021-10-04' });
    expect(lille?.excerpt).not.toContain('ignore me');
  });

  // The release names a vice-présidente and a responsable, no président and no maire: a person
  // introduced with another office, or a name no sentence gives the office, does not hold it.
  it.each(['Qui est le président de Territoires Vendômois ?', 'Qui est le maire de Vendôme ?', 'Who is the mayor of Vendôme?'])(
    'refuses %s: nobody is said to hold that office',
    async (question) => {
      expect((await engine.ask(question)).answered).toBe(false);
    },
  );

  // The page gives a contract's amount and a saving, no salary (the thesaurus lists "salaire" with
  // "dépense"), and no delay.
  it.each([
    "Quel est le salaire de l'adjointe de Valmont-sur-Loire ?",
    "Quel est le délai de raccordement dans la vallée de l'Ourthe ?",
    // the company that maintains the screens is no brand of them
    'Quelle marque d’écrans la ville de Niort a-t-elle choisie pour ses classes ?',
    // the page says when the pylon went up and another operator's abandoned plan, not when it will work
    'Quand le pylône de Kerbihan sera-t-il mis en service ?',
    // after a heading, the page is back at its own town: the other one it told of is not the port's
    'Quand Josselin étendra-t-il son wifi au port de plaisance ?',
    // a rent is an amount, and the page gives none
    "Quel loyer annuel l'opérateur versera-t-il à la commune de Kerbréval pour l'antenne ?",
  ])('refuses %s: the page never says what is asked about', async (question) => {
    expect((await engine.ask(question)).answered).toBe(false);
  });

  // The page counts plugs and relays, things: none of its numbers counts the people asked.
  it.each([
    "Combien d'abonnés le syndicat Kéops compte-t-il dans la vallée de Lanvaux ?",
    'Combien de personnes utilisent le wifi gratuit du front de mer de Rochebrune ?',
  ])('refuses %s: a count of things is no count of people', async (question) => {
    expect((await engine.ask(question)).answered).toBe(false);
  });

  // "3 850 prises" counts plugs, however much of the question its sentence says.
  it.each([
    'Combien de pylônes le syndicat Kéops a-t-il construits dans la vallée de Lanvaux ?',
    "Combien d'écoles le syndicat Kéops a-t-il raccordées dans la vallée de Lanvaux ?",
  ])('refuses %s: a number before a noun of its own counts that noun', async (question) => {
    expect((await engine.ask(question)).answered).toBe(false);
  });

  it('cites a sentence once, though the excerpt of another fact already quotes it', async () => {
    const answer = await engine.ask("Qui a décroché le chantier dans la vallée de l'Ourthe ?");
    const excerpts = Array.from(answer.facts, (f) => f.excerpt);
    expect(excerpts[0]).toContain('Soléane Réseaux');
    expect(excerpts.filter((e, i) => excerpts.some((other, j) => j !== i && other.includes(e)))).toEqual([]);
  });

  it("does not answer about one place with another place's facts", async () => {
    const answer = await engine.ask('Combien de techniciens travaillent sur la fibre à Roubaix ?');
    for (const fact of answer.facts) expect(fact.source).not.toBe('corpus/creuse-thd.md');
  });
});

describe('a conversation: follow-ups read with the questions before them', () => {
  it('answers the third question of a thread right only with the first two as context', async () => {
    const turns = ['Combien de conseillers numériques à Roubaix ?', 'Qui est la maire ?', "Et quand a eu lieu l'inauguration ?"];
    const context: Array<{ question: string }> = [];
    const answers = [];
    for (const question of turns) {
      answers.push(await engine.ask(question, { context }));
      context.push({ question });
    }
    expect(answers.map((a) => a.facts[0]?.source)).toEqual(Array(3).fill('corpus/roubaix-inclusion.html'));
    expect(answers[1]?.facts[0]?.excerpt).toContain('Agnès Delattre');
    expect(answers[2]?.facts[0]?.excerpt).toContain('4 octobre 2021');
    // Alone, the second question is about any mayor of the corpus.
    expect((await engine.ask(turns[1]!)).facts[0]?.source).not.toBe('corpus/roubaix-inclusion.html');
  });

  it('reads a follow-up that names its own subject alone', async () => {
    const answer = await engine.ask('Combien de techniciens travaillent en Creuse ?', {
      context: [{ question: 'Qui est la maire de Roubaix ?' }],
    });
    expect(answer.facts[0]?.source).toBe('corpus/creuse-thd.md');
  });
});
