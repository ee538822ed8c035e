// Acronyms a page defines and then writes alone: "le Syndicat mixte d'informatique du Val-de-Brenne
// (SM2B) ouvre…" and, three sentences down, "le SM2B a choisi l'entreprise…". The question names the syndicate
// by its words; the sentence that answers says only the acronym, which stands for them on that page.
import { analyzeFrenchTerms } from '../analysis/analyzeFrench.ts';
import { foldWord } from '../language/foldText.ts';
import { NAME_JOINING_WORDS } from '../language/functionWords.ts';
import type { PassageWithTerms } from '../search/searchBackend.ts';
import { alternative } from './readQuestion.ts';
import type { ResolvedConcept } from './resolveConcepts.ts';
import type { Passage } from '../search/splitPassages.ts';

/** An acronym defined on a page: its term, and the terms of the words it stands for there. */
export interface DefinedAcronym {
  term: string;
  meaning: ReadonlySet<string>;
}

// "(SM2B)", "(OIUD)", "(LBN)": capitals, digits allowed after the first letter.
const BRACKETED = /\((\p{Lu}[\p{Lu}\d&-]{1,9})\)/gu;
// (a compound's parts each lend an initial: "Haut-Sorre" is H and S)
const WORD = /\p{L}[\p{L}'’]*/gu;
/** Words of a meaning beyond its acronym's letters: a letter may stand for two words ("SM2B": two M's). */
const EXTRA_WORDS = 2;

/** The words of `before` that end it and whose initials spell the acronym's letters, in order; none if none do. */
function meaningBefore(before: string, letters: string): string | undefined {
  const clause = before.split(/[,.;:!?()«»]/).pop() ?? '';
  const words = Array.from(clause.matchAll(WORD), (m) => ({ word: m[0], start: m.index }));
  let next = letters.length - 1;
  let used = 0;
  for (let k = words.length - 1; k >= 0 && used <= letters.length + EXTRA_WORDS; k--) {
    const folded = foldWord(words[k]!.word.replace(/^\p{L}['’]/u, ''));
    if (NAME_JOINING_WORDS.has(folded)) continue;
    used++;
    if (folded[0] === letters[next]) next--;
    else if (used === 1) return undefined;
    if (next < 0) return clause.slice(words[k]!.start);
  }
  return undefined;
}

// A passage's definitions depend on its text alone, and the index keeps its passages: read once each.
const byPassage = new WeakMap<Passage, readonly DefinedAcronym[]>();
const NONE: readonly DefinedAcronym[] = [];

/** The acronyms one passage defines by a bracket after the words they stand for. */
function definedIn(passage: Passage): readonly DefinedAcronym[] {
  if (!passage.text.includes('(')) return NONE;
  let found = byPassage.get(passage);
  if (found) return found;
  const defined: DefinedAcronym[] = [];
  for (const m of passage.text.matchAll(BRACKETED)) {
    const letters = foldWord(m[1]!.replace(/[\d&-]/g, ''));
    const meaning = letters.length >= 2 ? meaningBefore(passage.text.slice(0, m.index), letters) : undefined;
    const [term] = analyzeFrenchTerms(m[1]!);
    if (meaning && term) defined.push({ term, meaning: new Set(analyzeFrenchTerms(meaning)) });
  }
  byPassage.set(passage, (found = defined.length > 0 ? defined : NONE));
  return found;
}

/** The acronyms a document defines by a bracket after the words they stand for. */
export function definedAcronyms(passages: readonly PassageWithTerms[]): readonly DefinedAcronym[] {
  let all: DefinedAcronym[] | undefined;
  for (const { passage } of passages) {
    const defined = definedIn(passage);
    if (defined.length > 0) (all ??= []).push(...defined);
  }
  return all ?? NONE;
}

/** How surely an acronym the page defines says what its words say ("47 PRO" for points de raccordement optique). */
const ACRONYM_FOR_WORDS = 0.9;

const countedByPage = new WeakMap<readonly PassageWithTerms[], ResolvedConcept>();

/**
 * What "combien de X" counts, as a page may count it: also by the acronym it defines for X ("des points de
 * raccordement optique (PRO) ont été installés… 47 PRO sont posés"). The concept itself when it defines none.
 */
export function countedOnPage(counted: ResolvedConcept | undefined, passages: readonly PassageWithTerms[]): ResolvedConcept | undefined {
  if (!counted) return undefined;
  const known = countedByPage.get(passages);
  if (known?.concept === counted.concept) return known;
  const heads = new Set(Array.from(counted.alternatives, (a) => a.terms[0]));
  // (the acronym of a phrase headed by the noun counted: "nœuds de raccordement optique", not "réseau de nœuds")
  const acronyms = definedAcronyms(passages).filter((a) => heads.has([...a.meaning][0]));
  // (kept either way: every passage of the page asks again, and reading the page's acronyms walks all its passages)
  const widened =
    acronyms.length === 0
      ? counted
      : {
          concept: counted.concept,
          alternatives: [...counted.alternatives, ...Array.from(acronyms, (a) => alternative([a.term], ACRONYM_FOR_WORDS))],
          weight: counted.weight,
          present: counted.present,
        };
  countedByPage.set(passages, widened);
  return widened;
}
