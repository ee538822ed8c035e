// The words questions are built with, beyond grammar: nouns that name the kind of answer wanted
// ("quel *budget*" wants an amount, "quel *élu*" a person), verbs of money ("combien *coûte*…"), and the
// fillers of chat ("c'est quoi", "au juste"). General French and English vocabulary, folded
// (lowercase, no accents); Maps and Sets only, so no text can reach Object.prototype.

import type { Locale } from './locale.ts';
import { FRENCH_NOW } from './months.ts';
import { foldWord } from './foldText.ts';

/** The kinds of answer a question can ask for. */
export type AnswerType =
  | 'date'
  | 'duration'
  | 'age'
  | 'money'
  | 'number'
  | 'percent'
  | 'ordinal'
  | 'time'
  | 'frequency'
  | 'telephone'
  | 'person'
  | 'organisation'
  | 'place'
  | 'definition'
  | 'reason'
  | 'other';

const TYPE_NOUNS: ReadonlyArray<[AnswerType, string]> = [
  [
    'money',
    'budget montant cout prix frais somme enveloppe financement investissement tarif dotation subvention facture depense contribution aide cheque rallonge penalite amende indemnite loyer redevance cotisation taxe participation',
  ],
  [
    'person',
    'membre representant representante maire president presidente directeur directrice patron patronne boss chef responsable dirigeant dirigeante ministre elu elue adjoint adjointe depute deputee senateur senatrice prefet prefete delegue deleguee porte-parole fondateur fondatrice interlocuteur interlocutrice contact personne pdg dg dirigeants elus referent referente',
  ],
  [
    'organisation',
    'entreprise societe operateur boite prestataire groupe association partenaire fournisseur industriel constructeur editeur cabinet filiale start-up startup laureat titulaire delegataire attributaire integrateur exploitant concessionnaire amenageur installateur sous-traitant mandataire groupement organisme structure marque fondation firme acteur journal quotidien media magazine banque assureur hebergeur fabricant equipementier distributeur institution administration instance',
  ],
  [
    'place',
    'ville commune departement region pays lieu endroit territoire agglomeration quartier localite village collectivite adresse salle batiment site municipalite',
  ],
  // ("deadline": the loanword chat uses for "échéance")
  ['date', 'date jour annee mois echeance deadline moment periode saison calendrier'],
  ['duration', 'duree delai'],
  // "dès quel âge…" is answered by "dès 14 ans", which never says "âge".
  ['age', 'age'],
  ['percent', 'pourcentage part taux proportion fraction'],
  // A change is told by its size: "quelle baisse" is answered by "une baisse de 68 %" or "de 3 000 €".
  [
    'number',
    'nombre total effectif quantite volume baisse hausse reduction augmentation diminution progression croissance gain frequentation',
  ],
  ['frequency', 'frequence rythme'],
  // "quelle est la cause de la panne": why it happened, answered by its cause ("trouve son origine dans…").
  ['reason', 'cause raison motif'],
  ['time', 'heure horaire'],
  // "quel numéro appeler", "un numéro pour signaler une panne": in chat, a number to call.
  ['telephone', 'numero telephone hotline'],
  // "quel équipement", "quel outil": a kind of thing, answered by one of its kind ("une borne vidéo"); "quel
  // dispositif", "quelle technologie": a kind of means, answered by the one named ("la télégestion"), which
  // seldom says the noun of its kind.
  [
    'other',
    'equipement materiel outil appareil logiciel application dispositif technologie systeme solution moyen mode formule methode procedure mecanisme technique modele format',
  ],
];

/**
 * Nouns of the organisation list that name a business ("quelle boîte", "which company"): a public body
 * named by its common noun ("la Commune", "le Département") is an organisation, but none of these.
 */
export const COMPANY_NOUNS: readonly string[] = (
  'entreprise societe operateur boite prestataire fournisseur industriel constructeur editeur cabinet filiale ' +
  'start-up startup firme integrateur exploitant installateur sous-traitant assureur banque groupe hebergeur fabricant ' +
  'equipementier distributeur'
).split(' ');

/**
 * Words that open the attribution of what a question asks ("selon le maire", "d'après X", "according to X"),
 * lowercase with accents and both apostrophes: who says it, not what it is about.
 */
export const ATTRIBUTION_OPENERS: readonly string[] = ['selon', "d'après", 'd’après', "d'apres", 'according to'];

/** Nouns of streets: a name right after one ("16 rue Louis Pasteur") is a street's, however personal it sounds. */
export const STREET_NOUNS: readonly string[] = 'rue avenue boulevard route chemin place quai allee impasse square'.split(' ');

