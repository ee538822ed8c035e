// Cutting press releases into passages: one sentence each, with the sentence before or the heading above
// as context. Texts are taken from the corpus.
import { describe, expect, it } from 'vitest';
import { splitPassages, splitSentences } from '../../../src/engine/search/splitPassages.ts';
import type { CorpusDocument } from '../../../src/engine/types.ts';

const doc = (blocks: string[], extra: Partial<CorpusDocument> = {}): CorpusDocument => ({
  source: 'corpus/003_b0a59d27816c901e.txt',
  file: '003_b0a59d27816c901e.txt',
  title: 'La Manche signe un partenariat historique avec la ville de Séoul',
  tags: [],
  blocks,
  ...extra,
});

describe('splitSentences', () => {
  it.each<[string, string[]]>([
    [
      "Pour rappel, le département dispose d'un des réseaux en fibre optique les plus denses de France. De plus, 99.96% de la population a la possibilité d'accès au haut débit grâce aux réseaux ADSL et Wi-Fi. De plus, la politique de développement des usages du numérique attire particulièrement l'attention de regards extérieurs.",
      [
        "Pour rappel, le département dispose d'un des réseaux en fibre optique les plus denses de France.",
        "De plus, 99.96% de la population a la possibilité d'accès au haut débit grâce aux réseaux ADSL et Wi-Fi.",
        "De plus, la politique de développement des usages du numérique attire particulièrement l'attention de regards extérieurs.",
      ],
    ],
    // "Mme." and "M." do not end a sentence
    [
      "Pour conclure ce partenariat, la Manche accueillera deux « émissaires » coréens du 17 au 19 juin : Mme. Jung-Hee Song, Maire-adjoint de l'agglomération de Séoul et Mme. Kim Jeeyoung, responsable des relations internationales.",
      [
        "Pour conclure ce partenariat, la Manche accueillera deux « émissaires » coréens du 17 au 19 juin : Mme. Jung-Hee Song, Maire-adjoint de l'agglomération de Séoul et Mme. Kim Jeeyoung, responsable des relations internationales.",
      ],
    ],
    [
      'Le projet est porté par M. Laguerre, maire de Fort-de-France. Il vise la cohésion sociale.',
      ['Le projet est porté par M. Laguerre, maire de Fort-de-France.', 'Il vise la cohésion sociale.'],
    ],
    // an initial ("J. Barré") does not end a sentence either
    ['La visite de J. Barré a eu lieu vendredi. Elle fut un succès.', ['La visite de J. Barré a eu lieu vendredi.', 'Elle fut un succès.']],
    // a decimal point, a closing quote, a question
    [
      '« En 10 ans, nous avons fait construire plus de 70 000m² de bureaux.» Aujourd’hui, elles accueillent 450 start-ups.',
      ['« En 10 ans, nous avons fait construire plus de 70 000m² de bureaux.»', 'Aujourd’hui, elles accueillent 450 start-ups.'],
    ],
    [
      'Grâce au fonds Paris innovation amorçage (15,5 millions d’euros dépensés depuis sa création). Un quartier du numérique sera érigé.',
      [
        'Grâce au fonds Paris innovation amorçage (15,5 millions d’euros dépensés depuis sa création).',
        'Un quartier du numérique sera érigé.',
      ],
    ],
    [
      "Ubiquitous-city, de quoi s'agit-il ? Il s'agit d'un cercle fermé mondial.",
      ["Ubiquitous-city, de quoi s'agit-il ?", "Il s'agit d'un cercle fermé mondial."],
    ],
    // a sentence followed by a lowercase word does not end there
    [
      'On citera la réalisation de plate-forme de services... ou encore la dématérialisation des ports.',
      ['On citera la réalisation de plate-forme de services... ou encore la dématérialisation des ports.'],
    ],
    // points of suspension before a figure hold the sentence in suspense; a full stop before one ends it
    [
      'Cette année, des stagiaires de 19 à… 62 ans ont suivi la formation. Ils sont 14 sur le site. 9 ont trouvé un emploi.',
      ['Cette année, des stagiaires de 19 à… 62 ans ont suivi la formation.', 'Ils sont 14 sur le site.', '9 ont trouvé un emploi.'],
    ],
    ['Le chantier a duré... 3 ans au lieu de deux.', ['Le chantier a duré... 3 ans au lieu de deux.']],
  ])('%s', (block, sentences) => {
    expect(splitSentences(block)).toEqual(sentences);
  });
});

