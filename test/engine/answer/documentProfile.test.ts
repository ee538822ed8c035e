// How a document says each concept of a question: a table row is about its own first cell.
import { describe, expect, it } from 'vitest';
import { analyzeFrenchTerms } from '../../../src/engine/analysis/analyzeFrench.ts';
import { around, profile } from '../../../src/engine/answer/documentProfile.ts';
import { scorePassages } from '../../../src/engine/answer/scorePassages.ts';
import type { DocumentView } from '../../../src/engine/answer/gatherCandidates.ts';
import { alternative, queryConcept } from '../../../src/engine/answer/readQuestion.ts';
import type { ResolvedConcept } from '../../../src/engine/answer/resolveConcepts.ts';

// A title, a sentence, then a table: a header row and one row per site.
const LINES: Array<[kind: 'title' | 'sentence', text: string, contextId: number]> = [
  ['title', 'Couverture mobile : le pylône de Lestrade mis en service', -1],
  ['sentence', 'Le pylône de Lestrade diffuse la 4G depuis le 24 septembre.', 0],
  ['sentence', 'Site | Hauteur | Avancement', 1],
  ['sentence', 'Bessac | 30 m | Travaux en cours', 2],
  ['sentence', 'Lestrade | 38 m | En service', 2],
  ['sentence', 'Carnac | 45 m | Permis déposé', 2],
];

function view(lines = LINES): DocumentView {
  const passages = lines.map(([kind, text, contextId], id) => ({
    passage: { id, doc: 0, kind, text, context: contextId >= 0 ? lines[contextId]![1] : '', contextId },
    terms: new Set(analyzeFrenchTerms(text)),
  }));
  const document = { source: 'essai/lestrade.html', file: 'lestrade.html', title: lines[0]![1], tags: [], firstPassage: 0 };
  return { doc: 0, document, passages } as unknown as DocumentView;
}

/** A concept of the question, said one way, present in the corpus. */
const resolved = (label: string, kind: 'name' | 'content', marks: { placed?: boolean } = {}): ResolvedConcept => {
  const terms = analyzeFrenchTerms(label);
  return {
    concept: queryConcept(label, kind, [alternative(terms, 1)], marks),
    alternatives: [alternative(terms, 1)],
    weight: 1,
    present: true,
  };
};
const name = (label: string) => resolved(label, 'name');
const word = (label: string) => resolved(label, 'content');

