// Names mistyped by a slip, or spelt by ear, too short to be corrected on the whole corpus ("la permanence de l'Alam"):
// there, a short name one slip from another is mostly another name. In the few documents closest to the
// rest of the question it is the name they write: "Alma", one swap away, capitalised on the page.
import { analyzeFrenchTerms } from '../analysis/analyzeFrench.ts';
import { slipsOf } from '../analysis/keyboardSlips.ts';
import { foldWord } from '../language/foldText.ts';
import { sameSoundSpellings } from '../language/frenchPhonetics.ts';
import type { DocumentView } from './gatherCandidates.ts';
import { passageTokens } from './passageTokens.ts';
import { alternative } from './readQuestion.ts';
import type { ResolvedConcept } from './resolveConcepts.ts';

/** Shorter names are words of a few letters ("Sud", "Est"), one slip from too many others. */
const MIN_NAME_LENGTH = 4;
/** Found by its slip, not written as asked: as resolveConcepts weighs a correction. */
const RESPELT_FACTOR = 0.8;

/** Whether a word is the typed one with one letter more: a letter the typist dropped ("Keps" for "Kéops"). */
function oneLetterDropped(typed: string, word: string): boolean {
  if (word.length !== typed.length + 1) return false;
  for (let i = 1; i < word.length; i++) if (word.slice(0, i) + word.slice(i + 1) === typed) return true;
  return false;
}

/**
 * The spellings of a name by ear that keep its length, its sound and its first and last letters ("Lise" for
 * "Lice"): a silent last letter written for another ("Kéopt", "Kéops") is another name.
 */
function spelledByEar(typed: string): string[] {
  return sameSoundSpellings(typed).filter((w) => w.length === typed.length && w[0] === typed[0] && w.at(-1) === typed.at(-1));
}

/**
 * The capitalised word of the documents one slip from a name, most written first: the slips of a name
 * (two letters swapped, a doubled letter; see keyboardSlips.ts), a letter dropped, or one written for another
 * of its sound — not a letter struck for another, which makes another name ("Kéopt" is not "Kéops").
 */
function nameOneSlipAway(typed: string, views: readonly DocumentView[]): string | undefined {
  const slips = new Set([...slipsOf(typed, true), ...spelledByEar(typed)]);
  const seen = new Map<string, number>();
  for (const view of views)
    for (const { passage } of view.passages)
      for (const token of passageTokens(passage)) {
        if (token.role !== 'word' || !/^\p{Lu}/u.test(token.surface)) continue;
        const folded = foldWord(token.surface);
        if (slips.has(folded) || oneLetterDropped(typed, folded)) seen.set(token.surface, (seen.get(token.surface) ?? 0) + 1);
      }
  let best: [string, number] | undefined;
  for (const entry of seen) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

/**
 * Gives each name of one word the corpus never says the name one slip from it that the documents write
 * capitalised, if one does. Returns whether a name was respelt.
 */
export function respellNames(concepts: readonly ResolvedConcept[], views: readonly DocumentView[]): boolean {
  let respelt = false;
  for (const c of concepts) {
    const typed = foldWord(c.concept.label);
    if (c.concept.kind !== 'name' || c.present || typed.length < MIN_NAME_LENGTH || !/^[a-z]+$/.test(typed)) continue;
    const found = nameOneSlipAway(typed, views);
    const terms = found ? analyzeFrenchTerms(found) : [];
    if (terms.length !== 1) continue;
    c.alternatives = [alternative(terms, RESPELT_FACTOR)];
    c.present = true;
    respelt = true;
  }
  return respelt;
}
