// Settles each concept against the corpus: how rare it is (its weight), and, for a word the corpus never
// uses, the corpus word one typo away ("presonnes" → personnes) or the place a demonym points at.
// Frequencies are asked for in one batch: a remote backend answers in one round trip.
import { frenchSoundKey, respellings, sameSoundSpellings } from '../language/frenchPhonetics.ts';
import { editDistance } from '../analysis/editDistance.ts';
import { termOfFoldedWord } from '../analysis/analyzeFrench.ts';
import { stemFrench } from '../analysis/frenchStemmer.ts';
import { FRENCH_STOPWORDS } from '../language/functionWords.ts';
import { frenchLemmaOf } from '../language/frenchLemmas.ts';
import { slipsOf } from '../analysis/keyboardSlips.ts';
import { withoutElidedWord } from '../language/apostrophes.ts';
import { restAfterLearnedPrefix } from '../language/learnedPrefixes.ts';
import { foldWord } from '../language/foldText.ts';
import type { Locale } from '../language/locale.ts';
import type { SearchBackend } from '../search/searchBackend.ts';
import { type Alternative, alternative, type ConceptKind, type QueryConcept } from './readQuestion.ts';

export interface ResolvedConcept {
  concept: QueryConcept;
  alternatives: Alternative[];
  /** Rarity (inverse passage frequency) times how much the kind of concept counts. */
  weight: number;
  /** Whether any alternative occurs in the corpus. */
  present: boolean;
}

/** How much each kind of concept counts, beside its rarity: a verb is often said otherwise in the text. */
export const KIND_WEIGHTS: Record<ConceptKind, number> = { name: 1, content: 1, verb: 0.45, type: 0.45, figure: 1 };
/** A spelling correction is a guess. */
const CORRECTION_FACTOR = 0.8;
/** A word the corpus never uses still counts against an answer, as a word of average rarity. */
const UNKNOWN_WORD_SHARE = 1;

function idf(frequency: number, passages: number): number {
  return Math.log(1 + (passages - frequency + 0.5) / (frequency + 0.5));
}

/**
 * A corpus word one typo away (two for long words), with the same first letter: only for unknown words
 * of five letters or more (seven for names: "Brest" is not a typo of anything). A word spelt by ear
 * ("pratik", "konexion") is corrected to one that sounds the same up to two typos away, short as it is:
 * a misspelling that keeps the sound is surer than one that does not; a name only by a letter swapped
 * for another of the same sound (isOneLetterSwap).
 */
async function correct(index: SearchBackend, term: string, isName: boolean): Promise<Corrected | undefined> {
  // A demonym the corpus does not use points at its place: "creusois" → Creuse.
  const demonym = /^(.{4,}?)(?:ois|ais|ien|ienn)$/.exec(term);
  if (demonym?.[1]) {
    const frequency = (await index.documentFrequencies([demonym[1]])).get(demonym[1]) ?? 0;
    if (frequency > 0) return { term: demonym[1], frequency };
  }
  if (term.length < MIN_SOUNDED_LENGTH || /\d/.test(term)) return undefined;
  const long = term.length >= (isName ? 7 : 5);
  const maxDistance = term.length >= 8 ? 2 : 1;
  const sound = frenchSoundKey(term);
  let best: Correction | undefined;
  for (const candidate of await index.similarTerms(term, 2)) {
    const distance = editDistance(term, candidate.term);
    const sounded = soundsAlike(term, candidate.term, distance, isName, sound);
    if (!sounded && (!long || distance > maxDistance || candidate.term[0] !== term[0])) continue;
    const found = { term: candidate.term, distance, frequency: candidate.frequency, sounded };
    if (!best || isBetterCorrection(found, best)) best = found;
  }
  return best && { term: best.term, frequency: best.frequency, sounded: best.sounded };
}

