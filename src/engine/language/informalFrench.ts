// Words of spoken and chat French and the standard words they stand for: "ordi" is ordinateur, "asso"
// association, "boîte" entreprise. General vocabulary, folded; applied to questions only.

import { withoutAccents } from './foldText.ts';

const PAIRS = `ordi:ordinateur ordis:ordinateurs asso:association assos:associations agglo:agglomération
agglos:agglomérations appli:application applis:applications info:information infos:informations
dept:département dépt:département dep:département dép:département gouv:gouvernement admin:administration prof:professeur profs:professeurs
pro:professionnel pros:professionnels comcom:communauté_de_communes interco:intercommunalité
intercos:intercommunalités télécoms:télécommunications télécom:télécommunication tél:téléphone
boîte:entreprise boîtes:entreprises boulot:travail fric:argent thune:argent thunes:argent pognon:argent
bosser:travailler gosses:enfants gamins:enfants mômes:enfants ados:adolescents fac:université
resto:restaurant bagnole:voiture boss:patron sous:argent balles:euros
mecs:hommes nana:femme exam:examen smartphone:téléphone portable:téléphone
wifi:wi-fi ado:adolescent perso:personnel dispo:disponible expo:exposition manif:manifestation
cata:catastrophe projo:projet récup:récupération dirlo:directeur dirlos:directeurs dirlot:directeur
fédé:fédération fédés:fédérations prez:président vp:vice-président vps:vice-présidents
dg:directeur_général dga:directeur_général_adjoint dgs:directeur_général_des_services pdg:président-directeur_général
dev:développement dév:développement dircab:directeur_de_cabinet dircom:directeur_de_la_communication techos:techniciens techo:technicien
perm:permanence perms:permanences réu:réunion réus:réunions biblio:bibliothèque bibli:bibliothèque doc:document
docs:documents num:numéro nums:numéros abo:abonnement abos:abonnements sécu:sécurité compta:comptabilité conf:conférence labo:laboratoire
rentrer:entrer rentré:entré rentrés:entrés rentrent:entrent rentrez:entrez rentrons:entrons
gratos:gratuit matos:matériel appart:appartement apparts:appartements proprio:propriétaire proprios:propriétaires
coordo:coordinateur coordos:coordinateurs respo:responsable respos:responsables hosto:hôpital instit:instituteur
instits:instituteurs préf:préfecture ciné:cinéma récap:récapitulatif`;

/** Folded informal word → the standard French it stands for (words separated by spaces). */
export const INFORMAL_FRENCH: ReadonlyMap<string, string> = new Map(
  PAIRS.split(/\s+/)
    .filter(Boolean)
    .map((pair) => {
      const [word = '', standard = ''] = pair.split(':');
      return [withoutAccents(word), standard.replace(/_/g, ' ')] as [string, string];
    }),
);

/**
 * Standard word → the clippings of it that pages write too ("l'Agglo", "l'appli", "les assos"): the informal
 * words that begin their standard word, of four letters or more (shorter ones, "pro", "doc", would meet other words).
 */
export const CLIPPED_FRENCH: ReadonlyMap<string, readonly string[]> = (() => {
  const clipped = new Map<string, string[]>();
  for (const [word, standard] of INFORMAL_FRENCH) {
    const full = withoutAccents(standard);
    if (word.length < 4 || full.includes(' ') || !full.startsWith(word) || full === word) continue;
    clipped.set(full, [...(clipped.get(full) ?? []), word]);
  }
  return clipped;
})();

/**
 * Set phrases (locutions) of questions and the plain words they mean, so that the words of the phrase
 * are not searched one by one: "à la tête de" says nothing of a head, "sur la table" nothing of a table.
 * General French, written from the language, not from any question set; only phrases whose words
 * mislead a search. Patterns on the question as typed.
 */
const PRECEDES_DE = `(?=d['’]|de\\b|du\\b|des\\b)`;
const NOT_AFTER_LETTER = '(?<!\\p{L})';
// Chat drops accents ("a la tete de"): each accented letter of a phrase also matches its plain letter.
const PLAIN_LETTER: Readonly<Record<string, string>> = { à: 'a', â: 'a', é: 'e', è: 'e', ê: 'e', î: 'i', ô: 'o', û: 'u', ç: 'c' };
const withoutAccentsToo = (source: string) => source.replace(/[àâéèêîôûç]/g, (letter) => `[${letter}${PLAIN_LETTER[letter]}]`);
// A verb may have its subject after it ("met-il sur la table", "a-t-il vu le jour"): a phrase that opens on
// its verb forms, "(?:met|mettent…)", lets an inverted subject stand between them and the rest.
const INVERTED_SUBJECT = '(?:-(?:t-)?(?:il|elle|ils|elles|on))?';
const withInvertedSubject = (source: string) => source.replace(/^(\(\?<!\\p\{L\}\)\(\?:[^()]*\))(?=\\s)/u, `$1${INVERTED_SUBJECT}`);
// JavaScript's \b knows no accented letter: "à présent\b" would end inside "a présenté". A word ends before no letter.
const WORD_END = '(?![\\p{L}\\p{N}_])';
const phrase = (source: string, plain: string): readonly [RegExp, string] => [
  new RegExp(withoutAccentsToo(withInvertedSubject(source)).replaceAll('\\b', WORD_END), 'giu'),
  plain,
];