describe('profile', () => {
  it('marks the rows under a header row, and gives a row only its header around it', () => {
    const p = profile(view(), [name('Lestrade')]);
    expect(Array.from(p.rows)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(around(p, 3)).toEqual([2]);
    expect(new Set(around(p, 1))).toEqual(new Set([0, 2]));
  });
});

describe('the places a page is about', () => {
  const placed = (label: string) => resolved(label, 'name', { placed: true });
  const page = (listing: string): typeof LINES => [
    ['title', 'La fibre avance dans le canton', -1],
    ['sentence', 'Le syndicat départemental poursuit le déploiement de la fibre optique.', 0],
    ['sentence', 'Les travaux ont commencé au printemps, avec deux mois de retard.', 0],
    ['sentence', 'Un nœud de raccordement optique a été posé sur le parking du stade.', 0],
    ['sentence', listing, 0],
    ['sentence', 'Le local est installé à l’angle ouest du parking.', 0],
  ];

  it('takes a place listed once, in a sentence whose demonstrative names what the sentence before said, for its subject', () => {
    const said = profile(view(page('Cet équipement desservira quatre communes : Vernay, Brélis, Montcorin et Sabrac.')), [
      placed('Brélis'),
      word('parking'),
    ]);
    expect(said.subject[0]).toBe(1);
    // a list in a sentence of its own names places in passing
    const listed = profile(view(page('Le réseau desservira quatre communes : Vernay, Brélis, Montcorin et Sabrac.')), [
      placed('Brélis'),
      word('parking'),
    ]);
    expect(listed.subject[0]).toBe(0);
  });

  it('takes the town whose services speak on the page for its subject, though the page names it once', () => {
    const speaker = (said: string) =>
      profile(view(page(`« Les habitants attendaient ce réseau depuis longtemps », souligne Anne Roux, ${said}.`)), [
        placed('Brélis'),
        word('parking'),
      ]).subject[0];
    expect(speaker('responsable du service jeunesse à la ville de Brélis')).toBe(1);
    // a town said otherwise, once, is still said in passing
    expect(speaker('venue de Brélis pour l’occasion')).toBe(0);
  });

  it('takes the place of the body a page names in full once and by its capitalised noun after that for its subject', () => {
    const lines = (noun: string): typeof LINES => [
      ['title', 'Un plan numérique pour les lycées', -1],
      ['sentence', 'Chaque lycéen recevra un ordinateur portable à la rentrée prochaine.', 0],
      ['sentence', 'Les enseignants suivront une formation au mois de juin.', 0],
      ['sentence', 'Les familles pourront signaler une panne sur un portail dédié.', 0],
      ['sentence', 'Le plan a été voté jeudi par les élus de la Région de Rochebrune.', 0],
      ['sentence', `${noun} financera aussi le câblage des salles de classe.`, 0],
      ['sentence', `${noun} a commandé douze mille housses de protection.`, 0],
    ];
    expect(profile(view(lines('La Région')), [placed('Rochebrune'), word('housses')]).subject[0]).toBe(1);
    // a page that never names the body again names its place in passing
    expect(profile(view(lines('Le rectorat')), [placed('Rochebrune'), word('housses')]).subject[0]).toBe(0);
  });

  it('does not take a place for the subject where the page goes through places, each opening its own sentence', () => {
    const lines: typeof LINES = [
      ['title', 'Fin du téléphone par le cuivre : les communes de la deuxième vague', -1],
      ['sentence', 'L’opérateur poursuit la fermeture de son ancien réseau téléphonique.', 0],
      ['sentence', 'Les abonnés doivent passer à la fibre avant la date de fermeture.', 0],
      ['sentence', 'Les entreprises sont accompagnées par la chambre de commerce.', 0],
      ['sentence', 'Dans le Tarn, onze communes perdront le cuivre au printemps.', 0],
      ['sentence', 'Dans l’Aube, seule la commune de Brélis perdra le cuivre au printemps.', 0],
    ];
    expect(profile(view(lines), [placed('Aube'), word('printemps')]).subject[0]).toBe(0);
    // a page on one place opens on it without going through others
    const one: typeof LINES = [...lines.slice(0, 4), lines[5]!, ['sentence', 'Les abonnés ont été prévenus par courrier.', 0]];
    expect(profile(view(one), [placed('Aube'), word('printemps')]).subject[0]).toBe(1);
  });
});

describe('names said inside longer ones', () => {
  const said = (text: string, ...concepts: ResolvedConcept[]) =>
    profile(
      view([
        ['title', 'Le réseau avance', -1],
        ['sentence', text, 0],
      ]),
      concepts,
    ).own[1]![0];

  it('does not take a name for said where it is only the end of a longer one ("Haute-Sorrac" is not "Sorrac")', () => {
    expect(said('Trois villages perdent le cuivre en Haute-Sorrac.', name('Sorrac'))).toBe(0);
    expect(said('Trois villages perdent le cuivre en Haute-Sorrac et à Sorrac.', name('Sorrac'))).toBe(1);
    // acronyms joined by a hyphen name two things: the Syvern is said in "le CTA-Syvern"
    expect(said('Les appels arrivent au CTA-Syvern depuis mai.', name('Syvern'))).toBe(1);
  });

  it('takes the first word of a longer name for it said short, and a name typed in two words for it', () => {
    expect(said('Le pylône de Kéops-sur-Aube est en service.', name('Kéops'))).toBe(1);
    expect(said('Le pylône de Saint-Vernay est en service.', name('Vernay'), word('st'))).toBe(1);
  });
});

describe('the subject of a news page', () => {
  it('takes a name of the first sentence after the standfirst for what the page is about', () => {
    const lines: Array<[kind: 'title' | 'sentence', text: string, contextId: number]> = [
      ['title', 'L’opérateur revient à la charge avec un nouveau projet d’antenne', -1],
      ['sentence', 'Après un premier refus, l’opérateur propose un autre emplacement pour son pylône.', 0],
      ['sentence', 'La municipalité ne s’y oppose pas, mais pose ses conditions.', 0],
      ['sentence', 'Le premier projet, au lieu-dit des Combes, avait soulevé la colère des riverains de Saint-Girons.', 0],
      ['sentence', 'Le nouveau site se trouve dans la zone artisanale, à un kilomètre des maisons.', 0],
      ['sentence', '« Nous voulons une mesure des ondes avant les travaux », explique l’adjointe à l’urbanisme.', 0],
    ];
    expect(profile(view(lines), [name('Saint-Girons')]).subject[0]).toBe(1);
  });
});

describe('a table row in scorePassages', () => {
  it('does not take the place the page is about for every row: a row is about its first cell', () => {
    const scored = scorePassages([view()], [name('Lestrade')], { answerType: 'other', questionTerms: new Set(['lestrad']) }, 0.85);
    const coverage = (text: string) => scored.find((s) => s.passage.text === text)!.coverage;
    expect(coverage('Bessac | 30 m | Travaux en cours')).toBeLessThan(0.6);
    expect(coverage('Lestrade | 38 m | En service')).toBe(1);
  });

  it('keeps the place of the page for the rows of a table that names no place (a budget by item)', () => {
    const budget: typeof LINES = [
      ['title', 'Lestrade équipe ses écoles en tablettes', -1],
      ['sentence', 'Le plan numérique de Lestrade coûte 4,2 M€ sur trois ans.', 0],
      ['sentence', 'Poste | Montant', 1],
      ['sentence', 'Tablettes | 2,9 M€', 2],
      ['sentence', 'Maintenance | 1,3 M€', 2],
    ];
    const scored = scorePassages([view(budget)], [name('Lestrade')], { answerType: 'other', questionTerms: new Set(['lestrad']) }, 0.85);
    expect(scored.find((s) => s.passage.text === 'Maintenance | 1,3 M€')!.coverage).toBeGreaterThan(0.85);
  });
});

describe('a sentence that opens on a demonstrative in scorePassages', () => {
  const lines: typeof LINES = [
    ['title', 'Kerbréval : les travaux de la nouvelle antenne', -1],
    ['sentence', 'Le pylône en treillis a été livré en quatre tronçons par hélicoptère.', 0],
    ['sentence', 'Celui-ci, haut de 36 mètres, porte les antennes des quatre opérateurs.', 1],
  ];
  const coverage = (text: string) =>
    scorePassages([view(lines)], [word('pylône')], { answerType: 'other', questionTerms: new Set(['pylon']) }, 0.85).find(
      (s) => s.passage.text === text,
    )!.coverage;

  it('says the thing the sentence before names almost as if it said it ("Celui-ci" for the pylon)', () => {
    expect(coverage('Celui-ci, haut de 36 mètres, porte les antennes des quatre opérateurs.')).toBeGreaterThanOrEqual(0.9);
  });

  it('does not take the verb a question asks about as said by a sentence that leans on the one before, when only the one after says it', () => {
    const verb: ResolvedConcept = {
      ...word('prévoit'),
      concept: queryConcept('prévoit', 'verb', [alternative(['prevoir'], 1)], { focus: 'passage', verbal: true }),
    };
    const lines3: typeof LINES = [
      ['title', 'Le contrat de délégation du Haut-Sorbiac', -1],
      ['sentence', 'Le syndicat a signé un contrat de délégation de vingt ans.', 0],
      ['sentence', 'Ces travaux seront menés par tranches annuelles.', 1],
      ['sentence', 'Le contrat prévoit aussi des pénalités de retard.', 2],
    ];
    const scored = scorePassages(
      [view(lines3)],
      [verb, word('contrat')],
      { answerType: 'other', questionTerms: new Set(['prevoir', 'contrat']) },
      0.85,
    );
    expect(scored.find((s) => s.passage.text.startsWith('Ces'))!.focusFound).toBe(false);
    expect(scored.find((s) => s.passage.text.startsWith('Le contrat'))!.focusFound).toBe(true);
  });

  it('takes a shell noun asked ("quel effet") as said by a sentence that says it in its own words, a concrete noun not', () => {
    const focused = (label: string): ResolvedConcept => {
      const terms = analyzeFrenchTerms(label);
      return { ...word(label), concept: queryConcept(label, 'content', [alternative(terms, 1)], { focus: 'passage' }) };
    };
    const lines4: typeof LINES = [
      ['title', 'Le nouveau tarif du réseau de Sorrac', -1],
      ['sentence', 'Le nouveau tarif a eu un effet sur les abonnements.', 0],
      ['sentence', 'Les souscriptions ont doublé en un an au nord de Sorrac.', 1],
    ];
    const focusOf = (label: string) =>
      scorePassages([view(lines4)], [focused(label), word('tarif')], { answerType: 'other', questionTerms: new Set(['tarif']) }, 0.85).find(
        (s) => s.passage.text.startsWith('Les souscriptions'),
      )!.focusFound;
    expect(focusOf('effet')).toBe(true);
    expect(focusOf('abonnements')).toBe(false);
  });

  it('says the figures the sentence before gives of it too ("les 12 sites… Il s\'agit de relais 4G")', () => {
    const figure = (label: string): ResolvedConcept => ({
      ...word(label),
      concept: queryConcept(label, 'figure', [alternative([label], 1)]),
    });
    const sites: typeof LINES = [
      ['title', 'Couverture mobile : le plan du Haut-Sorbiac', -1],
      ['sentence', 'Par arrêté du 3 mai, 12 nouveaux sites seront construits.', 0],
      ['sentence', "Il s'agit de relais 4G installés sur des mâts existants.", 1],
    ];
    const scored = scorePassages(
      [view(sites)],
      [figure('12'), word('sites')],
      { answerType: 'other', questionTerms: new Set(['12', 'sit']) },
      0.85,
    );
    expect(scored.find((s) => s.passage.text.startsWith('Il'))!.coverage).toBeGreaterThanOrEqual(0.9);
  });
});

describe('around', () => {
  // A page heading above the text, then a section heading below the first sentence, over three sentences.
  const SECTIONS: Array<[kind: 'title' | 'heading' | 'sentence', text: string, contextId: number]> = [
    ['title', 'Inclusion numérique : un camion pour les villages du Ségala', -1],
    ['heading', 'Inclusion numérique : un camion pour les villages du Ségala', -1],
    ['sentence', 'Le Département renforce son offre de médiation numérique.', 1],
    ['heading', 'Un camion équipé de six postes', 2],
    ['sentence', 'Depuis mars, un véhicule aménagé sillonne les villages du plateau.', 3],
    ['sentence', 'Il stationne une matinée par mois devant chaque mairie.', 4],
    ['sentence', 'Son aménagement a coûté 190 000 euros.', 5],
  ];

  it('reads a sentence with the heading of its section, however far down the section it is', () => {
    const p = profile(view(SECTIONS as never), [name('camion')]);
    expect(around(p, 6)).toContain(3);
  });

  it('does not take the heading above the first sentence for a section heading: it heads the page', () => {
    // The same page without its section heading.
    const page = SECTIONS.slice(0, 3);
    const lines = [
      ...page,
      ['sentence', 'Il stationne une matinée par mois devant chaque mairie.', 2],
      ['sentence', 'Son aménagement a coûté 190 000 euros.', 3],
    ];
    const p = profile(view(lines as never), [name('camion')]);
    expect(around(p, 4)).not.toContain(1);
  });
});

describe('a name said again by the noun it was introduced with', () => {
  const page: typeof LINES = [
    ['title', 'Cyberattaque : la mairie de Sorlac paralysée', -1],
    ['sentence', 'Les serveurs de la mairie ont été chiffrés dans la nuit de dimanche à lundi.', 0],
    ['sentence', 'Pour le maire, qui a porté plainte, pas question de payer la rançon.', 0],
    ['sentence', 'Les services de l’état civil fonctionnent de nouveau sur papier.', 0],
    ['sentence', '« Nous serons assurés », explique Paul Vernet, maire de Sorlac depuis 2020.', 0],
    ['sentence', 'Le maire de Brécy, commune voisine, a proposé son aide.', 0],
  ];
  const own = (text: string, p = profile(view(page), [name('Paul Vernet')])) => p.own[page.findIndex((l) => l[1] === text)]![0];

  it('counts the name where the page calls him "le maire", even before he is named', () => {
    expect(own('Pour le maire, qui a porté plainte, pas question de payer la rançon.')).toBeCloseTo(0.8);
    expect(own('« Nous serons assurés », explique Paul Vernet, maire de Sorlac depuis 2020.')).toBe(1);
  });

  it('not where a complement says which one ("le maire de Brécy"), nor where no noun of his is said', () => {
    expect(own('Le maire de Brécy, commune voisine, a proposé son aide.')).toBe(0);
    expect(own('Les services de l’état civil fonctionnent de nouveau sur papier.')).toBe(0);
  });
});

describe('a public body said again by its common noun', () => {
  it('counts "Vallon Numérique" where the page says "le syndicat" it was introduced as', () => {
    const page: typeof LINES = [
      ['title', 'Fibre : 12 000 prises de plus en 2025', -1],
      ['sentence', 'Le syndicat Vallon Numérique a signé lundi avec l’opérateur Covéa Réseaux.', 0],
      ['sentence', 'Les travaux commenceront en mars dans les communes du nord du département.', 0],
      ['sentence', 'Le syndicat prévoit 12 000 prises raccordables d’ici à la fin de l’année.', 0],
    ];
    const p = profile(view(page), [name('Vallon Numérique')]);
    expect(p.own[3]![0]).toBeCloseTo(0.8);
  });
});
