// Reading a question: its language, the kind of answer it wants, and the concepts to look for, each
// with its role (a name, a content word, a verb, the noun naming the kind of answer, a figure).
import { describe, expect, it } from 'vitest';
import { questionReadingResources } from '../../../src/engine/answer/answerQuestion.ts';
import { type QueryConcept, readQuestion } from '../../../src/engine/answer/readQuestion.ts';
import { bundledLanguageResources } from '../../../src/engine/language/languageResources.ts';
import { detectLocale } from '../../../src/engine/language/locale.ts';

const resources = questionReadingResources(bundledLanguageResources());
const read = (question: string) => readQuestion(question, resources);
const concept = (question: string, label: string): QueryConcept => {
  const found = read(question).concepts.find((c) => c.label === label);
  if (!found) throw new Error(`no concept "${label}" in ${JSON.stringify(read(question).concepts.map((c) => c.label))}`);
  return found;
};
const firstTerms = (question: string) => read(question).concepts.map((c) => c.alternatives[0]?.terms.join(' '));

describe('English frames', () => {
  it('reads "how long did it take" as asking a duration, not about taking; "most of" as "l\'essentiel"', () => {
    const question = 'How long did it take the town to get most of its services back?';
    expect(read(question).answerType).toBe('duration');
    expect(firstTerms(question)).not.toContain('prendr');
    expect(firstTerms(question)).toContain('essentiel');
  });
});

describe('language', () => {
  it.each<[string, 'fr' | 'en']>([
    ['Quand la Manche a-t-elle signé avec Séoul ?', 'fr'],
    ["Qu'est-ce que le FabLab Solidaire ?", 'fr'],
    ['combien de prises éligibles dans le gers', 'fr'],
    ['Orange Business Services', 'fr'], // nothing tells: French, the corpus language
    ["c'est qui le maire de Brest ?", 'fr'],
    ['Who signed the agreement with Orange?', 'en'],
    ['How many sites will be connected in Paris?', 'en'],
    ['Where is Valence-sur-Baïse?', 'en'],
    // accents in names do not make a question French
    ['Who chairs Lozère Numérique?', 'en'],
    // nor do the French words of a compound place name
    ["When did L'Isle-sur-la-Sorgue launch its app?", 'en'],
    ["Quand L'Isle-sur-la-Sorgue a-t-elle lancé son appli ?", 'fr'],
    // nor the French words of a name in capitals ("Est", "La")
    ['Who runs Brélis Est Réseaux?', 'en'],
    ['Combien a investi Le Relais Vernay ?', 'fr'],
    ['Où est Séoul ?', 'fr'],
    ['À quelle date ouvre le guichet ?', 'fr'],
  ])('%s → %s', (question, language) => {
    expect(detectLocale(question)).toBe(language);
    expect(read(question).language).toBe(language);
  });

  it('takes the language the platform gives over its own guess', () => {
    expect(readQuestion('Orange Business Services', resources, 'en').language).toBe('en');
  });
});

