// Widens each concept of a question to the ways the corpus may say it: the field glossary's synonyms
// (THD ↔ très haut débit), the word's family (finance ↔ financement, financeur), thesaurus synonyms,
// and for places their adjectives and demonyms (jurassien ↔ Jura). Each way has a factor below 1: a
// passage that uses the question's own word is the surer match.
import { analyzeFrench, analyzeFrenchTerms } from '../analysis/analyzeFrench.ts';
import { glossaryAcronymsSpelledWith, glossaryEntriesStartingWith, glossaryKindMembers } from '../analysis/glossaryTerms.ts';
import type { Glossary } from '../language/glossary.ts';
import { withoutElidedWord } from '../language/apostrophes.ts';
import { foldWord } from '../language/foldText.ts';
import { CLIPPED_FRENCH, INFORMAL_FRENCH } from '../language/informalFrench.ts';
import { ENGLISH_MEASURE_NOUNS, FRENCH_MEASURE_UNITS, OFFICE_TITLES } from '../language/questionVocabulary.ts';
import { FRENCH_PERIOD_ADJECTIVES } from '../language/months.ts';
import { SAINT_SPELLINGS } from '../language/saintAbbreviations.ts';
import type { LexicalRelations } from '../language/lexicalRelations.ts';
import { type Alternative, alternative, changedConcept, type QueryConcept } from './readQuestion.ts';

/** Factors of each way to say a concept (the word typed counts 1). */
export const EXPANSION_FACTORS = {
  glossary: 0.85,
  informal: 0.95,
  /** "datasets", "hotspot": an English word a French question uses, said as the dictionary translates it. */
  anglicism: 0.85,
  place: 0.95,
  /** "Chalon" for Chalon-sur-Saône: the first word of a compound place name, as people shorten it. */
  placeHead: 0.85,
  family: 0.75,
  /** "4G" for "technologie": a member of the kind the question names says it (the glossary's kinds). */
  member: 0.75,
  synonym: 0.5,
  /** "FEDER" for "Europe": an acronym the glossary spells out with the name (Fonds européen…). */
  acronymOf: 0.5,
  /** "urba" for urbanisme: a word clipped in chat, said as the words it begins (and may stand for). */
  clipped: 0.75,
};
/**
 * Thesaurus entries list many near-synonyms, sense after sense ("compliqué": abscons, obscur… complexe,
 * difficile): this many are looked up, and resolveConcepts keeps the first few the corpus uses.
 */
const LISTED_SYNONYMS = 40;

export interface ExpansionResources {
  glossary: Glossary;
  relations: LexicalRelations;
  /** The folded lemma of a folded French word ("investira" → "investir"). */
  lemma(folded: string): string;
  /** Whether the lexicon knows a folded French word. */
  knows(folded: string): boolean;
  /** The infinitive when a folded French word can be a verb form ("dirige" → "diriger"). */
  verbLemma(folded: string): string | undefined;
  /** Past participles of a folded infinitive that stem otherwise ("vendre" → "vendu"). */
  participles(infinitive: string): readonly string[];
  /** The nouns and adjectives a folded word begins ("urba" → urbain, urbanisme…). */
  completions(clipped: string): readonly string[];
  /** The English–French dictionary: French chat uses English words of the trade ("les datasets"). */
  english: { translate(word: string): readonly string[] | undefined };
}

/** Translations kept for an English word in a French question: its first senses. */
const ANGLICISM_SENSES = 3;

/** An English word a French question uses ("open data nombre datasets"), said in French too. */
function addAnglicism(concept: QueryConcept, word: string, resources: ExpansionResources): void {
  if (concept.kind === 'name' || resources.knows(word)) return;
  // (an English question's words are translated already: their first way is no French reading of the word)
  if (!sameTerms(concept.alternatives[0]?.terms ?? [], analyzeFrenchTerms(concept.label))) return;
  const senses = resources.english.translate(word) ?? resources.english.translate(word.replace(/s$/, '')) ?? [];
  for (const sense of senses.slice(0, ANGLICISM_SENSES)) addAlternative(concept, analyzeFrenchTerms(sense), EXPANSION_FACTORS.anglicism);
}

/** Shortest word read as clipped: "urba", "collec" (three letters begin too many words). */
const MIN_CLIPPED_LENGTH = 4;

/**
 * A word chat clips ("la déléguée à l'urba", "les collec"), said as the words it begins. Only a French word no
 * dictionary lists, and never where a place would stand ("dans le gard" names a place, not a gardien).
 * The completions count as thesaurus synonyms do: resolveConcepts keeps the first few the corpus uses.
 */
