// Finds, in a passage, the spans that could answer a question of a given kind: an amount of money for
// "combien coûte", a date for "quand", a person's name for "qui"… Each candidate has a strength (1: exactly
// the kind asked; less: a weaker form, such as a bare year for "quand") and its offsets in the passage, so
// the answer can be emphasised. Works on the passage as written; folded copies keep the same offsets.
import { foldedBefore, foldKeepingOffsets, foldWord } from '../language/foldText.ts';
import {
  FRENCH_APPROXIMATE_NUMBERS,
  FRENCH_FRACTIONS,
  FRENCH_MULTIPLIERS,
  FRENCH_NUMBER_WORDS,
  FRENCH_ORDINAL_WORDS,
} from '../language/numberWords.ts';
import { FIRST_NAMES } from '../language/firstNames.ts';
import { isTerritoryName, placedByDepartment } from '../language/territories.ts';
import { placesOfAdjectiveForm } from '../language/placeAdjectives.ts';
import {
  ANY_CENTURY_YEAR,
  YEAR_OF_ANY_CENTURY,
  FRENCH_CALENDAR_MOMENTS,
  FRENCH_MONTH_NAMES,
  FRENCH_TIME_UNIT,
  FRENCH_TIME_UNITS,
  FRENCH_WEEKDAYS,
  FRENCH_YEAR_PARTS,
} from '../language/months.ts';
import {
  AGED_PERSON_NOUNS,
  AGENT_NOUNS,
  BUILDING_NOUNS,
  FRENCH_PLACE_OFFICES,
  FRENCH_ROLE_NOUN_PATTERN,
  FRENCH_TOWN_BODY_NOUNS,
  FRENCH_TYPE_NOUNS,
  frenchTypeNouns,
  LANDMARK_NOUNS,
  OFFICE_TITLES,
  PUBLIC_BODY_NOUNS,
  STREET_NOUNS,
} from '../language/questionVocabulary.ts';
import type { AnswerType } from './answerTypes.ts';

export interface AnswerSpan {
  start: number;
  end: number;
  /** 1 when the span is exactly the kind asked for, less for weaker forms. */
  strength: number;
}

/**
 * Every span is made here: one allocation site gives every span one hidden class, so the code reading
 * spans stays compiled for it (literals spread across files, some with a whole strength and some with a
 * fraction, gave them six).
 */
export function answerSpan(start: number, end: number, strength: number): AnswerSpan {
  return { start, end, strength };
}

/** The same span with another strength. */
export function withStrength(span: AnswerSpan, strength: number): AnswerSpan {
  return answerSpan(span.start, span.end, strength);
}

const MONTH = `(?:${FRENCH_MONTH_NAMES.join('|')})`;
/** Two years a span runs between, folded: "2021-2023", "2021 a 2023", "2021 et 2023" (a date's period, a duration's stretch). */
const YEAR_SPAN = '(?:19|20)\\d{2}\\s*(?:[-–]|a|et)\\s*(?:19|20)\\d{2}';
/** The rank of a part of a year ('premier', 'dernier', '2e'), folded: "au 2e semestre 2024". */
const PERIOD_RANK = `(?:${[...FRENCH_ORDINAL_WORDS.keys()].join('|')}|derniere?|1er|1re|\\d{1,2}e|\\d{1,2}eme)`;
// Only the words that take a plural take an "s" ("quatre-vingts", "deux cents", "des centaines"): "neufs"
// is the adjective ("des luminaires neufs"), never nine.
const PLURAL_NUMBER_WORDS = new Set(['vingt', 'cent', 'million', 'milliard', ...FRENCH_APPROXIMATE_NUMBERS.keys()]);
const NUMBER_WORD = `(?:${Array.from(
  [...FRENCH_NUMBER_WORDS.keys(), ...FRENCH_APPROXIMATE_NUMBERS.keys()].filter((w) => w !== 'un' && w !== 'une'),
  (w) => (PLURAL_NUMBER_WORDS.has(w) ? `${w}s?` : w),
).join('|')})`;
// "une vingtaine", "des dizaines", "plusieurs centaines": a round number said by its noun, which takes "de".
const ROUND_NUMBER = `(?:une?|des|plusieurs|quelques)\\s+(?:${[...FRENCH_APPROXIMATE_NUMBERS.keys()].join('|')})s?`;
// Digits with grouping ("13.000", "13 000", and the no-break spaces of French typography, escaped so an
// editor cannot turn them into plain ones), decimals ("4,7"), or number words, joined by hyphens or
// spaces as either spelling writes them ("vingt-cinq", "deux cent cinquante", "quarante et un").
const NUMBER = `(?:\\d{1,3}(?:[ .\\u00a0\\u202f\\u2009]\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?|${NUMBER_WORD}(?:[-\\s]${NUMBER_WORD}(?![\\p{L}]))*(?:\\s+et\\s+(?:un|une|onze)(?![\\p{L}]))?)`;
// What a part said as a count of its whole needs ("12 des 180", "trois des cinq", "9 sur les 13"): "des" is in most
// sentences, a number after it in few, and testing this first keeps the pattern off the others.
const PART_OF_WHOLE = new RegExp(`(?:des|sur les|parmi les)\\s+(?:\\d|(?:${[...FRENCH_NUMBER_WORDS.keys()].join('|')})(?![\\p{L}]))`, 'u');
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
// A fraction word that is part of a noun is no share: "un tiers-lieu", "un tiers lieu" (a place), "tiers payant", "un tiers temps".
const NOT_A_SHARE = `(?![\\s-]+(?:lieux?|payant|temps)${E})`;

function rx(source: string): RegExp {
  return new RegExp(source, 'gu');
}

/**
 * A pattern, the strength of what it finds, and optionally a cheap test of something every match holds
 * (a month name, a year): most sentences hold none, and a plain search skips the pattern's costlier
 * scan, whose look-behind runs at every position. It changes no result (see answerEvidence.test.ts).
 */
type Pattern = readonly [pattern: RegExp, strength: number, needs?: RegExp];

const MONTH_NAME = new RegExp(FRENCH_MONTH_NAMES.join('|'));
// "premier", "1er", "deuxième"…, "dernier": which of the month's weekdays ("le premier samedi du mois").
const WEEKDAY_RANK = `(?:premiers?|premieres?|1ers?|1eres?|deuxiemes?|2e|troisiemes?|3e|quatriemes?|4e|derniers?|dernieres?)`;
const YEAR = /(?:19|20)\d\d/;
// A whole number of hours no clock shows: 25 and more, grouped digits too ("12 000").
const MORE_THAN_A_DAY = '\\d{1,3}(?:[ .\\u00a0\\u202f]\\d{3})+|\\d{3,}|2[5-9]|[3-9]\\d';
// Every unit a duration is said in ("an" after a space: "annees" holds " an" too).
const DURATION_UNIT = new RegExp(Array.from(FRENCH_TIME_UNITS, (u) => (u === 'an' ? '\\san' : u)).join('|'));

// French telephone numbers however they are grouped: "02 97 00 11 22", "0 800 55 10 55", "+33 6 12 34 56 78",
// "0696260135" — ten digits from a 0, or nine after +33.
export const TELEPHONE_NUMBER = `(?<!\\d)(?:\\+33[\\s.\\u00a0]?|0)(?:[\\s.\\u00a0\\u202f-]?\\d){9}(?!\\d)`;

// What follows "points" when they are points of a rate: nothing more, "de pourcentage", or a preposition.
const POINTS_OF_A_RATE = `(?=\\s*(?:$|[.,;:!?)»]|de pourcentage|(?:en|sur|par|depuis|a|au|et|ou|contre|de plus|de moins|supplementaires?)(?![\\p{L}])))`;

/** A sum written with a plain "e" for its euros is likely one, not sure: the page says no currency. */
const MONEY_AS_E = 0.8;
/** A figure and a plain "e" closing its clause, the sign of such a sum. */
const EURO_AS_E = /\d\s+e(?:$|[\s.,;:!?)])/;

