// QuestionAnswerer alone, on a small in-memory backend (inMemoryBackend.ts) holding three press
// releases written for this file: what it answers, what it refuses and why, in French and English.
import { describe, expect, it } from 'vitest';
import { QuestionAnswerer } from '../../../src/engine/answer/answerQuestion.ts';
import { bundledLanguageResources } from '../../../src/engine/language/languageResources.ts';
import type { CorpusDocument } from '../../../src/engine/types.ts';
import { InMemoryBackend } from './inMemoryBackend.ts';

const release = (file: string, title: string, date: string, blocks: string[]): CorpusDocument => ({
  source: `essai/${file}`,
  file,
  title,
  date,
  tags: [],
  blocks,
});

const CORPUS: CorpusDocument[] = [
  release('varenne-fibre.txt', 'La fibre arrive dans les Monts de Varenne', '2023-03-14', [
    'Le syndicat mixte des Monts de Varenne a raccordé 3 412 prises à la fibre optique en 2022.',
    'Les travaux ont coûté 7,5 millions d’euros, financés par le département et la région.',
    'Le chantier a été confié à l’entreprise Réseaux du Causse, retenue après un appel d’offres.',
  ]),
  release('sorbiere-inclusion.txt', 'Val-Sorbière ouvre trois ateliers numériques', '2022-10-02', [
    'La commune de Val-Sorbière ouvre trois ateliers d’inclusion numérique à la médiathèque.',
    'Agnès Marquet, adjointe au maire chargée du numérique, anime le premier atelier le 5 novembre 2022.',
  ]),
  release('brague-capteurs.txt', 'Brague installe des capteurs de stationnement', '2021-06-21', [
    'La ville de Brague installe 240 capteurs de stationnement connectés dans son centre.',
    'Le dispositif doit réduire de moitié le temps passé à chercher une place.',
  ]),
  release('armor-salon.txt', 'Salon du numérique d’Armor 2025 : le bilan', '2025-10-20', [
    'Trois jours de conférences à Saint-Brieuc',
    'Les ateliers sur la cybersécurité des mairies ont affiché complet dès le premier matin.',
    'Les élus ont aussi visité les stands des start-up du territoire.',
    'Les chiffres',
    'Les organisateurs ont dressé le bilan à la clôture : 3 100 visiteurs et 85 exposants.',
    'La prochaine édition se tiendra en octobre à Lannion.',
  ]),
];

/** An answerer over the given releases alone. */
const answererOf = (documents: CorpusDocument[]) => new QuestionAnswerer(new InMemoryBackend(documents), bundledLanguageResources());

const answerer = answererOf(CORPUS);