/**
 * Nouns of the places a name is part of ("le massif de l'Hautil", "la vallée de la Seine", "la rue
 * Pasteur"), beside the nouns of places a question asks for: a name after one of them is a place.
 */
export const LANDMARK_NOUNS: readonly string[] = [
  ...'massif vallee plateau colline mont montagne pic puy col gorges foret bois lac etang riviere fleuve cote plage port ile'.split(' '),
  ...'baie golfe pointe marais lande dune falaise'.split(' '),
  ...STREET_NOUNS,
  ...'rond-point zone parc site hameau lieu-dit canton bassin cimetiere'.split(' '),
  // (a zone named by its purpose: "la zone d'activité de…", "la zone artisanale des…")
  "zone d'activite",
  "zone d'activites",
  'zone artisanale',
  'zone industrielle',
  'zone commerciale',
  "parc d'activites",
];

/** What a contact line labels its details with ("Tél. : 01…", "courriel :"), as typed. */
export const CONTACT_LABELS: readonly string[] = ['tél', 'tel', 'téléphone', 'mail', 'e-mail', 'courriel', 'mobile', 'portable', 'phone'];

/**
 * Public bodies a page calls by their common noun ("le syndicat a lancé…", "la Régie Lanvel"), folded; not
 * among the nouns a question asks for a body by, since a question names them ("quel syndicat" asks a name).
 */
export const PUBLIC_BODY_NOUNS: readonly string[] = ['syndicat', 'regie'];

/** Nouns of a town's council and services, folded ("la ville de", "la mairie de", "le maire de"). */
export const FRENCH_TOWN_BODY_NOUNS: readonly string[] = ['ville', 'commune', 'mairie', 'maire', 'municipalite'];

/** Offices that are a place's, folded: the name after "maire de" is a commune's, after "préfet de" a département's. */
export const FRENCH_PLACE_OFFICES: readonly string[] = ['maire', 'maires', 'prefet', 'prefete', 'sous-prefet', 'sous-prefete'];

/** Buildings and services a town has ("le centre hospitalier de…", "la médiathèque de…"), folded. */
export const BUILDING_NOUNS: readonly string[] = (
  'centre hopital clinique college lycee ecole universite campus mairie hotel prefecture sous-prefecture ' +
  'mediatheque bibliotheque musee gare aeroport salle maison espace stade piscine gymnase eglise chateau ' +
  'caserne gendarmerie commissariat tribunal marche halle foyer residence ehpad creche usine entrepot'
).split(' ');

/**
 * Nouns a question asks which building or room by ("dans quel bâtiment", "quelle salle", "quels locaux"), folded:
 * its answer is a building said by its noun ("le bâtiment polyvalent", "la salle des associations"), seldom a town.
 */
export const BUILDING_ASKED_NOUNS: readonly string[] = ['batiment', 'salle', 'local', 'locaux', 'immeuble', 'edifice'];
/** The nouns a question asks a commune by ("quelles communes", "which towns"): a département or a country is none. */
export const COMMUNE_ASKED_NOUNS: readonly string[] = ['commune', 'ville', 'village', 'bourg', 'localite', 'town', 'city'];

/** French nouns that name the kind of answer wanted, as folded words: "budget" → money. */
export const FRENCH_TYPE_NOUNS: ReadonlyMap<string, AnswerType> = new Map(
  TYPE_NOUNS.flatMap(([type, words]) => words.split(' ').map((w) => [w, type] as [string, AnswerType])),
);

/** The French nouns of the given kinds of answer ("la société", "le maire", "la commune"), as folded words. */
export function frenchTypeNouns(...types: AnswerType[]): string[] {
  return Array.from(
    [...FRENCH_TYPE_NOUNS].filter(([, type]) => types.includes(type)),
    ([noun]) => noun,
  );
}

/**
 * A noun of persons and the word that may qualify it, as a pattern over folded text ("directeur", "directrice
 * generale", "maire adjoint"): the role a name after it is the body of ("directeur executif X", "presidente du Y").
 */
export const FRENCH_ROLE_NOUN_PATTERN = `(?:${frenchTypeNouns('person').join('|')})s?(?:\\s+[a-z-]+)?`;

/**
 * Offices one person holds by name ("X, maire de…"), as folded words of either language: a person
 * introduced with another office ("Y, adjointe au maire") does not hold the one asked. The loose
 * words of the person list (responsable, chef, élu, contact…) name no single office and are left out.
 */
