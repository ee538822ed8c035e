// English grammar words and inflections, for reading questions asked in English. General vocabulary.
import { createRequire } from 'node:module';
import { ENGLISH_MONTH_NAMES, ENGLISH_WEEKDAYS } from './months.ts';

const require = createRequire(import.meta.url);
// natural's English noun inflector, from its own file (the package root loads WordNet and more).
const NounInflector = require('natural/lib/natural/inflectors/noun_inflector.js') as new () => { singularize(word: string): string };
const nouns = new NounInflector();

/** Words English questions are built with; they carry no content to search for. */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an of in on at to for with by from about as into onto is are was were be been being am do does did done ' +
    'has have had having there their theirs its it this that these those and or but not no nor i my me mine we our us ' +
    'you your he she his her him they them can could will would should shall may might must than then so such any all ' +
    'some up out if also just very get gets got getting between among within during after before over under per via toward towards upon across throughout against despite beyond ' +
    "tell know please s it's what's who's how what when where why which who whom whose many much long often " +
    'currently actually exactly really anyone anybody someone somebody something anything thing things one ones ' +
    'kind sort type way lot lots bit here now yet still ever already even only being going gonna wanna each every since ' +
    // (a superlative asks which one, it names nothing: "the most popular workshop")
    'most least'
  ).split(' '),
);

/**
 * Common words English writes with a capital: days, months, the public bodies ("the State", "the
 * Region") and the adjectives of nationality ("French towns"). Capitalised, they are still words to
 * translate, not names to find as typed.
 */
export const ENGLISH_CAPITALISED_NOUNS: ReadonlySet<string> = new Set([
  ...ENGLISH_WEEKDAYS,
  ...ENGLISH_MONTH_NAMES,
  ...'state region department city town council government ministry county prefecture'.split(' '),
  ...'french european english british german belgian swiss italian spanish american'.split(' '),
]);