export const FRENCH_SET_PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  phrase(`${NOT_AFTER_LETTER}à la tête ${PRECEDES_DE}`, 'dirigeant '),
  phrase(`${NOT_AFTER_LETTER}aux commandes ${PRECEDES_DE}`, 'dirigeant '),
  phrase(`${NOT_AFTER_LETTER}en charge ${PRECEDES_DE}`, 'responsable '),
  // "qui s'occupe de la billetterie": who is in charge of it ("en charge de", "chargé de"), nothing of a place occupied.
  phrase(
    `${NOT_AFTER_LETTER}(?:s['’](?:est\\s+|était\\s+)?|se\\s+(?:sont\\s+)?)occup(?:e|ent|ait|aient|era|eront|é|ée|és|ées|er)\\s+${PRECEDES_DE}`,
    'se charge ',
  ),
  phrase(`${NOT_AFTER_LETTER}(?:met|mettent|mettra|mettront|mis|mise|mettre)\\s+sur la table\\b`, 'investit'),
  phrase(`${NOT_AFTER_LETTER}(?:met|mettent|mettra|mettront|mis|mettre)\\s+la main (?:à|a) la poche\\b`, 'paie'),
  phrase(`${NOT_AFTER_LETTER}(?:met|mettent|mettra|mettront|mis|mettre)\\s+la main au portefeuille\\b`, 'paie'),
  phrase(
    `${NOT_AFTER_LETTER}(?:réglé|régler|règle|règlent|réglera|régleront)\\s+(?:la|l['’])\\s*(?:facture|addition|note|ardoise)\\b`,
    'payé',
  ),
  phrase(`${NOT_AFTER_LETTER}(?:fait|font|faisait|faisaient|faire)\\s+partie\\s+${PRECEDES_DE}`, 'membre '),
  phrase(`${NOT_AFTER_LETTER}(?:le|du)\\s+coup d['’]envoi\\b`, 'le lancement'),
  phrase(`${NOT_AFTER_LETTER}(?:donné|donne|donnent|donner)\\s+(?:le\\s+)?feu vert\\b`, 'autorisé'),
  phrase(`${NOT_AFTER_LETTER}(?:tiré|tire|tirent|tirer)\\s+la sonnette d['’]alarme\\b`, 'alerté'),
  phrase(`${NOT_AFTER_LETTER}(?:a|ont|avait|avaient|aura|auront)\\s+vu le jour\\b`, 'a été créé'),
  phrase(`${NOT_AFTER_LETTER}(?:voir|voit|verra|verront)\\s+le jour\\b`, 'être créé'),
  phrase(`${NOT_AFTER_LETTER}(?:pris|prend|prennent|prendre|prendra)\\s+part\\s+(?=à|a\\b|au\\b|aux\\b)`, 'participé '),
  phrase(`${NOT_AFTER_LETTER}(?:passé|passe|passent|passer)\\s+à la vitesse supérieure\\b`, 'accéléré'),
  phrase(`${NOT_AFTER_LETTER}(?:tient|tiennent|tenu|tenir)\\s+les rênes\\b`, 'dirige'),
  // "qui prend la suite du directeur": who succeeds him, nothing of a sequel ("suite").
  phrase(`${NOT_AFTER_LETTER}(?:pris|prend|prennent|prendre|prendra|prendront)\\s+la (?:suite|relève) ${PRECEDES_DE}`, 'remplacé '),
  phrase(`${NOT_AFTER_LETTER}(?:a|ont)\\s+le vent en poupe\\b`, 'progresse'),
  phrase(`${NOT_AFTER_LETTER}main dans la main\\b`, 'en coopération'),
  // (whose "état" a page capitalises as the State, and would read as its name)
  phrase(`${NOT_AFTER_LETTER}(?:état|etat)s? des lieux\\b`, 'diagnostic'),
  // "comment ça marche": works, as a system does — nothing of a market ("marché") folded to the same word.
  phrase(`${NOT_AFTER_LETTER}(?:ça|cela)\\s+(?:ne\\s+)?march(?:e|ent|ait|era)\\b`, 'ça fonctionne'),
  phrase(`(?<=${NOT_AFTER_LETTER}comment\\s+)march(?:e|ent|ait|era)\\b`, 'fonctionne'),
  phrase(`${NOT_AFTER_LETTER}en rade\\b`, 'en panne'),
  phrase(`${NOT_AFTER_LETTER}en souffrance\\b`, 'en retard'),
  phrase(`${NOT_AFTER_LETTER}à la traîne\\b`, 'en retard'),
  phrase(`${NOT_AFTER_LETTER}(?:le|la)\\s+(?:bout|fin)\\s+du tunnel\\b`, "l'achèvement"),
  phrase(`${NOT_AFTER_LETTER}(?:sorti|sort|sortent|sortir)\\s+de terre\\b`, 'construit'),
  phrase(`${NOT_AFTER_LETTER}(?:mis|mise|met|mettent|mettre)\\s+au point\\b`, 'développé'),
  phrase(`${NOT_AFTER_LETTER}(?:fait|font|faire)\\s+appel\\s+(?=à|a\\b|au\\b|aux\\b)`, 'recourt '),
  // "qui a été chargé de la pose": tasked with it (a contractor "mandaté"), not a portfolio ("vice-présidente chargée de…").
  phrase(
    `(?<=${NOT_AFTER_LETTER}(?:été|est|sont|sera|seront|était|étaient|fut|furent)\\s+)chargée?s?(?=\\s+(?:de|du|des|d['’]))`,
    'mandaté',
  ),
  // "a eu lieu", "aura lieu": happens, and names no place.
  phrase(
    `${NOT_AFTER_LETTER}(?:(?:a|ont|avait|avaient|aura|auront|va|vont|doit|doivent)(?:-(?:t-)?(?:il|elle|ils|elles))?\\s+(?:eu\\s+|avoir\\s+)?|avoir\\s+)lieu\\b`,
    '',
  ),
  // Compound prepositions relate words and name nothing: "à partir de quand", "grâce au réseau".
  phrase(`${NOT_AFTER_LETTER}à partir ${PRECEDES_DE}`, ''),
  phrase(`${NOT_AFTER_LETTER}grâce (?=à|a\\b|au\\b|aux\\b)`, ''),
  // "quelle tranche d'âge": an age asked, nothing cut ("tranche").
  phrase(`${NOT_AFTER_LETTER}(?:tranche|classe)s? d['’]âge\\b`, 'âge'),
  // "ils sont combien à l'accueil ?", "on était combien ?": how many people (not "ils sont combien d'abonnés", which says whom).
  phrase(
    `${NOT_AFTER_LETTER}(?:ils|elles|on|vous|nous)\\s+(?:sont|est|êtes|sommes|étaient|était|seront|sera|serons|serez)\\s+combien\\b(?!\\s*(?:d['’]|de\\b))`,
    'combien de personnes sont',
  ),
  // "combien de monde": how many people, nothing of the world.
  phrase(`(?<=${NOT_AFTER_LETTER}combien\\s+)de monde\\b`, 'de personnes'),
  phrase(`${NOT_AFTER_LETTER}(?:un|le|des|les)\\s+coups? de (?:main|pouce)\\b`, 'une aide'),
  // ("quel coup de pouce": the determiner asks, and stays)
  phrase(`(?<=${NOT_AFTER_LETTER}quel(?:le)?s?\\s+)coups? de (?:main|pouce)\\b`, 'aide'),
  // Adverbs of time name nothing a sentence must say; the question's time is read from them apart (readQuestion).
  phrase(`${NOT_AFTER_LETTER}(?:à|a) ce jour\\b`, ''),
  phrase(`${NOT_AFTER_LETTER}(?:jusqu['’](?:à|a) |à |a )présent\\b`, ''),
  phrase(`${NOT_AFTER_LETTER}pour (?:l['’]instant|le moment)\\b`, ''),
  phrase(`${NOT_AFTER_LETTER}(?:au départ|au début|à l['’]origine)\\b(?!\\s*(?:d['’]|de\\b|du\\b|des\\b))`, ''),
  phrase(`${NOT_AFTER_LETTER}dans un premier temps\\b`, ''),
  // …and so does "au total", which asks a whole (readQuestion reads that apart).
  phrase(`${NOT_AFTER_LETTER}au total\\b`, ''),
  // Spoken fillers say nothing: "en fait", "du coup" (not "du coup d'envoi"), "en gros", "genre" opening a question.
  phrase(`${NOT_AFTER_LETTER}en fait\\b`, ''),
  phrase(`${NOT_AFTER_LETTER}du coup\\b(?!\\s*d['’])`, ''),
  phrase(`${NOT_AFTER_LETTER}en gros\\b`, ''),
  phrase(`${NOT_AFTER_LETTER}au final\\b`, ''),
  // "en vrai" (really), spoken: nothing true or real asked.
  phrase(`${NOT_AFTER_LETTER}en vrai\\b`, ''),
  // …and so do spoken adverbs made of content words: "tout de suite" names no "suite", "quand même" asks no "quand".
  phrase(`${NOT_AFTER_LETTER}tout de suite\\b`, ''),
  phrase(`${NOT_AFTER_LETTER}quand (?:même|meme)\\b`, ''),
  phrase(`${NOT_AFTER_LETTER}tout (?:à|a) fait\\b`, ''),
  phrase(`${NOT_AFTER_LETTER}(?:en tout cas|de toute (?:façon|facon)|par contre)\\b`, ''),
  phrase(`^\\s*genre\\b\\s*,?`, ''),
];

/** The question with its set phrases said plainly. */
export function plainFrenchPhrases(question: string): string {
  return FRENCH_SET_PHRASES.reduce((text, [pattern, plain]) => text.replace(pattern, plain), question);
}