describe('answer type', () => {
  it.each<[string, string]>([
    ['Quand la Manche a-t-elle signé avec Séoul ?', 'date'],
    ['QUAND LA MANCHE A-T-ELLE SIGNÉ ?', 'date'],
    ['En quelle année Séoul a-t-elle été consacrée meilleure ubiquitous-city ?', 'date'],
    ['Depuis quand Séoul est-elle une u-city ?', 'date'],
    ["Combien d'emplois ont créé les start-ups parisiennes ?", 'number'],
    ['Orange a combien de salariés ?', 'number'],
    ['Combien de temps durera la coopération avec Séoul ?', 'duration'],
    ["La convention court sur combien d'années ?", 'duration'],
    // hours are counted by their unit, as "how many hours" is ("120 heures de formation")
    ["Combien d'heures de formation les agents de Lanvel ont-ils suivies ?", 'duration'],
    // the verb "durer" asks how long, before or after "combien"
    ['Combien dure une séance à la médiathèque ?', 'duration'],
    ['ça dure combien la formation ?', 'duration'],
    ['Combien a duré le chantier du pylône ?', 'duration'],
    ['Quelle est la durée de la coopération avec Séoul ?', 'duration'],
    ['Sous quel délai le prestataire remplace-t-il un écran ?', 'duration'],
    ['Quel pourcentage des habitants accède au haut débit ?', 'percent'],
    ['Quelle est la part de la population couverte ?', 'percent'],
    ["Combien coûte le raccordement d'une école ?", 'money'],
    ['le chantier du collège, ça coûte combien ?', 'money'],
    ['Combien la Région a-t-elle investi dans le réseau ?', 'money'],
    ['Quel est le budget du plan numérique ?', 'money'],
    // A verb form first read as a noun ("claque") is still looked up as the money verb it is here.
    ['la région a claqué combien pour le réseau ?', 'money'],
    ['le département met combien de thunes dans le réseau ?', 'money'],
    ["Combien d'argent la commune a-t-elle récolté ?", 'money'],
    ['Qui dirige Gers Numérique ?', 'person'],
    ["c'est qui le président du syndicat ?", 'person'],
    ['Quel élu a signé la convention ?', 'person'],
    ['Quelle pénalité paie un opérateur en retard ?', 'money'],
    ['Quel numéro appeler quand la box ne marche plus ?', 'telephone'],
    ['y a un numéro pour signaler une armoire ouverte ?', 'telephone'],
    // a word of chat for the number
    ["c'est quoi le num de la médiathèque ?", 'telephone'],
    ['Où se situe Mignaut-Tauzia ?', 'place'],
    // a mistyped question word still says what is asked
    ['Combein de logements seront raccordés ?', 'number'],
    ['Deppuis quand le réseau est-il ouvert ?', 'date'],
    ['Dans quelle ville se trouvait Jérôme Barré ?', 'place'],
    // "c'est où" asks where, as "où est" does; "où en est" asks how far something has got
    ["c'est où le tiers-lieu de Saint-Brice ?", 'place'],
    ['Où en sont les travaux du pylône de Saint-Brice ?', 'other'],
    // a room or a building is a place too
    ['Dans quelle salle se tiendra la réunion publique sur la fibre ?', 'place'],
    // and a site, on the ground or on the web
    ['Sur quel site internet faut-il déposer le dossier ?', 'place'],
    ['On which website do residents book a session?', 'place'],
    // "où" ending a chat question without its question mark
    ['le bus numérique il passe où', 'place'],
    ["Qu'est-ce que le THD ?", 'definition'],
    ['Qu’est-ce qu’une u-city ?', 'definition'],
    ['Que signifie FTTH ?', 'definition'],
    ["Qu'est-ce que c'est, un point de mutualisation ?", 'definition'],
    ["Qu'est-ce que l'accès à la fibre ?", 'definition'],
    // A clause after "qu'est-ce que" (an auxiliary, a verb) asks what it says, not for a definition.
    ["Qu'est-ce que la commune a obtenu de l'État ?", 'other'],
    // "que" asks what was done: the people named do it, they are not asked for
    ["Qu'a décidé le maire de Lestrade au sujet de l'antenne ?", 'other'],
    ['What did the councillors decide about the mast?', 'other'],
    ["Qu'est-ce que le syndicat va financer l'an prochain ?", 'other'],
    ["Qu'est-ce que propose le Département aux communes ?", 'other'],
    // …after what it is about too: the noun after it is its subject
    ["Après la panne, qu'est-ce que le maire a décidé pour les abonnés ?", 'other'],
    // "qu'est-ce qui" asks what did it: no search-box keywords, whose noun of a person would ask a person
    ["D'après l'adjoint, qu'est-ce qui a décidé Sorrac à passer au cloud ?", 'other'],
    ['Combientième ville de France est Fort-de-France ?', 'ordinal'],
    ['Quelles entreprises ont été visitées par Jérôme Barré ?', 'organisation'],
    ['Quelle boîte a construit le réseau ?', 'organisation'],
    // a fraction of a whole is a share
    ['Quelle fraction du budget de Sorrac la cybersécurité représente-t-elle ?', 'percent'],
    // "c'est quoi le coût" asks what "quel est le coût" asks: the noun says the kind of answer.
    ["le nouveau data center, c'est quoi le coût ?", 'money'],
    ["c'est qui la société qui pose les antennes ?", 'organisation'],
    ["c'est quoi le FTTH ?", 'definition'],
    ["c'est quoi le très haut débit ?", 'definition'],
    // A "quand" that opens a clause of time asks no date; one that asks, after "c'est" or "tu sais", does.
    ['un formulaire pour se plaindre quand la box a lâché ?', 'other'],
    ["c'est quand que le réseau a été lancé ?", 'date'],
    ['tu sais quand le réseau sera terminé ?', 'date'],
    ['la fibre arrive quand chez nous ?', 'date'],
    // Folded, "à" is "a": before a name it is no auxiliary opening a clause.
    ["on l'aura quand la fibre à Lescouzac ?", 'date'],
    ['Et quand le chantier sera-t-il fini ?', 'date'],
    // After another question word, "quand" tells when what is asked happened.
    ['Où les élèves sont-ils accueillis quand les écoles de la commune ferment pour travaux ?', 'place'],
    ['Où se trouve le pylône, et quand sera-t-il allumé ?', 'date'],
    ['le réseau, quand les travaux seront-ils terminés ?', 'date'],
    ["À quelle heure ferme l'espace numérique ?", 'time'],
    ['quels horaires pour le bus numérique ?', 'time'],
    ['À quelle fréquence la Manche reçoit-elle des émissaires ?', 'frequency'],
    // "combien par mois" asks a rate; "combien de fois par mois", how often.
    ['la location du local, ça fait combien par mois ?', 'money'],
    // "c'est combien" asks a figure, money only when a word of money says so
    ["le taux de panne qu'ils visent, c'est combien ?", 'number'],
    ["c'est combien, le tarif de l'abonnement ?", 'money'],
    // …but "combien de X" counts X
    ["ça fait combien d'ordis pour les profs ?", 'number'],
    ['le bus passe combien de fois par mois dans le village ?', 'frequency'],
    ['Il fait quelle hauteur, le pylône ?', 'number'],
    ['Orange a-t-il raccordé les incubateurs ?', 'other'],
    // "que" asks what; the "qui" after it opens a relative clause.
    ["Outre le retrait du pylône, qu'exigent les riverains qui ont porté plainte ?", 'other'],
    ['Qui a porté plainte contre le pylône ?', 'person'],
    ["l'adjoint venu couper le ruban, c'était qui ?", 'person'],
    // the name of one of the people a page speaks of is a person's; a bus's is a thing's
    ["Comment s'appelle la riveraine dont la ligne a été coupée ?", 'person'],
    ["Comment s'appelle l'élève qui a gagné le concours de robotique ?", 'person'],
    ["Comment s'appelle le bus numérique de la Lize ?", 'other'],
    // a role with a prefix is the role's kind
    ["Comment s'appelle la vice-présidente chargée des écoles ?", 'person'],
    ['Qui est le co-fondateur de la start-up ?', 'person'],
    // "le nom de X" asks what X is; the "qui" after "quel" opens a relative clause.
    ['Quel est le nom de la société qui exploite le réseau ?', 'organisation'],
    ["c'est quoi le nom de la boîte qui a posé les bornes ?", 'organisation'],
    ['Quel est le nom du maire de Lescouzac ?', 'person'],
    // the name of a thing of no kind, whatever nouns of a kind the question says after it
    ["c'est quoi le nom du bus qui passe dans les villages du département ?", 'other'],
    ["D'où vient la panne qui a coupé le réseau ?", 'other'],
    // "où" typed with its accent asks where, whatever verb follows; "quand" after it tells when
    ["Pour les sondes de l'Aube, où remonte l'alarme quand le niveau monte ?", 'place'],
    ['Où dorment les serveurs du syndicat ?', 'place'],
    // a clause of time opening the question, and the question after its comma
    ['Quand le capteur repère une crue, qui est prévenu ?', 'person'],
    ['Quand la borne tombe en panne, combien de temps faut-il pour la réparer ?', 'duration'],
    ['Où en est le chantier de la fibre à Lescouzac ?', 'other'],
    // A search-box question says what it wants by a noun.
    ['budget fibre département', 'money'],
    ['date signature convention', 'date'],
    ['calendrier ouverture médiathèque', 'date'],
    ['Quel est le calendrier du chantier ?', 'date'],
    // …or by when what it names starts or ends
    ['pylône lestrade début travaux', 'date'],
    ['fablab ouverture', 'date'],
    // …but not by a moment it dates itself ("fin 2023" is given, not asked)
    ['prises raccordées vallée fin 2023', 'other'],
  ])('%s → %s', (question, type) => {
    expect(read(question).answerType).toBe(type);
  });

  it.each<[string, string]>([
    ['When was the agreement with Seoul signed?', 'date'],
    ['How many sites will be connected?', 'number'],
    ['How much did the region pay for the network?', 'money'],
    ['How long is the partnership between the Manche and Seoul?', 'duration'],
    // a length when what is long lies along the ground
    ['How long is the Rochebrune tunnel section being fitted with 4G?', 'number'],
    ['How long is the new fibre link to the island?', 'number'],
    ['How long is the delegation contract?', 'duration'],
    ['What percentage of the population can access broadband?', 'percent'],
    ['Who signed the agreement with Orange?', 'person'],
    ['Where is Valence-sur-Baïse?', 'place'],
    ['What is an ubiquitous-city?', 'definition'],
    ['What does RIP stand for?', 'definition'],
    ['What did the new school network cost?', 'money'],
    ['Which company signed with Paris?', 'organisation'],
    // an adjective before the noun asked about
    ['What is the overall cost of the network?', 'money'],
    ['What is the total budget of the plan?', 'money'],
    ['What is the total of the grants?', 'number'],
    // contractions, with or without their apostrophe
    ["What's the max yearly penalty the operator can pay?", 'money'],
    ['whats the name of the mayor of Privas', 'person'],
    ['What time does the digital bus open?', 'time'],
    ['Is there a hotline for fibre outages?', 'telephone'],
    ['What is the penalty for a late operator?', 'money'],
  ])('English: %s → %s', (question, type) => {
    expect(read(question).answerType).toBe(type);
  });
});

describe('lists', () => {
  it.each<[string, boolean]>([
    ['Quels territoires utilisent la fibre ?', true],
    ['Quelles entreprises ont été visitées par Jérôme Barré ?', true],
    ["Quels sont les partenaires d'Orange ?", true],
    ['Which cities signed a partnership with Orange?', true],
    ['Quel territoire utilise la fibre ?', false],
    ['Qui dirige Gers Numérique ?', false],
  ])('%s → wantsList %s', (question, list) => {
    expect(read(question).wantsList).toBe(list);
  });
});