export const OFFICE_TITLES: ReadonlySet<string> = new Set(
  (
    'maire president presidente vice-president vice-presidente directeur directrice ministre adjoint adjointe depute deputee ' +
    'senateur senatrice prefet prefete sous-prefet sous-prefete delegue deleguee porte-parole fondateur fondatrice pdg dg ' +
    'mayor president director minister deputy ceo founder spokesperson'
  ).split(' '),
);

/**
 * Nouns of whoever heads a service, a team or a school, folded: who directs it ("le principal du collège",
 * "la proviseure"), though outside a question of who directs they name no office of their own.
 */
export const FRENCH_HEAD_NOUNS: readonly string[] = ['chef', 'cheffe', 'responsable', 'principal', 'principale', 'proviseur', 'proviseure'];

/**
 * The office that heads a body, by the body's folded noun: "qui dirige la commune" asks for its maire,
 * "qui dirige le département" for the président of its council.
 */
export const FRENCH_BODY_HEADS: ReadonlyMap<string, string> = new Map([
  ['commune', 'maire'],
  ['ville', 'maire'],
  ['village', 'maire'],
  ['mairie', 'maire'],
  ['municipalite', 'maire'],
  ['departement', 'president'],
  ['region', 'president'],
  ['intercommunalite', 'president'],
  ['agglomeration', 'president'],
  ['metropole', 'president'],
  ['syndicat', 'president'],
]);

/**
 * Who holds a portfolio, folded: "l'adjoint à l'urbanisme", "la vice-présidente au numérique", "chargé de la
 * voirie". The word after "à" there is a field of work, not a place.
 */
export const FRENCH_PORTFOLIO_HOLDERS: readonly string[] = (
  'adjoint adjointe adjoints delegue deleguee delegues charge chargee charges conseiller conseillere conseillers ' +
  'vice-president vice-presidente vp elu elue elus referent referente responsable ministre'
).split(' ');

/**
 * Nouns of a brand, folded: "quelle marque de tablettes" asks the name of a maker, not any company a page
 * names ("la société qui assure la maintenance"), so a name must be said to be one.
 */
export const BRAND_NOUNS: ReadonlySet<string> = new Set(['marque', 'marques', 'brand', 'brands']);

/** Nouns a text counts any kind of equipment by ("2 960 appareils ont été distribués" for tablets). */
export const FRENCH_GENERIC_COUNT_NOUNS: readonly string[] = ['appareils', 'équipements', 'unités', 'exemplaires', 'terminaux'];

/** Nouns a question counts any kind of thing or body by ("combien de structures adhèrent"): a page says which kind. */
export const FRENCH_ANY_KIND_NOUNS: readonly string[] = [
  'structures',
  'entités',
  'organismes',
  'organisations',
  'éléments',
  'choses',
  'trucs',
];

/**
 * Nouns that only sort what follows them, folded: "quel type de contrat" asks about the contract, and is
 * answered by one of its kinds ("un marché de conception-réalisation"), which seldom says "type".
 */
export const FRENCH_CLASSIFIER_NOUNS: readonly string[] = ['type', 'sorte', 'genre', 'forme', 'categorie', 'modele'];
/** Nouns a rank is said of without naming what is ranked, folded: "arrive en 3e position", "pour la 2e fois". */
export const FRENCH_RANK_NOUNS: readonly string[] = ['position', 'place', 'rang', 'fois', 'marche', 'classement', 'ex-aequo'];
/** Nouns of a kind of answer in the singular only, folded: "quelle fréquence" asks how often, "quelles fréquences" radio bands. */
export const FRENCH_SINGULAR_TYPE_NOUNS: ReadonlySet<string> = new Set(['frequence']);
/**
 * Shell nouns, folded and singular: abstract nouns a list asks by ("quels problèmes", "which benefits") whose
 * items a page says in their own words ("des coupures à répétition"), seldom with the noun itself. A page
 * that never says "problème" may still list problems; one that never says "fromage" lists no cheese.
 */
const SHELL_NOUNS: Record<Locale, ReadonlySet<string>> = {
  fr: new Set(
    (
      'probleme difficulte souci avantage atout benefice inconvenient interet tache mission role fonction activite ' +
      'source raison cause mesure action solution objectif enjeu critere condition etape moyen outil service ' +
      'dispositif profil etablissement lieu endroit domaine secteur theme sujet aspect element point changement ' +
      'amelioration evolution consequence effet resultat risque menace danger usage regle priorite levier piste ' +
      'mefait defaut faiblesse force limite obstacle frein'
    ).split(' '),
  ),
  en: new Set(
    (
      'problem issue difficulty advantage benefit drawback task mission role function activity source reason cause ' +
      'measure action solution goal objective stake criterion condition step stage means tool service scheme profile ' +
      'establishment institution place area field topic aspect element point change improvement consequence effect ' +
      'result risk threat danger use rule priority weakness strength limit obstacle'
    ).split(' '),
  ),
};

