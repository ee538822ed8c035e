// What kind of answer a question wants ("Combien coûte…" wants an amount of money, "Qui dirige…" a
// person). Rules work on folded text (lowercase, no accents) so "Quand", "quand" and "QUAND" agree; the
// noun a question asks about ("quel *budget*…") decides when no rule does.
import { foldWord } from '../language/foldText.ts';
import type { Locale } from '../language/locale.ts';
import { INFORMAL_FRENCH } from '../language/informalFrench.ts';
import {
  ANYONE_NOUNS,
  type AnswerType,
  ENGLISH_TYPE_NOUNS,
  FRENCH_AUXILIARIES,
  FRENCH_BOUND_NOUNS,
  FRENCH_CLASSIFIER_NOUNS,
  FRENCH_PEOPLE_NOUNS,
  FRENCH_SINGULAR_TYPE_NOUNS,
  FRENCH_TYPE_NOUNS,
  HOW_FAR_ETRE_FORMS,
  HOW_FAR_ETRE_FORMS_BEFORE,
} from '../language/questionVocabulary.ts';

export type { AnswerType };

/** Kinds of answer a figure gives: a count, a sum, a share. */
export const FIGURE_TYPES: ReadonlySet<AnswerType> = new Set(['number', 'money', 'percent']);

/** Kinds of answer that are a time: a date, an hour, a length of time, how often. */
export const TIME_TYPES: ReadonlySet<AnswerType> = new Set(['date', 'time', 'duration', 'frequency']);

/**
 * "durée" said anywhere asks a duration ("la durée du contrat ?"), unless "quel X" names another kind of
 * answer: "quelle enveloppe … sur toute la durée de la concession" asks an amount.
 */
const NOUN_ANYWHERE_DURATION = /\bduree\b/;
/** "combien dure la session", "ça dure combien", "combien a duré le chantier": the verb "durer" asks how long. */
const HOW_LONG_IT_LASTS =
  /\bcombien (?:(?:de temps )?(?:dure|durent|durera|dureront|durait|duraient|a dure|ont dure|va durer|vont durer)\b)|\b(?:dure|durent|durera|dureront|a dure|ont dure|va durer|vont durer)(?:-t-(?:il|elle|ils|elles)|-(?:il|elle|ils|elles))? combien\b/;

/** "faut attendre combien", "combien faut-il attendre", "on attend combien": waiting asks how long. */
const HOW_LONG_TO_WAIT =
  /\b(?:attendre|attend|attendent|attendu) combien\b|\bcombien (?:faut-il |doit-on |on doit |il faut |de temps faut-il )?(?:attendre|patienter)\b/;

/** The English nouns of a sum ("grant", "budget"): "how big was the subsidy" asks an amount, not a size. */
const ENGLISH_SUM_NOUNS = Array.from(
  [...ENGLISH_TYPE_NOUNS].filter(([, type]) => type === 'money'),
  ([noun]) => noun,
).join('|');

/** Rules tried in order: the first that matches wins (so "combien de temps" is a duration, not a number). */
// The forms of "être" that make "où en…" ask how far, as the folded rules read them.
const HOW_FAR_FOLDED = Array.from(HOW_FAR_ETRE_FORMS, (f) => foldWord(f)).join('|');
const HOW_FAR_BEFORE_FOLDED = Array.from(HOW_FAR_ETRE_FORMS_BEFORE, (f) => foldWord(f)).join('|');