describe('concepts', () => {
  it('drops question words, stopwords, clitics and chat fillers', () => {
    expect(firstTerms('Quand la Manche a-t-elle signé avec Séoul ?')).toEqual(['manch', 'sign', 'seoul']);
    expect(firstTerms('Où se situe Mignaut-Tauzia ?')).toEqual(['mignaut-tauzia']);
    expect(firstTerms("c'est quoi au juste le THD ?")).toEqual(['thd']);
    // how precise the answer should be is no word of the fact
    expect(firstTerms('Combien de prises environ à Lormont ?')).toEqual(['pris', 'lormont']);
    expect(firstTerms('Combien exactement de bornes à Lormont ?')).toEqual(['born', 'lormont']);
  });

  it('reads capitalised words inside the question, acronyms and codes as names', () => {
    const q = 'Quand la Manche a-t-elle signé avec Séoul ?';
    expect(concept(q, 'Manche').kind).toBe('name');
    expect(concept(q, 'Séoul').kind).toBe('name');
    expect(concept('Quel est le budget de la 5G en Ariège ?', '5G').kind).toBe('name');
    expect(concept('NRO prévus dans le Jura', 'NRO').kind).toBe('name');
    // a capital inside a word typed in lowercase first is a brand's, first in the question too
    expect(concept('Comment réparer un iMac à Sorrac ?', 'iMac').kind).toBe('name');
    expect(concept('eBay vend-il des box à Sorrac ?', 'eBay').kind).toBe('name');
    // the first word is capitalised by grammar: not a name, but remembered as capitalised
    expect(concept('Orange a combien de salariés ?', 'Orange')).toMatchObject({ kind: 'content', capitalised: true });
    expect(concept('combien de prises éligibles dans le gers', 'gers').kind).toBe('content');
    // chat writes its abbreviations in capitals too: "le VP" is a vice-président, not a name to find
    expect(concept('le VP solidarités du Pays de Lormes, il est maire de quelle commune ?', 'VP').kind).toBe('content');
    expect(concept('Combien de prises le SDAN prévoit-il ?', 'SDAN').kind).toBe('name');
  });

  it('reads "quel équipement", "what tool" as a kind of thing its answer names one of, not a word it must say', () => {
    expect(concept('Quel équipement la médiathèque a-t-elle installé ?', 'équipement').kind).toBe('type');
    expect(concept('What tool does the library lend?', 'tool').kind).toBe('type');
    expect(concept('Quel est le statut du local ?', 'statut').focus).toBe('passage');
    // "quel type de réseau": the network is asked about; "type" only classifies it
    expect(concept('Quel type de réseau le syndicat déploie-t-il ?', 'réseau').focus).toBe('passage');
  });

  it('reads "qui est X ?" with nothing but names as asking who X is, not "qui est le maire ?"', () => {
    expect(read('Qui est Élise Marchand ?').identity).toBe(true);
    expect(read("c'est qui Paul Girard").identity).toBe(true);
    expect(read('Who is Anne Roussel?').identity).toBe(true);
    expect(read('Qui est le maire de Lescouzac ?').identity).toBe(false);
    expect(read('Qui a signé avec Paul Girard ?').identity).toBe(false);
  });

  it('reads "quelle fonction occupe X ?" as asking who X is, by the role said beside the name', () => {
    expect(read('Quelle fonction Élise Marchand occupe-t-elle au syndicat ?')).toMatchObject({ answerType: 'person', identity: true });
    expect(read('What is the role of Anne Roussel in the project?')).toMatchObject({ answerType: 'person', identity: true });
    expect(concept('Quelle fonction Élise Marchand occupe-t-elle au syndicat ?', 'fonction').kind).toBe('type');
    // a role asked of no one named is not asked of a name
    expect(read('Quelle fonction a le nouveau portail ?').identity).toBe(false);
    // …nor is a role asked of a company in two places: what it does there, not who it is
    expect(read('Quel rôle joue Kéops dans les réseaux du Vernaix et de la Lanvaux ?').answerType).not.toBe('person');
  });

  it('reads a question opening on a person\'s name set apart by a comma ("Paul Vernay, il occupe quelle fonction ?")', () => {
    expect(read('Élise Marchand, elle occupe quelle fonction ?')).toMatchObject({ answerType: 'person', identity: true });
    expect(read('Élise Marchand, quelle est sa fonction au syndicat ?')).toMatchObject({ answerType: 'person', identity: true });
    expect(concept('Élise Marchand, elle occupe quelle fonction ?', 'Élise').kind).toBe('name');
  });

  it('reads a figure hyphened to its unit in English as the figure and the unit ("a 15-year lease")', () => {
    const labels = read('Who signed the 15-year lease for the mast?').concepts.map((c) => c.label);
    expect(labels).toEqual(expect.arrayContaining(['15', 'years']));
    expect(labels).not.toContain('15-year');
  });

  it('reads the noun of a rank as the kind of answer in a question of rank', () => {
    const rank = concept('Quelle place la médiathèque a-t-elle obtenue au palmarès régional ?', 'place');
    expect(rank.kind).toBe('type');
    expect(rank.focus).toBeUndefined();
  });

  it('reads "pour qui", "à qui s\'adresse", "who is it for" as asking whom something is for', () => {
    expect(read('Pour qui la commune a-t-elle ouvert cet atelier ?').beneficiary).toBe(true);
    expect(read("À qui s'adresse le chèque numérique ?").beneficiary).toBe(true);
    expect(read('Who is the digital voucher for?').beneficiary).toBe(true);
    expect(read('Qui a ouvert cet atelier ?').beneficiary).toBe(false);
    expect(read('Who opened the workshop?').beneficiary).toBe(false);
  });

  it('reads "quel est le nom de…" as asking a name', () => {
    expect(read('Quel est le nom de la société qui exploite le réseau ?').nameAsked).toBe(true);
    expect(read('What is the name of the operator?').nameAsked).toBe(true);
    expect(read('Quelle société exploite le réseau ?').nameAsked).toBe(false);
    // a brand is a name of its own kind
    expect(read('Quelle marque de tablettes le collège a-t-il choisie ?').nameAsked).toBe(true);
    expect(read('Which tablet brand did the county choose?').nameAsked).toBe(true);
  });

  it('reads a figure still to come in the future too ("combien de capteurs équiperont…")', () => {
    expect(read('À terme, combien de capteurs équiperont la ville ?').timeAsked).toBe('to-come');
    expect(read('Combien de capteurs équipent la ville ?').timeAsked).toBeUndefined();
    expect(read('Combien de bornes la ville prévoit-elle cette année ?').timeAsked).toBe('to-come');
    expect(read('How many new sites is the town planning to add?').timeAsked).toBe('to-come');
  });

  it('reads a figure asked of what is done so far ("à ce jour", "déjà", "so far")', () => {
    expect(read("Combien d'abonnés le réseau compte-t-il à ce jour ?").timeAsked).toBe('so-far');
    expect(read('Combien de foyers sont déjà raccordés ?').timeAsked).toBe('so-far');
    expect(read('How many homes have been connected so far?').timeAsked).toBe('so-far');
    expect(read("Combien d'écoles sont désormais équipées ?").timeAsked).toBe('so-far');
    expect(read('How many schools are now equipped?').timeAsked).toBe('so-far');
    expect(read('Combien de foyers seront raccordés ?').timeAsked).toBe('to-come');
  });

  it('reads how things are now whatever is asked ("où veut-elle maintenant…"), and no other time but for dates and figures', () => {
    expect(read('Où la mairie veut-elle maintenant ouvrir son espace numérique ?').timeAsked).toBe('so-far');
    expect(read('Qui préside désormais le syndicat ?').timeAsked).toBe('so-far');
    expect(read('Où la mairie ouvrira-t-elle son espace numérique ?').timeAsked).toBeUndefined();
  });

  it('reads a figure asked of how things were at first, and searches no word of "au départ" or "à ce jour"', () => {
    expect(read('Combien de communes étaient associées au départ ?').timeAsked).toBe('at-first');
    expect(read('How many towns were in the group at first?').timeAsked).toBe('at-first');
    expect(read("Combien de bornes étaient en service à l'ouverture du réseau ?").timeAsked).toBe('at-first');
    const labels = (q: string) => read(q).concepts.map((c) => c.label);
    expect(labels('Combien de communes étaient associées au départ ?')).not.toContain('départ');
    expect(labels("Combien d'abonnés le réseau compte-t-il à ce jour ?")).not.toContain('jour');
    expect(labels('How many towns were in the group at first?')).not.toContain('at');
    expect(labels('Combien de prises sont actuellement raccordées ?')).toEqual(['prises', 'raccordées']);
    expect(read('Combien de prises sont actuellement raccordées ?').timeAsked).toBe('so-far');
    // "au début des travaux" names the works' start
    expect(labels('Qu’est-ce qui a été fait au début des travaux ?')).toContain('début');
  });

  it('opens an elision typed glued to its word ("lantenne", "lordi"), never a word of the language ("soit")', () => {
    const labels = (q: string) => read(q).concepts.map((c) => c.label);
    expect(labels('quand est-ce que lantenne sera posée')).toContain('antenne');
    expect(labels('c koi le site pour demander lordi gratuit')).toContain('ordi');
    expect(labels('Quelles médiathèques proposent un service, que ce soit du wifi ou autre ?')).not.toContain('oit');
  });

  it('searches no noun of a preposition made of one: "au sujet de", "en matière de", "à propos de"', () => {
    const labels = (q: string) => read(q).concepts.map((c) => c.label);
    expect(labels("Qu'a déclaré le maire au sujet du pylône ?")).toEqual(['déclaré', 'maire', 'pylône']);
    expect(labels('Que prévoit la métropole en matière de cybersécurité ?')).not.toContain('matière');
    expect(labels('Une question à propos du raccordement des hameaux')).not.toContain('propos');
    expect(labels('Quel débit la fibre offre-t-elle par rapport au cuivre ?')).not.toContain('rapport');
    // "au total" asks a whole, read apart (total): no sentence need say "total"
    expect(labels('Au total, combien de bornes la ville a-t-elle posées ?')).not.toContain('total');
    expect(read('Au total, combien de bornes la ville a-t-elle posées ?').total).toBe(true);
    // The noun said on its own is a word of the question: "le sujet de la réunion".
    expect(labels('Quel était le sujet de la réunion publique ?')).toContain('sujet');
  });

  it('reads a date still to come in the future, a modal or "prévu", in French and English', () => {
    expect(read('Quand le réseau sera-t-il terminé ?').timeAsked).toBe('to-come');
    expect(read('Quand la fibre arrivera-t-elle à Lescouzac ?').timeAsked).toBe('to-come');
    expect(read('When should the works be completed?').timeAsked).toBe('to-come');
    // the short futures of avoir, faire, aller
    expect(read("la fibre à Lescouzac, on l'aura quand ?").timeAsked).toBe('to-come');
    expect(read('Quand le réseau a-t-il été inauguré ?').timeAsked).toBeUndefined();
    expect(read('When was the contract signed?').timeAsked).toBeUndefined();
  });

  it('marks an English name written with its capital as French names are, but not a territory put before its noun', () => {
    const question = 'When will Kéops Networks switch on the Cantal relay?';
    expect(readQuestion(question, resources, 'en').concepts.find((c) => c.label === 'Kéops')?.capitalised).toBe(true);
    expect(readQuestion(question, resources, 'en').concepts.find((c) => c.label === 'Cantal')?.capitalised).toBeUndefined();
  });

  it('counts the noun after an adjective that goes before it: "combien d\'autres communes", "de nouveaux sites"', () => {
    expect(concept('La régie négocie avec combien d’autres communes ?', 'communes').counted).toBe(true);
    expect(concept('Combien de nouveaux sites seront allumés à Sorrac ?', 'sites').counted).toBe(true);
  });

  it('reads a change of a figure asked ("de combien a augmenté", "by how much"), not a count of something', () => {
    expect(read('De combien a augmenté le nombre d’abonnés à Sorrac ?').change).toBe(true);
    expect(read('By how much did the number of subscribers grow in Kéops?').change).toBe(true);
    expect(read('Combien de communes sont raccordées à Sorrac ?').change).toBe(false);
  });

  it('counts people for "combien de monde", read as its set phrase says it', () => {
    expect(concept('Combien de monde est venu au salon de Sorrac ?', 'personnes').counted).toBe(true);
  });

  it('counts the noun of "how many 4G sites", not the code before it, and leaves "each" out', () => {
    expect(concept('How many 4G sites did each operator promise to cover?', 'sites').counted).toBe(true);
    expect(read('How many 4G sites did each operator promise to cover?').concepts.map((c) => c.label)).not.toContain('each');
  });

  it('reads "how much" and a noun as an amount of it, its noun last ("how much broadband data"), no verb after it', () => {
    expect(concept('How much fibre does the Lanvel canal carry?', 'fibre').counted).toBe(true);
    expect(concept('How much broadband data does a Lanvel pupil get each month?', 'data').counted).toBe(true);
    expect(concept('How much public funding went to the Lanvel canal works?', 'went').counted).toBeUndefined();
  });

  it('counts the noun after "the number of" / "le nombre de", and takes "number" for the kind of answer', () => {
    expect(concept('How much did the number of attacks grow in 2024?', 'attacks').counted).toBe(true);
    expect(concept('How much did the number of attacks grow in 2024?', 'number').kind).toBe('type');
    expect(concept('Le nombre de prises a-t-il augmenté en 2024 ?', 'nombre').kind).toBe('type');
  });

  it('marks a name the question places something at ("à Kerbihan", "de Lannevez"), not a name beside a noun', () => {
    expect(concept('Le pylône à Kerbihan a été monté quand ?', 'Kerbihan').placed).toBe(true);
    expect(concept('Quand le pylône Free de Lannevez sera-t-il allumé ?', 'Lannevez').placed).toBe(true);
    expect(concept('Quand le pylône Free de Lannevez sera-t-il allumé ?', 'Free').placed).toBeUndefined();
  });

  it('reads the name whose person a role asks ("quelle directrice de Vernéa"), not a name elsewhere', () => {
    expect(read('quelle directrice de Vernéa est venue à Lormont ?').roleOf).toBe('vernea');
    expect(read('Who is the head of Vernea?').roleOf).toBe('vernea');
    expect(read('Qui est venu à Lormont ?').roleOf).toBeUndefined();
  });

  it('counts the act of the verb for "combien de fois" ("combien de fois ont-ils aidé…"), "fois" only asks', () => {
    const question = 'Combien de fois les médiateurs ont-ils aidé des habitants en 2024 ?';
    expect(concept(question, 'aidé').counted).toBe(true);
    expect(concept(question, 'fois')).toMatchObject({ kind: 'type' });
  });

  it('takes the verb a "que …" question asks about for its focus ("Que garantit le marché ?"), not a plain verb', () => {
    expect(concept('Que garantit le marché de maintenance ?', 'garantit')).toMatchObject({ focus: 'passage', verbal: true });
    expect(concept("Qu'a obtenu la commune de Lormont ?", 'obtenu')).toMatchObject({ focus: 'passage' });
    expect(concept('Que fait le syndicat pour les écoles ?', 'syndicat').focus).toBeUndefined();
    // what was decided or planned is said by what will be done, not by "décider"
    expect(concept("Qu'a décidé la Région Kéops pour les lycées ?", 'décidé').focus).toBeUndefined();
    expect(concept('Que prévoit le plan de Sorrac pour les écoles ?', 'prévoit').focus).toBeUndefined();
    // nor is what becomes of something said by "devenir"
    expect(concept('Que deviendront les tablettes des collégiens de Sorrac ?', 'deviendront').focus).toBeUndefined();
    // and after "de quoi": what the kit is made of is said with the verb asked
    expect(concept("De quoi se compose l'offre de la médiathèque ?", 'compose')).toMatchObject({ focus: 'passage', verbal: true });
  });

  it('marks a name after "dès" as dating the fact, not one after the article "des"', () => {
    expect(concept('Combien de foyers raccordés dès le Plan Lormont ?', 'Plan').dating).toBe(true);
    expect(concept('Quand la 4G arrive-t-elle dans les écoles des Hautes-Pyrénées ?', 'Hautes-Pyrénées').dating).toBeUndefined();
  });

  it('marks the names that date the fact asked ("avant le Plan Numérique"), not the others', () => {
    const question = 'Combien de bornes la Ville de Lormont avait-elle posées avant le Plan Numérique ?';
    expect(concept(question, 'Plan').dating).toBe(true);
    expect(concept(question, 'Numérique').dating).toBe(true);
    expect(concept(question, 'Lormont').dating).toBeUndefined();
  });

  it('marks the names of the attribution ("selon X", "d’après X, président de Y,") as who says the fact, not the others', () => {
    const question = 'D’après Claude Morel, président du Syvern, combien la Ville de Sorrac a-t-elle payé ?';
    expect(concept(question, 'Claude')?.speaker).toBe(true);
    expect(concept(question, 'Morel')?.speaker).toBe(true);
    expect(concept(question, 'Syvern')?.speaker).toBe(true);
    expect(concept(question, 'Sorrac')?.speaker).toBeUndefined();
    expect(concept('Combien de bornes à Sorrac, selon le Courrier de Lanvel ?', 'Lanvel')?.speaker).toBe(true);
    expect(concept('How many masts did Sorrac get, according to the Lanvel paper?', 'Lanvel')?.speaker).toBe(true);
  });

  it('reads a question with "comment", "pourquoi", "que", or opened by "how" or "why" as a question, not search-box keywords', () => {
    expect(read('Comment les habitants peuvent-ils s’inscrire aux ateliers ?').keywords).toBe(false);
    expect(read('How do residents sign up for the workshops?').keywords).toBe(false);
    expect(read('Pourquoi la fibre est-elle en retard ?').keywords).toBe(false);
    // chat puts it after its verb
    expect(read("il s'appelle comment le portail de la mairie pour signaler une panne ?").keywords).toBe(false);
    expect(read('on fait comment pour s’inscrire aux ateliers ?').keywords).toBe(false);
    // …and "que" after a clause naming who says it ("Selon X, que…"): what is said, not who says it
    expect(read('Selon Claude Morel, que recevront les abonnés de Sorrac cet hiver ?')).toMatchObject({
      keywords: false,
      answerType: 'other',
    });
    // "quoi" asks what, wherever chat puts it — but "quoi comme matériel" names the kind, as "quel matériel"
    expect(read('D’après la commune de Sorrac, à quoi sert le nouveau portail ?')).toMatchObject({
      keywords: false,
      answerType: 'other',
    });
    expect(read('les abonnés de Sorrac risquent quoi en cas de panne ?').keywords).toBe(false);
    expect(read('Sorrac propose quoi comme matériel dans sa salle numérique ?').keywords).toBe(true);
    expect(read('budget fibre département').keywords).toBe(true);
  });

  it('reads the kind a search-box question asks from a noun of its own, not from the complement of another ("contrats de territoire")', () => {
    expect(read('contrats de territoire numérique aide région montant').answerType).toBe('money');
    expect(read('territoire fibre lormont').answerType).toBe('place');
  });

  it('reads a noun of a place or a body among keywords, followed by its complement, as naming a thing ("salle conseil")', () => {
    expect(read('sorrac boucle salle conseil').answerType).toBe('other');
    expect(read('sorrac travaux région calendrier').answerType).toBe('date');
    // not before an adjective, which says which one is asked
    expect(read('capteurs brebis site expérimental').answerType).toBe('place');
  });

  it('reads a figure or a time asked in keywords before the thing it is of ("syndicat … année de création")', () => {
    expect(read('syndicat fibre lormont année de création').answerType).toBe('date');
    expect(read('entreprise pylône lormont montant').answerType).toBe('money');
    expect(read('entreprise pylône lormont').answerType).toBe('organisation');
  });

  it('reads every noun of the kind a search-box question asks as naming it ("subvention borne montant")', () => {
    expect(concept('subvention borne recharge montant lormont', 'montant').kind).toBe('type');
    expect(concept('subvention borne recharge montant lormont', 'subvention').kind).toBe('type');
    expect(concept('subvention borne recharge montant lormont', 'borne').kind).toBe('content');
  });

  it('marks a lowercase word after a preposition of place as standing for a place, not one after the verb "a"', () => {
    expect(concept('la fibre arrive quand dans le gard ?', 'gard').placeSlot).toBe(true);
    expect(concept('Combien d’abonnés le réseau a dépassé cette année ?', 'dépassé').placeSlot).toBeUndefined();
    expect(concept("c'est qui la déléguée à l'urba ?", 'urba').placeSlot).toBeUndefined();
  });

  it('reads a word before an inverted subject as a verb ("paie-t-il", "distribue-t-on")', () => {
    expect(concept('Le Département paie-t-il la fibre ?', 'paie').kind).toBe('verb');
    expect(concept('Où distribue-t-on les chèques numériques ?', 'distribue').kind).toBe('verb');
    expect(concept('Où distribue-t-on les chèques numériques ?', 'distribue').verbal).toBe(true);
  });

  it('reads a participle after "être" or "avoir" as said as a verb ("doit être rendu")', () => {
    expect(concept("l'audit doit être rendu quand ?", 'rendu').verbal).toBe(true);
    // its subject after the auxiliary: "réclamé" is réclamer, not "la réclame"
    expect(concept('Quel montant les pirates ont-ils réclamé à la mairie ?', 'réclamé').verbal).toBe(true);
  });

  it('counts the last plural of a longer English noun phrase ("free Wi-Fi access points")', () => {
    expect(concept('How many free Wi-Fi access points were set up?', 'access points').counted).toBe(true);
  });

  it('takes the noun a type noun is said of last in an English phrase ("the share of the planned fibre connections")', () => {
    const question = 'What share of the planned fibre connections in the Tarn are installed?';
    expect(concept(question, 'connections').focus).toBe('document');
    expect(concept(question, 'planned').focus).toBeUndefined();
  });

  it('reads a yes-or-no question as asking no kind of answer, a search-box one by its noun', () => {
    expect(read('La commune de Lescouzac a-t-elle porté plainte ?').answerType).toBe('other');
    expect(read('Did the town pay the ransom?').answerType).toBe('other');
    expect(read('commune fibre Lescouzac').answerType).toBe('place');
  });

  it('reads an English question on sites, locations or municipalities as asking places, as French "quels sites" is', () => {
    expect(read('Which sites will host the new charging stations?').answerType).toBe('place');
    expect(read('Which municipalities will get the fibre first?').answerType).toBe('place');
  });

  it('reads verbs as verbs (they count for less: the text often says them otherwise)', () => {
    expect(concept('Qui a remporté la délégation dans le Jura ?', 'remporté').kind).toBe('verb');
    expect(concept('Qui a remporté la délégation dans le Jura ?', 'délégation').kind).toBe('content');
  });

  it('reads a point of the compass as a vague area, not a name the answer must say ("du Sud")', () => {
    expect(concept('Qui déploie la fibre dans les villes du Sud ?', 'Sud').kind).toBe('content');
    expect(read('Which towns in the North-East have free wifi?').concepts.filter((c) => c.kind === 'name')).toEqual([]);
    // a département named by one stays a name
    expect(concept('Combien de prises dans le Nord ?', 'Nord').kind).toBe('name');
  });

  it('reads a word after a reflexive pronoun as a verb, though the lexicon files it as a noun ("qui se charge")', () => {
    expect(concept('qui se charge des travaux ?', 'charge').kind).toBe('verb');
    // ("s'occupe de", which the lexicon files as the adjective "occupé", is read as the set phrase "se charge de")
    expect(concept("quelle entreprise s'occupe des bornes ?", 'charge').kind).toBe('verb');
  });

  it('reads a number typed in the question as a figure the answer must say', () => {
    expect(concept('Combien de prises en 2023 ?', '2023').kind).toBe('figure');
    // a date written with a prefix is no code name
    expect(concept('Quel taux de couverture mi-2023 ?', 'mi-2023').kind).toBe('content');
  });

  it('reads a hyphenated name as one concept: the whole name or its words', () => {
    const c = concept('Où se situe Mignaut-Tauzia ?', 'Mignaut-Tauzia');
    expect(c.alternatives.map((a) => a.terms)).toEqual([['mignaut-tauzia'], ['mignaut', 'tauzia']]);
    expect(c.kind).toBe('name');
  });

  it('marks the noun naming the kind of answer as a type, and what it is said of as the focus', () => {
    const q = "Quel est le tarif mensuel d'une location chez Axione ?";
    expect(concept(q, 'tarif').kind).toBe('type');
    expect(concept(q, 'location').focus).toBe('document');
    expect(concept("Quel est le statut d'un tiers-lieu ?", 'statut').focus).toBe('passage');
    // a list's category is named by each item, not repeated: no focus, it counts like a type noun
    expect(concept('Quels chantiers sont terminés ?', 'chantiers')).toMatchObject({ kind: 'type' });
    expect(concept('Quels chantiers sont terminés ?', 'chantiers').focus).toBeUndefined();
    // a kind of means is answered by the one named ("la télégestion"), which seldom says the noun of its kind
    expect(concept('Quel dispositif la mairie de Sorrac a-t-elle déclenché ?', 'dispositif').kind).toBe('type');
    expect(concept('Sur quelle technologie repose le réseau de Lanvaux ?', 'technologie').kind).toBe('type');
  });

  it('reads "âge" as the kind of answer: "après 72 ans" answers "après quel âge" without saying the noun', () => {
    expect(concept('Après quel âge les habitants de Sorrac se connectent-ils moins ?', 'âge').kind).toBe('type');
    expect(
      readQuestion('At what age can pupils in Sorrac borrow a tablet?', resources, 'en').concepts.find((c) => c.label === 'age')?.kind,
    ).toBe('type');
  });

  it('reads an ordinal in digits ("1ère", "2e") as a word, not as a code a page must name', () => {
    expect(concept("y a combien d'étudiants pour la 1ere rentrée ?", '1ere').kind).toBe('content');
    expect(concept('Quel budget pour la 2e phase ?', '2e').kind).toBe('content');
    expect(concept('Quand arrive la 5G ?', '5G').kind).toBe('name');
  });

  it('marks a word read as a glued elision with the word as typed, which the corpus may know ("laval")', () => {
    expect(concept('budget fibre laval', 'aval').glued).toBe('laval');
    expect(concept('budget fibre Laval', 'Laval').glued).toBeUndefined();
  });

  it('reads "type" in "quel type de contrat" as a noun that only sorts the contract: the answer names a kind', () => {
    expect(concept('Quel type de contrat la commune a-t-elle signé ?', 'type').kind).toBe('type');
    expect(concept('Quelles sortes de formations sont proposées ?', 'sortes').kind).toBe('type');
    // not a type said for itself
    expect(concept('Le type est-il connu ?', 'type').kind).toBe('content');
  });

  it('takes the bare noun after a noun of a body for the kind of body asked, which the answer must say', () => {
    expect(concept('Quelle société de maintenance a été choisie ?', 'maintenance').focus).toBe('passage');
    expect(concept("Quel groupe d'investisseurs a racheté le réseau ?", 'investisseurs').focus).toBe('passage');
    // with its article, the noun says whose body it is; after a role, a town typed in lowercase
    expect(concept('Quelle est la société de la commune ?', 'commune').focus).toBe('document');
    expect(concept('qui est le maire de vernay ?', 'vernay').focus).not.toBe('passage');
  });

  it('marks a noun of measure and asks for a number', () => {
    const c = concept('Il fait quelle hauteur, le pylône ?', 'hauteur');
    expect(c).toMatchObject({ focus: 'passage', measure: true });
    // the reach of an antenna is a distance
    expect(concept("Quelle est la portée de l'antenne ?", 'portée')).toMatchObject({ measure: true });
    // …and the length of a network or a pipe said as its "linéaire"
    expect(concept('Quel linéaire de fibre Sorrac a-t-elle posé ?', 'linéaire')).toMatchObject({ measure: true });
    // a mass is a weight, said in tonnes or kilos
    expect(concept('Quelle est la masse du nouveau shelter de Sorrac ?', 'masse')).toMatchObject({ measure: true });
    // a temperature is said in degrees, even when "quand" follows it
    const heat = 'À quelle température la salle des serveurs de Sorrac est-elle gardée quand il fait chaud ?';
    expect(concept(heat, 'température')).toMatchObject({ measure: true });
    expect(read(heat).answerType).toBe('number');
    // in English too, but "which area" picks a place among others
    expect(readQuestion('At what altitude will the new relay of Sorrac sit?', resources, 'en').answerType).toBe('number');
    expect(readQuestion('What depth is the cable of Kéops laid at?', resources, 'en').answerType).toBe('number');
    expect(readQuestion('Which area will the new mast of Sorrac cover?', resources, 'en').answerType).toBe('place');
  });

  it('reads a unit as what is counted, not as a code name ("combien de km2")', () => {
    expect(concept('Combien de km2 le plan de Sorrac couvre-t-il ?', 'km2')).toMatchObject({ kind: 'content', counted: true });
    // a code still is a name
    expect(concept('Combien de communes ont la 5G à Sorrac ?', '5G').kind).toBe('name');
  });

  it('marks a name said as the complement of a noun of the question, after its definite article', () => {
    expect(concept("Combien l'agglomération de Rochebrune a-t-elle versé ?", 'Rochebrune').head).toBe('agglomération');
    expect(concept('Qui dirige la médiathèque de Lanvaux ?', 'Lanvaux').head).toBe('médiathèque');
    // not a plural ("les communes de…" are several) nor a name alone
    expect(concept('Combien les communes de Rochebrune ont-elles versé ?', 'Rochebrune').head).toBeUndefined();
    expect(concept('Combien Rochebrune a-t-elle versé ?', 'Rochebrune').head).toBeUndefined();
  });

  it('reads "quel volume de" things as how many of them, and "quel volume d\'eau" as a measure', () => {
    const files = 'Quel volume de demandes la mairie de Sorrac a-t-elle reçu en 2031 ?';
    expect(read(files).answerType).toBe('number');
    expect(concept(files, 'demandes').counted).toBe(true);
    expect(concept(files, 'volume').measure).toBeUndefined();
    expect(concept("Quel volume d'eau le réservoir de Sorrac contient-il ?", 'volume')).toMatchObject({ measure: true });
  });

  it('reads a noun of measure typed among keywords as asking the measure, not a set phrase', () => {
    expect(read('médiathèque sorrac surface m2')).toMatchObject({ answerType: 'number', keywords: true });
    expect(concept('médiathèque sorrac surface m2', 'surface')).toMatchObject({ measure: true });
    expect(concept('réservoir kéops volume', 'volume')).toMatchObject({ measure: true });
    // "très haut débit" names the network, "grande surface" a shop
    expect(concept('collèges très haut débit sorrac', 'débit').measure).toBeUndefined();
    expect(concept('grande surface kéops ouverture', 'surface').measure).toBeUndefined();
  });

  it('reads no sum of money in a name that is also a noun of money ("la Somme")', () => {
    expect(read('De combien a baissé le nombre de zones blanches dans la Somme ?').answerType).toBe('number');
    expect(read('De combien a baissé le budget de la fibre ?').answerType).toBe('money');
  });

  it('reads a participle after an article as the noun it is, not a verb of paying ("les données", "des versements")', () => {
    // "données" is also "donner" given: after "les" it names data, and the count asked is of them
    expect(read('Sur les données ouvertes de Lanvaux, combien viennent de la commune ?').answerType).toBe('number');
    expect(read('Combien la commune a-t-elle donné au syndicat de Lanvaux ?').answerType).toBe('money');
  });

  it('reads a question without the greetings and thanks around it', () => {
    const polite = read('Hello, combien de bornes seront installées à Niort ? Merci !');
    expect(polite.language).toBe('fr');
    expect(polite.answerType).toBe('number');
    expect(polite.concepts.map((c) => c.label)).toEqual(['bornes', 'installées', 'Niort']);
    // shown as typed
    expect(polite.text).toBe('Hello, combien de bornes seront installées à Niort ? Merci !');
  });

  it('reads elisions typed without their apostrophe', () => {
    const question = read('qu est-ce qu une zone blanche ?');
    expect(question.answerType).toBe('definition');
    expect(question.concepts.map((c) => c.label)).toEqual(['zone', 'blanche']);
  });

  it('reads a question without its spoken fillers', () => {
    const spoken = read('euh en fait du coup combien de bornes seront installées à Niort ?');
    expect(spoken.answerType).toBe('number');
    expect(spoken.concepts.map((c) => c.label)).toEqual(['bornes', 'installées', 'Niort']);
  });

  it('reads a question without its compound prepositions and discourse adverbs', () => {
    const since = read('À partir de quand les bornes seront-elles enfin installées à Privas ?');
    expect(since.answerType).toBe('date');
    expect(since.concepts.map((c) => c.label)).toEqual(['bornes', 'installées', 'Privas']);
  });

  it('reads chat shorthand as the words it stands for', () => {
    const short = read('cb de bornes seront installées ds le Morbihan ?');
    expect(short.answerType).toBe('number');
    expect(short.concepts.map((c) => c.label)).toEqual(['bornes', 'installées', 'Morbihan']);
  });

  it('reads a département typed by its number as its name', () => {
    const numbered = read("c'est qui le président du 35 qui a lancé les ateliers ?");
    expect(numbered.answerType).toBe('person');
    expect(concept("c'est qui le président du 35 qui a lancé les ateliers ?", 'Ille-et-Vilaine').kind).toBe('name');
  });

  it('reads a word after an article as a noun, whatever else its form may be', () => {
    // "jura" is also a form of "jurer"; "dans le jura" is the place
    expect(concept('qui a remporté la délégation dans le jura ?', 'jura').kind).not.toBe('verb');
    expect(concept('qui a remporté la délégation dans le jura ?', 'remporté').kind).toBe('verb');
  });

  it('marks what "combien de" counts', () => {
    expect(concept("Combien d'emplois ont créé les start-ups parisiennes ?", 'emplois').counted).toBe(true);
    expect(concept('Orange a combien de salariés ?', 'salariés').counted).toBe(true);
    expect(concept('Orange a combien de salariés ?', 'Orange').counted).toBeUndefined();
  });

  it('reads every noun of the number asked as the kind of answer ("le num de tel"), none a word to repeat', () => {
    const kinds = (q: string) => Object.fromEntries(read(q).concepts.map((c) => [c.label, c.kind]));
    expect(kinds('c koi le num de tel de la médiathèque ?')).toMatchObject({ num: 'type', tel: 'type', médiathèque: 'content' });
    expect(kinds('Quel est le numéro de téléphone de la médiathèque ?')).toMatchObject({ numéro: 'type', téléphone: 'type' });
  });

  it('keeps a word whose stem is a word of chat that says nothing ("machines", stem of "machin")', () => {
    expect(read('Quelles machines le fablab prête-t-il ?').concepts.map((c) => c.label)).toContain('machines');
    expect(read('le fablab il prête quoi comme machin ?').concepts.map((c) => c.label)).not.toContain('machin');
  });

  it('marks what "le nombre de" counts, and the noun after "nombre" in keywords', () => {
    expect(concept('Quel est le nombre de prises prévues en Bresse ?', 'prises').counted).toBe(true);
    expect(concept('fibre bresse nombre prises total', 'prises').counted).toBe(true);
    expect(concept('bresse prises nombre total', 'prises').counted).toBeUndefined();
  });

  it('reads "compare…", "chacune" as asking to set facts side by side, no words of the facts', () => {
    const labels = read('Comparez les budgets de Lannion et de Morlaix : combien met chacune ?').concepts.map((c) => c.label);
    expect(labels).not.toContain('Comparez');
    expect(labels).not.toContain('chacune');
    expect(labels).toEqual(expect.arrayContaining(['Lannion', 'Morlaix']));
  });

  it('marks what "sur les N X…, combien…" counts: the things the question numbers', () => {
    expect(concept('Sur les 120 foyers raccordables de Brézins, combien sont raccordés ?', 'foyers').counted).toBe(true);
    expect(concept('Sur les 120 foyers de Brézins, combien de prises sont posées ?', 'foyers').counted).toBeUndefined();
  });

  it('marks what "quelle quantité de" measures: the paper, not the scheme that spared it', () => {
    const question = 'Quelle quantité de papier la dématérialisation des factures a-t-elle évité à Brézins ?';
    expect(concept(question, 'papier').counted).toBe(true);
    expect(concept(question, 'factures').counted).toBeUndefined();
  });

  it('reads "temps" in "combien de temps" as naming the kind of answer, not a word to find', () => {
    expect(read('Combien de temps durera la remise en état ?').answerType).toBe('duration');
    expect(concept('Combien de temps durera la remise en état ?', 'temps').kind).toBe('type');
    expect(concept('Le temps de trajet du bus numérique ?', 'temps').kind).toBe('content');
  });

  it('marks a word said as a verb, a participle after its auxiliary included', () => {
    expect(concept('Combien de personnes ont signé la pétition ?', 'signé').verbal).toBe(true);
    expect(concept('Combien de personnes ont signé la pétition ?', 'pétition').verbal).toBeUndefined();
    expect(concept('How many people signed the petition?', 'signed').verbal).toBe(true);
  });

  it('tells a price asked from another amount', () => {
    expect(read('Le raccordement coûte combien ?').priceAsked).toBe(true);
    expect(read('Quels sont les frais de mise en service ?').priceAsked).toBe(true);
    expect(read('How much does the connection cost?').priceAsked).toBe(true);
    expect(read('Quel est le budget du réseau ?').priceAsked).toBe(false);
    expect(read('Combien la Région a-t-elle versé ?').priceAsked).toBe(false);
    // what the whole cost, which "gratuit" said of some part does not answer
    expect(read('Quel prix la commune de Lanvel a-t-elle payé en tout pour son portail ?').priceAsked).toBe(false);
    expect(read('What did the Lanvel portal cost in total?').priceAsked).toBe(false);
  });

  it('translates the phrasal verbs of projects as their French verbs ("hook up", "sign off", "push back")', () => {
    const english = (question: string, label: string) =>
      readQuestion(question, resources, 'en').concepts.find((c) => c.label === label)?.translations ?? [];
    expect(english('Which cable will hook up the hospital of Sorrac?', 'hook up')).toContain('raccorder');
    expect(english("Who signed off on Sorrac's new plan?", 'signed off')).toContain('valider');
    expect(english('Until when was the Sorrac review pushed back?', 'pushed back')).toContain('reporter');
  });

  it('lets a page answer whether one pays by "gratuit", "payant" or a price', () => {
    const said = (question: string, word: string) => concept(question, word).alternatives.flatMap((a) => a.terms);
    expect(said('le cours de code de la route en ligne, il faut le payer ou pas ?', 'payer')).toEqual(
      expect.arrayContaining(['gratuit', 'payant', 'tarif']),
    );
    expect(said('Do I have to pay for the repair café or not?', 'pay for')).toContain('gratuit');
    // not a question of how much one pays, nor whether a payment was made
    expect(said('Combien la Région paie-t-elle pour les bornes ?', 'paie')).not.toContain('gratuit');
    expect(said('La commune a-t-elle payé la rançon ?', 'payé')).not.toContain('gratuit');
    expect(read('le cours en ligne, il faut le payer ou pas ?').answerType).toBe('other');
  });

  it('counts a concept typed twice once', () => {
    expect(firstTerms('fibre fibre Gers fibres')).toEqual(['fibr', 'gers']);
  });

  it('has no concepts for punctuation or question words only', () => {
    expect(read('?!').concepts).toEqual([]);
    expect(read('Quand ? Où ? Qui ?').concepts).toEqual([]);
  });
});