describe('QuestionAnswerer on an in-memory backend', () => {
  it('counts the lines of a fibre network by its plugs ("lignes", "prises": one thing in the trade)', async () => {
    const sorrac = answererOf([
      release('sorrac-fibre.txt', 'Le syndicat Kéops achève la fibre à Sorrac', '2024-02-12', [
        'Le syndicat Kéops a terminé son chantier dans la vallée de Sorrac au mois de janvier.',
        'À Sorrac, Kéops a installé 4 200 prises optiques, pour un coût de 3 millions d’euros.',
      ]),
    ]);
    const answer = await sorrac.answer('Combien de lignes Kéops a-t-il posées à Sorrac ?');
    expect(answer.answered).toBe(true);
    expect(answer.facts[0]?.excerpt).toContain('4 200 prises');
  });

  it("reads the documents that name the question's place when those its other words find never do", async () => {
    const towns = ['Brélis', 'Vernay', 'Syelor', 'Rochebrune', 'Lanvaux', 'Sorrac', 'Kéops', 'Vernaix', 'Syvern'];
    const attacks = Array.from(towns, (town, i) =>
      release(`attaque-${i}.txt`, `Rançongiciel à ${town}`, '2031-03-01', [
        `Un rançongiciel a paralysé le serveur de messagerie de la mairie de ${town}.`,
      ]),
    );
    const fillers = Array.from({ length: 40 }, (_, i) =>
      release(`atelier-${i}.txt`, `Atelier numérique n° ${i}`, '2031-01-10', [`Le bus numérique passe au hameau ${i} pour un atelier.`]),
    );
    const lanvel = release('lanvel-piratage.txt', 'Lanvel : les services municipaux piratés', '2031-04-02', [
      'Les services de Lanvel ont été piratés le 3 mars 2031, a confirmé le maire.',
    ]);
    const question = 'Quand le rançongiciel a-t-il paralysé le serveur de messagerie de la mairie de Lanvel ?';
    const answer = await answererOf([...attacks, ...fillers, lanvel]).answer(question);
    expect(answer.facts[0]?.source).toContain('lanvel');
  });

  it('takes a year the title gives as said by the whole document (an edition, a plan)', async () => {
    const answer = await answerer.answer("Combien d'exposants au salon du numérique d'Armor 2025 ?");
    expect(answer).toMatchObject({ answered: true });
    expect(answer.facts[0]?.excerpt).toContain('85 exposants');
  });

  it('corrects a word spelt by ear ("kapteurs": another first letter, the same sound)', async () => {
    const answer = await answerer.answer('Combien de kapteurs de stationnement à Brague ?');
    expect(answer.answered).toBe(true);
    expect(answer.facts[0]?.excerpt).toContain('240 capteurs');
  });

  it('takes a word spelt by ear after "en" for that word, not for a place the corpus never mentions ("en retart")', async () => {
    // (no release here says "retard": the word cannot be corrected to a corpus word, only recognised)
    const answer = await answerer.answer('Combien ont coûté les travaux de fibre des Monts de Varenne livrés en retart ?');
    expect(answer.unanswered?.reason).not.toBe('unknown-terms');
    expect(answer.facts[0]?.excerpt).toContain('7,5 millions');
  });

  it('takes a verb the dictionary lacks after "pour" for a verb, not for a place the corpus never mentions ("pour candidater")', async () => {
    const answer = await answerer.answer('Combien de prises faut-il pour candidater dans les Monts de Varenne ?');
    expect(answer.unanswered?.reason).not.toBe('unknown-terms');
    expect(answer.facts[0]?.excerpt).toContain('3 412 prises');
  });

  it('gives the press contact a release names under "Contact presse :", with a mail address and a phone number', async () => {
    const contact = answererOf([
      release('vexin-contact.txt', 'Vexin Réseaux ouvre son centre de supervision', '2024-02-01', [
        'Vexin Réseaux a inauguré jeudi son centre de supervision, qui suit 12 000 prises du département.',
        'Le président de Vexin Réseaux, Marc Rivoallan, a salué « un outil au service des communes » devant la presse.',
        'Contact presse :',
        'Odile Marchetti odile.marchetti@vexin-reseaux.fr 06 00 00 00 00',
      ]),
    ]);
    const answer = await contact.answer('contact presse Vexin Réseaux');
    expect(answer.answered).toBe(true);
    expect(answer.facts[0]?.excerpt).toContain('Odile Marchetti');
  });

  it('answers the cost of a thing its release calls by another noun: only names veto an answer', async () => {
    // ("dispositif" is a word of the corpus, said by another release; this one says "les travaux")
    const answer = await answerer.answer('Quel est le coût total du dispositif de fibre des Monts de Varenne ?');
    expect(answer.answered).toBe(true);
    expect(answer.facts[0]?.excerpt).toContain('7,5 millions');
  });

  it('answers a count with the passage that gives it, cited', async () => {
    const answer = await answerer.answer('Combien de prises ont été raccordées à la fibre dans les Monts de Varenne ?');
    expect(answer).toMatchObject({ answered: true, language: 'fr' });
    expect(answer.facts[0]).toMatchObject({ source: 'essai/varenne-fibre.txt', date: '2023-03-14' });
    expect(answer.facts[0]?.excerpt).toContain('3 412 prises');
  });

  it('answers who, with the person named beside the role', async () => {
    const answer = await answerer.answer('Qui anime les ateliers numériques de Val-Sorbière ?');
    expect(answer.answered).toBe(true);
    expect(answer.facts[0]?.source).toBe('essai/sorbiere-inclusion.txt');
    expect(answer.facts[0]?.excerpt).toContain('Agnès Marquet');
  });

  it('highlights the words of the question in the excerpt', async () => {
    const answer = await answerer.answer('Combien de capteurs de stationnement à Brague ?');
    const fact = answer.facts[0];
    expect(fact?.excerpt).toContain('240 capteurs');
    const highlighted = (fact?.highlights ?? []).map((s) => fact?.excerpt.slice(s.start, s.end).toLowerCase());
    expect(highlighted).toEqual(expect.arrayContaining(['capteurs', 'stationnement']));
  });

  it('refuses a question naming what the corpus never mentions, and names it', async () => {
    const answer = await answerer.answer('Combien de prises ont été raccordées à Montauban ?');
    expect(answer.answered).toBe(false);
    expect(answer.unanswered).toMatchObject({ reason: 'unknown-terms' });
    expect(answer.unanswered?.missing).toContain('Montauban');
  });

  it('lists what a page says in its own words for an abstract category it never names ("quels avantages")', async () => {
    const answer = await answerer.answer('Quels avantages les capteurs de stationnement apportent-ils à Brague ?');
    expect(answer.answered).toBe(true);
    expect(answer.facts[0]?.excerpt).toContain('réduire de moitié');
    // a concrete category the corpus never names has no items in it
    const cows = await answerer.answer('Quelles vaches la ville de Brague a-t-elle installées ?');
    expect(cows).toMatchObject({ answered: false, unanswered: { reason: 'unknown-terms' } });
  });

  it('says there is nothing to search in a question of function words only', async () => {
    const answer = await answerer.answer('Qui est-ce que c’est ?');
    expect(answer).toMatchObject({ answered: false, facts: [], unanswered: { reason: 'no-terms' } });
  });

  it('reads an English question through its French words', async () => {
    const answer = await answerer.answer('How many parking sensors did Brague install?');
    expect(answer.language).toBe('en');
    expect(answer.answered).toBe(true);
    expect(answer.facts[0]?.source).toBe('essai/brague-capteurs.txt');
  });

  it('reads the question in the language it is given, without guessing again', async () => {
    const question = 'Combien de capteurs de stationnement à Brague ?';
    expect((await answerer.answer(question)).language).toBe('fr');
    expect((await answerer.answer(question, { locale: 'en' })).language).toBe('en');
  });

  it('lists the closest documents beside an answer, never the one it cites', async () => {
    const answer = await answerer.answer('Combien ont coûté les travaux de fibre dans les Monts de Varenne ?');
    expect(answer.answered).toBe(true);
    expect(answer.facts[0]?.excerpt).toContain('7,5 millions');
    expect(answer.related.map((r) => r.source)).not.toContain(answer.facts[0]?.source);
  });

  it('answers two questions typed as one clause by clause, one fact each, from two releases', async () => {
    const answer = await answerer.answer(
      'Combien de prises ont été raccordées dans les Monts de Varenne, et combien de capteurs la ville de Brague installe-t-elle ?',
    );
    expect(answer.answered).toBe(true);
    expect(Array.from(answer.facts, (f) => f.source)).toEqual(['essai/varenne-fibre.txt', 'essai/brague-capteurs.txt']);
  });
});