/** Whether a corpus term sounds as the word typed does, by a spelling a name may have been typed in. */
function soundsAlike(term: string, candidate: string, distance: number, isName: boolean, sound: string): boolean {
  // The cheap spelling tests first: a name's candidates mostly fail them.
  const nameSpelling =
    !isName || isOneLetterSwap(term, candidate, distance) || isDoubledLetter(term, candidate) || sameEnds(term, candidate);
  return nameSpelling && frenchSoundKey(candidate) === sound;
}

/** A corpus term a word is corrected to, and how many passages hold it. */
interface Corrected {
  term: string;
  frequency: number;
  /** Whether it sounds as the word typed does (a slip of the keyboard does not). */
  sounded?: boolean;
}

interface Correction {
  term: string;
  distance: number;
  frequency: number;
  /** Whether it sounds as the word typed does. */
  sounded: boolean;
}

/** Same sound first, then fewer edits, then the more frequent word (then the first in order, for one answer). */
function isBetterCorrection(a: Correction, b: Correction): boolean {
  if (a.sounded !== b.sounded) return a.sounded;
  if (a.distance !== b.distance) return a.distance < b.distance;
  if (a.frequency !== b.frequency) return a.frequency > b.frequency;
  return a.term < b.term;
}

/** A word or name spelt by ear is corrected from four letters ("konex" for "connexion", "Gerz" for Gers). */
const MIN_SOUNDED_LENGTH = 4;

/**
 * A name spelt by ear is corrected only when one letter stands for another of the same sound, its length
 * kept ("Gerz" → Gers). A letter added or dropped that keeps the sound is how a place the corpus
 * never mentions meets a word it uses ("Paris", "pari"): that name is absent, not misspelt.
 */
function isOneLetterSwap(term: string, candidate: string, distance: number): boolean {
  return distance === 1 && term.length === candidate.length;
}

/**
 * Whether two spellings differ by one letter written once or twice ("Alex" for Allex, "Lanion" for
 * Lannion): the commonest slip in a name, and one that keeps its sound.
 */
function isDoubledLetter(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return long.slice(i + 1) === short.slice(i) && (long[i] === long[i - 1] || long[i] === long[i + 1]);
}

/**
 * Whether two spellings share their first and last letters: a name that sounds the same then differs
 * inside, where one sound has several spellings ("Sarlène" for Sarlaine), and not by an ending, where a
 * silent letter makes another name ("Paris", "pari").
 */
function sameEnds(a: string, b: string): boolean {
  return a[0] === b[0] && a.at(-1) === b.at(-1);
}

/**
 * A word or name mistyped by a slip is corrected from five letters, a name from six: a short name the corpus
 * never says is mostly absent, not mistyped, and on a large corpus its slips land on other words, which
 * turned a refusal into a full search and a wrong answer (and cost the median question a sixth more time).
 */
const MIN_SLIP_LENGTH = 5;
const MIN_NAME_SLIP_LENGTH = 6;
/** The corpus term, most frequent first, that a word one slip away (slipsOf) is indexed under. */
async function correctBySlip(index: SearchBackend, typed: string, isName: boolean): Promise<Corrected | undefined> {
  if (typed.length < (isName ? MIN_NAME_SLIP_LENGTH : MIN_SLIP_LENGTH)) return undefined;
  // Stemmed without the lexicon's irregular forms: looking each of hundreds of slips up there took
  // nine tenths of the time, and a slip rarely lands on an irregular form.
  return mostFrequentStem(index, typed, slipsOf(typed, isName));
}