describe('English questions searched in French', () => {
  const alternatives = (question: string, label: string) => concept(question, label).alternatives.map((a) => a.terms.join(' '));

  it('translates through the field glossary first, then the dictionary', () => {
    expect(alternatives('When was the agreement with Seoul signed?', 'agreement').slice(0, 2)).toEqual(['accord', 'convention']);
    expect(alternatives('What percentage of the population can access broadband?', 'broadband')[0]).toBe('haut debit');
    expect(alternatives('Who is the mayor of Paris?', 'mayor')[0]).toBe('mair');
    expect(alternatives('How many advisers will be hired?', 'advisers')).toContain('conseil');
  });

  it('reads "what is the name of X" as asking what X is called, a person only when X is one', () => {
    expect(read('What is the name of the digital bus?')).toMatchObject({ answerType: 'other' });
    expect(read('What is the name of the digital bus?').concepts.map((c) => c.label)).toEqual(['digital', 'bus']);
    expect(concept('What is the name of the mayor of Brest?', 'mayor').alternatives[0]?.terms).toEqual(['mair']);
  });

  it('reads phrasal verbs whatever the tense ("teamed up")', () => {
    expect(alternatives('Which councils teamed up with the region in 2020?', 'teamed up')).toContain('partenariat');
    // "put up" a mast is to erect it, not to lodge a guest (the dictionary's abriter)
    expect(alternatives('Where will the mast be put up in Plérin?', 'put up')).toContain('implant');
  });

  it('lemmatises plurals and past tenses before translating', () => {
    expect(alternatives('Who signed the agreement with Orange?', 'signed')[0]).toBe('sign');
    expect(alternatives('Who paid the new mast?', 'paid')).toContain('pay');
    expect(alternatives('Who paid for the new mast?', 'paid for')).toContain('financ');
    // a body that pays for a scheme subsidises it
    expect(alternatives('Who pays for the digital workshops?', 'pays for')).toContain('subvention');
  });

  it('drops English function words, keeps names', () => {
    const q = read('When was the agreement with Seoul signed?');
    expect(q.concepts.map((c) => c.label)).toEqual(['agreement', 'Seoul', 'signed']);
    expect(concept('When was the agreement with Seoul signed?', 'Seoul')).toMatchObject({
      kind: 'name',
      alternatives: [{ terms: ['seoul'], factor: 1 }],
    });
  });

  it('passes French names through: "Valence-sur-Baïse"', () => {
    const c = concept('Where is Valence-sur-Baïse?', 'Valence-sur-Baïse');
    expect(c.alternatives[0]?.terms).toEqual(['valence-sur-bais']);
    expect(c.kind).toBe('name');
  });

  it('reads nothing into words that only shape the question ("mean", "money")', () => {
    expect(read('What does FTTH mean?').concepts.map((c) => c.label)).toEqual(['FTTH']);
    expect(read('How much money did the Region give?').concepts.map((c) => c.label)).not.toContain('money');
  });

  it('reads an unknown hyphenated English word word by word ("fibre-eligible")', () => {
    const labels = read('How many fibre-eligible homes are in the Gers?').concepts.map((c) => c.label);
    expect(labels).toContain('fibre');
    expect(labels).toContain('Gers');
  });
});