describe('QuestionAnswerer: the verb of an office asks who holds it', () => {
  const regie = answererOf([
    release('causse-regie.txt', 'La régie Causse Réseaux tient ses délais', '2024-02-12', [
      'Pour le maire de Saint-Aubin-des-Prés, Odile Marchetti, Marc Rivoallan, directeur de Causse Réseaux, a tenu les délais du chantier.',
      'Les 1 200 prises du bourg seront ouvertes à la commercialisation en avril.',
    ]),
  ]);

  it.each(['Qui dirige Causse Réseaux ?', 'Who runs Causse Réseaux?'])(
    'names the director for "%s", not the mayor named first',
    async (q) => {
      const answer = await regie.answer(q);
      expect(answer).toMatchObject({ answered: true });
      expect(answer.facts[0]?.answerSpan).toBeDefined();
      const fact = answer.facts[0]!;
      expect(fact.excerpt.slice(fact.answerSpan!.start, fact.answerSpan!.end)).toBe('Marc Rivoallan');
    },
  );
});

describe("QuestionAnswerer: a year asked that is the page's own", () => {
  const arrete = answererOf([
    release('arrete-sites.txt', 'De nouveaux sites mobiles pour le plateau', '2021-09-27', [
      'Le secrétaire d’État a écrit au président du Département pour préciser le calendrier des nouveaux sites.',
      'La liste des communes concernées sera publiée au Journal officiel à l’automne.',
      'Le secrétaire d’État a signé l’arrêté qui impose aux opérateurs d’engager les travaux dans un délai maximal de 18 mois.',
      'Les élus saluent une avancée attendue par les habitants.',
      'Entre juillet 2018 et mai 2021, onze communes avaient déjà été retenues pour une antenne.',
    ]),
  ]);

  it('answers of a page dated that year, the year said nowhere near the answer', async () => {
    const answer = await arrete.answer("L'arrêté de 2021 laisse combien de temps aux opérateurs pour engager les travaux ?");
    expect(answer).toMatchObject({ answered: true });
    expect(answer.facts[0]?.excerpt).toContain('18 mois');
  });
});

describe('QuestionAnswerer: who says the fact asked', () => {
  // The speaker is named once, mid-page, far from the sentence that reports what he said.
  const conference = answererOf([
    release('conference-syndicat.txt', 'Le syndicat fait le point sur le réseau', '2024-03-12', [
      'Les travaux de la dernière tranche commenceront au printemps.',
      'Le réseau compte désormais plus de 40 000 prises raccordables.',
      'Trois communes attendent encore leur armoire de rue.',
      'Les entreprises du chantier ont recruté une trentaine de techniciens.',
      'Un nouveau local technique sera construit près de la gare.',
      'Claude Morel, président du syndicat Syvern, a tenu mardi sa conférence de presse annuelle à Sorrac.',
      'Les abonnés de la première heure ont reçu une lettre d’information.',
      'Les habitants pourront suivre l’avancement sur une carte en ligne.',
      'Une réunion publique aura lieu en juin dans chaque canton.',
      'La carte des zones couvertes est mise à jour chaque mois.',
      'Les écoles seront raccordées en priorité.',
      'Les zones d’activités suivront à l’automne.',
      'Les pannes signalées ont baissé de moitié en un an.',
      'Devant les élus, il a rappelé que l’opérateur verse 14 euros par ligne et par mois au syndicat.',
    ]),
  ]);

  it('answers from a sentence that does not name who says it, when the page does ("d’après X, …")', async () => {
    const answer = await conference.answer('D’après Claude Morel, combien l’opérateur verse-t-il par ligne au syndicat ?');
    expect(answer).toMatchObject({ answered: true });
    expect(answer.facts[0]?.excerpt).toContain('14 euros');
  });
});