/** Irregular English verb forms → base form (regular ones are handled by rule). */
const IRREGULAR_VERBS: ReadonlyMap<string, string> = new Map(
  (
    'paid:pay ran:run won:win built:build made:make spent:spend brought:bring got:get gotten:get went:go gone:go ' +
    'held:hold led:lead sold:sell bought:buy took:take taken:take gave:give given:give chose:choose chosen:choose ' +
    'found:find kept:keep left:leave lost:lose meant:mean met:meet said:say sent:send told:tell thought:think ' +
    'understood:understand began:begin begun:begin came:come saw:see seen:see knew:know known:know grew:grow ' +
    'grown:grow drew:draw drawn:draw wrote:write written:write spoke:speak spoken:speak stood:stand fell:fall ' +
    'fallen:fall rose:rise risen:rise set:set put:put cut:cut let:let hit:hit cost:cost dealt:deal lent:lend ' +
    'laid:lay broke:break broken:break became:become did:do done:do had:have has:have was:be were:be is:be are:be ' +
    'fed:feed fought:fight taught:teach caught:catch sought:seek struck:strike hung:hang shut:shut spread:spread ' +
    'stole:steal stolen:steal drove:drive driven:drive flew:fly flown:fly threw:throw thrown:throw wore:wear worn:wear ' +
    'tore:tear torn:tear hid:hide hidden:hide froze:freeze frozen:freeze forgot:forget forgotten:forget felt:feel ' +
    'heard:hear sat:sit slept:sleep shot:shoot shook:shake shaken:shake swept:sweep bound:bind dug:dig fled:flee ' +
    'lit:light rode:ride ridden:ride rang:ring rung:ring sang:sing sung:sing bore:bear borne:bear blew:blow blown:blow ' +
    'ate:eat eaten:eat withdrew:withdraw withdrawn:withdraw undertook:undertake undertaken:undertake overtook:overtake ' +
    'overtaken:overtake upheld:uphold withheld:withhold forbade:forbid forbidden:forbid forgave:forgive forgiven:forgive ' +
    'rebuilt:rebuild overcame:overcome mistook:mistake mistaken:mistake sped:speed swore:swear sworn:swear ' +
    'woke:wake woken:wake hurt:hurt split:split quit:quit burst:burst ' +
    "bid:bid won't:will"
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** Candidate base forms of an English word, the word itself first: "advisers" → adviser; "funded" → fund. */
export function englishLemmas(word: string): string[] {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  const out = new Set<string>([w]);
  const irregular = IRREGULAR_VERBS.get(w);
  if (irregular) out.add(irregular);
  if (w.length > 3 && w.endsWith('s')) out.add(nouns.singularize(w));
  if (w.endsWith('ies') && w.length > 4) out.add(`${w.slice(0, -3)}y`);
  if (w.endsWith('es') && w.length > 4) out.add(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) out.add(w.slice(0, -1));
  if (w.endsWith('ied') && w.length > 4) out.add(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed') && w.length > 4) {
    const stem = w.slice(0, -2);
    out.add(stem);
    out.add(`${stem}e`);
    if (/(.)\1$/.test(stem)) out.add(stem.slice(0, -1)); // "chipped" → chip
  }
  if (w.endsWith('ing') && w.length > 5) {
    const stem = w.slice(0, -3);
    out.add(stem);
    out.add(`${stem}e`);
    if (/(.)\1$/.test(stem)) out.add(stem.slice(0, -1)); // "running" → run
  }
  return [...out];
}

/**
 * The verb an agent noun is made from ("graders" → grade, "installers" → install), for a word the
 * dictionary lacks: tried only then, as "number" or "power" are no agents.
 */
export function englishAgentBases(word: string): string[] {
  const m = /^([a-z]{3,})ers?$/.exec(word.toLowerCase());
  return m ? [m[1]!, `${m[1]!}e`] : [];
}

/** Whether an English word form reads as a verb form (past tense, participle, -ing) rather than a noun. */
export function looksLikeEnglishVerbForm(word: string): boolean {
  const w = word.toLowerCase();
  return IRREGULAR_VERBS.has(w) || /[^e]ed$|ing$/.test(w);
}

/**
 * Senses a general dictionary lists late or not at all: phrasal verbs ("chip in") and the business
 * senses of everyday verbs ("run a network" is to operate it, not to run). Looked up before the
 * dictionary; general English, as French words or phrases separated by '|'.
 */
export const ENGLISH_WORK_SENSES: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['run', 'exploiter|gérer|diriger|piloter'],
      ['handle', 'gérer|traiter|exploiter'],
      ['operate', 'exploiter|gérer'],
      ['manage', 'gérer|diriger|piloter'],
      ['oversee', 'superviser|piloter|gérer'],
      ['lead', 'diriger|piloter|mener'],
      ['head', 'diriger|présider|chef'],
      ['chair', 'présider|président'],
      ['scheme', 'dispositif|programme|plan'],
      ['chip in', 'contribuer|apporter|financer|participer'],
      ['pay for', 'payer|financer|prendre en charge|supporter|subventionner'],
      ['pay', 'payer|financer|verser|prendre en charge|supporter'],
      ['team up', 'partenariat|associer|allier|coopérer'],
      ['partner', 'partenaire|partenariat|associer'],
      ['set up', 'créer|mettre en place|installer|lancer'],
      ['roll out', 'déployer|déploiement'],
      ['put up', 'installer|implanter|ériger|construire'],
      ['put into', 'investir|injecter|consacrer'],
      ['erect', 'ériger|implanter|installer|construire'],
      ['sign up', 'inscrire|adhérer'],
      ['turn up', 'révéler|trouver|recenser'],
      ['put forward', 'proposer|présenter'],
      ['bring in', 'recruter|embaucher|apporter'],
      ['bring', 'apporter|réunir|recruter'],
      ['hire', 'recruter|embaucher'],
      ['hand out', 'distribuer|remettre'],
      ['give out', 'distribuer|remettre'],
      ['carry out', 'réaliser|mener|effectuer'],
      ['take over', 'reprendre|succéder'],
      ['take part', 'participer'],
      ['sign off', 'valider|approuver|validation'],
      ['approve', 'valider|approuver|adopter|voter'],
      ['push back', 'reporter|repousser|décaler'],
      ['put off', 'reporter|repousser|décaler'],
      ['postpone', 'reporter|repousser|décaler'],
      ['call off', 'annuler'],
      ['hook up', 'raccorder|connecter|relier'],
      ['turn on', 'allumer|activer'],
      ['switch off', 'éteindre|couper'],
      ['turn off', 'éteindre|couper'],
      ['shut down', 'fermer|arrêter|couper'],
      ['cut off', 'couper|priver'],
      ['hand over', 'remettre|transférer|céder'],
      ['step down', 'démissionner|quitter'],
      ['back up', 'sauvegarder|sauvegarde|soutenir'],
      ['cut', 'réduire|baisser|économiser'],
      ['save', 'économiser|épargner'],
      ['win', 'remporter|gagner|obtenir|retenir'],
      ['award', 'attribuer|décerner|retenir'],
      ['choose', 'choisir|retenir|sélectionner'],
      ['pick', 'choisir|retenir|sélectionner'],
      ['build', 'construire|déployer|réaliser'],
      ['connect', 'raccorder|connecter|relier'],
      ['provide', 'fournir|proposer|assurer'],
      ['supply', 'fournir|livrer'],
      ['cover', 'couvrir|prendre en charge|financer|supporter'],
      ['host', 'accueillir|héberger'],
      ['hold', 'tenir|organiser'],
      ['launch', 'lancer|lancement|inaugurer'],
      ['open', 'ouvrir|ouverture|inaugurer'],
      ['cost', 'coûter|coût|montant'],
      ['fund', 'financer|financement|fonds|subventionner'],
      ['staff', 'personnel|salariés|agents|effectif'],
      ['official', 'élu|responsable'],
      ['officials', 'élus|responsables'],
      ['local authority', 'collectivité|collectivité territoriale'],
      ['local authorities', 'collectivités|collectivités territoriales'],
      ['mast', 'pylône|antenne|mât'],
      ['tower', 'pylône|tour'],
      ['people', 'personnes|habitants|gens'],
      ['resident', 'habitant|résident'],
      ['residents', 'habitants|résidents'],
      ['council', 'conseil|collectivité'],
      // French towns call their public library a médiathèque more often than a bibliothèque.
      ['library', 'médiathèque|bibliothèque'],
    ] as Array<[string, string]>
  ).map(([english, french]) => [english, french.split('|')]),
);

/** Prefixes written with a hyphen ("multi-operator", "co-funded"): a word of their own, not part of a name. */
export const ENGLISH_PREFIXES: ReadonlySet<string> = new Set([
  'multi',
  'non',
  'pre',
  'anti',
  'inter',
  'semi',
  'sub',
  'super',
  'cross',
  'post',
  'mini',
  'micro',
  'mega',
  'ultra',
  'self',
  // (of a time: "mid-2031", "mid-March")
  'mid',
]);

/** English nouns that count people without a plural -s ("how many people", "how many staff"). */
export const ENGLISH_IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['people', 'children', 'men', 'women', 'staff']);

/**
 * "what's", "who's", "where's": the question word and "is", as the question patterns read them; and
 * a figure hyphened to its unit ("a 12-year contract", "a 30-minute ride") as the figure and the unit,
 * which French pages write apart ("12 ans").
 */
export function withEnglishContractionsOpened(question: string): string {
  return question
    .replace(/\b(what|who|where|how|when|which)['’]s\b/giu, '$1 is')
    .replace(/\b(\d+)-(year|month|week|day|hour|minute|metre|meter|kilometre|kilometer|mile)\b/giu, '$1 $2s');
}