/** Whether a typed noun is a shell noun ("avantages", "benefits"), in either language: as typed or in the singular. */
export function isShellNoun(typed: string): boolean {
  const folded = foldWord(typed.toLowerCase());
  const singular = folded.replace(/(?<=\p{L}{3})[sx]$/u, '');
  return [folded, singular].some((word) => SHELL_NOUNS.fr.has(word) || SHELL_NOUNS.en.has(word));
}

/** Bounds of a quantity, folded: "quel est le plafond de l'aide" asks an amount, the kind of the noun after. */
export const FRENCH_BOUND_NOUNS: readonly string[] = ['plafond', 'plancher', 'seuil', 'limite', 'maximum', 'minimum'];

/**
 * Endings of words French derives at will (désactivable, reconditionnement, raccordabilité, folded): a word
 * the lexicon lacks that ends so is a word of the language, not a place typed in lowercase.
 */
export const FRENCH_DERIVED_ENDINGS = /(?:able|ible|ment|tion|sion|isme|iste|ite|eur|euse|ique|age)s?$/;

/** English nouns that name the kind of answer wanted. */
export const ENGLISH_TYPE_NOUNS: ReadonlyMap<string, AnswerType> = new Map(
  (
    [
      ['money', 'budget amount cost price sum funding investment fee fees grant subsidy spend spending penalty fine compensation rent'],
      ['person', 'mayor president director boss head chief manager minister official leader ceo founder contact person spokesperson'],
      [
        'organisation',
        'company firm operator provider supplier organisation organization group partner contractor winner brand manufacturer maker bank insurer fund investor',
      ],
      [
        'place',
        'city town village department region country place area territory address website webpage url site location municipality commune district',
      ],
      ['date', 'date day year month deadline'],
      ['duration', 'duration'],
      ['age', 'age'],
      ['percent', 'percentage share rate proportion'],
      ['number', 'number total count reduction decrease increase drop rise growth'],
      ['telephone', 'phone telephone hotline helpline'],
      ['reason', 'cause reason'],
      ['other', 'equipment device tool software app application hardware'],
    ] as Array<[AnswerType, string]>
  ).flatMap(([type, words]) => words.split(' ').map((w) => [w, type] as [string, AnswerType])),
);

/** Units a price is given for ("le prix du mètre cube", "le tarif du kWh"), folded: such a price is a rate per unit. */
export const FRENCH_PRICED_UNITS: readonly string[] = 'metre m3 m2 litre kwh kilowattheure mwh megawattheure tonne kilo kg heure'.split(
  ' ',
);

/** The units a connection's speed is said in, as in conversation too ("2 gigas", "300 mégas", "512 kbps"). */
const DATA_RATE_UNITS =
  'mbit mbits gbit gbits mbps gbps kbit kbits kbps kilobit kilobits mb gb megabit megabits gigabit gigabits mega megas giga gigas';

/**
 * Nouns of measure and the units an answer gives them in: "quelle *hauteur*" is answered by "36 mètres",
 * "quel *débit*" by "31 Mbit/s". The answer must give the unit when it does not name the measure.
 */
export const FRENCH_MEASURE_UNITS: ReadonlyMap<string, string> = new Map([
  ['hauteur', 'metre metres m'],
  // (of a place or a building, its area: "une salle de 120 m²")
  ['taille', 'metre metres m cm pouce pouces m2 km2 hectare hectares ha'],
  ['longueur', 'metre metres km kilometre kilometres m'],
  ['largeur', 'metre metres m'],
  ['distance', 'km kilometre kilometres metre metres m'],
  // (of a network, a pipe: its length, "un linéaire de 2 000 km")
  ['lineaire', 'km kilometre kilometres metre metres m'],
  // (of an antenna, a transmitter: how far it reaches)
  ['portee', 'km kilometre kilometres metre metres m'],
  ['altitude', 'metre metres m'],
  ['profondeur', 'metre metres m'],
  ['surface', 'm2 km2 hectare hectares ha metre'],
  ['superficie', 'm2 km2 hectare hectares ha metre metres'],
  // (of a forest, a territory watched: "1 200 hectares")
  ['etendue', 'm2 km2 hectare hectares ha kilometre kilometres km'],
  ['poids', 'kg kilo kilos tonne tonnes gramme'],
  ['masse', 'kg kilo kilos tonne tonnes gramme'],
  ['debit', DATA_RATE_UNITS],
  // (of a vehicle, a ship laying a cable: "à 8 nœuds", "30 km/h")
  ['vitesse', `${DATA_RATE_UNITS} km/h kmh noeud noeuds`],
  ['puissance', 'kw mw gw watt watts kwh'],
  // (of a cable or a link, what it carries: "40 térabits", "400 Gbit/s")
  ['capacite', 'places go to mo gb tb litre litres l kwh mwh terabit terabits tbit tbits gigabit gigabits gbit gbits'],
  ['volume', 'litre litres l m3 metre metres cube cubes hectolitre hectolitres'],
  ['population', 'habitant habitants'],
  // (of water, a room, a server hall: "une température de 38°", "19 degrés")
  ['temperature', 'degre degres °c °'],
]);