/** The correction of a word as typed: its analysed forms tried first, then its slips (see above), then its sounds respelt. */
async function correction(index: SearchBackend, tries: readonly string[], typed: string, isName: boolean): Promise<Corrected | undefined> {
  let found: Corrected | undefined;
  for (const term of new Set(tries)) if (!found) found = await correct(index, term, isName);
  // A word one letter from a corpus term but spelt by ear ("Informatik": a brand "Informatia" a slip away,
  // "informatique" by its sound) is the word it sounds as: a name too, since it was to be corrected anyway.
  if (found && !found.sounded && typed.length >= MIN_SLIP_LENGTH)
    return (await mostFrequentStem(index, typed, respellings(typed))) ?? found;
  // The index holds stems: a slip in the typed word can leave its stem two edits from the right one.
  if (!found && /^[a-z]+\d*$/.test(typed)) found = await correctBySlip(index, typed, isName);
  if (!found && !isName && typed.length >= MIN_SLIP_LENGTH) found = await mostFrequentStem(index, typed, respellings(typed));
  // A name spelt by ear with one letter for another of its sound, as isOneLetterSwap corrects stems, but read
  // on the word as typed: stemmed, the sound of "-ase" and "-ace" is lost with their "e" (arnas, arnac).
  if (!found && isName && typed.length >= MIN_NAME_SLIP_LENGTH)
    found = await mostFrequentStem(
      index,
      typed,
      sameSoundSpellings(typed).filter((w) => w.length === typed.length),
    );
  return found;
}

/** The corpus term, most frequent first, that one of the words is indexed under (stemmed, other than the typed word's own). */
async function mostFrequentStem(index: SearchBackend, typed: string, words: readonly string[]): Promise<Corrected | undefined> {
  const own = termOfFoldedWord(typed);
  const terms = new Set<string>();
  for (const word of words) {
    const term = FRENCH_STOPWORDS.has(word) ? undefined : stemFrench(word);
    if (term !== undefined && term !== own) terms.add(term);
  }
  let best: Corrected | undefined;
  for (const [term, frequency] of await index.documentFrequencies([...terms])) {
    if (frequency > 0 && (!best || frequency > best.frequency || (frequency === best.frequency && term < best.term)))
      best = { term, frequency };
  }
  return best;
}

/**
 * Corrections made, per index: an index never changes (a reindex makes another), the same typo comes
 * back, and looking for one costs hundreds of look-ups (a slip's every form is stemmed). When full, the
 * memory starts again.
 */
const correctionsByIndex = new WeakMap<SearchBackend, Map<string, Corrected | null>>();
const CORRECTIONS_KEPT = 1024;

async function rememberedCorrection(
  index: SearchBackend,
  tries: readonly string[],
  typed: string,
  isName: boolean,
): Promise<Corrected | undefined> {
  let made = correctionsByIndex.get(index);
  if (!made) correctionsByIndex.set(index, (made = new Map()));
  const key = `${isName ? 'name' : 'word'} ${typed} ${tries.join(' ')}`;
  const kept = made.get(key);
  if (kept !== undefined) return kept ?? undefined;
  const found = await correction(index, tries, typed, isName);
  if (made.size >= CORRECTIONS_KEPT) made.clear();
  made.set(key, found ?? null);
  return found;
}

/**
 * A compound name with one part mistyped ("Saint-Cybard-Pelvoie"): that part corrected as a word of its
 * own would be, the parts the corpus uses kept around it.
 */
async function correctedCompounds(
  index: SearchBackend,
  ways: readonly Alternative[],
  df: Map<string, number>,
  isName: boolean,
): Promise<Alternative[]> {
  const corrected: Alternative[] = [];
  for (const way of ways) {
    const unknown = way.terms.filter((t) => !df.get(t));
    if (way.terms.length < 2 || unknown.length !== 1) continue;
    const part = unknown[0]!;
    const correction = await rememberedCorrection(index, [part], part, isName);
    if (!correction) continue;
    df.set(correction.term, correction.frequency);
    corrected.push(
      alternative(
        Array.from(way.terms, (t) => (t === part ? correction.term : t)),
        CORRECTION_FACTOR * way.factor,
      ),
    );
  }
  return corrected;
}

/** A compound said by its second word ("conseillers" for "téléconseillers") is said as surely as a corrected word. */
const PREFIXED_FACTOR = 0.8;

/**
 * "téléconseillers", "microcapteurs": a compound of a learned prefix the corpus never uses, said by
 * the word after its prefix when the corpus uses that one ("deux conseillers répondent").
 */