function addCompletions(concept: QueryConcept, word: string, resources: ExpansionResources): void {
  if (concept.kind !== 'content' || concept.placeSlot || word.length < MIN_CLIPPED_LENGTH || !/^[a-z]+$/.test(word)) return;
  if (resources.knows(word) || !sameTerms(concept.alternatives[0]?.terms ?? [], analyzeFrenchTerms(concept.label))) return;
  for (const completion of resources.completions(word))
    addAlternative(concept, analyzeFrenchTerms(completion), EXPANSION_FACTORS.clipped, true);
}

function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

function addAlternative(concept: QueryConcept, terms: readonly string[], factor: number, synonym = false): void {
  if (terms.length === 0) return;
  const existing = concept.alternatives.find((a) => sameTerms(a.terms, terms));
  if (existing) existing.factor = Math.max(existing.factor, factor);
  else concept.alternatives.push(alternative(terms, factor, synonym || undefined));
}

/**
 * Whether a typed word is the glossary's one-word member and not a word that only stems alike:
 * "coûte" is "coût" (one family), "finance" a form of "financer", "monté" is not "montant". Words the lexicon does not know
 * ("startups") are matched by their stem alone.
 */
function isGlossaryWord(typed: string, member: string, resources: ExpansionResources): boolean {
  const a = withoutElidedWord(foldWord(typed));
  const b = foldWord(member);
  if (!resources.knows(a) || !resources.knows(b)) return true;
  // ("lieux" is the plural of "lieu", which the lexicon also reads as a word of its own)
  if (a === `${b}s` || a === `${b}x`) return true;
  const [la, lb] = [resources.lemma(a), resources.lemma(b)];
  // "finance" is the noun first, but typed in "qui finance" it is a form of the member "financer".
  return (
    la === lb || resources.verbLemma(a) === lb || resources.relations.family(la).includes(lb) || resources.relations.family(lb).includes(la)
  );
}

/** The terms of a name's words, its hyphenated compounds left out. */
function wordsOfName(text: string): string[] {
  return Array.from(
    analyzeFrench(text).filter((t) => t.role !== 'compound'),
    (t) => t.term,
  );
}

/** Glossary groups: a run of concepts that spells one member of a group becomes one concept with the others. */
function mergeGlossaryPhrases(concepts: QueryConcept[], resources: ExpansionResources): QueryConcept[] {
  const { glossary } = resources;
  const firstTerms = Array.from(concepts, (c) => c.alternatives[0]?.terms ?? []);
  const out: QueryConcept[] = [];
  for (let i = 0; i < concepts.length; i++) {
    let merged: { length: number; concept: QueryConcept } | undefined;
    const opening = firstTerms[i]!.length === 1 ? glossaryEntriesStartingWith(glossary, firstTerms[i]![0]!) : [];
    for (const {
      group,
      member: { terms: member, text },
    } of opening) {
      if (i + member.length > concepts.length) continue;
      if (!member.every((term, k) => firstTerms[i + k]!.length === 1 && firstTerms[i + k]![0] === term)) continue;
      if (member.length === 1 && !isGlossaryWord(concepts[i]!.label, text, resources)) continue;
      if (merged && member.length <= merged.length) continue;
      const span = concepts.slice(i, i + member.length);
      const alternatives: Alternative[] = member.length === 1 ? [...span[0]!.alternatives] : [alternative([...member], 1)];
      // "Provence-Alpes-Côte d'Azur", which pages hyphenate every way ("Provence Alpes Côte-d'Azur"): its words, whatever joins them.
      const words = wordsOfName(text);
      if (member.length > 1 && words.length > member.length) alternatives.push(alternative(words, 1));
      for (const other of group) {
        if (other.terms === member) continue;
        alternatives.push(alternative([...other.terms], EXPANSION_FACTORS.glossary));
        // ("PACA" for a page that writes "Provence Alpes Côte-d'Azur": the other member's words too)
        const otherWords = wordsOfName(other.text);
        if (otherWords.length > other.terms.length) alternatives.push(alternative(otherWords, EXPANSION_FACTORS.glossary));
      }
      const kind = span.some((c) => c.kind === 'name') ? 'name' : span[0]!.kind;
      merged = {
        length: member.length,
        concept: changedConcept(span[0]!, { label: Array.from(span, (c) => c.label).join(' '), kind, alternatives }),
      };
    }
    if (merged) {
      out.push(merged.concept);
      i += merged.length - 1;
    } else out.push(concepts[i]!);
  }
  return out;
}

/** Single words of a concept (its label's words, folded, lemmatised). */
function conceptLemmas(concept: QueryConcept, resources: ExpansionResources): string[] {
  const words = withoutElidedWord(foldWord(concept.label)).split(/\s+/).filter(Boolean);
  if (words.length !== 1 || concept.kind === 'figure') return [];
  // "c'est payé par qui": a participle after its auxiliary is the verb (payer), not the noun (la paye).
  const verb = concept.verbal ? resources.verbLemma(words[0]!) : undefined;
  return verb ? [verb] : [...new Set([words[0]!, resources.lemma(words[0]!)])];
}