/** Every unit word of those measures, folded ("metres", "km", "noeuds"): a noun after a figure that measures, counts nothing. */
export const FRENCH_MEASURE_UNIT_WORDS: ReadonlySet<string> = new Set(
  [...FRENCH_MEASURE_UNITS.values()].flatMap((units) => units.split(' ')),
);

/** The adjective a measure is said by after its figure: "43 mètres *de haut*", "12 km *de long*". */
export const FRENCH_MEASURE_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['hauteur', 'haut'],
  ['altitude', 'haut'],
  ['longueur', 'long'],
  ['largeur', 'large'],
  ['profondeur', 'profond'],
]);

/** Nouns of when something starts or ends: typed alone with a subject, they ask a date. */
export const MOMENT_NOUNS: Record<Locale, ReadonlySet<string>> = {
  fr: new Set('debut fin lancement ouverture demarrage inauguration livraison achevement commencement reouverture'.split(' ')),
  en: new Set('start beginning end launch opening completion inauguration delivery reopening'.split(' ')),
};

/** Verbs that say little alone ("mis en service", "fait", "a eu lieu"): French lemmas; English forms as typed. */
export const LIGHT_VERBS: Record<Locale, ReadonlySet<string>> = {
  fr: new Set('etre avoir faire mettre prendre donner aller venir passer rendre porter tenir'.split(' ')),
  en: new Set(
    'be is are was were been have has had do does did done make made take took taken give gave given go went gone get got put set'.split(
      ' ',
    ),
  ),
};

/** Nouns of a rank ("quelle place a-t-il obtenue", "what position"): in a question of rank, they name the kind of answer. */
export const RANK_NOUNS: Record<Locale, ReadonlySet<string>> = {
  fr: new Set('place places rang position classement'.split(' ')),
  en: new Set('place rank position ranking'.split(' ')),
};

/** The start or the end of something, which a date may be asked of ("la fin des travaux", "when will it start"). */
export type Endpoint = 'start' | 'end';

/**
 * Words that ask a date of one end of something ("quand se terminent les travaux", "date de lancement",
 * "when was it launched"): the date of the other end does not answer. French words are matched by
 * their analysed terms (every form of the verbs); English ones as typed, hence their forms.
 */
export const ENDPOINT_WORDS: Record<Endpoint, Record<Locale, readonly string[]>> = {
  start: {
    fr: 'debut debuter commencer commencement demarrer demarrage lancer lancement creer creation fonder fondation'.split(' '),
    en: 'start starts started starting begin begins began beginning launch launches launched kick created founded'.split(' '),
  },
  end: {
    fr: 'fin finir fini finie finis finies achever achevement terminer finaliser boucler'.split(' '),
    en: 'end ends ended ending finish finishes finished completion complete completed'.split(' '),
  },
};

/** Words a sentence says one end of something with, beside the question's: "les premières sessions", "la phase finale". */
export const FRENCH_ENDPOINT_ADJECTIVES: Record<Endpoint, readonly string[]> = {
  start: ['premier', 'premiere', 'premiers', 'premieres', 'initial', 'initiale'],
  end: ['dernier', 'derniere', 'final', 'finale', 'ultime'],
};

export const ENGLISH_MEASURE_NOUNS: ReadonlyMap<string, string> = new Map([
  ['height', 'hauteur'],
  ['length', 'longueur'],
  ['width', 'largeur'],
  ['area', 'superficie'],
  ['surface', 'surface'],
  ['altitude', 'altitude'],
  ['elevation', 'altitude'],
  ['depth', 'profondeur'],
  ['distance', 'distance'],
  ['range', 'portee'],
  ['size', 'taille'],
  ['weight', 'poids'],
  ['mass', 'masse'],
  ['speed', 'debit'],
  ['bandwidth', 'debit'],
  ['power', 'puissance'],
  ['capacity', 'capacite'],
  ['population', 'population'],
]);