const QUESTION_RULES: Record<Locale, ReadonlyArray<[AnswerType, RegExp]>> = {
  fr: [
    // "pourquoi", "pour quelle raison", "qu'est-ce qui explique": a cause or a purpose, before a definition.
    [
      'reason',
      /\bpourquoi\b|\bpour quelles? raisons?\b|\bquelles? (?:est|sont) (?:la|les) raisons?\b|\bqu'est-ce qui (?:explique|justifie)\b|\bcomment s'explique\b/,
    ],
    // "qu'est-ce qui a freiné le projet" asks what did something: no definition, and its "qui" asks for no person.
    ['other', /\bqu'est-ce qui\b/],
    // "c'est quoi un point de mutualisation" asks for a definition; "c'est quoi le numéro de…" for a value;
    // "la définition de…" asks one, "des caméras en haute définition" does not.
    [
      'definition',
      /^(qu'est-ce qu|que (veut dire|signifie|designe)|qu'appelle-t-on|quelle est la definition)|\bc'est quoi (une?|des)\b|\bc'est quoi (les?|la|l')\s*(?:[a-z-]+\s*){1,3}\??$|\bca veut dire quoi\b|(?:^|\b(?:la|une|sa|leur|ta|votre|quelle) )definition\b/,
    ],
    // "quel âge", "dès quel âge", "l'âge minimum": an age, a figure of years said of people, no duration or date.
    ['age', /\bquel age\b|\bage (?:minimum|maximum|minimal|limite|requis)\b|\b(?:tranche|classe)s? d'age\b/],
    // "à quelle heure", "jusqu'à quelle heure", "quels horaires": a time of day, not a date or a duration.
    // "c'est ouvert quand", "ouvert quels jours", "quand est-ce que je peux voir…": opening days and hours, not a date;
    // "elle a ouvert quand" asks when it opened, a date.
    [
      'time',
      /quelle heure|quels? (?:sont les )?horaires?\b|(?<!(?:^|\s)(?:a|ont|avait|avaient|aura|auront|été|ete)\s)\bouverte?s?\s+(?:quand|quels? jours?)\b|\bquand\s+(?:est-(?:il|elle)\s+|c'est\s+)ouverte?s?\b|\bquand\s+(?:est-ce qu['e]\s*)?(?:je|j'|on|nous|vous)\s*(?:peux|peut|pouvons|pouvez)\s+(?:le |la |les |l')?(?:voir|rencontrer|venir|aller|trouver|joindre|consulter)\b/,
    ],
    // ("pour combien de temps" asks how long, "pour combien de foyers" a count.)
    [
      'duration',
      /combien de temps|(?:sur|pendant|durant|au cours de) quelle periode|(?:gain|perte) de temps|\btemps (?:gagne|perdu|economise)\b|quelle (est la )?duree|pendant combien|pour combien(?!\s+d(?:e\s+|')(?!temps|annees|ans|mois|semaines|jours|heures|minutes)[a-z])|sur combien d'(annees|ans|mois)|\bau bout de combien\b|\bapres combien de (?:temps|jours|semaines|mois|ans|annees|heures|minutes)\b|combien (?:d'(?:annees|ans|heures)|de (?:mois|semaines|jours|heures|minutes))\b|depuis combien/,
    ],
    ['duration', HOW_LONG_IT_LASTS],
    ['duration', HOW_LONG_TO_WAIT],
    ['duration', NOUN_ANYWHERE_DURATION],
    [
      'date',
      /\bquand\b|quelle (est la |etait la )?date|quelle annee|depuis quand|a quel moment|quel jour\b|quel mois\b|a partir de quand|jusqu'a quand|d'ici quand|\bdate limite\b|\becheance\b/,
    ],
    ['percent', /pourcentage|quelle (est la )?part\b|quel (est le )?taux|quelle proportion|combien de ?%|\bquel %/],
    // ("quelle place X a décrochée au concours": a place won is a rank; "quelle place pour le vélo" is not one;
    // "où se classe X", "où se situe X parmi les villes": where in a ranking, not where on a map.)
    [
      'ordinal',
      /combientieme|quel rang|a quelle place|quelle position|quelle place\b.*\b(?:obten|decroch|remport|termin|class|arriv|fini)|\bou se class(?:e|ent|ait|aient)\b|\bou se (?:situe|situent|place|placent)\b.*\b(?:parmi|classement|palmares)\b/,
    ],
    // "combien par mois" asks a rate (an amount, a number), "combien de fois par mois" how often.
    ['frequency', /quelle frequence|tous les combien|a quel rythme|combien de fois par/],
    [
      'money',
      /\bcombien (ca |cela )?(coute|coutent|coutera|couteront|a coute|ont coute|vaut|valent)\b|\b(?:coute(?:nt|ra|ront|r)?|coutait|coutaient) combien\b|\bcombien (?:ca |cela )?(?:va|vont|devrait|devraient|doit|doivent|pourrait|pourraient) couter\b|combien d'euros|combien de millions d'euros|\bca fait combien\b(?!\s+d(?:e\b|'))|\bcombien ca fait\b|\ba quel prix\b/,
    ],
    [
      'person',
      /^(qui|avec qui|par qui|a qui|de qui|pour qui|chez qui)\b|\b(?:par|avec|pour|chez) qui\b|\bc'(?:est|etait) qui\b|\bqui (est|sont|etait|a|ont|dirige|preside|gere|represente|pilote|porte|paie|paye|finance|signe|remporte|fournit|developpe|exploite|assure|peut)\b/,
    ],
    [
      'place',
      // ("où en est le chantier ?", "on en est où ?", "on en est où à Sorrac ?" ask how far it has got, not where it is)
      new RegExp(
        `^ou\\b(?! en (?:${HOW_FAR_FOLDED})\\b)|(^|[^a-z])(?<!\\ben (?:${HOW_FAR_BEFORE_FOLDED}) )ou (se|s'|a|ont|est|sont|va|vont|aura|sera|seront|peut|trouve|installe)\\b|\\bc'(?:est|etait|sera) ou\\b(?!\\s+(?:pas|non)\\b)|(?<!\\ben (?:${HOW_FAR_BEFORE_FOLDED}) )\\bou(?: (?:exactement|precisement|donc|alors|au juste|ca))?\\s*\\??$|dans quel(le)?s? (ville|commune|departement|region|pays|lieu|endroit|quartier)`,
      ),
    ],
    ['number', /\bcombien\b/],
  ],
  en: [
    ['reason', /\bwhy\b|\bhow come\b|\bfor what reasons?\b|\bwhat (?:is|was|are|were) the reasons?\b/],
    ['definition', /^what (is|are) (an?|the meaning of) |what does .+ (mean|stand for)|what is .+ short for|^define /],
    // "When can I meet the advisers?": when they are there each week, not a date.
    ['age', /\bhow old\b|\bwhat age\b|\b(?:minimum|maximum) age\b|\bage limit\b/],
    [
      'time',
      /\bwhat time\b|\bwhich hours?\b|\bopening hours\b|\bwhen (?:can|could) (?:i|we|you|people|residents|one) (?:meet|see|visit|go|come|find|reach|call)\b/,
    ],
    [
      'duration',
      /\bfor how long\b|\bafter how long\b|\bhow much time\b|how long (after|before|until|till|later|is|was|will|does|did|do|has|have|for|can|could|may|might|must|should|would|are|were)\b|for how many (years|months|days)|\bhow many (?:years|months|weeks|days|hours)\b(?! ago\b)|what (is the )?duration/,
    ],
    // ("How many complaints arrive when the mast fails?": after another question word, "when" opens a clause)
    [
      'date',
      /(?<!\b(?:how|what|who|whom|which|where)\b.*)\bwhen\b|\band when\b|what years?\b|which years?\b|what date|since when|in what year|deadline/,
    ],
    ['percent', /what (percentage|share|proportion)|what percent|how much of|\bpercent/],
    // ("where does the town rank": a rank, not a place)
    ['ordinal', /what rank|which rank|what position|\brank(?:s|ed)?\b(?! and file)/],
    ['frequency', /how often|what frequency/],
    // "By how much did its spending rise": a change, said as a share as often as a sum ("de 4 % par an").
    ['number', /\bby how much\b/],
    ['money', new RegExp(`\\bhow (?:big|large)\\b.*\\b(?:${ENGLISH_SUM_NOUNS})s?\\b`)],
    [
      'money',
      /how much (does|did|do|will|would|is|was|has|have|money)|how much .*(cost|pay|paid|invest|spend|spent|fund|chip|put)|how many euros|\bwhat (does|did|do|will|would) .+ cost\b|\bwhat (does|did|do|will|would) .+ pay (?:for )?(?:the|a|an|its|their|this|each|every)\b|\bwhat (?:\w+ ){1,2}(?:does|did|do|will|would|must|should) .+ (?:pay|spend|charge)\b/,
    ],
    ['number', /how many|how much/],
    [
      'person',
      /^who\b|\bwho (is|was|are|were|signed|leads|runs|heads|paid|pays|won|built|developed|handles|manages|covers|funds|provides)\b/,
    ],
    ['place', /\bwhere\b|in what (city|town)|which (city|town|department|region|country|place)/],
  ],
};

const LIST_RULES: Record<Locale, RegExp> = {
  fr: /\bquel(le)?s\b|\bqui sont\b|\bliste\b|\blister\b|\bquelles? sont\b/,
  en: /\bwhich \w+s\b|\bwhat are the\b|\blist\b|\bwho are\b|\bwhich (local|french)\b/,
};

/** "quel(le)(s) [est/sont] [le/la/les] X" (or "which/what X"): the noun a question asks about. */
/**
 * "How tall", "combien de haut": a measure asked by an adjective, as the noun that names it in the
 * question's language (height, hauteur). The adjective is the rule's first group.
 */
const MEASURE_QUESTION: Record<Locale, ReadonlyArray<[RegExp, string]>> = {
  en: [
    [/\bhow (tall|high)\b/, 'height'],
    // (not "how far along is it": how advanced; "how long is the contract" asks a duration, "how long is the
    // new tunnel section" a length: things laid out along the ground are long in metres)
    [
      /\bhow (far|long) (?:is|are|was|were|will be) the (?:[a-z0-9-]+ ){0,3}(?:road|route|cable|line|section|stretch|tunnel|track|trail|path|pipe|duct|trench|network|link|bridge|corridor|runway|span)s?\b|\bhow (far)\b(?! along\b)/,
      'length',
    ],
    // "How big is the town, population-wise?": its population, not its area.
    [/\bhow (big|large)\b(?=.*\bpopulat)/, 'population'],
    // "How big is the commune": its area; "how big are the screens": their size.
    [
      /\bhow (big|large)\b(?=.*\b(?:towns?|villages?|communes?|areas?|zones?|sites?|parks?|land|territory|region|department|district|premises|offices?|buildings?|space|halls?|rooms?|plots?|campus)\b)/,
      'area',
    ],
    [new RegExp(`\\bhow (big|large)\\b(?!.*\\b(?:${ENGLISH_SUM_NOUNS})s?\\b)`), 'size'],
    // "how much space", "how much office space", "how much land": an area, said in square metres or hectares.
    [/\bhow much (?:floor |office |floor-)?(space|land|room)\b/, 'area'],
    [/\bhow (fast)\b/, 'speed'],
    [/\bhow (heavy)\b/, 'weight'],
    // "how much (heating) power", "how much storage capacity": the measure, said in its units ("120 kW").
    [/\bhow much (?:[a-z-]+ )?(power)\b/, 'power'],
    [/\bhow much (?:[a-z-]+ )?(capacity)\b/, 'capacity'],
  ],
  fr: [
    [/\bcombien de (haut)\b/, 'hauteur'],
    [/\bcombien de (long)\b/, 'longueur'],
    [/\bcombien de (large)\b/, 'largeur'],
    [/\bcombien de (profond)\b/, 'profondeur'],
    // "combien pèse le NRO": a weight, said in tonnes or kilos.
    [/\bcombien (pese|pesent|pesera|peseront|pesait)\b/, 'poids'],
    // "la box monte à combien en débit", "ça fait combien en hauteur": the measure said after "en".
    ...Array.from(
      ['debit', 'hauteur', 'longueur', 'largeur', 'superficie', 'surface', 'poids', 'puissance'],
      (noun) => [new RegExp(`\\bcombien\\b[^?]*\\ben (${noun})\\b`), noun] as [RegExp, string],
    ),
  ],
};

/** The measure a question asks for by an adjective ("how tall" → height, "combien de haut" → hauteur), and that adjective. */
export function measureAsked(foldedQuestion: string, language: Locale): { noun: string; adjective: string } | undefined {
  for (const [rule, noun] of MEASURE_QUESTION[language]) {
    const m = rule.exec(foldedQuestion);
    const adjective = m?.slice(1).find((g) => g !== undefined);
    if (adjective) return { noun, adjective };
  }
  return undefined;
}

const FOCUS_NOUN: Record<Locale, RegExp> = {
  // (an article is a whole word: "les tarifs" is not "le" + "s tarifs")
  // ("quel type de réseau" asks about the network: "type", "sorte", "genre" only classify it; "le plafond
  // de l'aide" asks an amount of aid)
  fr: new RegExp(
    `\\bquel(?:le)?s?\\s+(?:(?:est|sont|etait|etaient|fut|sera|seront|(?:a|ont|avait|avaient|aura|auront) ete)\\s+)?(?:(?:le|la|les)\\s+|l'\\s*)?(?:autres?\\s+)?(?:(?:${[...FRENCH_CLASSIFIER_NOUNS, ...FRENCH_BOUND_NOUNS].join('|')})s?\\s+(?:de\\s+(?:la\\s+|l'\\s*)?|du\\s+|des\\s+|d'\\s*))?([a-z][a-z-]*)`,
  ),
  // English puts adjectives before the noun: "what is the overall cost" asks about the cost. (After a
  // comma, "which" opens a relative clause: "…the school in Lanvel, which received laptops" asks nothing.)
  en: /(?<!,\s*)\b(?:which|what)\s+(?:(?:is|are|was|were)\s+)?(?:the\s+)?(?:(?:other|overall|total|average|annual|yearly|monthly|estimated|expected|final|new|current|main|maximum|max|minimum|min|initial|full|exact|approximate)\s+(?!(?:of|for|in|at|per)\b)){0,2}([a-z][a-z-]*)/,
};

export function foldQuestion(question: string): string {
  return foldWord(question).replace(/\s+/g, ' ').trim();
}

/** The noun after "quel…"/"which…", folded; undefined when the question has none. */
export function focusNoun(foldedQuestion: string, locale: Locale): string | undefined {
  const m = FOCUS_NOUN[locale].exec(foldedQuestion);
  if (!m || locale !== 'en') return m?.[1];
  // English puts the head noun last: "which laptop *brand* is…", "which French *towns* are…" — but a
  // "number" says less than the noun before it ("what *phone* number do I call").
  const phrase = foldedQuestion.slice(m.index + m[0].length - m[1]!.length);
  // "what share of residents…", "what amount of money…": a noun of the kind of answer, then what it is of.
  if (/^[a-z-]+\s+of\s/.test(phrase) && typeOfNoun(m[1]!, locale) !== undefined) return m[1];
  // "which bank's data…": the possessor right after "which" is what is asked (whose data);
  // "what is the town's budget": the noun after the possessive is the head.
  if (/^(?:which|what)\s+[a-z-]+$/.test(m[0].trim()) && /^[a-z-]+'s?\s/.test(phrase)) return m[1];
  const owned = ENGLISH_POSSESSED.exec(phrase)?.[1];
  if (owned) return owned;
  const head = ENGLISH_HEAD_BEFORE_VERB.exec(phrase)?.[1] ?? typedHeadLast(phrase) ?? typedSecondWord(phrase);
  if (!head || (typeOfNoun(head, locale) === 'number' && typeOfNoun(m[1]!, locale) !== undefined)) return m[1];
  return head;
}

/**
 * "What mobile *operators* cover Brest?", "which investment *fund* sold…": an adjective or noun before the noun
 * naming the kind of answer, which heads the compound (an investment fund is a fund, not an amount).
 */
function typedSecondWord(phrase: string): string | undefined {
  const second = /^[a-z-]+\s+([a-z-]+)/.exec(phrase)?.[1];
  return second !== undefined && typeOfNoun(second, 'en') !== undefined ? second : undefined;
}

/**
 * A noun phrase of two to six words (no preposition or article inside) that ends the question or meets a
 * preposition: its last word is its head.
 */
const ENGLISH_HEAD_LAST =
  /^(?:(?!(?:of|for|in|at|on|to|by|with|from|per|the|a|an)\s)[a-z-]+\s+){1,5}([a-z-]+)\s*(?:\?|$|\s(?:of|for|in|at|on|to|by|with|from|per)\b)/;

/** "What is the fibre roll-out *budget*?": the last word, when it names a kind of answer (not "which town hosts *it*"). */
function typedHeadLast(phrase: string): string | undefined {
  const head = ENGLISH_HEAD_LAST.exec(phrase)?.[1];
  return head !== undefined && typeOfNoun(head, 'en') !== undefined ? head : undefined;
}

/** A possessive of one to three words and the noun it owns ("the repair café's *address*"). */
// (an auxiliary ends the phrase: in "what altitude will the town's antenna sit at", the altitude is asked)
const ENGLISH_POSSESSED =
  /^(?:(?!(?:of|for|in|at|on|to|by|with|from|will|would|can|could|do|does|did|is|are|was|were|has|have|had|should|must|may)\s)[a-z-]+\s+){0,2}[a-z-]+'s?\s+([a-z-]+)/;

/** A noun phrase of two or three words ended by an auxiliary: its last word is its head. */
// (a determiner opens another phrase: "the penalty *the operator* can pay" asks about the penalty)
const ENGLISH_HEAD_BEFORE_VERB =
  /^(?:(?!(?:the|a|an|its|their|this|that|these|those|his|her|our|your|my)\s)[a-z-]+\s+){1,2}([a-z-]+)\s+(?:is|are|was|were|does|did|do|will|would|has|have|had|can|could|should)\b/;

const ROLE_PREFIX = /^(?:vice|co|ex|sous)-([a-z].*)$/;

/** The type a noun names ("budget" → money), trying its singular too; undefined for other nouns. */
export function typeOfNoun(noun: string, locale: Locale): AnswerType | undefined {
  const nouns = locale === 'fr' ? FRENCH_TYPE_NOUNS : ENGLISH_TYPE_NOUNS;
  // ("companies": company)
  if (locale === 'en' && noun.endsWith('ies')) return nouns.get(`${noun.slice(0, -3)}y`) ?? nouns.get(noun);
  const singular = noun.endsWith('s') ? noun.slice(0, -1) : undefined;
  if (locale === 'fr' && singular !== undefined && FRENCH_SINGULAR_TYPE_NOUNS.has(singular)) return undefined;
  const found = nouns.get(noun) ?? (singular === undefined ? undefined : nouns.get(singular));
  // "vice-présidente", "co-fondateur", "ex-directeur": a role with a prefix is of the role's kind.
  const prefixed = found === undefined ? ROLE_PREFIX.exec(noun)?.[1] : undefined;
  if (prefixed !== undefined) return typeOfNoun(prefixed, locale);
  // A word of chat stands for the standard noun: "le num de tel" is "le numéro", "le dircab" a director (of cabinet).
  const standard = locale === 'fr' && found === undefined ? INFORMAL_FRENCH.get(noun)?.split(' ')[0] : undefined;
  return standard === undefined || standard === noun ? found : typeOfNoun(foldWord(standard), locale);
}

export interface QuestionShape {
  answerType: AnswerType;
  wantsList: boolean;
  /** The noun asked about, when the question names one ("quel *opérateur*…"). */
  focus?: string;
}

// "Qu'exigent les pirates qui ont attaqué…", "Quel est le nom de la société qui exploite…", "c'est quoi le
// nom du groupe qui a…", "D'où vient
// l'attaque qui a touché…": the question asks by another word; the "qui" after it opens a relative clause
// about a noun, not a question about a person. So in chat's "y a combien de gens qui…", "c'est quelle société qui…".
const WHAT_BEFORE_WHO =
  /(?:(?:^|[,;:] )(?:(?:il )?y a |y'a |c'est |c'etait )?(?:que |qu'(?!est-ce qui)|quel(?:le)?s? |c'est quoi |comment |pourquoi |quand |combien )|^(?:d')?ou |\by'?\s?a combien |\bc'est quel(?:le)?s? ).*\bqui\b/;

// …and "Le syndicat qui porte le réseau compte combien d’adhérents ?": "qui" after the noun it is said of,
// "combien" after it. A question that asks who opens on "qui" or puts it after a preposition, "et", "c'est".
const WHO_BEFORE_HOW_MANY = /^(?!(?:[a-z]+ )?qui\b)(?!.*\b(?:par|avec|pour|chez|et|c'est|c'etait) qui\b).*\bqui\b.*\bcombien\b/;

function asksWhatFirst(foldedQuestion: string, locale: Locale): boolean {
  return locale === 'fr' && (WHAT_BEFORE_WHO.test(foldedQuestion) || WHO_BEFORE_HOW_MANY.test(foldedQuestion));
}

/**
 * Words before "quand" that make it ask: "c'est quand", "depuis quand", "tu sais quand…" (an indirect
 * question), or only a word that opens a question ("Et quand…", "Alors quand…").
 */
const ASKING_BEFORE_QUAND =
  /(?:^(?:et|mais|alors|donc|bon|ok|du coup)\s+|\b(?:c'est|c'etait|ce sera|est-ce|depuis|jusqu'a|jusqu'au|d'ici|pour|de|sai[st]|savez|savoir|dis|dites|dire|demande|indiquer|indiquez|preciser|precisez|idee)\s+)$/;
const OTHER_QUESTION_WORD = String.raw`(?:ou|qui|combien|comment|pourquoi|quel(?:le)?s?|que|qu'|(?:a|de|par|pour|avec) qui)\b`;
const OPENED_BY_OTHER_QUESTION = new RegExp(`^${OTHER_QUESTION_WORD}`);
/** After the comma closing a clause of time, another question: it is what the question asks. */
const ASKED_AFTER_CLAUSE = new RegExp(String.raw`^,\s*${OTHER_QUESTION_WORD}`);
/** Words a "quand" clause may open with before its verb ("quand *la box a*…"): at most this many. */
const QUAND_CLAUSE_REACH = 4;

/**
 * The folded question with a "quand" that opens a clause of time ("un formulaire pour se plaindre *quand*
 * la box a lâché ?") read as "lorsque": it asks no date. A "quand" asks when it opens the question,
 * follows a word that makes it ask, or no verb follows it ("ça ouvre quand, le réseau ?").
 */
export function withoutConjunctiveQuand(foldedQuestion: string, isVerb: (folded: string) => boolean, typed = foldedQuestion): string {
  // Folded, "à" is "a": the words the question puts after a typed "à" are no verb's ("la fibre à Montjaux").
  const afterPreposition = new Set(Array.from(typed.toLowerCase().matchAll(/(?:^|\s)à\s+(\p{L}+)/gu), (m) => foldWord(m[1]!)));
  return foldedQuestion.replace(/\bquand\b([^?!,;:]*)/g, (whole, rest: string, at: number) => {
    const before = foldedQuestion.slice(0, at).trimEnd();
    // "Quand le capteur repère une crue, qui est prévenu ?": the question the clause of time opens asks.
    if (before === '' && ASKED_AFTER_CLAUSE.test(foldedQuestion.slice(at + whole.length))) return `lorsque${rest}`;
    if (before === '' || ASKING_BEFORE_QUAND.test(`${before} `)) return whole;
    // "quand les travaux seront-ils terminés": a subject said again after its verb makes a question.
    if (/-(?:t-)?(?:il|elle|on|ils|elles)\b/.test(rest)) return whole;
    // "Où les malades ont-ils été envoyés quand les urgences…": another question word asks; "quand" tells when.
    // ("Pour les sondes de l'Aube, où remonte l'alarme quand…": the question opens after the comma)
    const opening = [before, before.slice(before.search(/[^,:;]*$/)).trimStart()];
    if (opening.some((o) => OPENED_BY_OTHER_QUESTION.test(o)) && !/\bet$/.test(before)) return `lorsque${rest}`;
    const words = rest
      .split(/[\s']+/)
      .filter(Boolean)
      .slice(0, QUAND_CLAUSE_REACH + 1);
    const auxiliary = (w: string, k: number) => FRENCH_AUXILIARIES.has(w) && !(w === 'a' && afterPreposition.has(words[k + 1] ?? ''));
    const clause = words.slice(0, QUAND_CLAUSE_REACH).some((w, k) => isVerb(w) || auxiliary(w, k));
    return clause ? `lorsque${rest}` : whole;
  });
}

// "what is the name of the company", "quel est le nom de la société": the kind of what is named.
const NAME_OF: Record<Locale, RegExp> = {
  en: /\bwhat(?:s|'s|\s+is|\s+was|\s+are)?\s+the\s+names?\s+of\s+(?:the\s+|its\s+|their\s+|[a-z-]+'s\s+)?(?:(?:new|current|regional|local)\s+)?([a-z][a-z-]*)/,
  fr: /\b(?:quel(?:le)?s?\s+(?:est|sont|etait)|c'est quoi)\s+(?:le|les)\s+noms?\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')([a-z][a-z-]*)/,
};

// "comment s'appelle le bus ?", "le bus il s'appelle comment ?", "what is the bus called?": its name.
const CALLED: Record<Locale, RegExp> = {
  en: /\bwhat(?:s|'s|\s+is|\s+are|\s+was|\s+were)\b.*\bcalled\b|\bhow is\b.*\bcalled\b|\bwhat do (?:they|you|we|people) call\b/,
  fr: /\bcomment (?:s'appellen?t?|se nommen?t?)\b|\b(?:s'appellen?t?|se nommen?t?) comment\b/,
};

// "sous quel nom a-t-il été lancé", "quel nom porte le bus": a name asked with no noun after "nom"
// ("quels noms de communes" asks the communes, read by their kind).
const WHICH_NAME: Record<Locale, RegExp> = {
  en: /\b(?:under|by) what name\b|\bwhat name (?:does|did|do|is|was|has|have|had)\b/,
  fr: /\b(?:sous )?quel(?:le)?s? noms? (?!de\b|des\b|du\b|d')/,
};

/** Whether the question asks the name of something ("quel est le nom de la société", "comment s'appelle…", "what is the name of…"). */
export function asksName(foldedQuestion: string, locale: Locale): boolean {
  return [NAME_OF, CALLED, WHICH_NAME].some((asking) => asking[locale].test(foldedQuestion));
}

// "c'est quoi le coût", "c'est qui la société", "c'était qui l'adjoint": the noun after "c'est quoi/qui".
const CEST_QUOI_NOUN = /\bc'(?:est|etait) (?:quoi|qui)\s+(?:(?:le|la|les)\s+|l'\s*)?([a-z][a-z-]*)/;

/**
 * "c'est qui les animatrices du fablab…": the people asked are those the noun names, so the answer says
 * it beside their names (the noun is the question's focus) — unless it names anyone ("c'est qui le gars…").
 */
function asksPeopleNamedBy(asked: string | undefined, foldedQuestion: string): asked is string {
  return asked !== undefined && !ANYONE_NOUNS.has(asked) && /\bc'(?:est|etait) qui\b/.test(foldedQuestion);
}

// "How much energy does the town save": the noun after "how much" is what is measured, not money.
const HOW_MUCH_OF_A_THING =
  /\bhow much (?!money\b|cash\b|funding\b)[a-z-]+ (?:does|did|do|is|was|are|were|will|would|has|have|had|can|could)\b/;

// "combien d'argent", "combien de thunes", "combien de balles": what is counted is money.
const COUNTED_NOUN = /\bcombien (?:de |d')([a-z-]+)/;

function countsMoney(foldedQuestion: string): boolean {
  const noun = COUNTED_NOUN.exec(foldedQuestion)?.[1];
  if (noun === undefined) return false;
  const standard = INFORMAL_FRENCH.get(noun) ?? noun;
  return standard === 'argent' || standard === 'euros';
}

/**
 * Reads a folded question's shape. `moneyWordsUsed` tells whether it uses a verb or noun of money, which
 * turns "combien…" into an amount ("Combien l'État met-il…"), unless "how much" names what it measures.
 */

/** Whether a rule reads the question: it matches, and a noun it finds anywhere does not go against "quel X". */
function ruleReads(
  rule: RegExp,
  type: AnswerType,
  foldedQuestion: string,
  focusType: AnswerType | undefined,
  whereTyped: boolean,
): boolean {
  if (type === 'place' && whereTyped) return true;
  return rule.test(foldedQuestion) && !(rule === NOUN_ANYWHERE_DURATION && focusType !== undefined && focusType !== type);
}

/** Whether "combien" asks an amount: a word of money without "combien de" ("combien l'État met-il"), euros, or money itself. */
function asksAmount(foldedQuestion: string, moneyWords: boolean): boolean {
  if (moneyWords && !/\bcombien (de|d')\b|how many/.test(foldedQuestion)) return true;
  return (moneyWords && /\bcombien d'euros|how much/.test(foldedQuestion)) || countsMoney(foldedQuestion);
}

/**
 * "où" typed with its accent asks where, whatever verb follows ("où remonte l'alarme ?"); folded, it is
 * also "ou" (or), asked only before the verbs the place rule lists. Not "où en est…" (how far) nor, as chat
 * turns it, "on en est où…", nor "d'où vient…" (a cause more often than a place).
 */
const TYPED_WHERE = new RegExp(
  `(?<!\\p{L}|\\bd['’]|\\ben\\s+(?:${HOW_FAR_ETRE_FORMS_BEFORE.join('|')})\\s+)où(?!\\p{L})(?!\\s+en\\s+(?:${HOW_FAR_ETRE_FORMS.join('|')})(?!\\p{L}))`,
  'iu',
);

/** Whether the question, as typed, asks where by "où" with its accent. */
export function typesWhere(typed: string): boolean {
  return TYPED_WHERE.test(typed);
}

export function readQuestionShape(foldedQuestion: string, locale: Locale, moneyWordsUsed: boolean, whereTyped = false): QuestionShape {
  const focus = focusNoun(foldedQuestion, locale);
  const wantsList = LIST_RULES[locale].test(foldedQuestion);
  // "c'est quoi le coût ?" asks what "quel est le coût ?" asks (an amount), "c'est qui la société ?" an
  // organisation — only when the noun names a kind of answer: "c'est quoi le FTTH ?" asks a definition.
  const asked = locale === 'fr' ? CEST_QUOI_NOUN.exec(foldedQuestion)?.[1] : undefined;
  const askedType = asked ? typeOfNoun(asked, locale) : undefined;
  const moneyWords = moneyWordsUsed && !HOW_MUCH_OF_A_THING.test(foldedQuestion);
  const focusType = focus ? typeOfNoun(focus, locale) : undefined;
  for (const [type, rule] of QUESTION_RULES[locale]) {
    if (!ruleReads(rule, type, foldedQuestion, focusType, whereTyped)) continue;
    if (type === 'person' && asksWhatFirst(foldedQuestion, locale)) continue;
    if (asked && askedType && (type === 'definition' || type === 'person')) return { answerType: askedType, wantsList, focus: asked };
    if (type === 'person' && asksPeopleNamedBy(asked, foldedQuestion)) return { answerType: type, wantsList, focus: asked };
    if (type === 'number' && asksAmount(foldedQuestion, moneyWords)) return { answerType: 'money', wantsList, focus };
    // "Qui est le maire…" is a person; "qui" asking for an organisation ("qui fournit…") accepts one too.
    return { answerType: type, wantsList, focus };
  }
  return { ...shapeByNoun(foldedQuestion, locale, focus, asked), wantsList };
}

/**
 * A question no rule reads asks what a noun of it names: the noun after "quel" ("quel opérateur"), after
 * "the name of" ("what is the name of the mayor" asks a person, "… of the bus" what it is called), or
 * after "c'est quoi" ("c'est quoi les frais de mise en service ?").
 */
function shapeByNoun(
  foldedQuestion: string,
  locale: Locale,
  focus: string | undefined,
  asked: string | undefined,
): Omit<QuestionShape, 'wantsList'> {
  const typed = focus ? typeOfNoun(focus, locale) : undefined;
  if (typed) return { answerType: typed, focus };
  const named = NAME_OF[locale].exec(foldedQuestion)?.[1];
  const namedType = named ? typeOfNoun(named, locale) : undefined;
  if (named && namedType) return { answerType: namedType, focus: named };
  const askedType = asked ? typeOfNoun(asked, locale) : undefined;
  if (asked && askedType) return { answerType: askedType, focus: asked };
  // "comment s'appelle la riveraine…": the name of one of the people a page speaks of is a person's.
  const called = locale === 'fr' ? (CALLED_NOUN.exec(foldedQuestion) ?? CALLED_NOUN_FIRST.exec(foldedQuestion))?.[1] : undefined;
  if (called && namesPeople(called)) return { answerType: 'person', focus: called };
  return { answerType: 'other', focus };
}

// "comment s'appelle la riveraine…", "comment se nomme le technicien": the noun whose name is asked.
const CALLED_NOUN = /\bcomment (?:s'appellen?t?|se nommen?t?)\s+(?:le|la|les)?\s*(?:l')?([a-z][a-z-]*)/;
// "le gars qui anime les ateliers, il s'appelle comment ?": the noun said first, then taken up by "il".
const CALLED_NOUN_FIRST = /^(?:et\s+)?(?:le|la|l')\s*([a-z][a-z-]*)\b.*\b(?:il|elle) (?:s'appelle comment|se nomme comment)\b/;
const PEOPLE_NOUNS: ReadonlySet<string> = new Set(Array.from(FRENCH_PEOPLE_NOUNS, (w) => foldWord(w)));

/** Whether a folded noun names people of a kind ("riveraine", "élève"): its plural, either gender, is one of them. */
function namesPeople(noun: string): boolean {
  return (
    typeOfNoun(noun, 'fr') === 'person' ||
    PEOPLE_NOUNS.has(`${noun}s`) ||
    PEOPLE_NOUNS.has(`${noun.replace(/e$/, '')}s`) ||
    PEOPLE_NOUNS.has(noun) ||
    ANYONE_NOUNS.has(noun)
  );
}