// Role nouns: who does what a verb says (directeur, gestionnaire, financeur, président, exploitant).
const ROLE_NOUN = /(?:eur|euse|rice|ant|ante|ent|ente|aire|iste)$/;

/** A measure is said by its units ("36 mètres"; its adjective after them, "de haut", is read by countEvidence). */
function addMeasureWords(concept: QueryConcept): void {
  const label = foldWord(concept.label);
  const measure = ENGLISH_MEASURE_NOUNS.get(label) ?? label;
  for (const unit of (FRENCH_MEASURE_UNITS.get(measure) ?? '').split(' '))
    if (unit) addAlternative(concept, analyzeFrenchTerms(unit).length > 0 ? analyzeFrenchTerms(unit) : [unit], EXPANSION_FACTORS.family);
}

/**
 * The role nouns of a verb the question uses ("qui dirige" → directeur, dirigeant): a release names the
 * role more often than it repeats the verb. Only role nouns: the verb's other nouns ("gagner" → gain)
 * would make a question about anything match any sentence about money.
 */
function addRoleNouns(concept: QueryConcept, word: string, resources: ExpansionResources): void {
  const verb = resources.verbLemma(word);
  if (!verb || verb === resources.lemma(word)) return;
  for (const noun of resources.relations.family(verb)) {
    if (!ROLE_NOUN.test(noun)) continue;
    addAlternative(concept, analyzeFrenchTerms(noun), EXPANSION_FACTORS.family);
    if (OFFICE_TITLES.has(foldWord(noun))) concept.officeVerb = true;
  }
}

/** A word as a way of saying a concept, with the participles of a verb whose stems differ ("vendre", "vendu"). */
function addWord(concept: QueryConcept, word: string, factor: number, resources: ExpansionResources, synonym = false): void {
  addAlternative(concept, analyzeFrenchTerms(word), factor, synonym);
  addParticiples(concept, foldWord(word), factor, resources, synonym);
}

function addParticiples(concept: QueryConcept, infinitive: string, factor: number, resources: ExpansionResources, synonym = false): void {
  for (const participle of resources.participles(infinitive)) addAlternative(concept, analyzeFrenchTerms(participle), factor, synonym);
}

/**
 * The members of the kind a concept names ("quelle technologie" → 4G, fibre optique…), from the glossary;
 * a name that is such a member ("4G") is marked: it qualifies what is asked (QueryConcept.ofKind).
 */
function addKindMembers(concept: QueryConcept, resources: ExpansionResources): void {
  const kinds = glossaryKindMembers(resources.glossary);
  if (concept.kind === 'name') {
    const typed = concept.alternatives[0]?.terms ?? [];
    concept.ofKind = [...kinds.values()].some((members) => members.some((m) => sameTerms(m, typed))) || undefined;
    return;
  }
  const said = concept.alternatives.filter((a) => a.factor >= EXPANSION_FACTORS.family && a.terms.length === 1);
  for (const way of said) for (const member of kinds.get(way.terms[0]!) ?? []) addAlternative(concept, member, EXPANSION_FACTORS.member);
}

/** The standard word a chat word stands for (its lemma joins the lemmas), and the clippings pages write ("l'Agglo"). */
function addInformalWords(concept: QueryConcept, lemmas: string[], resources: ExpansionResources): void {
  for (const word of lemmas) {
    for (const clipped of CLIPPED_FRENCH.get(word) ?? []) addAlternative(concept, analyzeFrenchTerms(clipped), EXPANSION_FACTORS.informal);
    const standard = INFORMAL_FRENCH.get(word);
    if (standard) {
      addAlternative(concept, analyzeFrenchTerms(standard), EXPANSION_FACTORS.informal);
      lemmas.push(resources.lemma(foldWord(standard)));
    }
  }
}

