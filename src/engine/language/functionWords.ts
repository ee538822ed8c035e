// French words too common to tell passages apart. natural's list (Lucene's, essentially) is imported
// from its own file: the package root loads databases and WordNet (about 1 s and 150 MB).
import { createRequire } from 'node:module';
import { ENGLISH_FUNCTION_WORDS } from './englishWords.ts';
import { foldWord } from './foldText.ts';
import { frenchTypeNouns, PUBLIC_BODY_NOUNS } from './questionVocabulary.ts';

const require = createRequire(import.meta.url);
const naturalFrench = require('natural/lib/natural/util/stopwords_fr.js') as { words: string[] };

// Function words natural's list misses; each one appeared in the corpus without carrying meaning.
const EXTRA = [
  'plus',
  'tres',
  'aussi',
  'ainsi',
  'tout',
  'tous',
  'toute',
  'toutes',
  'comme',
  'dont',
  'donc',
  'alors',
  'car',
  'si',
  'bien',
  'ni',
  'or',
  'afin',
  'lors',
  'chez',
  'vers',
  'entre',
  'sous',
  'depuis',
  'cela',
  'ceci',
  'celui',
  'celle',
  'ceux',
  'celles',
  'lequel',
  'laquelle',
  'lesquels',
  'lesquelles',
  'duquel',
  'auquel',
  'etc',
  'ci',
  'la',
  'ca',
  'voici',
  'voila',
  'quoi',
  'aupres',
  'dela',
  'puis',
  'encore',
  'deja',
  'egalement',
  'notamment',
  'avoir',
  'etre',
  'fait',
  'faire',
  'peut',
  'peuvent',
  'doit',
  'doivent',
  'va',
  'vont',
  'cet',
  'cette',
  'ces',
  'ont',
  'ete',
  'sont',
  'est',
  'autre',
  'autres',
  'chaque',
  'certes',
  'cas',
  'quelque',
  'quelques',
  'ne',
  'pas',
  'non',
  'oui',
  'celui-ci',
  'celle-ci',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
  'vient',
  'leurs',
  // Prepositions natural's list misses: they relate words, they name nothing.
  'apres',
  'avant',
  'pendant',
  'durant',
  'contre',
  'selon',
  'sans',
  'malgre',
  'parmi',
  'des',
  'hors',
  'outre',
  'envers',
  'via',
  'face',
];

/** Folded French stopwords (accents dropped, as terms are compared after folding). */
export const FRENCH_STOPWORDS: ReadonlySet<string> = new Set([...naturalFrench.words, ...EXTRA].map(foldWord));

/** Words that ask rather than say: removed from questions, never from the corpus. */
export const FRENCH_QUESTION_WORDS: ReadonlySet<string> = new Set(
  [
    'quand',
    'combien',
    'combientieme',
    'comment',
    'pourquoi',
    'quel',
    'quels',
    'quelle',
    'quelles',
    'qui',
    'que',
    'quoi',
    'ou',
    'lequel',
    'laquelle',
    'lesquels',
    'lesquelles',
    'est-ce',
    'y',
    // Verbs that only carry the question: "où se trouve…", "que signifie…", "comment s'appelle…".
    'trouve',
    'trouvent',
    'situe',
    'situent',
    'appelle',
    'appellent',
    'signifie',
    'designe',
    'veut',
    'dire',
    'savoir',
    'connaitre',
    'existe',
    'existent',
    // "Quel est le nom de…" asks for the thing itself.
    'nom',
    // Asking to set facts side by side ("comparez X et Y : combien met chacune ?"): no word of the facts.
    'compare',
    'comparez',
    'comparer',
    'chacun',
    'chacune',
    // How precise an answer is wanted ("environ un million", "combien exactement"): no word of the fact.
    'environ',
    'approximativement',
    'exactement',
    'precisement',
  ].map(foldWord),
);

/**
 * Whether a word only ties others together, in French or English (a stopword, a question word, an
 * English function word): a phrase holding one reads as a sentence, not as a name.
 */
export function isFunctionWord(word: string): boolean {
  const folded = foldWord(word);
  return FRENCH_STOPWORDS.has(folded) || FRENCH_QUESTION_WORDS.has(folded) || ENGLISH_FUNCTION_WORDS.has(folded);
}

