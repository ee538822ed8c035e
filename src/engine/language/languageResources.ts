// Everything Relais knows of French and English beyond its analysis chain, gathered once: the field
// glossary, the lexicon's lemmas and word classes, word families, thesaurus synonyms, adjectives of
// places and the English–French dictionary (sources and licences in data/README.md).
import { frenchTranslationsOf } from './englishFrench.ts';
import { ENGLISH_WORK_SENSES } from './englishWords.ts';
import { frenchFamily } from './frenchDerivations.ts';
import {
  frenchLemmaOf,
  frenchPastParticiplesOf,
  frenchWordsBegunBy,
  frenchVerbLemmaOf,
  isFrenchAdjectiveOnly,
  isFrenchVerbForm,
  readFrenchLemmasAhead,
} from './frenchLemmas.ts';
import { frenchSynonymsOf, readFrenchSynonymsAhead } from './frenchSynonyms.ts';
import { bundledGlossary, type Glossary } from './glossary.ts';
import type { LexicalRelations } from './lexicalRelations.ts';
import { placeAdjectives, placesOfAdjectiveForm } from './placeAdjectives.ts';

export interface EnglishTranslations {
  /** French translations of an English word or phrase (lowercase base form), best first. */
  translate(phrase: string): readonly string[] | undefined;
  readonly longestPhrase: number;
}

export interface LanguageResources {
  glossary: Glossary;
  relations: LexicalRelations;
  english: EnglishTranslations;
  /** The folded lemma of a folded French word ("investira" → "investir"); the word itself when unknown. */
  lemma(folded: string): string;
  /** Whether the lexicon knows a folded French word. */
  knows(folded: string): boolean;
  /** The infinitive when a folded French word can be a form of a known verb ("dirige" → "diriger"). */
  verbLemma(folded: string): string | undefined;
  /** Whether a folded French word is a verb form rather than a noun or adjective. */
  isVerb(folded: string): boolean;
  /** Whether a folded French word is an adjective and no noun. */
  isAdjective(folded: string): boolean;
  /** Past participles of a folded infinitive that stem otherwise ("vendre" → "vendu"). */
  participles(infinitive: string): readonly string[];
  /** The nouns and adjectives a folded word begins, for a word clipped in chat ("urba" → urbain, urbanisme…). */
  completions(clipped: string): readonly string[];
  /** Starts reading in the background the tables the first question will look into (an optimisation). */
  readAhead?(): void;
}

/**
 * A general dictionary lists senses loosely: the first few translations are the common ones. Six, not
 * four: "school" is école, scolaire, collégial, potache, then collège; a sense the corpus never uses
 * costs nothing, as resolveConcepts keeps only those it does.
 */
const MAX_DICTIONARY_TRANSLATIONS = 6;
/** Dictionary phrases looked up as one ("roll out", "chip in"). */
const LONGEST_DICTIONARY_PHRASE = 3;

/** Completions looked up for a clipped word: resolveConcepts keeps the few the corpus uses. */
const MAX_COMPLETIONS = 24;

let bundled: LanguageResources | undefined;

/** The resources shipped with Relais (src/engine/language/data), each read on first use. */
export function bundledLanguageResources(): LanguageResources {
  if (bundled) return bundled;
  const glossary = bundledGlossary();
  const NONE: readonly string[] = [];
  bundled = {
    glossary,
    relations: {
      family: frenchFamily,
      synonyms: frenchSynonymsOf,
      placesOf: (word) => placesOfAdjectiveForm(word),
      adjectivesOf: (place) => placeAdjectives().adjectivesOfPlace.get(place) ?? NONE,
    },
    english: {
      // The field glossary knows the trade ("broadband"); work senses the business sense of everyday
      // words ("run a network"); the dictionary, everything else. A glossary entry with no French
      // ("how many") shapes the question and is searched for nothing.
      translate: (phrase) => {
        const field = glossary.english.get(phrase);
        if (field && field.length === 0) return [];
        const work = ENGLISH_WORK_SENSES.get(phrase) ?? [];
        const general = frenchTranslationsOf(phrase)?.slice(0, MAX_DICTIONARY_TRANSLATIONS) ?? [];
        const all = [...new Set([...(field ?? []), ...work, ...general])];
        return all.length > 0 ? all : undefined;
      },
      longestPhrase: Math.max(glossary.longestEnglishPhrase, LONGEST_DICTIONARY_PHRASE),
    },
    lemma: (folded) => frenchLemmaOf(folded) ?? folded,
    knows: (folded) => frenchLemmaOf(folded) !== undefined,
    verbLemma: frenchVerbLemmaOf,
    isVerb: isFrenchVerbForm,
    isAdjective: isFrenchAdjectiveOnly,
    participles: frenchPastParticiplesOf,
    completions: (clipped) => frenchWordsBegunBy(clipped, MAX_COMPLETIONS),
    readAhead: () => {
      readFrenchLemmasAhead();
      readFrenchSynonymsAhead();
    },
  };
  return bundled;
}