// Engine bug (see report): French typography puts a space before the closing guillemet (". »"). SENTENCE_END
// only allows the quote right after the period (".»"), so ". » Tout…" never ends a sentence and two sentences
// become one passage. The corpus has a block where this would bite if its lines were joined (001, lines 13-14).
it('splits after a period followed by a spaced closing guillemet (". » Tout en précisant")', () => {
  expect(
    splitSentences(
      '« Mais notre ambition pour mars 2014 est d’aménager 30000 m² de plus pour héberger 700 entreprises au total. » Tout en précisant : « Les moyens alloués varient. »',
    ),
  ).toEqual([
    '« Mais notre ambition pour mars 2014 est d’aménager 30000 m² de plus pour héberger 700 entreprises au total. »',
    'Tout en précisant : « Les moyens alloués varient. »',
  ]);
});

describe('splitPassages', () => {
  it('starts with the title, then one passage per sentence with the sentence before as context', () => {
    const passages = splitPassages(
      doc([
        "Pour rappel, le département dispose d'un des réseaux en fibre optique les plus denses de France. De plus, 99.96% de la population a la possibilité d'accès au haut débit grâce aux réseaux ADSL et Wi-Fi.",
      ]),
      3,
      10,
    );
    expect(passages).toHaveLength(3);
    expect(passages).toMatchObject([
      { id: 10, doc: 3, kind: 'title', text: 'La Manche signe un partenariat historique avec la ville de Séoul', context: '' },
      {
        id: 11,
        doc: 3,
        kind: 'sentence',
        text: "Pour rappel, le département dispose d'un des réseaux en fibre optique les plus denses de France.",
        context: '',
      },
      {
        id: 12,
        doc: 3,
        kind: 'sentence',
        text: "De plus, 99.96% de la population a la possibilité d'accès au haut débit grâce aux réseaux ADSL et Wi-Fi.",
        context: "Pour rappel, le département dispose d'un des réseaux en fibre optique les plus denses de France.",
      },
    ]);
  });

  it('makes short unpunctuated blocks and questions headings, and gives them as context to what follows; a list item hangs from the line that opens its list', () => {
    const passages = splitPassages(
      doc([
        "Ubiquitous-city, de quoi s'agit-il ?",
        "Il s'agit d'un cercle fermé mondial qui regroupe les territoires les plus avancés en matière de nouvelles technologies.",
        'En quoi consiste concrètement ce partenariat ?',
        "D'une durée de 2 ans, l'accord se déclinera en plusieurs points :",
        '3) Développer des projets qui se prêtent à un travail en commun',
      ]),
      0,
      0,
    );
    expect(passages.map((p) => [p.kind, p.text.slice(0, 30), p.context.slice(0, 30)])).toEqual([
      ['title', 'La Manche signe un partenariat', ''],
      ['heading', "Ubiquitous-city, de quoi s'agi", ''],
      ['sentence', "Il s'agit d'un cercle fermé mo", "Ubiquitous-city, de quoi s'agi"],
      ['heading', 'En quoi consiste concrètement ', "Ubiquitous-city, de quoi s'agi"],
      ['sentence', "D'une durée de 2 ans, l'accord", 'En quoi consiste concrètement '],
      ['sentence', 'Développer des projets qui se ', "D'une durée de 2 ans, l'accord"],
    ]);
  });

  it('gives every item of a list the line that opens it as context, without its bullet', () => {
    const passages = splitPassages(
      doc([
        'La convention prévoit trois chantiers :',
        '- le raccordement des écoles de la commune ;',
        '• la formation de deux médiateurs numériques ;',
        '2. une application de signalement des pannes.',
        "Le conseil municipal a voté le budget à l'unanimité.",
      ]),
      0,
      0,
    );
    expect(passages.slice(1).map((p) => [p.text.slice(0, 24), p.context.slice(0, 24)])).toEqual([
      ['La convention prévoit tr', ''],
      ['le raccordement des écol', 'La convention prévoit tr'],
      ['la formation de deux méd', 'La convention prévoit tr'],
      ['une application de signa', 'La convention prévoit tr'],
      ['Le conseil municipal a v', 'une application de signa'],
    ]);
  });

  it('leaves out captions that only name what the picture shows, "Lire aussi" lines and empty quotation marks', () => {
    const passages = splitPassages(
      doc([
        'Photo : le maire devant la médiathèque, le 3 mars.',
        'Photo : Julie Daubas (à droite), vue depuis le parvis, en partant.',
        '> Photo : atelier numérique à la mairie annexe.',
        'Lire aussi : les écoles bientôt raccordées',
        'La médiathèque de Privas, le jour de son ouverture. © Ville de Privas',
        '« Chaque foyer aura sa prise », promet la présidente du syndicat.«».',
      ]),
      0,
      0,
    );
    expect(passages.slice(1).map((p) => p.text)).toEqual(['« Chaque foyer aura sa prise », promet la présidente du syndicat.']);
  });

  it('keeps a caption that states what happened, without its credit', () => {
    const passages = splitPassages(
      doc(['Le préfet de la Lozère et la maire de Mende ont signé la convention © Radio Lozère - J. Roux']),
      0,
      0,
    );
    expect(passages.slice(1).map((p) => p.text)).toEqual(['Le préfet de la Lozère et la maire de Mende ont signé la convention']);
  });

  it('keeps a caption that says who someone is, a name with the office its person holds, without its credit', () => {
    const caption = 'Anne Vernay, présidente du syndicat Kéops, lors de l’inauguration du nœud de Lanvel.';
    const passages = splitPassages(
      doc([`${caption} © Ville de Lanvel`, 'Anne Vernay lors de l’inauguration du nœud de Lanvel. © Ville de Lanvel']),
      0,
      0,
    );
    expect(passages.slice(1).map((p) => p.text)).toEqual([caption]);
  });

  it('reads a caption after the credit that opens its line ("Crédit photo : Ville de Lanvel – …"), kept when it says something', () => {
    const caption = 'Visite du chantier avec Paul Brélis, directeur du syndicat Kéops.';
    const passages = splitPassages(
      doc([`Crédit photo : Ville de Lanvel – ${caption}`, 'Crédit photo : Ville de Lanvel – Le nœud de Lanvel, vu de la route.']),
      0,
      0,
    );
    expect(passages.slice(1).map((p) => p.text)).toEqual([caption]);
  });

  it('gives the title the names of its address that the page never says: the URL host, the file name', () => {
    const page = { ...doc(['La ville a ouvert son espace numérique.']), file: 'corpus/lanvel-espace-numerique.txt' };
    expect(splitPassages(page, 0, 0)[0]!.text).toMatch(/\(.*lanvel.*\)$/);
    expect(splitPassages(page, 0, 0)[0]!.text).not.toMatch(/numerique/);
    const site = { ...doc(['La ville a ouvert son espace numérique.']), url: 'https://www.mairie-sarlieu.fr/actualites/espace' };
    expect(splitPassages(site, 0, 0)[0]!.text).toMatch(/sarlieu/);
    expect(splitPassages(site, 0, 0)[0]!.text).not.toMatch(/mairie/);
  });

  it('gives the title a name of the file that the page says only far down, as a name, not a word said up front', () => {
    const blocks = [
      'La ville a ouvert son espace numérique.',
      'Les ateliers reprennent en septembre.',
      'Les bornes ont été posées par les services techniques de Lanvel.',
    ];
    const page = { ...doc(blocks), file: 'corpus/lanvel-espace-numerique.txt' };
    expect(splitPassages(page, 0, 0)[0]!.text).toMatch(/\(.*lanvel.*\)$/);
    // a name the page's lead says is its subject already
    const named = { ...doc(['Lanvel a ouvert son espace numérique.', ...blocks.slice(1)]), file: 'corpus/lanvel-espace-numerique.txt' };
    expect(splitPassages(named, 0, 0)[0]!.text).not.toMatch(/\(/);
    // nor is the first word of a line ("Contact presse :"), which has its capital for opening it
    const contact = { ...doc([...blocks.slice(0, 2), 'Contact presse :', 'Anne Vernay']), file: 'corpus/lanvel-contact.txt' };
    expect(splitPassages(contact, 0, 0)[0]!.text).not.toMatch(/contact/i);
  });

  it('keeps a "Photo :" caption that states a fact with a verb of its own, without its label and credit', () => {
    const passages = splitPassages(
      doc(['*Photo : le nouveau pylône de 38 mètres, installé près du stade, domine la vallée. © La Gazette / P. R.*']),
      0,
      0,
    );
    expect(passages.slice(1).map((p) => p.text)).toEqual(['le nouveau pylône de 38 mètres, installé près du stade, domine la vallée.']);
  });

  it('sets a place card that opens a paragraph apart from its first sentence ("[Sorrac (Vernay) 12 communes, 38 400 hab.]")', () => {
    const passages = splitPassages(
      doc([
        '[Sorrac Agglomération (Vernay) 12 communes, 38 400 hab.] Depuis un an, la filière a vendu 300 ordinateurs à quatre communes.',
        '[Sorrac, le 3 mai] La filière recrute.',
      ]),
      0,
      0,
    );
    const texts = Array.from(passages.slice(1), (p) => p.text);
    expect(texts).toContain('[Sorrac Agglomération (Vernay) 12 communes, 38 400 hab.]');
    expect(texts).toContain('Depuis un an, la filière a vendu 300 ordinateurs à quatre communes.');
    // brackets that are no place card stay with their sentence
    expect(texts.some((t) => t.startsWith('[Sorrac, le 3 mai]'))).toBe(true);
  });

  it("leaves out publication lines, with or without their byline or the breadcrumb before them, and a cutting's note", () => {
    const passages = splitPassages(
      doc([
        'Par Lucie Martin · Publié le 16/05/2024 à 07h30 · Mis à jour le 16/05/2024 à 09h12',
        'Publié le mardi 4 juin 2024',
        'Mis à jour le 5 juin 2024 à 10h',
        'Radio Causse | Société | Publié le 20/09/2021',
        '[Paru le 12/03/19 dans Le Courrier de Sorrac]',
        'Paru le 3 mars 2019 dans Le Petit Vernay.',
        'Par ailleurs, le syndicat a publié le calendrier des travaux le 3 juin.',
        'Le devis – publié le 2 juin – prévoit dix poteaux.',
        'Paru en 2019, le rapport du syndicat comptait dix poteaux.',
      ]),
      0,
      0,
    );
    expect(passages.slice(1).map((p) => p.text)).toEqual([
      'Par ailleurs, le syndicat a publié le calendrier des travaux le 3 juin.',
      'Le devis – publié le 2 juin – prévoit dix poteaux.',
      'Paru en 2019, le rapport du syndicat comptait dix poteaux.',
    ]);
  });

  it('splits sentences a page glued together ("en octobre.Les premiers…")', () => {
    expect(
      splitSentences('Les études démarrent en octobre.Les premiers abonnés suivront au printemps. Voir www.exemple.fr pour le détail.'),
    ).toEqual(['Les études démarrent en octobre.', 'Les premiers abonnés suivront au printemps.', 'Voir www.exemple.fr pour le détail.']);
  });

  it('splits sentences glued before an elided word ("au syndicat.C\'est lui…")', () => {
    expect(splitSentences("La gestion est confiée à la société Ondaline.C'est elle qui exploitera l'antenne.")).toEqual([
      'La gestion est confiée à la société Ondaline.',
      "C'est elle qui exploitera l'antenne.",
    ]);
  });

  it('reads a short line after a label ending in a colon as what the label introduces, not as a heading', () => {
    const passages = splitPassages(
      doc(['Le syndicat a voté le budget.', 'Contact presse :', 'Anne Roux 06 00 00 00 00', 'Les chiffres clés']),
      0,
      0,
    );
    expect(passages.slice(1).map((p) => [p.kind, p.text, p.context])).toEqual([
      ['sentence', 'Le syndicat a voté le budget.', ''],
      ['sentence', 'Contact presse :', 'Le syndicat a voté le budget.'],
      ['sentence', 'Anne Roux 06 00 00 00 00', 'Contact presse :'],
      ['heading', 'Les chiffres clés', ''],
    ]);
  });

  it('reads table rows as facts that follow on from the header row', () => {
    const passages = splitPassages(doc(['Commune | Prises raccordables', 'Privas | 4 200 prises', 'Aubenas | 6 100 prises']), 0, 0);
    expect(passages.slice(1).map((p) => [p.kind, p.text, p.context])).toEqual([
      ['sentence', 'Commune | Prises raccordables', ''],
      ['sentence', 'Privas | 4 200 prises', 'Commune | Prises raccordables'],
      ['sentence', 'Aubenas | 6 100 prises', 'Commune | Prises raccordables'],
    ]);
  });

  it('splits sentences glued after a year ("en 2021.Les…"), not decimals', () => {
    expect(splitSentences('Le réseau est exploité depuis 2021.Les opérateurs louent ses lignes. Le taux passe à 1.5 en 2022.')).toEqual([
      'Le réseau est exploité depuis 2021.',
      'Les opérateurs louent ses lignes.',
      'Le taux passe à 1.5 en 2022.',
    ]);
  });

  it('drops "(…)" and other passages without words', () => {
    const passages = splitPassages(
      doc([
        "« Les industriels sont là pour expliquer, accompagner et servir les collectivités territoriales. (…) Le CSF a pour ambition d'agir sur l'ensemble de l'écosystème. »",
        '« Je pense que nous avons fait une alliance extraordinaire. (…) ! »',
      ]),
      0,
      0,
    );
    const texts = passages.map((p) => p.text);
    expect(texts).not.toContain('(…)');
    expect(texts.every((t) => /\p{L}{2}/u.test(t))).toBe(true);
    expect(texts).toContain('« Les industriels sont là pour expliquer, accompagner et servir les collectivités territoriales.');
    expect(texts.some((t) => t.includes('Le CSF a pour ambition'))).toBe(true);
  });

  it('adds territory and tags to the title passage', () => {
    const [title] = splitPassages(doc(['Une phrase suffit.'], { territory: 'Manche', tags: ['international', 'smart city'] }), 0, 0);
    expect(title?.text).toBe('La Manche signe un partenariat historique avec la ville de Séoul (Manche · international · smart city)');
  });

  it('numbers passages consecutively from firstId', () => {
    const passages = splitPassages(doc(['Première phrase ici. Deuxième phrase là.', 'Troisième phrase enfin.']), 7, 40);
    expect(passages.map((p) => p.id)).toEqual([40, 41, 42, 43]);
    expect(new Set(passages.map((p) => p.doc))).toEqual(new Set([7]));
  });
});