// On folded text (lowercase, no accents: the same length as the original for French letters).
export const PATTERNS: Partial<Record<AnswerType, readonly Pattern[]>> = {
  money: [
    // "vingt centimes par foyer", "12 centimes d'euro", "3 euros 20 centimes": cents, alone or after euros (first:
    // the euros alone would claim "3 euros").
    [rx(`${B}(?:${NUMBER}\\s+euros?\\s+)?${NUMBER}\\s+centimes?${E}(?:\\s+d'\\s*euros?${E})?`), 1, /centime/],
    // (the cents said after "euros" without their noun are the amount's: "3 euros 40")
    [
      rx(
        `${B}${NUMBER}\\s*(?:(?:millions?|milliards?|mds?|m|k)\\s*)?(?:d'\\s*)?(?:€|euros?(?:\\s+\\d{2}${E})?|eur${E}|m€|k€|md€)(?:\\s*(?:ht|ttc)${E})?`,
      ),
      1,
      /€|eur/,
    ],
    // "Le Département a versé 45 000 e.": the euro sign as pages that lost it write it, a plain "e" — after a
    // grouped sum only, closing its clause ("3 e étage", "le 20 e" are ranks).
    [rx(`${B}\\d{1,3}(?:[ .\\u00a0\\u202f]\\d{3})+\\s+e(?=\\s*(?:[.,;:!?)]|$))`), MONEY_AS_E, EURO_AS_E],
    // "3 millions d'argent public": a sum, its currency unsaid.
    [rx(`${B}${NUMBER}\\s*(?:millions?|milliards?)\\s+d'\\s*argent${E}(?:\\s+publics?${E})?`), 1, /d'\s*argent/],
    [rx(`${B}(?:un|une|des)\\s+(?:million|milliard)s?\\s+d'euros`), 1, /d'euros/],
    // "un euro symbolique", "pour l'euro symbolique": a price, however small.
    [rx(`${B}(?:un|l')\\s*euro(?:\\s+symbolique)?${E}`), 1, /euro/],
    // Other currencies, after the number or before it ("80 000 dollars", "$2,5 millions", "1 200 francs suisses").
    [
      rx(
        `${B}${NUMBER}\\s*(?:(?:millions?|milliards?|m|k)\\s*)?(?:d'\\s*|de\\s+)?(?:\\$|£|dollars?|usd${E}|livres? sterling|francs?(?:\\s+(?:suisses|cfa|cfp))?${E}|chf${E})` +
          `|(?:\\$|£|us\\$)\\s*${NUMBER}(?:\\s*(?:millions?|milliards?)${E})?`,
      ),
      1,
      /\$|£|dollar|usd|livre|franc|chf/,
    ],
    // A part of a sum said before it, its currency left out: "80 M€, dont 12 millions de subvention".
    [rx(`(?<=(?:€|euros?${E})[^.;!?\\d]{0,60}${B}dont\\s+)${NUMBER}\\s*(?:millions?|milliards?|m${E}|mds?${E})`), 0.9, /dont/],
    // ("12 millions de litres", "2 millions d'habitants" count things: no sum)
    [rx(`${B}\\d+(?:[.,]\\d+)?\\s*(?:millions?|milliards?)${E}(?!\\s*(?:de\\s|d'))`), 0.5, /illi/],
    [rx(`${B}gratuit(?:e|s|es|ement)?${E}`), 0.4, /gratuit/],
  ],
  percent: [
    // "3 points" of a rate ("en hausse de 3 points", "3 points de pourcentage"), not "1 850 points lumineux";
    // a stray point before the sign, as pages converted from tables write it ("40.%").
    [rx(`${B}${NUMBER}\\.?\\s*(?:%|pour\\s*cent|points?${POINTS_OF_A_RATE})`), 1, /%|pour\s*cent|point/],
    // Rates per thousand and per million: "3 ‰", "800 ppm" (an air-quality threshold, a rate of failures).
    [rx(`${B}${NUMBER}\\s*(?:‰|pour\\s*mille${E}|ppm${E})`), 1, /‰|pour\s*mille|ppm/],
    [rx(`${B}(?:un|une|deux|trois|la)\\s+(?:moitie|tiers|quarts?)${E}${NOT_A_SHARE}`), 0.8, /moitie|tiers|quart/],
    [
      // ("une entreprise normande sur quatre": the noun may take an adjective)
      rx(
        `${B}\\d+\\s+(?:sur|\\/)\\s+\\d+${E}|${B}(?:un|une|deux|trois|quatre)(?:\\s+[\\p{L}'-]+){1,2}\\s+sur\\s+(?:deux|trois|quatre|cinq|six|huit|dix)${E}`,
      ),
      0.8,
      /sur|\//,
    ],
    // A part said as a count of a whole: "12 des 180 communes", "9 armoires sur les 13", "trois des cinq".
    // Less sure than a percentage, and under the bar of sure measures: it still counts the part ("combien de communes").
    [rx(`${B}${NUMBER}(?:\\s+\\p{L}+)?\\s+(?:des|sur\\s+les|parmi\\s+les)\\s+${NUMBER}${E}`), 0.75, PART_OF_WHOLE],
  ],
  date: [
    [rx(`${B}(?:(?:${FRENCH_WEEKDAYS.join('|')})\\s+)?(?:1er|\\d{1,2})\\s+${MONTH}(?:\\s+\\d{4})?${E}`), 1, MONTH_NAME],
    [rx(`${B}\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}${E}`), 1, /\d[/.]\d/],
    // ("le dernier trimestre 2026", "2e semestre 2024": the rank is part of the date, and a word before it reads the whole)
    [
      rx(`${B}(?:${PERIOD_RANK}\\s+)?(?:${FRENCH_YEAR_PARTS.join('|')}|${MONTH})[\\s-]+(?:(?:de\\s+l'annee\\s+)?)(?:19|20)\\d{2}${E}`),
      0.9,
      YEAR,
    ],
    [rx(`${B}(?:19|20)\\d{2}-\\d{2}(?:-\\d{2})?${E}`), 0.9, /(?:19|20)\d\d-\d/],
    [
      // (after such a preposition, a year of any century: ANY_CENTURY_YEAR)
      rx(
        `${B}(?:en|depuis|des|d'ici|avant|apres|jusqu'en|fin|debut|a partir de|a compter de|datant de|datent de|remontant a|remonte a|remontent a)\\s+${ANY_CENTURY_YEAR}${E}`,
      ),
      0.7,
      YEAR_OF_ANY_CENTURY,
    ],
    [
      rx(
        `${B}(?:(?:le|la|l'|du|de la|de l'|au|a la)\\s*)?(?:mois|annee|an|semaine|trimestre|printemps|ete|automne|hiver|rentree)\\s+(?:prochaine?|derniere?|suivante?)${E}`,
      ),
      0.7,
    ],
    // A time said from now: "d'ici deux ans", "sous trois semaines"; "dans quelques mois" says less than a date does.
    [rx(`${B}(?:dans|d'ici|sous)\\s+(?:un|une|${NUMBER})\\s+(?:jours|semaines?|mois|ans?|annees?)${E}`), 0.7, /dans|d'ici|sous/],
    [rx(`${B}(?:dans|d'ici|sous)\\s+(?:quelques|plusieurs)\\s+(?:jours|semaines|mois|ans|annees)${E}`), 0.6, /dans|d'ici|sous/],
    // A month or a moment of the year without the year: "en septembre", "fin mars", "avant Noël".
    [
      rx(`${B}(?:en|des|depuis|d'ici|avant|apres|jusqu'en|jusqu'a|fin|debut|mi|courant|au mois de|au mois d')[\\s-]*${MONTH}${E}`),
      0.75,
      MONTH_NAME,
    ],
    // …said by its noun: "depuis le début du mois de mars", "le mois d’avril".
    [rx(`${B}(?:(?:le|la|du|au|a la)\\s+)?(?:(?:debut|fin|milieu|courant)\\s+du\\s+)?mois\\s+(?:de\\s+|d')${MONTH}${E}`), 0.75, MONTH_NAME],
    [
      rx(
        `${B}(?:avant|apres|d'ici|pour|a|au|en|des|jusqu'a|depuis|durant|pendant|lors de|lors des)\\s+(?:${FRENCH_CALENDAR_MOMENTS.join('|')})${E}`,
      ),
      0.7,
    ],
    // "attendre la fin de l'été", "début du printemps": the part of a season or year is itself a time.
    [rx(`${B}(?:fin|debut|milieu|mi)[\\s-]+(?:de l'|du |de la )?(?:ete|automne|hiver|printemps|annee|rentree)${E}`), 0.7],
    [rx(`${B}(?:a compter|a partir|des|d'ici)\\s+(?:(?:du|de la|de|la|le)\\s+|(?:de l'|l')\\s*)\\p{L}+`), 0.6],
    // A timeline's entry opens on its year, or its years, and a colon: "2011-2012 : la ville décide…".
    [rx(`^\\s*(?:19|20)\\d{2}(?:\\s*[-–/]\\s*(?:19|20)?\\d{2})?(?=\\s*:)`), 0.9, YEAR],
    // A span of years dates a period: "2021-2023", "de 2021 à 2023", "entre 2021 et 2023".
    [rx(`${B}(?:(?:de|entre)\\s+)?${YEAR_SPAN}${E}`), 0.85, YEAR],
    [rx(`${B}(?:19|20)\\d{2}${E}`), 0.45, YEAR],
    // "le mardi", "les mardis après-midi" (each week), "demain".
    [rx(`${B}(?:(?:${FRENCH_WEEKDAYS.join('|')})s?|hier|demain|aujourd'hui)${E}`), 0.4],
  ],
  duration: [
    [
      rx(
        `${B}(?:pendant|durant|sur|pour|en|depuis|sous|dans les|dans un delai de|en moins de|en l'espace de|duree de|duree d'environ|fallu|faudra|faut)\\s+${NUMBER}\\s+${FRENCH_TIME_UNIT}${E}`,
      ),
      1,
      DURATION_UNIT,
    ],
    // "pour les vingt prochaines années", "durant les trois dernières semaines": a duration said of a stretch of time.
    [
      rx(`${B}(?:pendant|durant|sur|pour|dans)\\s+les\\s+${NUMBER}\\s+(?:prochaine?s?|derniere?s?|premiere?s?)\\s+${FRENCH_TIME_UNIT}${E}`),
      1,
      DURATION_UNIT,
    ],
    // "pour la troisième année consécutive": it has been so for that many years (not "la première année", no length).
    [rx(`${B}pour\\s+la\\s+(?!premiere|derniere|1er|1re)${PERIOD_RANK}\\s+annee(?:\\s+consecutive)?${E}`), 0.8, /annee/],
    // "Julien Ferrandi, 44 ans,", "aux plus de 55 ans", "âgés de 16 à 25 ans": an age, no duration.
    [rx(`(?<=\\p{L},\\s)${NUMBER}\\s+ans${E}(?=\\s*[,)])`), 0.3, DURATION_UNIT],
    [
      rx(
        `${B}(?:(?:aux|les|des|de)\\s+(?:plus|moins)\\s+de|agee?s?\\s+de|jeunes\\s+de)\\s+${NUMBER}(?:\\s+(?:a|et)\\s+${NUMBER})?\\s+ans${E}`,
      ),
      0.3,
      DURATION_UNIT,
    ],
    // "quatre mois après l'attaque", "une heure plus tôt" place an event in time: no duration.
    [rx(`${B}(?:${NUMBER}|une?)\\s+${FRENCH_TIME_UNIT}\\s+(?:apres|avant|plus tard|plus tot)${E}`), 0.4, DURATION_UNIT],
    [rx(`${B}${NUMBER}\\s+${FRENCH_TIME_UNIT}${E}`), 0.9, DURATION_UNIT],
    // Hours and minutes written short: "en 2h", "12 000h de simulation", "90 min". Without a preposition of duration,
    // only more hours than a day has, so that "à 18h" stays a time of day.
    [rx(`${B}(?:pendant|durant|en|sous|dans|depuis)\\s+\\d{1,2}\\s?(?:h|min)(?![\\p{L}\\p{N}/])`), 1],
    [rx(`${B}(?:${MORE_THAN_A_DAY})\\s?(?:h|min)(?![\\p{L}\\p{N}/])`), 0.9],
    // "de mars à septembre 2031", "de 2031 à 2034", "entre mars et juin": a stretch between two months or years
    // lasts, but says how long only roughly (weak evidence, WEAK_EVIDENCE in decideAnswer.ts): a length said in units comes first.
    [rx(`${B}(?:de|d'|entre)\\s*${MONTH}(?:\\s+(?:19|20)\\d{2})?\\s+(?:a|et)\\s+${MONTH}(?:\\s+(?:19|20)\\d{2})?${E}`), 0.6, MONTH_NAME],
    [rx(`${B}(?:de|entre)\\s+${YEAR_SPAN}${E}`), 0.6, YEAR],
    // "une vingtaine d'heures": a round number of a unit, said by its noun (in the plural, an order of size: strengthOf).
    [rx(`${B}${ROUND_NUMBER}\\s+(?:de\\s+|d')${FRENCH_TIME_UNIT}${E}`), 0.9, DURATION_UNIT],
    [
      rx(
        `${B}(?:un|une)\\s+(?:an|annee|mois|semaine|journee|heure|demi[-\\s]heure|demi[-\\s]journee|quart d'heure|minute|decennie|quart de siecle|demi-siecle)${E}`,
      ),
      0.9,
      DURATION_UNIT,
    ],
  ],
  // "âgés de 16 à 25 ans", "dès 14 ans", "les plus de 60 ans", "Anne Roux, 44 ans,", "17 ans et plus", "aged 18".
  age: [
    [rx(`${B}(?:agee?s?\\s+de|a l'age de|des l'age de|a partir de|des|aged)\\s+${NUMBER}(?:\\s+(?:a|et)\\s+${NUMBER})?\\s+ans${E}`), 1],
    [rx(`${B}${NUMBER}\\s+ans\\s+et\\s+(?:plus|moins)${E}`), 1],
    // "des jeunes de 17 à 29 ans", "entre 16 et 29 ans": a span of ages more often than of time (before
    // the age had: folded, its "à" is the verb "a").
    [rx(`${B}(?<!(?:^|\\s)(?:a|avait|aura|ont|avaient|auront)\\s+)(?:de|entre)\\s+${NUMBER}\\s+(?:a|et)\\s+${NUMBER}\\s+ans${E}`), 0.8],
    // "il a 87 ans", "elle avait 9 ans", "ils ont entre 17 et 29 ans": an age had.
    [rx(`${B}(?:a|avait|aura|ont|avaient|auront)\\s+(?:entre\\s+)?${NUMBER}(?:\\s+(?:a|et)\\s+${NUMBER})?\\s+ans${E}`), 1],
    [rx(`${B}(?:(?:aux|les|des|de)\\s+)?(?:plus|moins)\\s+de\\s+${NUMBER}\\s+ans${E}`), 0.9],
    [rx(`(?<=\\p{L},\\s)${NUMBER}\\s+ans${E}(?=\\s*[,)])`), 0.9],
    // "une habitante de 92 ans": a person of so many years (after "un contrat", "de 20 ans" is a duration).
    [rx(`${B}(?:${AGED_PERSON_NOUNS.join('|')})\\s+(?:agee?s?\\s+)?de\\s+${NUMBER}\\s+ans${E}`), 0.9],
    [rx(`${B}${NUMBER}[-\\s]years?[-\\s]old${E}|${B}aged\\s+(?:over\\s+|under\\s+)?${NUMBER}${E}`), 1],
    [rx(`${B}${NUMBER}\\s+ans${E}`), 0.5],
  ],
  // "22 h 15", "9h", "18 heures", "14:30", "midi": a time of day.
  time: [
    [rx(`${B}\\d{1,2}\\s?(?:h|heures?)(?:\\s?\\d{2})?${E}|${B}\\d{1,2}:\\d{2}${E}`), 1, /\d\s?h|\d:\d/],
    [rx(`${B}(?:midi|minuit)${E}`), 0.8, /midi|minuit/],
    // Opening days, as opening hours are given: "du mardi au samedi".
    [rx(`${B}du\\s+(?:${FRENCH_WEEKDAYS.join('|')})\\s+au\\s+(?:${FRENCH_WEEKDAYS.join('|')})${E}`), 0.9, /\bdu\s+\S+\s+au\s/u],
  ],
  frequency: [
    // First, so they keep their whole span: an interval counted ("toutes les cinq semaines", "tous les
    // 3 ans", "tous les 3 à 4 ans") or a count per period ("deux fois par mois").
    [rx(`${B}(?:tous|toutes) les\\s+${NUMBER}(?:\\s+(?:a|ou)\\s+${NUMBER})?\\s+${FRENCH_TIME_UNIT}${E}`), 1, /tou/],
    [rx(`${B}(?:${NUMBER}|une)\\s+fois\\s+(?:par|chaque)\\s+\\p{L}+`), 1, /fois/],
    [rx(`${B}(?:chaque|tous les|toutes les|par)\\s+(?:jour|semaine|mois|trimestre|semestre|an|annee|jours|semaines|ans|annees)${E}`), 1],
    [rx(`${B}(?:annuel|mensuel|hebdomadaire|trimestriel|quotidien)\\p{L}*`), 0.8],
    // A day of each week or month: "chaque mercredi", "tous les mardis", "le premier samedi du mois",
    // "le 1er lundi de chaque mois"; one period in two: "une semaine sur deux".
    [rx(`${B}(?:chaque|tous les|toutes les)\\s+(?:${WEEKDAY_RANK}\\s+)?(?:${FRENCH_WEEKDAYS.join('|')})s?${E}`), 1],
    [rx(`${B}(?:le|les)\\s+${WEEKDAY_RANK}\\s+(?:${FRENCH_WEEKDAYS.join('|')})s?\\s+(?:du mois|de chaque mois|de chaque semaine)${E}`), 1],
    [rx(`${B}(?:un|une)\\s+${FRENCH_TIME_UNIT}\\s+sur\\s+(?:deux|trois|quatre)${E}`), 1, /\ssur\s/],
  ],
  telephone: [[rx(TELEPHONE_NUMBER), 1, /\d/]],
  ordinal: [
    [rx(`${B}\\d+\\s?\\^?(?:e|eme|ieme|er|ere|re)${E}`), 1],
    [rx(`${B}(?:${[...FRENCH_ORDINAL_WORDS.keys()].join('|')})${E}`), 1],
  ],
  definition: [
    [
      rx(
        `\\bc'est-a-dire\\b|\\bil s'agit d|\\b(?:est|sont) (?:un|une|des|le|la|les) |\\bdesigne\\b|\\bconsiste\\b|\\bse definit\\b|\\bsignifie\\b|\\bon parle d|\\bdite?s? \\p{L}|\\bappele(?:e|s|es)? |\\b(?:baptise|surnomme)(?:e|s|es)?\\b`,
      ),
      1,
    ],
    [
      rx(
        `\\b(?:dedie|consacre|destine|reserve)e?s? a\\b|\\bspecialisee?s? dans\\b|\\bcharge(?:e|s|es)? de\\b|\\ba savoir\\b|\\bqui (?:vise|permet|regroupe|rassemble|propose|reunit|accompagne|a pour)\\b`,
      ),
      0.8,
    ],
  ],
  // A cause said by its connective ("parce que", "en raison de", "faute de", "la raison"), then a purpose
  // ("afin de"; "pour" and an infinitive, less), then what only leans on a cause ("face à", "en effet").
  reason: [
    [
      rx(
        `${B}(?:parce qu|car${E}|en raison d|a cause d|faute d|du fait d|pour cause d|s'explique(?:nt)? par|(?:la|les|une) raisons?${E}|c'est pourquoi|raison pour laquelle|etant donne|compte tenu d|en cause${E}|(?:est|sont|etait|etaient) dus? a|(?:est|sont|etait|etaient) dues? a|causee?s? par|provoquee?s? par|(?:trouve|trouvent|trouverait) (?:son|leur) origine|a l'origine d|because|due to)`,
      ),
      1,
    ],
    // "si les faits ne sont connus qu'aujourd'hui, c'est avant tout pour…": an explanation said as one.
    [rx(`${B}c'est (?:\\p{L}+ ){0,3}pour${E}`), 1],
    [rx(`${B}(?:afin (?:d|qu)|dans le but d|en vue d|de peur d)`), 0.8],
    // "pour" and an infinitive: a purpose, as often one the sentence mentions in passing.
    [rx(`${B}pour ["«“]?\\s*(?:ne (?:pas|plus) )?\\p{L}{2,}(?:er|ir|re)${E}`), 0.5],
    [rx(`${B}(?:face a(?:ux?)?${E}|en effet|suite a|a la suite d|depuis que|puisqu)`), 0.6],
  ],
};

// A number and, for counts, what follows it.
// A unit written against its number ("à 7km du bourg", "un pylône de 30m") ends it as a space would.
const GLUED_UNIT = `(?=(?:km|km2|km²|m|cm|mm|m2|m²|m3|kg|ha|kw|mw|kwh|mwh|gwh|kbit|mbit|gbit|kbps|mbps|gbps|ko|mo|go|to|mhz|ghz)${E})`;
const COUNTED_NUMBER = rx(`${B}(?:plus de |pres de |environ |quelque |au moins |une |des )?${NUMBER}(?:${E}|${GLUED_UNIT})`);
const YEAR_ALONE = /^(?:19|20)\d{2}$/;
const JUST_ONE = rx(`${B}(?:un seul|une seule)${E}`);
const TELEPHONE = rx(TELEPHONE_NUMBER);
// "du 17 au 18 décembre", "les 12 et 13 avril": the first day of a range is a date too.
const DAY_RANGE = rx(`${B}(?:1er|\\d{1,2})(?:\\s*(?:au|et|a|-|–)\\s*(?:1er|\\d{1,2}))+\\s+${MONTH}${E}`);

/** The date forms sure enough to be no count (the first, strongest, of the date patterns). */
const SURE_DATES = (PATTERNS.date ?? []).filter(([, strength]) => strength >= 0.9);
const FRACTION_WORDS = Array.from(FRENCH_FRACTIONS.keys());
// One pattern for every fraction word, its matches put back in the order of the words, then of their place.
const FRACTIONS = rx(`${B}(?:un|une|la|deux|trois) (${FRACTION_WORDS.join('|')})${E}${NOT_A_SHARE}`);

// "11 h", "18h30", "9:45": a time of day, by what follows its hours or precedes its minutes.
const CLOCK_AFTER = /^\s?(?:h(?:\s?\d{2})?|:\d{2})(?![a-z])/;
const CLOCK_BEFORE = /\d\s?[h:]\s?$/;

function isClockTime(folded: string, start: number, end: number): boolean {
  return CLOCK_AFTER.test(folded.slice(end, end + 6)) || CLOCK_BEFORE.test(folded.slice(Math.max(0, start - 4), start));
}

// "lire le n°38", "l'arrêté numéro 12": the number of an issue, a decree or a house is a name, not a count.
const NUMBERED_BEFORE = /(?:\bn\s?[°º]|\bnumeros?)\s*$/;

/** Numbers in a passage, years, dates, telephone numbers, times of day and numbers of a thing left out (they are not counts). */
export function findNumbers(folded: string): AnswerSpan[] {
  // Every sure date and telephone number has digits: without any, there is nothing to leave out.
  const hasDigits = /\d/.test(folded);
  const dates = hasDigits ? spansOf(folded, SURE_DATES) : [];
  if (hasDigits) {
    for (const m of folded.matchAll(TELEPHONE)) dates.push(answerSpan(m.index ?? 0, (m.index ?? 0) + m[0].length, 1));
    for (const m of folded.matchAll(DAY_RANGE)) dates.push(answerSpan(m.index ?? 0, (m.index ?? 0) + m[0].length, 1));
  }
  const out: AnswerSpan[] = [];
  for (const m of folded.matchAll(COUNTED_NUMBER)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const digits = m[0].replace(/^(?:plus de|pres de|environ|quelque|au moins|une|des) /, '').trim();
    // Years, dates, telephone numbers and times of day ("arrivée vers 11 h") count nothing.
    if (YEAR_ALONE.test(digits) || dates.some((d) => start < d.end && end > d.start) || isClockTime(folded, start, end)) continue;
    if (NUMBERED_BEFORE.test(folded.slice(Math.max(0, start - 9), start))) continue;
    out.push(answerSpan(start, end, strengthOf(folded, start, 1)));
  }
  // "une seule dans la Manche": one, said without a number word ("un" and "une" alone are articles).
  for (const m of folded.matchAll(JUST_ONE)) {
    if (!out.some((n) => (m.index ?? 0) < n.end && (m.index ?? 0) + m[0].length > n.start))
      out.push(answerSpan(m.index ?? 0, (m.index ?? 0) + m[0].length, 1));
  }
  out.push(...fractionSpans(folded));
  return out;
}

// "le nombre d'abonnés a doublé", "le trafic triple", "décuplera": a multiple said by its verb or adjective.
const MULTIPLE = rx(`${B}(?:${[...FRENCH_MULTIPLIERS.keys()].join('|')})(?:e|ee|es|ees|ent|er|era|eront|ait|aient)${E}`);
/** How surely a multiple said in words answers by how much a figure changed: less than the figure itself would. */
const MULTIPLE_STRENGTH = 0.8;

/** Multiples said in words ("a doublé", "triple"), on folded text: how much a figure changed, for "de combien". */
export function multipleSpans(folded: string): AnswerSpan[] {
  return Array.from(folded.matchAll(MULTIPLE), (m) => answerSpan(m.index ?? 0, (m.index ?? 0) + m[0].length, MULTIPLE_STRENGTH));
}

function fractionSpans(folded: string): AnswerSpan[] {
  const found = Array.from(folded.matchAll(FRACTIONS), (m) => ({
    word: FRACTION_WORDS.indexOf(m[1]!),
    at: m.index ?? 0,
    length: m[0].length,
  }));
  found.sort((a, b) => a.word - b.word || a.at - b.at);
  return Array.from(found, (f) => answerSpan(f.at, f.at + f.length, 0.8));
}

function spansOf(folded: string, patterns: readonly Pattern[]): AnswerSpan[] {
  const out: AnswerSpan[] = [];
  for (const [pattern, strength, needs] of patterns) {
    if (needs && !needs.test(folded)) continue;
    for (const m of folded.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].trimEnd().length;
      if (!out.some((s) => start < s.end && end > s.start)) out.push(answerSpan(start, end, strengthOf(folded, start, strength)));
    }
  }
  return out;
}

// "plusieurs milliers d'euros", "des centaines de foyers": a quantity said without a figure. "une
// centaine", "trois milliers" give one; a plural approximate word alone gives only an order of size.
const VAGUE_QUANTITY = new RegExp(
  `^(?:(?:des|plusieurs|quelques|de nombreux|de nombreuses|nombreux|nombreuses|les|de)\\s+)?(?:${[...FRENCH_APPROXIMATE_NUMBERS.keys(), 'million', 'milliard'].join('|')})s${E}`,
);
const NUMBER_BEFORE = new RegExp(`(?:\\d|${B}(?:${[...FRENCH_NUMBER_WORDS.keys()].join('|')}))\\s+$`);
/** How much a quantity without a figure counts as the amount or number asked for. */
const VAGUE_STRENGTH = 0.3;

/** A span's strength, lowered when it is a quantity without a figure. */
function strengthOf(folded: string, start: number, strength: number): number {
  if (!VAGUE_QUANTITY.test(folded.slice(start, start + 40))) return strength;
  return NUMBER_BEFORE.test(folded.slice(Math.max(0, start - 20), start)) ? strength : Math.min(strength, VAGUE_STRENGTH);
}

// A proper name: capitalised words (particles allowed inside); "Didier LAGUERRE", "Savoie Fibre", "ANCT".
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’-]*\\p{L}|\\p{Lu}{2,})";
// After the first word, a name may go on with a lone capital that is no initial ("Cédric O", not "Jean M.").
const NEXT_NAME_WORD = `(?:${NAME_WORD}|\\p{Lu}(?![\\p{L}.'’-]))`;
const PROPER_NAME = new RegExp(
  `(?<![\\p{L}\\d])${NAME_WORD}(?:\\s+(?:(?:de\\s+la|de\\s+l['’]|de|du|des|la|le|d'|d’|van|von|&)\\s*)?${NEXT_NAME_WORD})*`,
  'gu',
);
// Capitalised words that open a sentence or name a role or a generic place, not a person or an organisation.
const NOT_NAME = new Set(
  (
    'la le les l un une des ce cet cette ces pour dans en au aux de du il elle ils elles sur par avec mais et ou si ' +
    'selon depuis grace apres avant the a an in on maire president presidente directeur directrice ministre adjoint adjointe prefet depute ' +
    'senateur monsieur madame mme m ville commune departement region conseil mairie etat agglomeration syndicat communaute ' +
    'lire contact photo tel aujourd chaque lors quant leur leurs notre nos nous on c ce qui que quand comment pourquoi ' +
    'je j tu vous moi toi lui eux ' +
    FRENCH_WEEKDAYS.join(' ')
  ).split(' '),
);

// The public bodies that fund and decide, named alone after their article: "financé par l'État", "la
// Région apporte 2 M€", "couvert pour moitié par la Ville". Not names of their own ("la Région Bretagne" names Bretagne), but who answers
// "qui finance", "qui paie".
const INSTITUTIONS = new Set(['etat', 'region', 'departement', 'ville', 'commune', 'metropole', 'agglomeration', 'agglo', 'mairie']);
/** Whether a name is a public body named by its common noun ("Commune", "État"). */
export function isPublicBody(name: string): boolean {
  return INSTITUTIONS.has(foldWord(name));
}
const INSTITUTION_ARTICLE = /(?:^|[\s(])(?:l['’]|la\s+|le\s+)$/iu;

export interface ProperName {
  start: number;
  end: number;
  /** Its capitalised words. */
  words: number;
  /** "l'État", "la Région": a public body named by its common noun. */
  institution?: true;
}

const OPENING_ARTICLE = /^(?:L['’]\s*|La\s+|Le\s+)/u;

/** The span of a public body named alone after its article ("par l'État", "Le Département apporte"), if the match is one. */
function institutionIn(text: string, match: string, start: number): ProperName | undefined {
  const article = OPENING_ARTICLE.exec(match)?.[0] ?? '';
  const from = start + article.length;
  const name = match.slice(article.length);
  if (!INSTITUTIONS.has(foldWord(name))) return undefined;
  if (article === '' && !INSTITUTION_ARTICLE.test(text.slice(Math.max(0, start - 4), start))) return undefined;
  return { start: from, end: from + name.length, words: 1, institution: true };
}

/** Spans of proper names (a person, an organisation, a place) in a passage as written. */
export function findProperNames(text: string): ProperName[] {
  const spans: ProperName[] = [];
  for (const m of text.matchAll(PROPER_NAME)) {
    let start = m.index ?? 0;
    const institution = institutionIn(text, m[0], start);
    if (institution) {
      spans.push(institution);
      continue;
    }
    let words = m[0].split(/\s+/);
    // Drop leading capitalised function words ("Pour", "La Ville de…").
    while (words.length > 0 && NOT_NAME.has(foldWord(words[0]!).replace(/['’]$/, ''))) {
      const first = words.shift()!;
      start = text.indexOf(words[0] ?? '', start + first.length);
      if (start < 0) break;
    }
    // …and trailing ones: "ÉCONOMIE Le maire…" is a rubric glued to a sentence's article.
    while (words.length > 1 && NOT_NAME.has(foldWord(words[words.length - 1]!).replace(/['’]$/, ''))) words.pop();
    // "le PDG Paul X", "la DSI Anne Y": an office's acronym before a first name is a title, not part of the name.
    if (words.length > 2 && TITLE_ACRONYM.test(words[0]!) && isPersonName(words[1]!)) {
      const title = words.shift()!;
      start = text.indexOf(words[0]!, start + title.length);
    }
    // "Anne Vernay Présidente du Conseil départemental": a signature line; the office ends the person's name
    // (not a street's: "Avenue du Président Wilson").
    const office = words.findIndex((w, i) => i >= 2 && OFFICE_TITLES.has(foldWord(w)));
    if (office > 0 && words.slice(0, office).every((w) => /^\p{Lu}/u.test(w))) words = words.slice(0, office);
    if (words.length === 0 || start < 0) continue;
    // "le maire de Lanvel Claude Morel": the place an office is of, then its holder, first name first.
    const holder = holderAfterPlace(text, start, words);
    if (holder > 0) {
      const place = words.slice(0, holder).join(' ');
      spans.push({ start, end: start + place.length, words: holder });
      start = text.indexOf(words[holder]!, start + place.length);
      words = words.slice(holder);
    }
    const name = words.join(' ');
    if (/^(?:de|du|des|la|le|d'|d’)$/i.test(words[0]!)) continue;
    if (FRENCH_MONTH_NAMES.includes(foldWord(words[0]!))) continue;
    spans.push({ start, end: start + name.length, words: words.filter((w) => /^\p{Lu}/u.test(w)).length });
  }
  return spans;
}

const TITLE_ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * Where a person's name starts inside a run of capitalised words said after "de" ("maire de Lanvel Claude
 * Morel"): at a first name followed by a capitalised word, after words that open on none. 0 when none does.
 */
function holderAfterPlace(text: string, start: number, words: readonly string[]): number {
  if (words.length < 3 || isPersonName(words[0]!) || !/(?:^|\s)(?:de|du|d['’])\s*$/u.test(text.slice(Math.max(0, start - 4), start)))
    return 0;
  for (let i = 1; i < words.length - 1; i++) if (isPersonName(words[i]!) && /^\p{Lu}/u.test(words[i + 1]!)) return i;
  return 0;
}

/** Whether a name starts with a common first name ("Jean-Marc Rivoallan", "Anne-Odile Marchetti"): a person's. */
export function isPersonName(name: string): boolean {
  const first = foldWord(name.split(/[\s-]/)[0] ?? '');
  return FIRST_NAMES.has(first);
}

// Where a place is named: after a preposition of place, maybe through the place it is part of ("à
// proximité du massif de l'Hautil", "dans la vallée de Seine"), or in brackets after what it locates
// ("(Palaiseau, Essonne)") — not after a person, where brackets hold a party ("Ghislaine X (EELV)").
const PLACE_NOUNS = [...frenchTypeNouns('place'), ...LANDMARK_NOUNS].join('|');
const BEFORE_PLACE = new RegExp(
  `(?:^|\\s)(?:a|au|aux|en|dans|sur|vers|entre|(?:pres|proche|a proximite|aux abords|au pied|autour|le long) (?:de|du|des|d'))` +
    `\\s*(?:la |le |les |l')?(?:(?:${PLACE_NOUNS})s? (?:de|du|des|d')\\s*(?:la |le |les |l')?)?$|\\(\\s*$`,
  'u',
);
const ORGANISATIONS_BEFORE_BRACKET = new RegExp(`(?:${frenchTypeNouns('organisation').join('|')})s?(?:\\s+[a-z-]+)?\\s*\\(\\s*$`, 'u');
const PERSON_BEFORE_BRACKET = /(\p{Lu}[\p{L}-]+\s+\p{Lu}[\p{L}'’-]+)\s*\(\s*$/u;

// "vers le centre hospitalier de Bellerive", "à l'école primaire de Sorbets": a building or service
// of a town, whose name after "de" is the town's.
const BEFORE_PLACE_OF = new RegExp(
  `(?:^|\\s)(?:a|au|aux|dans|vers|jusqu'au|jusqu'a)\\s+(?:la |le |les |l')?(?:${BUILDING_NOUNS.join('|')})s?(?: [a-z-]{3,})? (?:de|du|des|d')\\s*$`,
  'u',
);

// "au 16 rue Louis Pasteur", "avenue du Général-de-Gaulle": the name of a street, an address.
const STREET = `(?:${STREET_NOUNS.join('|')})s?\\s+(?:de la |du |des |de l'|d'|de )?$`;
const BEFORE_STREET_NAME = new RegExp(`(?:^|[\\s,])${STREET}`, 'u');
const BEFORE_NUMBERED_STREET = new RegExp(`\\d+\\s*(?:bis|ter)?,?\\s+${STREET}`, 'u');

/** Whether the name at `start` names a street ("16 rue Louis Pasteur"): a place, not a person. */
export function saidAsStreet(text: string, start: number): boolean {
  return BEFORE_STREET_NAME.test(foldedBefore(text, start, 24));
}

// "le collège Jean-Rostand", "la médiathèque Louise-Michel": a building named after a person.
const BEFORE_BUILDING_NAME = new RegExp(`(?:^|[\\s'’])(?:${BUILDING_NOUNS.join('|')})s?\\s+$`, 'u');

/** Whether the name at `start` names a building ("du collège Jean-Rostand"): not the person it honours. */
function saidAsBuilding(text: string, start: number): boolean {
  return BEFORE_BUILDING_NAME.test(foldedBefore(text, start, 24));
}

// "au lieu-dit Le Cayrou", "le village du plateau du Vaudrel": a name right after a noun of
// landmarks names that landmark, a place, whatever preposition comes before.
// What stands between such a noun and the name: "de", "du"…, an article ("le lieu-dit *Le* Cayrou").
const THEN_NAME = `(?:\\s+(?:de|du|des|d'))?\\s*(?:la |le |les |l')?$`;
const AFTER_LANDMARK_NOUN = new RegExp(`(?:^|[\\s'’])(?:${LANDMARK_NOUNS.join('|')})s?${THEN_NAME}`, 'u');

// "les 4 200 habitants de Vaulmont", "les riverains du Bourg-Neuf": where people live is a place.
const AFTER_INHABITANTS = /(?:^|\s)(?:habitants?|riverains?|administres)\s+(?:de la |de l'|du |des |de |d')\s*$/;

/**
 * Whether the name at `start` is where the people just named live ("les habitants de Vaulmont"), or a
 * later item of a list that opens so ("… de Vaulmont, Bréville et Orby": the list is of their homes).
 */
function saidAsHome(text: string, start: number): boolean {
  let at = start;
  for (let items = 0; items < MAX_LISTED_HOMES; items++) {
    if (AFTER_INHABITANTS.test(foldedBefore(text, at, 30))) return true;
    const previous = LIST_ITEM_BEFORE.exec(text.slice(Math.max(0, at - 80), at));
    if (!previous) return false;
    at -= previous[0].length;
  }
  return false;
}
// ", Bréville" or " et Orby" before a name: the item before it in a list of names ("A, , B" from a page whose links were cut).
const LIST_ITEM_BEFORE =
  /\p{Lu}[\p{L}'’-]*(?:[\s-]+\p{Lu}[\p{L}'’-]*)*(?:\s*,)+\s*$|\p{Lu}[\p{L}'’-]*(?:[\s-]+\p{Lu}[\p{L}'’-]*)*\s+et\s+$/u;
/** Items read back through a list for the words that open it. */
const MAX_LISTED_HOMES = 12;

/** Whether the name at `start` names a landmark ("le plateau du Vaudrel", "le lieu-dit Le Cayrou"). */
function saidAsLandmark(text: string, start: number): boolean {
  return AFTER_LANDMARK_NOUN.test(foldedBefore(text, start, 32));
}

// "QUIMPER – Le conseil…", "RENNES (AFP) - …": a dateline opens a report with the town it was written in.
const AFTER_DATELINE_NAME = /^\s*(?:\([^)]{1,24}\)\s*)?[–—-]\s/u;

/** Whether the name opening a passage in capitals is its dateline: where the report was written, no one. */
function saidAsDateline(text: string, n: ProperName): boolean {
  return n.start === 0 && !/\p{Ll}/u.test(text.slice(n.start, n.end)) && AFTER_DATELINE_NAME.test(text.slice(n.end, n.end + 30));
}

/** Whether the name at `start` names a street with its number: a full address ("au 16 rue Louis Pasteur"). */
export function saidAsAddress(text: string, start: number): boolean {
  return BEFORE_NUMBERED_STREET.test(foldedBefore(text, start, 30));
}

// "la maintenance a été confiée à X", "le marché attribué à X": who is given something, not where.
const GIVEN_TO = /(?:^|\s)(?:confie|attribue|delegue|cede|adjuge|notifie|accorde|octroye|transfere|remis|vendu)(?:e|s|es)?\s+a\s*$/u;

/** Whether the name at `start` is said where a place is: after a preposition of place, or in brackets. */
function saidAsPlace(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  const folded = foldWord(before);
  if (BEFORE_PLACE_OF.test(folded)) return true;
  if (GIVEN_TO.test(folded)) return false;
  if (!BEFORE_PLACE.test(folded)) return false;
  const person = PERSON_BEFORE_BRACKET.exec(before);
  if (person && isPersonName(person[1]!)) return false;
  // "les entreprises retenues (Circet, Scopelec…)": brackets after organisations name them.
  return !ORGANISATIONS_BEFORE_BRACKET.test(folded);
}

// "la société grenobloise Alpes Données", "l'opérateur Numéris": a name introduced by a noun of
// organisations (one adjective may stand between) is an organisation, however personal it sounds.
const ORGANISATION_NOUNS = frenchTypeNouns('organisation');
const AFTER_ORGANISATION_NOUN = new RegExp(`(?:^|[\\s'’])(?:${ORGANISATION_NOUNS.join('|')})s?(?:\\s+[a-z-]+)?\\s+$`);

/** Whether the name starting at `start` is introduced by a noun of organisations ("la société X"). */
export function introducedAsOrganisation(text: string, start: number): boolean {
  return AFTER_ORGANISATION_NOUN.test(foldedBefore(text, start, 40));
}

const ORGANISATION_APPOSITION = new RegExp(
  `^\\s*(?:,|\\(|–|—)\\s*(?:(?:une?|la|le|l')\\s*)?(?:${ORGANISATION_NOUNS.join('|')})s?(?![a-z])`,
);

/** Whether the name spanning `start`–`end` is said to be an organisation: "la société X", "X, filiale de…". */
export function saidToBeOrganisation(text: string, start: number, end: number): boolean {
  return introducedAsOrganisation(text, start) || ORGANISATION_APPOSITION.test(foldWord(text.slice(end, end + 40)));
}

/** How surely a name after a preposition of place ("en France") answers "quelle entreprise". */
const ORGANISATION_AT_PLACE = 0.6;

/**
 * How surely a public body named alone answers: an organisation asked for, fully; "qui", below the
 * evidence an answer needs, unless it is the agent of the question's verb ("financé par l'État").
 */
const INSTITUTION_STRENGTH = { person: 0.45, organisation: 0.9, place: 0.3 };

// "le Pays de Lévrac", "les Côtes de Sarrans", "le Val d'Orbize": a name headed by a noun of places is a place.
const PLACE_HEADS: ReadonlySet<string> = new Set([...frenchTypeNouns('place'), ...LANDMARK_NOUNS, 'val', 'vallon', 'metropole']);

/** The folded first word of a name of several words ("Pays de Lévrac" → pays); none for one word ("Région"). */
function headWord(name: string): string | undefined {
  const head = /^\p{L}+/u.exec(name)?.[0] ?? '';
  return head.length > 0 && head.length < name.length ? foldWord(head) : undefined;
}

/** Whether a name opens on a noun of places ("Pays de…", "Côtes de…"), in the singular or the plural. */
function headedByPlaceNoun(name: string): boolean {
  const head = headWord(name); // (the noun alone, "Région", is a body, not a place's name)
  return head !== undefined && (PLACE_HEADS.has(head) || PLACE_HEADS.has(head.replace(/[sx]$/, '')));
}

const BUILDING_HEADS: ReadonlySet<string> = new Set(BUILDING_NOUNS);

/** Whether a name opens on a noun of buildings ("Maison Darbois", "Espace Gautier"): a building's, not a person's. */
function headedByBuildingNoun(name: string): boolean {
  const head = headWord(name);
  return head !== undefined && BUILDING_HEADS.has(head);
}

// "la Régie Lanvel", "l'Association Lanvaux Connect": a name opening on a noun of organisations is a body's.
const ORGANISATION_HEADS: ReadonlySet<string> = new Set([...ORGANISATION_NOUNS, ...PUBLIC_BODY_NOUNS]);

/** Whether a name opens on a noun of organisations: a body's, not a person's, though it has two words. */
function headedByOrganisationNoun(name: string): boolean {
  const head = headWord(name);
  return head !== undefined && ORGANISATION_HEADS.has(head);
}

/**
 * "a inauguré un Fablab": a capitalised noun after an indefinite article is a thing of a kind, written
 * with a capital for show; a place is named definitely. It does not answer "où".
 */
function saidIndefinite(text: string, start: number): boolean {
  return /(?:^|\s)(?:un|une)\s+$/iu.test(text.slice(Math.max(0, start - 6), start));
}

// "dans le cadre de France Relance", "au titre du Plan Très Haut Débit", "le dispositif Pass Senior": a
// name there is a programme's, not who does something.
const AFTER_PROGRAMME = new RegExp(`(?:dans le cadre|au titre|(?:dispositif|programme|plan|label|appel a projets)s?)${THEN_NAME}`, 'u');

/** Whether the name at `start` names a programme ("dans le cadre de X", "le dispositif X"). */
function saidAsProgramme(text: string, start: number): boolean {
  return AFTER_PROGRAMME.test(foldedBefore(text, start, 32));
}

// "le Plan Numérique 2030", "le Programme Villages Connectés": a name headed by a noun of programmes is one.
const PROGRAMME_HEADS: ReadonlySet<string> = new Set(['plan', 'programme', 'dispositif', 'label', 'pacte', 'strategie', 'schema']);

/**
 * Whether a name opens on a noun of programmes ("Plan…", "Programme…"), or is one alone, capitalised
 * before its lowercase words ("le Schéma directeur des…"): a programme's, not who does something.
 */
function headedByProgrammeNoun(name: string): boolean {
  const head = headWord(name) ?? foldWord(name);
  return PROGRAMME_HEADS.has(head);
}

/** How surely a programme's name answers "qui": below the evidence an answer needs, as a place's does. */
const PROGRAMME_AS_WHO = 0.3;
/** A run that opens on an office ("DG de Brenne Réseaux") holds the body whose it is, less surely than its own name would. */
const OFFICE_OPENED_BODY = 0.6;

// "grâce au système Bluetooth", "le logiciel Orion", "l'application Mon Village": right after a noun of
// things, the name is the thing's; its maker is said otherwise ("le logiciel *de* X", "vendu par X").
const AFTER_PRODUCT =
  /(?:^|[\s'’])(?:systeme|technologie|logiciel|application|appli|protocole|plateforme|norme|standard|outil|appareil|capteur|module|boitier|puce)s?\s+$/u;

/** Whether the name at `start` names a thing right after its noun ("le système X"). */
function saidAsProduct(text: string, start: number): boolean {
  return AFTER_PRODUCT.test(foldedBefore(text, start, 24));
}

// "l'Orsec (organisation de la réponse de sécurité civile)": a name explained in lowercase words, in brackets right after it.
const LOWERCASE_EXPANSION_AFTER = /^\s*\(\s*\p{Ll}[^()\p{Lu}]*\)/u;
// "un avis technique préalable (ATP)": an acronym in brackets after the words it shortens.
const ACRONYM_IN_BRACKETS = /\(\s*$/;
const SHORTENED_WORDS = /((?:[\p{Ll}'’-]+\s+){1,8})\(\s*$/u;
const LINK_WORDS: ReadonlySet<string> = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'en', 'pour', 'a', 'au', 'aux', 'sur']);

/**
 * Whether a name is an acronym or a coined word for a common noun phrase, said in lowercase beside it:
 * "un avis technique préalable (ATP)", "l'Orsec (organisation de la réponse de sécurité civile)". An
 * organisation's full name has capitals ("Agence régionale du numérique des Causses (ARNC)").
 */
function shortensCommonWords(text: string, start: number, end: number): boolean {
  if (LOWERCASE_EXPANSION_AFTER.test(text.slice(end, end + 200))) return true;
  const name = text.slice(start, end);
  if (!/^\p{Lu}{2,6}$/u.test(name) || !ACRONYM_IN_BRACKETS.test(text.slice(Math.max(0, start - 3), start))) return false;
  const words = SHORTENED_WORDS.exec(text.slice(Math.max(0, start - 120), start))?.[1];
  if (!words) return false;
  const initials = Array.from(
    words
      .split(/\s+/)
      .flatMap((w) => w.split(/['’]/))
      .filter((w) => w !== '' && !LINK_WORDS.has(foldWord(w)) && w.length > 1),
    (w) => foldWord(w).charAt(0),
  ).join('');
  return initials.endsWith(foldWord(name));
}

/**
 * Whether the name at `start` is a programme's or a thing's, not who does something: "le dispositif X",
 * "le système X", a thing of a kind written with capitals for show ("Un Repair Café est…"), or the short
 * form of a common noun phrase ("un avis technique préalable (ATP)").
 */
function namesNoOne(text: string, n: ProperName): boolean {
  return (
    saidAsProgramme(text, n.start) ||
    headedByProgrammeNoun(text.slice(n.start, n.end)) ||
    saidAsProduct(text, n.start) ||
    saidIndefinite(text, n.start) ||
    DEMONSTRATIVE_BEFORE.test(text.slice(Math.max(0, n.start - 7), n.start)) ||
    shortensCommonWords(text, n.start, n.end)
  );
}

// "Cet ATP a été transmis au maire": a demonstrative determiner takes up a thing already named, not who does something.
const DEMONSTRATIVE_BEFORE = /(?:^|\s)(?:ce|cet|cette|ces)\s+$/iu;

/**
 * What a name of a programme is worth for who or which body, and a run opening on an office for any kind
 * (undefined: it is neither).
 */
function strengthOfNoOne(text: string, n: ProperName, name: string, type: 'person' | 'organisation' | 'place'): number | undefined {
  if (type !== 'place' && namesNoOne(text, n)) return PROGRAMME_AS_WHO;
  // "DG de Brenne Réseaux", "PDG de la Régie": an office and whose it is, no one's name nor a place (the body is named in it).
  if (OFFICE_TITLES.has(foldWord(name.split(/\s/)[0]!))) return type === 'organisation' ? OFFICE_OPENED_BODY : PROGRAMME_AS_WHO;
  return undefined;
}

/** Characters after a name read for the département that places it ("(Alpes-de-Haute-Provence)"). */
const DEPARTMENT_REACH = 32;

/**
 * Whether a name is a place's by its form or its words around: "Rue…", "au 16 rue…", "le plateau du…", a
 * commune the press places by its département ("Loury (Loiret)").
 */
function namesPlace(text: string, n: ProperName, name: string): boolean {
  return (
    headedByPlaceNoun(name) ||
    saidAsStreet(text, n.start) ||
    saidAsLandmark(text, n.start) ||
    saidAsHome(text, n.start) ||
    saidAsDateline(text, n) ||
    placedByDepartment(text.slice(n.end, n.end + DEPARTMENT_REACH))
  );
}

function nameStrength(text: string, n: ProperName, type: 'person' | 'organisation' | 'place'): number {
  if (n.institution) return INSTITUTION_STRENGTH[type];
  const name = text.slice(n.start, n.end);
  if (namesPlace(text, n, name)) return type === 'place' ? 1 : INSTITUTION_STRENGTH.place;
  // A département or a région is no one ("la Seine-et-Marne"; its council is "le Département"); as a
  // place it is weighed as any other name, since it answers "où" but not "quelles villes".
  if (type !== 'place' && isTerritoryName(name)) return INSTITUTION_STRENGTH.place;
  const noOne = strengthOfNoOne(text, n, name, type);
  if (noOne !== undefined) return noOne;
  const person = isPersonName(name);
  if (type === 'person' && (saidAsBuilding(text, n.start) || headedByBuildingNoun(name))) return INSTITUTION_STRENGTH.place;
  if (type === 'person' && headedByOrganisationNoun(name)) return INSTITUTION_STRENGTH.person;
  if (type === 'person') return person || n.words >= 2 ? 1 : 0.8; // one capitalised word: an organisation more likely
  if (person) return 0.2; // a person is neither a place nor an organisation
  const afterPlacePreposition = saidAsPlace(text, n.start);
  if (type === 'place') return placeStrength(text, n, afterPlacePreposition);
  // "fabriqué en France", "installée à Tulle": where it is, not who.
  return afterPlacePreposition ? ORGANISATION_AT_PLACE : 1;
}

/** What a name no form marks as a place is worth as one: surely after "à", "dans"…; little after a role noun; none after "un". */
function placeStrength(text: string, n: ProperName, afterPlacePreposition: boolean): number {
  if (afterPlacePreposition || AFTER_PLACE_OFFICE.test(foldedBefore(text, n.start, 40))) return 1;
  // "directeur exécutif Vexin Réseaux", "la présidente du Syndicat Y": whose office it is, a body, not a place.
  if (AFTER_ROLE_NOUN.test(foldedBefore(text, n.start, 40))) return INSTITUTION_STRENGTH.place;
  return saidIndefinite(text, n.start) ? 0 : 0.6;
}

// "maire de Lanvel", "le préfet du Vernaix", "la mairie de Lanvel", "la commune de Lanvel": an office or a
// council of a place, whose name is the place's.
const AFTER_PLACE_OFFICE = new RegExp(
  `(?:^|[\\s'’])(?:${[...new Set([...FRENCH_PLACE_OFFICES, ...FRENCH_TOWN_BODY_NOUNS])].join('|')})\\s+(?:de|du|d')\\s*(?:la |le |l')?$`,
  'u',
);
const AFTER_ROLE_NOUN = new RegExp(`(?:^|[\\s'’])${FRENCH_ROLE_NOUN_PATTERN}(?:\\s+(?:de|du|des|d'))?\\s*(?:la |le |l')?$`, 'u');

/** A name that starts a sentence counts only if it is not just the sentence's first word capitalised. */
/**
 * Who does something, named by what it is rather than by a name, as the agent of a passive: "pris en charge
 * par les opérateurs", "financé par la commune", "supporté par le délégataire". Counted as the public
 * bodies named alone are (INSTITUTION_STRENGTH); the agent of the question's own verb counts fully.
 */
// "par les quatre opérateurs", "par les 4 opérateurs", "par plusieurs communes": how many, before the noun.
const AGENT_QUANTITY = `(?:(?:\\d+|${[...FRENCH_NUMBER_WORDS.keys()].join('|')}|plusieurs|différents|différentes|autres)\\s+)?`;
const AGENT_NOUN = new RegExp(
  // In lowercase, and not the first word of a name ("par le Syndicat mixte Hautes-Vosges Numérique").
  `(?<![\\p{L}])par\\s+(?:les\\s+${AGENT_QUANTITY}|plusieurs\\s+|la\\s+|le\\s+|l['’]\\s*)((?:${[...AGENT_NOUNS].join('|')})s?)(?![\\p{L}])(?!\\s+(?:mixte\\s+|des\\s+|de\\s+)?\\p{Lu})`,
  'gu',
);

function agentNouns(text: string, named: readonly ProperName[]): ProperName[] {
  const agents: ProperName[] = Array.from(text.matchAll(AGENT_NOUN), (m) => {
    const start = m.index + m[0].length - m[1]!.length;
    return { start, end: start + m[1]!.length, words: 1, institution: true };
  });
  // "par la Région" is a name already.
  return agents.filter((a) => !named.some((n) => n.start <= a.start && a.start < n.end));
}

// "700 MHz", "100 Mbit/s", "12 500 € TTC": a short capitalised word right after a figure (not a
// year: "en 2024 SFR…") is its unit, or what the amount includes.
const FIGURE_BEFORE = /(?<![\d.,])\d{1,3}(?:[.,]\d+)?\s*(?:[€$%]\s*)?$/u;
const UNIT_LENGTH = 5;

function saidAsUnit(text: string, n: ProperName): boolean {
  return n.end - n.start <= UNIT_LENGTH && FIGURE_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start));
}

// "d'ici la Toussaint", "avant Noël": a holiday is capitalised, and is no one and nowhere.
const CALENDAR_NAMES: ReadonlySet<string> = new Set(Array.from(FRENCH_CALENDAR_MOMENTS, (m) => m.replace(/^(?:la |le |l')/, '')));

// "dans l'agglomération lyonnaise", "à la métropole nantaise": a place said by its noun and its adjective.
const ADJECTIVAL_PLACE = new RegExp(
  `(?<![\\p{L}])(?:dans|a|en|sur|vers|pres de)\\s+(?:la |le |les |l')?((?:${PLACE_NOUNS})s?\\s+([a-z]+))(?![\\p{L}])`,
  'gu',
);

/** The places said by a noun of place and an adjective of place (folded text, offsets kept). */
function adjectivalPlaces(text: string): AnswerSpan[] {
  const out: AnswerSpan[] = [];
  for (const m of foldKeepingOffsets(text).matchAll(ADJECTIVAL_PLACE)) {
    if (placesOfAdjectiveForm(m[2]!).length === 0) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push(answerSpan(start, start + m[1]!.length, 1));
  }
  return out;
}

function nameSpans(text: string, type: 'person' | 'organisation' | 'place'): AnswerSpan[] {
  const out: AnswerSpan[] = type === 'place' ? adjectivalPlaces(text) : [];
  const names = findProperNames(text);
  for (const n of type === 'place' ? names : [...names, ...agentNouns(text, names)]) {
    // After a dateline's dash too: "Brienne, le 27 janvier – Réuni jeudi, le conseil…".
    const atStart = n.start === 0 || /[.!?«"–—]\s*$/.test(text.slice(0, n.start));
    if (atStart && n.words < 2 && !/^\p{Lu}{2,}/u.test(text.slice(n.start)) && !firstNameApposed(text, n)) continue;
    if (saidAsUnit(text, n) || CALENDAR_NAMES.has(foldWord(text.slice(n.start, n.end)))) continue;
    const strength = nameStrength(text, n, type);
    if (strength > 0) out.push(answerSpan(n.start, n.end, strength)); // (an indefinite "place" has none)
  }
  return out;
}

/** "Lucien, ancien instituteur, anime l’atelier": a first name alone opening a sentence, a comma after it, names a person. */
function firstNameApposed(text: string, n: ProperName): boolean {
  return /^\s*,/.test(text.slice(n.end)) && isPersonName(text.slice(n.start, n.end));
}

/** Candidate answers of `type` in a passage (none for 'other'). */
export function findAnswerSpans(text: string, type: AnswerType): AnswerSpan[] {
  if (type === 'other') return [];
  if (/\?\s*$/.test(text)) return []; // a question holds no answer
  if (type === 'person' || type === 'organisation' || type === 'place') return nameSpans(text, type);
  return findAnswerSpansFolded(foldKeepingOffsets(text), type);
}

/**
 * What every pattern of a kind needs somewhere in the passage: most sentences have none of it, and one
 * test is cheaper than running each pattern over them.
 */
const NEEDED: Partial<Record<AnswerType, RegExp>> = {
  age: /\bans\b|year|aged/,
  money: new RegExp(`€|eur|illi|gratuit|\\$|£|dollar|usd|livre|franc|chf|argent|centime|${EURO_AS_E.source}`),
  percent: new RegExp(`%|‰|ppm|pour|point|moitie|tiers|quart|sur|\\/|${PART_OF_WHOLE.source}`, 'u'),
};

/** The same, on a passage already folded (foldKeepingOffsets), for callers that look for several kinds. */
export function findAnswerSpansFolded(folded: string, type: Exclude<AnswerType, 'person' | 'organisation' | 'place'>): AnswerSpan[] {
  if (type === 'number') return findNumbers(folded);
  if (NEEDED[type]?.test(folded) === false) return [];
  return spansOf(folded, PATTERNS[type] ?? []);
}