/** French verbs of paying and costing (infinitives): "combien coûte…", "combien l'État met…". */
export const FRENCH_MONEY_VERBS: ReadonlySet<string> = new Set(
  (
    'couter payer investir financer debourser verser apporter mettre depenser rapporter economiser valoir ' +
    'subventionner allouer consacrer injecter engager chiffrer facturer toucher recevoir obtenir octroyer ' +
    'accorder attribuer lever cofinancer abonder filer donner lacher rembourser indemniser gagner claquer'
  ).split(' '),
);

/**
 * Who pays, builds or runs something, named by what it is ("par les opérateurs", "par le délégataire",
 * "par la commune"): the agent of a passive answers "qui" as a name would. Singular, as written.
 */
export const AGENT_NOUNS: ReadonlySet<string> = new Set([
  'opérateur',
  'délégataire',
  'concessionnaire',
  'syndicat',
  'commune',
  'collectivité',
  'intercommunalité',
  'agglomération',
  'département',
  'région',
  'ville',
  'municipalité',
  'entreprise',
  'société',
  'prestataire',
  'partenaire',
  'assureur',
  'mécène',
]);

/**
 * Kinds of sums any amount a page states may be: what something costs, what a funder puts in, what is
 * set aside. A cost is often said by who funds it ("le projet, financé à hauteur de 2 M€"), and a budget
 * is either; a grant is not what a thing costs ("coûtent 2 000 euros" is no grant).
 */
export const BROAD_MONEY_KINDS: ReadonlySet<string> = new Set(['cost', 'funding', 'budget']);

/** Whether an amount said as a sum of one broad kind may answer a question asking another. */
export function mayBeSumAsked(said: string, asked: ReadonlySet<string>): boolean {
  return said === 'budget' || asked.has('budget') || (said === 'funding' && asked.has('cost'));
}

/**
 * How a sentence says a figure changed, as a pattern over folded text ("55 % de plus", "en hausse", "a doublé"):
 * a count said without any of it is a level, not the change "de combien a augmenté…" asks.
 */
export const FRENCH_CHANGE_SAID =
  /(?<![a-z])(?:de plus|de moins|en plus|supplementaires?|hausse|baisse|augment[a-z]*|progress[a-z]*|croissance|diminu[a-z]*|recul[a-z]*|doubl[a-z]*|tripl[a-z]*|evolution|bond|passe[a-z]* de|contre)(?![a-z])/;

/** Nouns that say people of no kind in particular: "combien de personnes" asks who did or got something. */
export const FRENCH_PEOPLE_WORDS: readonly string[] = ['personnes', 'gens', 'individus'];

/** The same in the singular and as chat says it ("c'est qui le gars qui…"), folded: someone of no kind in particular. */
export const ANYONE_NOUNS: ReadonlySet<string> = new Set([
  ...FRENCH_PEOPLE_WORDS,
  ...'personne gars mec mecs meuf nana type types monsieur madame'.split(' '),
]);

/**
 * Nouns of a person an age is given with ("une habitante de 92 ans", "un retraité de 67 ans"), folded, singular
 * and plural: after them, "de N ans" is an age, where after "un contrat" it is a duration.
 */
export const AGED_PERSON_NOUNS: readonly string[] = (
  'femme homme fille garcon enfant dame monsieur retraite retraitee jeune adolescent adolescente senior doyen doyenne ' +
  'octogenaire nonagenaire centenaire habitant habitante personne grand-mere grand-pere'
)
  .split(' ')
  .flatMap((noun) => [noun, `${noun}s`]);

/**
 * Kinds of sums that are not one another, by the nouns and verbs that name them (folded; analysed, so one
 * form stands for its inflections: "coût" for "coûte", "coûtent"): a ransom asked is not the cost of the
 * repairs, nor a fine a compensation. What a thing costs is said in many ways (budget, enveloppe, plan);
 * a grant is left out, since what a funder "invests" is its grant.
 */
