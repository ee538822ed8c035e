// Month names, folded (lowercase, no accents), by language.
import { foldWord } from './foldText.ts';

export const FRENCH_MONTHS: ReadonlyMap<string, number> = new Map([
  ['janvier', 1],
  ['fevrier', 2],
  ['mars', 3],
  ['avril', 4],
  ['mai', 5],
  ['juin', 6],
  ['juillet', 7],
  ['aout', 8],
  ['septembre', 9],
  ['octobre', 10],
  ['novembre', 11],
  ['decembre', 12],
]);

export const ENGLISH_MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['february', 2],
  ['march', 3],
  ['april', 4],
  ['may', 5],
  ['june', 6],
  ['july', 7],
  ['august', 8],
  ['september', 9],
  ['october', 10],
  ['november', 11],
  ['december', 12],
]);

export const FRENCH_MONTH_NAMES: readonly string[] = [...FRENCH_MONTHS.keys()];

/** The days of the week, folded. */
export const FRENCH_WEEKDAYS: readonly string[] = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
export const ENGLISH_MONTH_NAMES: readonly string[] = [...ENGLISH_MONTHS.keys()];
/** The English days of the week, lowercase. */
export const ENGLISH_WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The seasons, folded. */
export const FRENCH_SEASONS: readonly string[] = ['printemps', 'ete', 'automne', 'hiver'];

/** Words of a time that comes back every year ("l'été", "la période estivale", "les fêtes", "la rentrée"), folded. */
export const FRENCH_YEARLY_TIMES: readonly string[] = [...FRENCH_SEASONS, 'estivale?', 'fetes', 'vacances', 'rentree', 'noel'];

/**
 * Periods after which "dernier", "prochain" or "passé" place a moment in time ("le 19 avril dernier",
 * "l'an prochain", "la semaine passée") instead of ranking ("la dernière tranche"), folded.
 */
export const FRENCH_PERIOD_NOUNS: readonly string[] = [
  ...FRENCH_MONTH_NAMES,
  ...FRENCH_WEEKDAYS,
  ...FRENCH_SEASONS,
  'an',
  'annee',
  'mois',
  'semaine',
  'trimestre',
  'semestre',
];

/** The units a span of time is counted in, folded: durations, ages and intervals are said in them ("toutes les trente secondes"). */
export const FRENCH_TIME_UNITS: readonly string[] = [
  'seconde',
  'minute',
  'heure',
  'jour',
  'semaine',
  'mois',
  'trimestre',
  'semestre',
  'an',
  'annee',
  'decennie',
  'siecle',
];

/** One time unit, singular or plural, as a pattern on folded text ("an", "ans", "mois"). */
export const FRENCH_TIME_UNIT = `(?:${Array.from(FRENCH_TIME_UNITS, (u) => (u.endsWith('s') ? u : `${u}s?`)).join('|')})`;

/** The adjectives that, after a period noun, point back or forward from today, folded. */
export const FRENCH_DEICTIC_TIME_WORDS: readonly string[] = ['dernier', 'derniere', 'prochain', 'prochaine', 'passe', 'passee'];

/**
 * The digits of a year of any century a town's heritage goes back to ("construite en 1847", "depuis 1650"), as a
 * regex source: read as a year after a preposition that places something in it; alone, "1847" may count things.
 */
export const ANY_CENTURY_YEAR = '(?:1[5-9]|20)\\d{2}';
/** The same, as a regex: where in a text such a year stands. */
export const YEAR_OF_ANY_CENTURY = new RegExp(ANY_CENTURY_YEAR);

/** Seasons and parts of a year a date can be given by ("au printemps 2022", "mi-2023"). */
export const FRENCH_YEAR_PARTS: readonly string[] = [
  ...FRENCH_SEASONS,
  'mi',
  'debut',
  'fin',
  'courant',
  'rentree',
  'trimestre',
  'semestre',
];

/**
 * Holidays and moments of the year a date is given by without a year ("avant Noël", "à la rentrée",
 * "d'ici la fin de l'année"), folded — the year is the document's own —, and events that date what
 * came before or after them ("avant la crise sanitaire").
 */
export const FRENCH_CALENDAR_MOMENTS: readonly string[] = [
  'noel',
  'paques',
  'la toussaint',
  'le nouvel an',
  "l'ete",
  "l'automne",
  "l'hiver",
  'le printemps',
  'la rentree',
  "la fin de l'annee",
  "la fin d'annee",
  "fin d'annee",
  "le debut de l'annee",
  "l'an prochain",
  "l'annee prochaine",
  "les fetes de fin d'annee",
  'les fetes',
  'la periode estivale',
  'la saison estivale',
  'la saison touristique',
  'les vacances',
  'les vacances scolaires',
  "les vacances d'ete",
  // events everyone dates by
  'la crise sanitaire',
  'la pandemie',
  'le covid',
  'le confinement',
  'le premier confinement',
  'les elections municipales',
  'les municipales',
];

