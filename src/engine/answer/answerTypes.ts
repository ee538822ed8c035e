// What kind of answer a question wants, and whether a passage holds one.
// Detection works on folded text (lowercase, no accents) so "Quand", "quand" and "QUAND" agree.
import { foldWord } from '../analysis/foldText.ts';

export type AnswerType =
  | 'date' | 'duration' | 'number' | 'percent' | 'ordinal' | 'frequency'
  | 'person' | 'organisation' | 'place' | 'definition' | 'other';

export type Language = 'fr' | 'en';

/** Rules tried in order: the first that matches the folded question wins (so "combien de temps" is a duration). */
const QUESTION_RULES: Record<Language, Array<[AnswerType, RegExp]>> = {
  fr: [
    ['definition', /^(qu'est-ce qu|que (veut dire|signifie|designe)|c'est quoi|qu'appelle-t-on|quelle est la definition)/],
    ['duration', /combien de temps|quelle (est la )?duree|pendant combien|sur combien d'(annees|ans|mois)|\bduree\b/],
    ['date', /\bquand\b|quelle (est la |etait la )?date|quelle annee|depuis quand|a quel moment|quel jour|quel mois|a partir de quand/],
    ['percent', /pourcentage|quelle (est la )?part\b|quel (est le )?taux|quelle proportion/],
    ['ordinal', /combientieme|quel rang|a quelle place|quelle position/],
    ['frequency', /quelle frequence|tous les combien|\bfrequence\b|combien de fois par/],
    ['number', /\bcombien\b|quel(le)? (est |etait )?(le |la )?(nombre|montant|budget|chiffre|cout|prix|somme|total|effectif)/],
    ['person', /^(qui|avec qui|par qui|a qui|de qui|pour qui)\b|quel(le)?s? (est |etait )?(le |la )?(ministre|maire|president|presidente|directeur|directrice|adjoint|adjointe|depute|senateur|prefet|responsable|elu|elue|personne|dirigeant|dirigeante|porte-parole|delegue|deleguee)\b/],
    ['organisation', /quel(le)?s? (entreprise|societe|operateur|organisme|groupe|association|partenaire|collectivite|structure|marque|fondation)/],
    ['place', /^ou\b|(^|[^a-z])ou (se|s'|a|ont|est|sont|va|vont|aura|sera|seront)\b|dans quel(le)? (ville|commune|departement|region|pays|lieu)|quel(le)?s? (ville|commune|departement|region|pays|lieu|agglomeration|territoire|territoires)\b/],
  ],
  en: [
    ['definition', /^what (is|are) (an?|the meaning of) |what does .+ mean|^define /],
    ['duration', /how long|for how many (years|months|days)|what (is the )?duration/],
    ['date', /\bwhen\b|what year|which year|what date|since when|in what year/],
    ['percent', /what (percentage|share|proportion)|what percent|how much of/],
    ['ordinal', /what rank|which rank|what position/],
    ['frequency', /how often|what frequency/],
    ['number', /how many|how much|what (is|was) the (number|amount|budget|total|cost|price|revenue|turnover)/],
    ['person', /^who\b|\bwho (is|was|are|were|signed|leads|runs|heads)\b|which (minister|mayor|president|director|person)|what is the name/],
    ['organisation', /which (company|companies|operator|organi[sz]ation|firm|group|partner)/],
    ['place', /\bwhere\b|which (city|town|department|region|country|place|territor)|in what (city|town)/],
  ],
};

const LIST_RULES: Record<Language, RegExp> = {
  fr: /\bquel(le)?s\b|\bqui sont\b|\bliste\b|\blister\b|\bquelles? sont\b/,
  en: /\bwhich \w+s\b|\bwhat are the\b|\blist\b|\bwho are\b/,
};

export function foldQuestion(question: string): string {
  return foldWord(question).replace(/\s+/g, ' ').trim();
}

export function detectAnswerType(foldedQuestion: string, language: Language): AnswerType {
  for (const [type, rule] of QUESTION_RULES[language]) if (rule.test(foldedQuestion)) return type;
  return 'other';
}

export function wantsList(foldedQuestion: string, language: Language): boolean {
  return LIST_RULES[language].test(foldedQuestion);
}

const MONTHS = '(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)';
const NUMBER_WORDS = '(deux|trois|quatre|cinq|six|sept|huit|dix|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|mille|dizaine|douzaine|quinzaine|vingtaine|trentaine|cinquantaine|centaine|millier|million|milliard)s?';

/** Patterns (on folded text) that show a passage holds an answer of the type. */
const HOLDS: Partial<Record<AnswerType, RegExp>> = {
  date: new RegExp(`\\b${MONTHS}\\b|\\b(19|20)\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b`),
  duration: /\b\d+([.,]\d+)? ?(ans?|annees?|mois|semaines?|jours?|heures?)\b|\b(deux|trois|quatre|cinq|six|dix|quelques) (ans|annees|mois|semaines|jours)\b|\bduree\b/,
  number: new RegExp(`\\d|\\b${NUMBER_WORDS}\\b`),
  percent: /\d ?%|pour ?cent/,
  ordinal: /\b\d+ ?\^?(e|eme|ieme|er|ere|re)\b|\b(premiere?|deuxieme|second|troisieme|quatrieme|cinquieme|sixieme|dixieme)\b/,
  frequency: /\bchaque (jour|semaine|mois|trimestre|semestre|annee|an)\b|\btous les (jours|mois|ans|trimestres|semestres)\b|\bpar (jour|semaine|mois|an)\b|\b(annuel|mensuel|hebdomadaire|trimestriel|quotidien)/,
  definition: /\bil s'agit d|\bc'est (un|une)\b|\bdesigne\b|\bconsiste\b|\bse definit\b|\bregroupe\b/,
};

// A proper name: two or more capitalised words (particles allowed inside), the first not a capitalised function word.
const NAME_WORD = "[A-ZÀ-ÖØ-Þ][\\p{L}'’-]+";
const PROPER_NAME = new RegExp(`(?<![\\p{L}])${NAME_WORD}(?:\\s+(?:(?:de|du|des|la|le|van|von|da|di|d')\\s*)?${NAME_WORD})+`, 'gu');
// Capitalised words that open a sentence or name a role, not a person: "Pour le Maire de Fort-de-France".
const NOT_NAME_START = /^(La|Le|Les|L'|Un|Une|Des|Ce|Cet|Cette|Ces|Pour|Dans|En|Au|Aux|De|Du|Il|Elle|Ils|Elles|Sur|Par|Avec|Mais|Et|Ou|Si|Selon|Depuis|Grâce|Après|Avant|The|A|An|In|On|Maire|Président|Présidente|Directeur|Directrice|Ministre|Adjoint|Adjointe|Préfet|Député|Sénateur|Monsieur|Madame|Mme|M|Ville|Commune|Département|Région|Conseil|Mairie)$/;

/** Spans of proper names in a passage (original text). */
export function findProperNames(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(PROPER_NAME)) {
    let start = m.index ?? 0;
    let name = m[0];
    for (;;) {
      const first = name.split(/\s+/)[0] ?? '';
      if (!NOT_NAME_START.test(first) && !/^(de|du|des|la|le|d')$/i.test(first)) break;
      const rest = name.slice(first.length).trimStart();
      start += name.length - rest.length;
      name = rest;
    }
    if (!/\s/.test(name) || !/^\p{Lu}/u.test(name)) continue; // one capitalised word left: not a name
    spans.push({ start, end: start + name.length });
  }
  return spans;
}

/** The words after "combien de" / "how many": what is counted ("Combien de *salariés*…"). */
export const COUNTED_NOUN: Record<Language, RegExp> = {
  fr: /\bcombien\s+(?:de\s+|d['’]\s*)([\p{L}²-]+)/iu,
  en: /\bhow\s+many\s+([\p{L}-]+)/iu,
};

const INNER_CAPITALISED = /[\p{Ll},;:'’]\s*\p{Lu}[\p{Ll}\p{Lu}-]{2,}/u;

const PLACE = /(?:^|[\s(])(?:à|au|aux|en|dans|près de|proche de|de)\s+[A-ZÀ-ÖØ-Þ][\p{L}-]+|\([A-ZÀ-ÖØ-Þ][\p{L}-]+/u;

/** Whether a passage holds an answer of this type (always true for "other"). */
export function passageHolds(type: AnswerType, text: string): boolean {
  if (type === 'other') return true;
  if (/\?\s*$/.test(text)) return false; // a question holds no answer
  if (type === 'person') return findProperNames(text).length > 0;
  // Organisations are often one word ("l'entreprise Axione", "Orange"): a capitalised word inside the sentence will do.
  if (type === 'organisation') return findProperNames(text).length > 0 || INNER_CAPITALISED.test(text);
  if (type === 'place') return PLACE.test(text) || findProperNames(text).length > 0;
  const rule = HOLDS[type];
  return rule ? rule.test(foldWord(text)) : true;
}