export const FRENCH_MONEY_KINDS: ReadonlyArray<readonly [kind: string, words: string]> = [
  ['cost', 'cout prix frais depense facture devis perte tarif travaux'],
  // A sum set aside: what a thing will cost, or what a funder gives ("doté d'une enveloppe de 200 M€"); so is
  // an investment, what the project costs its funder — a broad kind, but no fine, ransom or rent.
  ['budget', 'budget enveloppe plan investir investissement'],
  // What a funder puts in: what something costs is another sum ("coûtent 2 000 euros" is no grant).
  [
    'funding',
    'financer financement subvention subventionner doter dotation apporter apport verser injecter participation contribution cofinancer mettre aide',
  ],
  // A sum demanded: a ransom, said by its noun or by the demand ("les pirates exigent 50 000 €").
  ['ransom', 'rancon reclamer exiger'],
  ['penalty', 'penalite amende'],
  ['compensation', 'indemnite indemniser dedommagement rembourser remboursement'],
  // What is paid again each period: a rent, a fee. (Not "abonnement": its stem is the subscribers' too, "abonnés".)
  ['rent', 'loyer louer redevance cotisation'],
];

/**
 * "Mettre" puts money in ("combien l'État met") but not in its locutions: "mettre en service", "en place",
 * "à disposition", "au point" say what is done, of no sum. Folded.
 */
export const PUTTING_LOCUTION = /\b(?:mettre|met|mets|mettent|mettra|mettront|mis|mise|mises)\s+(?:en|a|au|aux)\s/;

/**
 * Nouns that count people of a kind ("combien d'usagers", "d'habitants", "de visiteurs"): a page may count
 * them as "personnes" ("4 150 personnes accompagnées").
 */
export const FRENCH_PEOPLE_NOUNS: readonly string[] = (
  'usagers habitants bénéficiaires participants visiteurs utilisateurs abonnés clients élèves étudiants salariés ' +
  'employés agents patients seniors jeunes résidents administrés citoyens spectateurs inscrits stagiaires apprenants ' +
  'demandeurs allocataires riverains candidats volontaires bénévoles membres collaborateurs professionnels techniciens ' +
  'ingénieurs enseignants soignants médecins infirmiers lycéens collégiens écoliers commerçants artisans entrepreneurs ' +
  'voyageurs passagers touristes vacanciers adhérents internautes lecteurs auditeurs'
).split(' ');

/** Verbs of paying ("faut-il payer", "do I have to pay"): a page seldom says them where it says whether one pays. */
export const PAYING_VERBS: Record<Locale, readonly string[]> = {
  fr: ['payer', 'facturer', 'couter'],
  en: ['pay', 'paid', 'charge', 'charged', 'cost'],
};

/** Words by which a yes-or-no question asks whether something is paid for ("c'est payant ou pas ?", "is it free?"). */
export const PAYING_WORDS: Record<Locale, ReadonlySet<string>> = {
  fr: new Set([...PAYING_VERBS.fr, 'payant', 'gratuit']),
  en: new Set([...PAYING_VERBS.en, 'free']),
};

/**
 * "C'est à qui ?", "à qui appartient le réseau ?", "who owns it?": whose a thing is. Folded text.
 * (Not "à qui s'adresse…", "à qui profite…": whom it is for.)
 */
export const ASKS_OWNER: Record<Locale, RegExp> = {
  fr: /\ba qui (?:est|sont|sera|seront|appartien\w*|reste\w*)\b|\b(?:est|sont|sera|seront)(?:-(?:t-)?(?:il|elle|ils|elles))? a qui\b|\bappartien\w*(?:-(?:t-)?(?:il|elle|ils|elles))? a qui\b|\bqui (?:en )?(?:est|sera) (?:le |la )?proprietaire\b/,
  en: /\bwhose\b|\bwho (?:owns|will own|owned)\b|\bbelongs? to whom\b|\bwho (?:does|will) (?:it|they) belong to\b/,
};

/** The words a page says whose a thing is with ("propriété du département", "appartient à la commune"). */
export const OWNERSHIP_WORDS: readonly string[] = 'propriété propriétaire appartenir'.split(' ');

/** The words a page answers whether one pays with ("c'est gratuit", "l'atelier est payant", "le tarif"), beside a price. */
export const PRICE_ANSWER_WORDS: readonly string[] = 'gratuit gratuitement payant tarif prix frais cout'.split(' ');

/** Nouns of the role a question asks of a person it names ("quelle fonction occupe X", "what is the role of X"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(['fonction', 'poste', 'role', 'titre', 'position', 'job', 'title']);

/**
 * Words that ask what something costs whoever uses it ("combien coûte le raccordement", "les frais",
 * "how much does it cost"): "c'est gratuit" answers them fully, as it answers no budget or grant.
 */