function expandOne(concept: QueryConcept, resources: ExpansionResources): void {
  const { relations } = resources;
  const lemmas = conceptLemmas(concept, resources);
  if (lemmas.length > 0 && concept.kind !== 'name') addRoleNouns(concept, lemmas[0]!, resources);
  addInformalWords(concept, lemmas, resources);
  if (concept.alternatives.length === 1) addAnglicism(concept, foldWord(concept.label), resources);
  if (concept.alternatives.length === 1) addCompletions(concept, foldWord(concept.label), resources);
  if (concept.measure) addMeasureWords(concept);
  // "versé chaque année": the page says "un loyer annuel".
  if (concept.per)
    for (const adjective of FRENCH_PERIOD_ADJECTIVES.get(foldWord(concept.label)) ?? [])
      addAlternative(concept, analyzeFrenchTerms(adjective), EXPANSION_FACTORS.family);
  for (const lemma of lemmas) {
    const places = relations.placesOf(lemma);
    if (places.length > 0) {
      concept.kind = 'name';
      for (const place of places) {
        addAlternative(concept, analyzeFrenchTerms(place), EXPANSION_FACTORS.place);
        const head = placeHead(place, resources);
        if (head) addAlternative(concept, analyzeFrenchTerms(head), EXPANSION_FACTORS.placeHead);
      }
    }
    if (concept.kind === 'name') {
      for (const adjective of relations.adjectivesOf(lemma)) {
        addAlternative(concept, analyzeFrenchTerms(adjective), EXPANSION_FACTORS.place);
      }
      continue;
    }
    // (the verb typed: its participle says it as surely as its other forms)
    addParticiples(concept, lemma, 1, resources);
    for (const word of relations.family(lemma)) addWord(concept, word, EXPANSION_FACTORS.family, resources);
    for (const word of relations.synonyms(lemma).slice(0, LISTED_SYNONYMS))
      addWord(concept, word, EXPANSION_FACTORS.synonym, resources, true);
  }
  if (concept.kind === 'name') {
    addSaintSpellings(concept);
    addAcronymsSpelledWith(concept, resources);
  }
  addTranslationFamilies(concept, resources);
  addKindMembers(concept, resources);
}

/**
 * An English word said by the families of its French translations too: "being created" meets "en
 * création", "managed" meets "gestionnaire". (Not their thesaurus synonyms: a translation is already one step away.)
 */
function addTranslationFamilies(concept: QueryConcept, resources: ExpansionResources): void {
  for (const word of concept.translations ?? []) {
    const folded = foldWord(word);
    const lemma = resources.verbLemma(folded) ?? resources.lemma(folded);
    addParticiples(concept, lemma, EXPANSION_FACTORS.family, resources);
    for (const member of resources.relations.family(lemma)) {
      addWord(concept, member, EXPANSION_FACTORS.family, resources);
      // ("who runs": diriger → directeur, as "qui dirige" — a verb's, not a noun's: "the management" is no office)
      if (concept.verbal === true && OFFICE_TITLES.has(foldWord(member))) concept.officeVerb = true;
    }
  }
}

/**
 * "l'Europe" is in FEDER, the Fonds européen…: a fund or body the glossary spells out with the adjective of a
 * place named says it, less surely. (Not with any word of a name: "Office Régional" is no regional fund.)
 */
function addAcronymsSpelledWith(concept: QueryConcept, resources: ExpansionResources): void {
  for (const way of [...concept.alternatives])
    if (way.terms.length === 1 && way.factor === EXPANSION_FACTORS.place)
      for (const acronym of glossaryAcronymsSpelledWith(resources.glossary, way.terms[0]!))
        addAlternative(concept, [...acronym], EXPANSION_FACTORS.acronymOf);
}

/** "Saint-Cirq" is also written "St-Cirq": each way of a name with its saint spelt the other way. */
function addSaintSpellings(concept: QueryConcept): void {
  for (const way of [...concept.alternatives]) {
    way.terms.forEach((term, i) => {
      for (const spelling of SAINT_SPELLINGS.get(term) ?? [])
        addAlternative(
          concept,
          Array.from(way.terms, (t, k) => (k === i ? spelling : t)),
          way.factor,
        );
    });
  }
}

// "Chalon-sur-Saône", "Châlons-en-Champagne", "Bar-le-Duc": a name, a link word, what it is beside.
const COMPOUND_PLACE = /^(\p{L}{4,})-(?:sur|sous|en|le|la|les|lès|lez|de|du|des|aux?)-/u;

/**
 * The first word of a compound place name, as people call it ("le Grand Chalon"), unless it is a word
 * of the language ("Bourg-en-Bresse": "le bourg" is any village centre) or a saint's title.
 */
function placeHead(place: string, resources: ExpansionResources): string | undefined {
  const head = COMPOUND_PLACE.exec(place)?.[1];
  if (!head) return undefined;
  const folded = foldWord(head);
  return /^saint/.test(folded) || resources.knows(folded) ? undefined : head;
}

/** The concepts with every way the corpus may say them. */
export function expandConcepts(concepts: readonly QueryConcept[], resources: ExpansionResources): QueryConcept[] {
  const copies = Array.from(concepts, (c) =>
    changedConcept(c, { alternatives: Array.from(c.alternatives, (a) => alternative(a.terms, a.factor, a.synonym)) }),
  );
  const merged = mergeGlossaryPhrases(copies, resources);
  for (const concept of merged) expandOne(concept, resources);
  return merged;
}