describe('a total asked for', () => {
  it.each<[string, boolean]>([
    ['Quel est le coût au total de la médiathèque de Privas ?', true],
    ['Combien de bornes en tout ?', true],
    ['How much did the network cost overall?', true],
    ['Combien coûte la médiathèque de Privas ?', false],
    ['Quel est le coût total par mois ?', false], // a rate asked: its period decides
  ])('%s (%s)', (question, total) => {
    expect(read(question).total).toBe(total);
  });
});

describe('a share that may be an amount', () => {
  it.each<[string, boolean]>([
    ['Quelle est la part de la Région dans le plan ?', true],
    ['Quelle part du financement reste à la charge des communes ?', true],
    ['What share of the plan does the Region pay?', true],
    ['Quelle part des usagers a plus de 65 ans ?', false],
    // a percentage named is asked: "95 000 € d'économie" is no answer to it
    ["Quel pourcentage d'énergie la commune compte-t-elle gagner sur l'éclairage ?", false],
    ['What percentage of the cost does the Region pay?', false],
  ])('%s (%s)', (question, amount) => {
    const read_ = read(question);
    expect(read_.answerType).toBe('percent');
    expect(read_.shareOfMoney).toBe(amount);
  });
});

describe('verbs that only ask an amount', () => {
  it('reads no word of the fact in "s\'élève", "se monte" ("élève" is also a pupil)', () => {
    expect(read("À combien s'élève le budget du réseau de la vallée ?").concepts.map((c) => c.label)).not.toContain('élève');
    expect(read('À combien se montent les aides de la Région ?').concepts.map((c) => c.label)).toEqual(['aides', 'Région']);
    // a pupil asked about stays one
    expect(read("Combien d'élèves ont reçu une tablette ?").concepts.map((c) => c.label)).toContain('élèves');
  });
});