// Not "payer": "combien paie la Région" asks a contribution as often as a price.
export const FRENCH_PRICE_WORDS: ReadonlySet<string> = new Set('couter facturer prix tarif cout frais'.split(' '));
/** The nouns by which a question asks what a buyer pays ("quel est le *prix* de l'abonnement"), not what a thing cost. */
export const FRENCH_PRICE_NOUNS: readonly string[] = ['prix', 'tarif'];
/** Words that say a sum is invested or funded: what works cost their funders, no price (sentenceEvidence). */
export const FRENCH_INVESTED_WORDS: readonly string[] = ['investir', 'investissement', 'investis', 'financer', 'financement', 'subvention'];
export const ENGLISH_PRICE_WORDS: ReadonlySet<string> = new Set('cost charge price fee fare'.split(' '));

/** English verbs of paying and costing. */
export const ENGLISH_MONEY_VERBS: ReadonlySet<string> = new Set(
  'cost pay invest fund finance spend put contribute chip save earn raise grant award charge reimburse refund lose'.split(' '),
);

/**
 * Forms of "être" after "en" that make "où" ask how far something has got, not where it is: "où en est le
 * chantier ?", "où en sont les travaux ?" (as typed, with their accents).
 */
export const HOW_FAR_ETRE_FORMS: readonly string[] = ['est', 'sont', 'était', 'étaient', 'sera', 'seront'];
/** …and those chat puts before "où", any person: "on en est où ?", "vous en êtes où ?". */
export const HOW_FAR_ETRE_FORMS_BEFORE: readonly string[] = [...HOW_FAR_ETRE_FORMS, 'es', 'êtes', 'sommes', 'suis'];

/**
 * French auxiliaries and modal verbs as typed (lowercase, accents kept: "a" has, "à" is a preposition):
 * one after "qu'est-ce que" makes a clause ("qu'est-ce que la mairie *a* perdu"), not a thing to define.
 */
export const FRENCH_AUXILIARIES: ReadonlySet<string> = new Set(
  (
    'a ont avait avaient aura auront aurait auraient est sont était étaient sera seront serait seraient ' +
    'va vont allait peut peuvent pourra pourront pourrait doit doivent devra devront devrait fait font'
  ).split(' '),
);

/**
 * Adverbs of time: the time a question asks is read from them apart (readQuestion's timeAsked); as
 * words they name nothing a sentence must repeat ("combien de foyers sont *désormais* éligibles").
 */
export const FRENCH_TIME_ADVERBS: ReadonlySet<string> = new Set([
  ...FRENCH_NOW.filter((w) => !w.includes(' ')),
  ...'toujours dorenavant recemment bientot prochainement'.split(' '),
]);

/**
 * Prepositions made of a noun ("au sujet de", "à propos de", "en matière de", "au bout de", "par rapport
 * à"): they say what a question is about, their noun names nothing a sentence must repeat. As folded
 * text, the noun caught.
 */
export const FRENCH_PREPOSITION_NOUNS =
  /\b(?:(?:au (sujet|niveau|cours|bout)|a (propos)|a l'(egard)|en (matiere|termes?)|du (cote)|vis-a-(vis))\s+(?:de\b|du\b|des\b|d')|en ce qui (concerne)\b|par (rapport) (?:a|au|aux)\b)/gu;

/**
 * Words of chat that carry no content: "c'est quoi", "au juste", "stp". Dropped from questions only,
 * never from the corpus.
 */
export const FRENCH_CHAT_FILLERS: ReadonlySet<string> = new Set(
  (
    "ca cela c'est truc machin bien vraiment svp stp merci juste exactement precisement dites dis-moi " +
    "sais savez connais connait connaissez-vous pouvez peux rappeler rappelle-moi quelqu'un hein bon alors " +
    'donc deja euh euhh bah ben franchement bref voila enfin finalement concretement dedans'
  ).split(' '),
);

/** Nouns of things on the web, whose address is a web address ("l'adresse du portail", "site web"). */
export const WEB_NOUNS: readonly string[] = 'site portail plateforme internet web url lien page application appli'.split(' ');
/** Words that make an address one to write to ("adresse mail", "adresse électronique", "email address"). */
export const MAIL_NOUNS: readonly string[] = 'mail e-mail email courriel mel electronique'.split(' ');

/**
 * Verbs that, reflexive, only say an amount is asked ("à combien s'élève le budget", "se monte", "se
 * chiffre"), folded forms: none of their words is a word of the fact ("élève" is also a pupil).
 */
export const REFLEXIVE_AMOUNT_VERBS: ReadonlySet<string> = new Set(
  'eleve elevent elevait elevaient elevera eleveront monte montent montait montaient montera monteront chiffre chiffrent chiffrait chiffrera'.split(
    ' ',
  ),
);
