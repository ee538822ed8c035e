// How French words relate beyond inflection, from the language data (see data/README.md): word families
// (verb ↔ action and role nouns: financer ↔ financement, financeur), thesaurus synonyms, and the
// adjectives and demonyms of places (jurassien ↔ Jura). Keys and results are folded words.

export interface LexicalRelations {
  /** Words of the same family, without the word itself: "financer" → financement, financeur. */
  family(lemma: string): readonly string[];
  /** Synonyms both of which list each other in the thesaurus. */
  synonyms(lemma: string): readonly string[];
  /** The places an adjective or demonym refers to, as written: "jurassien" → ["Jura"]. */
  placesOf(word: string): readonly string[];
  /** The adjectives and demonyms of a place (folded name): "jura" → ["jurassien"]. */
  adjectivesOf(place: string): readonly string[];
}

const NONE: readonly string[] = [];

/** Relations that know nothing: for tests that want the bare analysis. */
export const NO_RELATIONS: LexicalRelations = {
  family: () => NONE,
  synonyms: () => NONE,
  placesOf: () => NONE,
  adjectivesOf: () => NONE,
};
