// Names typed in lowercase: chat questions write "ondalis", "haute marne", "rivages numériques". A word
// the documents read write with a capital wherever it does not open a sentence is a name there too:
// it then holds for every sentence of a document about it, and a document that never says it cannot
// answer — as for names typed with their capital.
import { analyzeFrenchTerms } from '../analysis/analyzeFrench.ts';
import { withoutElidedWord } from '../language/apostrophes.ts';
import { foldWord } from '../language/foldText.ts';
import { DEGREE_ADVERBS } from '../language/functionWords.ts';
import { COMPANY_NOUNS } from '../language/questionVocabulary.ts';
import type { DocumentView } from './gatherCandidates.ts';
import { passageTokens } from './passageTokens.ts';
import { changedConcept } from './readQuestion.ts';
import type { ResolvedConcept } from './resolveConcepts.ts';

/** Share of a word's occurrences (not opening a sentence) written with a capital for it to be a name. */
const CAPITALISED_SHARE = 0.8;
/** Occurrences needed to judge. */
const MIN_OCCURRENCES = 2;
/** Passages looked at per word: enough to judge, few enough to stay cheap. */
const MAX_PASSAGES = 12;

const INNER_CAPITAL = /[-\u2010\u2011]\p{Lu}/u;

function opensSentence(text: string, start: number): boolean {
  return /^[\s«"“(\-–—•*]*$/.test(text.slice(0, start)) || /[.!?:]\s*[«"“]?\s*$/.test(text.slice(Math.max(0, start - 4), start));
}

/**
 * How the documents write a term: occurrences counted, and those with a capital spelt as typed — a name
 * does not inflect: "des maisons" typed is no "Maison France Services".
 */
function writings(
  term: string,
  typed: string,
  views: readonly DocumentView[],
  openingsToo: boolean,
): { seen: number; capitalised: number } {
  let seen = 0;
  let capitalised = 0;
  let looked = 0;
  for (const view of views) {
    for (const item of view.passages) {
      if (!item.terms.has(term)) continue;
      if (++looked > MAX_PASSAGES) return { seen, capitalised };
      for (const token of passageTokens(item.passage)) {
        if (token.term !== term) continue;
        // A capital inside a hyphenated word ("Saint-Julien-des-Monts") shows a name even where it opens a sentence.
        if (!openingsToo && !INNER_CAPITAL.test(token.surface) && opensSentence(item.passage.text, token.start)) continue;
        seen++;
        if (/^\p{Lu}/u.test(token.surface) && foldWord(token.surface) === typed) capitalised++;
      }
    }
  }
  return { seen, capitalised };
}

const AFTER_DEGREE = new RegExp(`(?:^|\\s)(?:${DEGREE_ADVERBS.join('|')})\\s+$`);

/** Whether the question writes a word right after an adverb of degree ("le plus fort"): it qualifies, it names nothing. */
function qualifiedByDegree(foldedQuestion: string, typed: string): boolean {
  for (let at = foldedQuestion.indexOf(typed); at >= 0; at = foldedQuestion.indexOf(typed, at + 1))
    if (AFTER_DEGREE.test(foldedQuestion.slice(0, at))) return true;
  return false;
}

/**
 * Nouns of companies: a page writes "le Groupe a annoncé…", "la Société a recruté…" for the company it
 * names, but "le groupe de pilotage" typed is that noun, whatever the pages read. (Not a territory's body:
 * "la Région" typed lowercase is most often the one a page names.)
 */
const COMPANY_WORDS: ReadonlySet<string> = new Set(COMPANY_NOUNS);

/**
 * Whether the question types a company's noun alone, not after a capitalised word of a name it types ("Vernay
 * Groupe"): found in the folded question, read in the question as typed (folding keeps French letters' places).
 */
function companyNounAlone(question: string, foldedQuestion: string, typed: string): boolean {
  if (!COMPANY_WORDS.has(typed.replace(/s$/, ''))) return false;
  const at = foldedQuestion.indexOf(typed);
  return at < 0 || !/\p{Lu}[\p{L}'’-]*\s+$/u.test(question.slice(0, at));
}

/** Turns into names the question's words (typed without a capital) that the documents write as names. */
export function recogniseNames(concepts: ResolvedConcept[], views: readonly DocumentView[], question = ''): void {
  const foldedQuestion = foldWord(question);
  for (const c of concepts) {
    if (c.concept.kind !== 'content' || !c.present || c.concept.focus || c.concept.counted) continue;
    const first = c.alternatives[0];
    // A spelling correction is a guess at the word meant: a guess cannot make the question name a place.
    if (!first || first.terms.length !== 1 || first.factor < 1) continue;
    const typed = withoutElidedWord(foldWord(c.concept.label));
    if (qualifiedByDegree(foldedQuestion, typed) || companyNounAlone(question, foldedQuestion, typed)) continue;
    // A translation is not the word typed: "French" (français) says nothing of how a page writes "France".
    // (the word's own stem may be no prefix of it: "Lanvaux" stems as a plural in -aux, "lanval")
    if (!typed.startsWith(first.terms[0]!) && !analyzeFrenchTerms(typed).includes(first.terms[0]!)) continue;
    // (typed with its capital to open the question: "Montbrison et Feurs : …"; a page may say it only where
    // its sentences open too, and a word it writes lowercase anywhere is still no name)
    const { seen, capitalised } = writings(first.terms[0]!, typed, views, c.concept.capitalised === true);
    if (seen >= MIN_OCCURRENCES && capitalised >= CAPITALISED_SHARE * seen) c.concept = changedConcept(c.concept, { kind: 'name' });
  }
}