describe('whose a thing is', () => {
  it.each<[string, boolean]>([
    ['les ordis portables des écoliers ils sont à qui ?', true],
    ['À qui appartient le réseau de fibre ?', true],
    ['Qui est propriétaire du pylône ?', true],
    ['Who owns the network?', true],
    ["À qui s'adressent les ateliers numériques ?", false],
    ['Qui gère le réseau ?', false],
  ])('%s (%s)', (question, asked) => {
    expect(read(question).ownerAsked).toBe(asked);
    // what the answer must say: "propriété", "appartient"
    expect(read(question).concepts.some((c) => c.label === 'propriété')).toBe(asked);
  });
});

describe('the noun a count counts', () => {
  const counted = (question: string) => read(question).concepts.find((c) => c.counted)?.label;

  it.each([
    ['Combien de bornes wifi seront installées ?', 'bornes'],
    // English puts the counted noun last in a compound; a verb may follow the subject
    ['How many fibre connections were made in Privas?', 'connections'],
    ['How many charging points will the town install?', 'points'],
    ['How many people work on the site?', 'people'],
    ['How many parking spaces does the new car park have?', 'parking spaces'],
  ])('%s counts %s', (question, label) => {
    expect(counted(question)).toBe(label);
  });
});

describe('rates', () => {
  it.each<[string, string, boolean]>([
    ['La Région verse combien par habitant pour la fibre ?', 'habitant', true],
    ['Combien coûte une prise chaque année ?', 'année', true],
    ['How much is paid per household in the Creuse?', 'household', true],
    ["Le réseau est-il financé par l'Europe ?", 'Europe', false], // an agent, not a rate
    // after a past participle, "par" says how: no rate
    ['Quelle hauteur fait l’antenne livrée par camion ?', 'camion', false],
    ['Combien coûte le réseau financé par emprunt ?', 'emprunt', false],
    ['De combien a baissé la facture des communes suivies par satellite ?', 'satellite', false],
    ['Quel est le revenu par habitant du canton ?', 'habitant', true],
    ['Quel est le tarif mensuel de la location ?', 'mensuel', true],
    ['What is the annual budget of the scheme?', 'annual', true],
    // The price of one item, asked with the indefinite article, is a price per item.
    ['Combien coûte une borne de recharge à Quimper ?', 'borne', true],
    ["Quel est le prix d'un capteur de crue ?", 'capteur', true],
    ['How much does a sensor cost in Brest?', 'sensor', true],
    ['How much does a charging point cost?', 'point', true],
    ['Combien coûte le réseau de capteurs ?', 'réseau', false],
    // The cost to one payer is a rate per payer.
    ['le service de sauvegarde ça revient à combien à une mairie ?', 'mairie', true],
    ['Le raccordement revient à combien à chaque foyer ?', 'foyer', true],
    ['Combien coûte le service à la commune de Brague ?', 'commune', false],
    // The price of a unit of measure is a rate per unit.
    ['Quel sera le prix du litre de gazole à la régie de Vizille ?', 'litre', true],
    ['Quel est le tarif du kWh de la régie ?', 'kWh', true],
    ['Quel est le prix du réseau de chaleur ?', 'réseau', false],
  ])('%s: "%s" is what a rate is per (%s)', (question, label, per) => {
    expect(concept(question, label).per === true).toBe(per);
  });
});