// Sentences that open on a pronoun or a link word speak of what the sentence before named:
// "Il a signé pour douze ans", "Ce dernier lui a valu…", "Lequel était à…".
const LEANS_ON_PREVIOUS =
  /^[«"“\s]*(?:il|elle|ils|elles|ce|cet|cette|ces|cela|ceci|celui-ci|celle-ci|ceux-ci|celles-ci|lequel|laquelle|lesquels|lesquelles|ces derniers|ces dernières|ce dernier|cette dernière|c'|c’|en effet|ainsi|de plus|par ailleurs|l'opérateur|la société|le syndicat|l'entreprise|le groupe|la collectivité|it|this|they)(?![\p{L}])/iu;

// "L'intégrateur s'engage…", "La présidente a rappelé…": a definite article and a noun that names an
// organisation or a role stand for the one the text has just named — unless a complement says which
// ("La maire de Saint-Paul…").
const OPENING_DESCRIPTION = /^[«"“\s]*(?:l['’]|le\s+|la\s+)(\p{L}[\p{L}-]*)(?![\p{L}-])(?!\s+(?:d['’]|(?:de|du|des)(?!\p{L})))/iu;
// (or a public body the page calls by its common noun, "le syndicat": PUBLIC_BODY_NOUNS)
const DESCRIBES_WHO: ReadonlySet<string> = new Set([...frenchTypeNouns('organisation', 'person'), ...PUBLIC_BODY_NOUNS]);

/** Whether a sentence opens on a description of an organisation or a person it does not name. */
export function opensOnDescription(sentence: string): boolean {
  const noun = OPENING_DESCRIPTION.exec(sentence)?.[1];
  return noun !== undefined && describesWho(noun);
}

/** Whether a noun names an organisation or a person's role ("syndicat", "maire", "vice-présidente"). */
export function describesWho(noun: string): boolean {
  // "La vice-présidente": a compound role is its last word's ("présidente").
  const folded = foldWord(noun);
  return DESCRIBES_WHO.has(folded) || DESCRIBES_WHO.has(folded.slice(folded.lastIndexOf('-') + 1));
}

// "à l'opérateur", "par la collectivité": a definite article and a noun of an organisation or a place.
const DESCRIPTION_INSIDE = /(?:^|[^\p{L}])(?:l['’]\s*|le\s+|la\s+|au\s+|du\s+)(\p{L}[\p{L}-]*)(?![\p{L}-])/giu;

const DESCRIBES: Record<'organisation' | 'place', ReadonlySet<string>> = {
  organisation: new Set(frenchTypeNouns('organisation')),
  place: new Set(frenchTypeNouns('place')),
};

/**
 * Whether a sentence names an organisation ("transmis à l'opérateur") or a place ("par la collectivité")
 * by a description anywhere in it. Not a person's role: "le maire" is the mayor of one place among those
 * a page names.
 */
export function saysDescription(sentence: string, kind: 'organisation' | 'place' = 'organisation'): boolean {
  let kinds = descriptionsByText.get(sentence);
  if (kinds === undefined) {
    if (descriptionsByText.size >= DESCRIPTIONS_KEPT) descriptionsByText.clear();
    descriptionsByText.set(sentence, (kinds = descriptionKinds(sentence)));
  }
  return (kinds & (kind === 'organisation' ? 1 : 2)) !== 0;
}

// "…", poursuit la maire / ajoute le président: a verb of saying and a role, after a quotation, name the
// speaker the page quoted last by the role the page gave them.
const SPEAKER_DESCRIBED = new RegExp(
  `(?:poursuit|ajoute|precise|explique|souligne|insiste|rappelle|conclut|estime|indique|confie|assure|detaille|reconnait|resume|commente|affirme|temoigne)\\s+(?:l'\\s*|le\\s+|la\\s+)(${frenchTypeNouns('person').join('|')})(?![\\p{L}])`,
  'u',
);

/** Whether a sentence's speaker is named by a role after what they said ("…", poursuit la maire). */
export function speakerDescribed(sentence: string): boolean {
  return SPEAKER_DESCRIBED.test(foldWord(sentence));
}

// Asked of the same sentences question after question (the passages a question reads are kept): the
// answer is kept too, for the last few thousand sentences.
const descriptionsByText = new Map<string, number>();
const DESCRIPTIONS_KEPT = 8192;

/** Bit 1: a sentence describes an organisation; bit 2: a place. */
function descriptionKinds(sentence: string): number {
  let kinds = 0;
  for (const m of sentence.matchAll(DESCRIPTION_INSIDE)) {
    const noun = foldWord(m[1]!);
    if (DESCRIBES.organisation.has(noun)) kinds |= 1;
    if (DESCRIBES.place.has(noun)) kinds |= 2;
  }
  return kinds;
}

// "Le Département y consacrera 1,6 M€": the pronoun "y" stands for what the sentence before named
// (not in "il y a", which names nothing).
const Y_PRONOUN = /^[«"“\s]*(?:[\p{L}'’-]+\s+){1,4}(?<!\bil\s+)y\s+\p{L}/iu;

// "Celui-ci, haut de 32 mètres, porte…", "Ce dernier a reconnu…": a demonstrative pronoun stands for the
// thing the sentence before has just named, whatever it is — not only for a name, as "il" mostly does.
// So does "Il s'agit de…", which says what the sentence before spoke of ("… 15 pylônes. Il s'agit de projets 4G").
const DEMONSTRATIVE_OPENING =
  /^[«"“\s]*(?:celui-ci|celle-ci|ceux-ci|celles-ci|ce dernier|cette dernière|ces derniers|ces dernières|il s['’]agit)(?![\p{L}])/iu;

/** Whether a sentence opens on a demonstrative pronoun ("Celui-ci", "Cette dernière"). */
export function opensOnDemonstrative(sentence: string): boolean {
  return DEMONSTRATIVE_OPENING.test(sentence);
}

// "Cette solution provisoire…", "Ce dispositif…": a demonstrative determiner and a noun name again what the
// sentence before has said.
const DEMONSTRATIVE_NOUN_OPENING = /^[«"“\s]*(?:ce|cet|cette|ces)\s+\p{L}/iu;

/** Whether a sentence opens on a demonstrative determiner and its noun ("Cette solution…"). */
export function opensOnDemonstrativeNoun(sentence: string): boolean {
  return DEMONSTRATIVE_NOUN_OPENING.test(sentence);
}

// "Le dispositif sera clos le…", "Le projet coûte…": a definite article and a noun of a scheme name the one the
// page is about, whatever the question calls it ("the grant").
const SCHEME_OPENING =
  /^[«"“\s]*(?:le|l['’])\s*(?:dispositif|projet|programme|opération)(?![\p{L}])(?!\s+(?:d['’]|de|du|des)(?![\p{L}]))/iu;

/** Whether a sentence opens on the scheme its page is about ("Le dispositif…"), not one a complement names. */
export function opensOnScheme(sentence: string): boolean {
  return SCHEME_OPENING.test(sentence);
}

/** Whether a sentence leans on the one before it (opens on a pronoun, a link word or a description). */
export function leansOnPrevious(sentence: string): boolean {
  return LEANS_ON_PREVIOUS.test(sentence) || Y_PRONOUN.test(sentence);
}

/**
 * Words that join the words of a name and lend it no initial: "Caisse d'allocations familiales",
 * "Office intercommunal des usages et de la donnée". Folded, elided forms without their apostrophe.
 */
export const NAME_JOINING_WORDS: ReadonlySet<string> = new Set([
  'de',
  'd',
  'du',
  'des',
  'la',
  'l',
  'le',
  'les',
  'et',
  'a',
  'au',
  'aux',
  'en',
  'pour',
  'sur',
]);

/**
 * The folded words of a name, an elided word kept with the next ("d'Azur" is one word, "azur") and those that only
 * join its words left out: "Tous ensemble pour Lanvel" → tous, ensemble, lanvel.
 */
export function nameWordsWithoutJoins(name: string): string[] {
  return Array.from(name.matchAll(/\p{L}[\p{L}'’-]*/gu), (m) => foldWord(m[0]).replace(/^[a-z]+['’]/, '')).filter(
    (w) => w !== '' && !NAME_JOINING_WORDS.has(w),
  );
}

/** Adverbs of degree, folded: the word after one is an adjective or an adverb ("au plus fort de l’été"), never a name. */
export const DEGREE_ADVERBS: readonly string[] = [
  'plus',
  'moins',
  'tres',
  'trop',
  'si',
  'aussi',
  'assez',
  'bien',
  'most',
  'more',
  'less',
  'very',
];

/** Ends of text where the next word is a noun: an article or a determiner before it ("les données", "l'envoi"). */
export const DETERMINER_BEFORE = /(?:^|[\s'’])(?:les|des|de|du|la|le|l|un|une|ces|ses|leurs|nos|vos|aux)['’\s]\s*$/iu;
