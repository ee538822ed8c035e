// In chat a département goes by its number: "le préfet dans le 29", "le plan collèges du 13",
// "les tablettes du dep 974". Pages name it ("dans le département du Finistère"), so a question is read with
// the name written in place of the number. Codes and names: INSEE, Code officiel géographique.
import { FRENCH_MONTH_NAMES } from './months.ts';

/** Each département's code (lowercase: "2a") and its name, as written. */
export const DEPARTMENTS: ReadonlyMap<string, string> = new Map(
  (
    '01 Ain|02 Aisne|03 Allier|04 Alpes-de-Haute-Provence|05 Hautes-Alpes|06 Alpes-Maritimes|07 Ardèche|08 Ardennes|' +
    '09 Ariège|10 Aube|11 Aude|12 Aveyron|13 Bouches-du-Rhône|14 Calvados|15 Cantal|16 Charente|17 Charente-Maritime|' +
    '18 Cher|19 Corrèze|2A Corse-du-Sud|2B Haute-Corse|21 Côte-d’Or|22 Côtes-d’Armor|23 Creuse|24 Dordogne|25 Doubs|' +
    '26 Drôme|27 Eure|28 Eure-et-Loir|29 Finistère|30 Gard|31 Haute-Garonne|32 Gers|33 Gironde|34 Hérault|' +
    '35 Ille-et-Vilaine|36 Indre|37 Indre-et-Loire|38 Isère|39 Jura|40 Landes|41 Loir-et-Cher|42 Loire|43 Haute-Loire|' +
    '44 Loire-Atlantique|45 Loiret|46 Lot|47 Lot-et-Garonne|48 Lozère|49 Maine-et-Loire|50 Manche|51 Marne|' +
    '52 Haute-Marne|53 Mayenne|54 Meurthe-et-Moselle|55 Meuse|56 Morbihan|57 Moselle|58 Nièvre|59 Nord|60 Oise|61 Orne|' +
    '62 Pas-de-Calais|63 Puy-de-Dôme|64 Pyrénées-Atlantiques|65 Hautes-Pyrénées|66 Pyrénées-Orientales|67 Bas-Rhin|' +
    '68 Haut-Rhin|69 Rhône|70 Haute-Saône|71 Saône-et-Loire|72 Sarthe|73 Savoie|74 Haute-Savoie|75 Paris|' +
    '76 Seine-Maritime|77 Seine-et-Marne|78 Yvelines|79 Deux-Sèvres|80 Somme|81 Tarn|82 Tarn-et-Garonne|83 Var|' +
    '84 Vaucluse|85 Vendée|86 Vienne|87 Haute-Vienne|88 Vosges|89 Yonne|90 Territoire de Belfort|91 Essonne|' +
    '92 Hauts-de-Seine|93 Seine-Saint-Denis|94 Val-de-Marne|95 Val-d’Oise|971 Guadeloupe|972 Martinique|973 Guyane|' +
    '974 La Réunion|976 Mayotte'
  )
    .split('|')
    .map((entry) => {
      const space = entry.indexOf(' ');
      return [entry.slice(0, space).toLowerCase(), entry.slice(space + 1)] as [string, string];
    }),
);

const CODE = '(\\d{2,3}|2[ab])';

/** A number said to be a département's: "dép. 07", "dep 974", "département 29". */
const AFTER_DEPARTMENT_WORD = new RegExp(`(?<![\\p{L}])(?:d[ée]p(?:artement)?\\.?)\\s*${CODE}(?![\\p{L}\\p{N}])`, 'giu');

/**
 * A number after "le", "du", "au" that no noun, unit or month follows: "dans le 29 qui…", "du 13 ça coûte",
 * "dans le 56 ?". "Le 25 novembre", "du 4 au 8", "le 12 à 18 h" and "jusqu'au 31" are dates, and stay.
 */
const AFTER_ARTICLE = new RegExp(
  `(?<![\\p{L}'’])(le|du|au)\\s+${CODE}(?=\\s*(?:[?!.,;:)]|$)|\\s+(?:qui|que|qu['’]|ça|ca|c['’]est|pour|il|elle|ils|elles|on|y|est|sont|a|ont|svp|stp)(?![\\p{L}]))`,
  'giu',
);

/**
 * A code with its leading zero after "le", "du", "au" ("le 06 met combien", "au 09 ils ont…"): a day of the
 * month is written without one ("le 6 mars"), so only a month, a time or another number after it keeps it a date.
 */
const ZERO_CODE_AFTER_ARTICLE = new RegExp(
  `(?<![\\p{L}'’])(le|du|au)\\s+(0[1-9])(?![\\p{L}\\p{N}/.:h-])(?!\\s*(?:\\d|[aà]\\s+\\d|h\\b|heures?\\b|${FRENCH_MONTH_NAMES.join('|')}))`,
  'giu',
);

/**
 * A code right after a body a département runs, which pages and chat name by its number ("les archives 76",
 * "le CD 24", "le CG56", "la CCI 35", "la MDPH 31", "la CAF 33"), when no unit follows it.
 */
// (what may follow the code: a mark, the end, or any word but a unit, a time or a noun of counting: "le CG 56
// finançait…", "le CD 24 a…", not "le CD 24 heures sur 24")
const NOT_AFTER_CODE = 'heures?|h|ans?|jours?|mois|semaines?|km|m|kilom[èe]tres?|euros?|millions?|milliers?|pages?|sur|et|à|de|des';
const AFTER_DEPARTMENT_BODY = new RegExp(
  `(?<![\\p{L}])(archives|sdis|cd|cg|cci|cma|mdph|caf|cpam|cdg|ddt|ddtm|udaf|conseil d[ée]partemental|conseil g[ée]n[ée]ral)\\s*${CODE}` +
    `(?=\\s*(?:[?!.,;:)]|$)|\\s+(?!(?:${NOT_AFTER_CODE})(?![\\p{L}]))\\p{Ll})`,
  'giu',
);

/** The question with the départements it names by number named instead: "dans le 29 qui…" → "dans le Finistère qui…". */
export function withDepartmentNames(question: string): string {
  return question
    .replace(AFTER_DEPARTMENT_WORD, (whole, code: string) => named(whole, 'département', code))
    .replace(AFTER_DEPARTMENT_BODY, (whole, body: string, code: string) => named(whole, `${body} de`, code))
    .replace(AFTER_ARTICLE, (whole, article: string, code: string) => named(whole, article, code))
    .replace(ZERO_CODE_AFTER_ARTICLE, (whole, article: string, code: string) => named(whole, article, code));
}

/** The word before the number and the département's name, or the text as typed when no département has that number. */
function named(whole: string, before: string, code: string): string {
  const name = DEPARTMENTS.get(code.toLowerCase());
  return name === undefined ? whole : `${before} ${name}`;
}