describe('rates per period', () => {
  it.each<[string, string | undefined]>([
    ["Quel est le prix mensuel d'un abonnement à la fibre ?", 'month'],
    ['Combien coûte la location du local par an ?', 'year'],
    ['How much is the weekly rent of the van?', 'week'],
    ['Combien de visiteurs par jour au salon ?', 'day'],
    ['Combien coûte le réseau de fibre ?', undefined],
  ])('%s → %s', (question, period) => {
    expect(read(question).period).toBe(period);
  });
});

describe('a ceiling asked', () => {
  it.each<[string, boolean]>([
    ['le chèque numérique ça monte à combien max ?', true],
    ["Jusqu'à combien la Région rembourse-t-elle un ordinateur ?", true],
    ['What is the maximum grant for a connection?', true],
    ['Combien coûte le raccordement ?', false],
    ['Combien de prises seront raccordées au plus tard en 2026 ?', false],
  ])('%s → maximum %s', (question, maximum) => {
    expect(read(question).maximum).toBe(maximum);
  });
});

describe('the end of something a date is asked of', () => {
  it.each<[string, 'start' | 'end' | undefined]>([
    ['Quand se terminent les travaux du réseau ?', 'end'],
    ['fin chantier fibre Vallée de la Sève date', 'end'],
    ['When will the new network be completed?', 'end'],
    ['Quand les travaux de la médiathèque ont-ils démarré ?', 'start'],
    ['date lancement plateforme numérique', 'start'],
    ['When did the works start?', 'start'],
    ['Quand a-t-on inauguré le réseau ?', undefined],
    // one question naming both ends asks neither
    ['Quand les travaux commencés en mai seront-ils terminés ?', undefined],
    // a figure is not a date
    ['Combien de logements raccordés à la fin des travaux ?', undefined],
  ])('%s → %s', (question, endpoint) => {
    expect(read(question).endpoint).toBe(endpoint);
  });

  it('counts the verb of a date question fully: it says which of the many events of a page is dated', () => {
    expect(concept('Quand la médiathèque a-t-elle été inaugurée ?', 'inaugurée').kind).toBe('content');
    // elsewhere a verb counts for less: the text often says it otherwise
    expect(concept('Qui a inauguré la médiathèque ?', 'inauguré').kind).toBe('verb');
    // nor a light verb, which says little alone
    expect(concept('Quand le relais sera-t-il mis en service ?', 'mis').kind).toBe('verb');
  });

  it('reads the word of the end asked as the kind of date asked, not what the answer is about', () => {
    const concept = read('Quand se terminent les travaux du réseau ?').concepts.find((c) => c.label === 'terminent');
    expect(concept?.kind).toBe('type');
  });
});