/** The periods a rate is given per. */
// "l'an dernier", "cette année", "last year": a year said by its distance from the page's.
const RELATIVE_YEARS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(?:l'an (?:dernier|passe)|l'annee (?:derniere|passee)|last year)\b/, -1],
  [/\b(?:cette annee|cet an|l'annee en cours|this year)\b/, 0],
  [/\b(?:l'an prochain|l'annee prochaine|next year)\b/, 1],
];

/** The years a folded text says by their distance from `year` ("l'an dernier" in a page of 2025: 2024). */
export function relativeYearsSaid(folded: string, year: number): number[] {
  return Array.from(
    RELATIVE_YEARS.filter(([said]) => said.test(folded)),
    ([, offset]) => year + offset,
  );
}

export type RatePeriod = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** How French and English say "per <period>", folded (no accents, lowercase). */
const RATE_PERIOD_WORDS: ReadonlyArray<[RatePeriod, RegExp]> = [
  ['day', /\bpar jour\b|\bquotidien|\bjournali|\/\s*jour\b|\bchaque jour\b|\btous les jours\b|\bper day\b|\bdaily\b|\ba day\b/],
  ['week', /\bpar semaine\b|\bhebdomadaire|\/\s*semaine\b|\bchaque semaine\b|\btoutes les semaines\b|\bper week\b|\bweekly\b|\ba week\b/],
  ['month', /\bpar mois\b|\bmensuel|\/\s*mois\b|\bchaque mois\b|\btous les mois\b|\bper month\b|\bmonthly\b|\ba month\b/],
  ['quarter', /\bpar trimestre\b|\btrimestriel|\bper quarter\b|\bquarterly\b/],
  ['year', /\bpar an(?:nee)?\b|\bannuel|\/\s*an\b|\bchaque annee\b|\btous les ans\b|\bper year\b|\byearly\b|\bannual|\ba year\b/],
];

/** The adjectives a rate per a period is said by, by the folded noun of the period ("chaque année" — "annuel"). */
export const FRENCH_PERIOD_ADJECTIVES: ReadonlyMap<string, readonly string[]> = new Map([
  ['an', ['annuel']],
  ['annee', ['annuel']],
  ['mois', ['mensuel']],
  ['semaine', ['hebdomadaire']],
  ['jour', ['quotidien', 'journalier']],
  ['trimestre', ['trimestriel']],
  ['semestre', ['semestriel']],
]);

/** The periods a folded text gives a rate per ("45 € par mois", "un budget annuel"). */
export function ratePeriodsSaid(folded: string): RatePeriod[] {
  return RATE_PERIOD_WORDS.filter(([, words]) => words.test(folded)).map(([period]) => period);
}

/** How French and English say a whole rather than a rate, folded: "au total", "en tout", "overall". */
const WHOLE_WORDS = String.raw`au total|en tout|totale?s?|totalite|global(?:e|ement)?|cumule?e?s?|in total|overall|altogether|all told`;
const TOTAL_ASKED = new RegExp(String.raw`\b(?:${WHOLE_WORDS})\b`);
// A sentence also gives a whole as "l'ensemble" ("l'ensemble des 45 bornes"); a question with it asks of each.
const TOTAL_SAID = new RegExp(String.raw`\b(?:${WHOLE_WORDS}|l'ensemble)\b`);

/** Whether a folded question asks for a total ("quel est le coût au total…"). */
export function asksTotal(folded: string): boolean {
  return TOTAL_ASKED.test(folded);
}

/** Whether a folded sentence gives its figure as a whole ("au total, 45 bornes"). */
export function saysTotal(folded: string): boolean {
  return TOTAL_SAID.test(folded);
}

/**
 * How things were at first, and how they are now: "Combien de communes au départ ?" is not answered by
 * "Nous sommes à présent six communes". Folded, as questions and sentences are compared folded.
 */
export const FRENCH_AT_FIRST: readonly string[] = [
  'au depart',
  'au debut',
  'initialement',
  "a l'origine",
  'dans un premier temps',
  "d'abord",
  // the first days of a service: "à l'ouverture du portail", "dès son lancement"
  'au lancement',
  'a son lancement',
  'des son lancement',
  'des le lancement',
  "a l'ouverture",
  'a son ouverture',
  "des l'ouverture",
  'des son ouverture',
];
export const ENGLISH_AT_FIRST: readonly string[] = [
  'at first',
  'originally',
  'initially',
  'in the beginning',
  'at the start',
  'to begin with',
];
export const FRENCH_NOW: readonly string[] = ['a present', 'desormais', "aujourd'hui", 'maintenant', 'actuellement'];

const MONTH_OR_YEAR = `(?:(?:1[89]|20)\\d\\d|${[...FRENCH_MONTH_NAMES, ...ENGLISH_MONTH_NAMES].join('|')})\\b`;

/**
 * Whether a word of a moment ("fin", "début", "end") is followed by the year or month it dates
 * ("fin 2021", "début mars", "end of 2024"): then it gives a date, it does not ask one. Text folded.
 */
export function givesDateOfMoment(folded: string, word: string): boolean {
  const escaped = foldWord(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${escaped}\\s+(?:(?:de|d'|of|in)\\s*)?(?:l'annee\\s+)?${MONTH_OR_YEAR}`).test(folded);
}