async function prefixedWord(index: SearchBackend, typed: string, df: Map<string, number>): Promise<Alternative[]> {
  const rest = restAfterLearnedPrefix(typed);
  const term = rest === undefined ? undefined : termOfFoldedWord(rest);
  if (term === undefined) return [];
  const frequency = (await index.documentFrequencies([term])).get(term) ?? 0;
  if (frequency === 0) return [];
  df.set(term, frequency);
  return [alternative([term], PREFIXED_FACTOR)];
}

/** Thesaurus synonyms kept per concept: the first ones (closest senses first) the corpus uses. */
const MAX_SYNONYMS = 5;

export async function resolveConcepts(
  index: SearchBackend,
  concepts: readonly QueryConcept[],
  language: Locale = 'fr',
): Promise<ResolvedConcept[]> {
  const terms = [...new Set(concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms)))];
  const df = new Map(await index.documentFrequencies(terms));
  const frequencyOf = (a: Alternative) => Math.min(...Array.from(a.terms, (t) => df.get(t) ?? 0));
  const resolved: ResolvedConcept[] = [];
  for (const concept of concepts) {
    const alternatives = concept.alternatives.filter((a) => a.terms.length > 0);
    // The analysed term, then the word as typed: a stem can lose what tells the typo (a mistyped place name can stem to a common word).
    const typed = withoutElidedWord(foldWord(concept.label));
    // An English word is no misspelt French one: only names are corrected in English questions; nor is a
    // French word the lexicon knows ("parle" is no misspelt "parc"), only one the corpus does not use.
    const correctable = concept.kind === 'name' || (language === 'fr' && frenchLemmaOf(typed) === undefined);
    if (correctable && !alternatives.some((a) => frequencyOf(a) > 0)) {
      const tries = [
        // Its own ways only: a thesaurus synonym is no typo of anything ("communal" for "municipal" is not "commun").
        ...Array.from(
          concept.alternatives.slice(0, 2).filter((a) => a.terms.length === 1 && !a.synonym),
          (a) => a.terms[0]!,
        ),
        ...(/^[a-z]+$/.test(typed) ? [typed] : []),
      ];
      const correction = await rememberedCorrection(index, tries, typed, concept.kind === 'name');
      if (correction) {
        df.set(correction.term, correction.frequency);
        alternatives.push(alternative([correction.term], CORRECTION_FACTOR));
      } else alternatives.push(...(await correctedCompounds(index, alternatives, df, concept.kind === 'name')));
    }
    // (the dictionary may know the compound that the corpus does not use: "téléconseiller")
    if (concept.kind !== 'name' && language === 'fr' && !alternatives.some((a) => frequencyOf(a) > 0))
      alternatives.push(...(await prefixedWord(index, typed, df)));
    let synonyms = 0;
    const known = alternatives.filter((a) => frequencyOf(a) > 0 && (!a.synonym || ++synonyms <= MAX_SYNONYMS));
    // A list's category the corpus says only through a thesaurus synonym ("quels sports", where it says
    // "jeu" and "exercice" of other things) is of nothing it speaks of: the list has no items here.
    const present = known.length > 0 && !(concept.category === true && known.every((a) => a.synonym));
    // The concept is as rare as its surest way of being said (the word typed, when the corpus uses it).
    const surest = [...known].sort((a, b) => b.factor - a.factor)[0];
    const frequency = surest ? frequencyOf(surest) : 0;
    const weight = KIND_WEIGHTS[concept.kind] * idf(frequency, index.passageCount);
    resolved.push({ concept, alternatives: present ? known : alternatives, weight, present });
  }
  const knownWeights = Array.from(
    resolved.filter((r) => r.present),
    (r) => r.weight,
  );
  const average = knownWeights.length > 0 ? knownWeights.reduce((a, b) => a + b, 0) / knownWeights.length : 1;
  for (const r of resolved) if (!r.present) r.weight = UNKNOWN_WORD_SHARE * average * KIND_WEIGHTS[r.concept.kind];
  return resolved;
}