describe('deadlines', () => {
  it.each<[string, boolean]>([
    ["Jusqu'à quand peut-on candidater au label ?", true],
    ['date limite dossier subvention fibre', true],
    ["What's the deadline for the call for projects?", true],
    ['Avant quelle date le plan de Lanvel doit-il être voté ?', true],
    ['By what date must the Lanvel plan be voted?', true],
    ['Quand le réseau sera-t-il terminé ?', false],
  ])('%s → deadline %s', (question, deadline) => {
    expect(read(question).deadline).toBe(deadline);
  });

  it.each<[string, boolean]>([
    ['Depuis quand le relais 4G de la commune fonctionne-t-il ?', true],
    ['since when has the fablab been open?', true],
    // from when it will hold
    ['À partir de quel mois les horaires de la médiathèque de Sorrac seront-ils élargis ?', true],
    ['from what date can residents of Sorrac apply?', true],
    ['Quand le relais 4G a-t-il été inauguré ?', false],
  ])('%s → since %s', (question, since) => {
    expect(read(question).since).toBe(since);
  });

  it.each<[string, boolean]>([
    ['Au bout de combien de semaines la commune rappelle-t-elle les demandeurs ?', true],
    ['Après combien de mois le réseau est-il ouvert à la commercialisation ?', true],
    ['how long after the storm was the mast repaired?', true],
    ["D'ici combien de temps le hameau sera-t-il couvert ?", true],
    ['Combien de temps durent les travaux ?', false],
  ])('%s → delay %s', (question, delay) => {
    expect(read(question).answerType).toBe('duration');
    expect(read(question).delay).toBe(delay);
  });

  it('drops the noun of "au bout de": it names nothing a sentence repeats', () => {
    expect(read('Au bout de combien de semaines la commune rappelle-t-elle les demandeurs ?').concepts.map((c) => c.label)).not.toContain(
      'bout',
    );
  });
});
