// The field glossary's groups as analysed term sequences, the form questions and passages are matched
// in: computed once per glossary. Members that analyse to nothing (a stopword) are dropped, and so is a
// group left with fewer than two members.
import type { Glossary } from '../language/glossary.ts';
import { analyzeFrench } from './analyzeFrench.ts';

/** One way to say a thing: all its terms must appear. */
export type TermSequence = string[];

export interface GlossaryMember {
  /** As analysed. */
  terms: TermSequence;
  /** As written in the glossary (a one-word member is also matched by its lemma). */
  text: string;
}

const analysed = new WeakMap<Glossary, GlossaryMember[][]>();

/**
 * A member's terms as a question's concepts hold them: a hyphenated word is one term ("antenne-relais"),
 * its words an alternative of its own, not more terms every passage would have to hold.
 */
function memberTerms(text: string): TermSequence {
  return Array.from(
    analyzeFrench(text).filter((t) => t.role !== 'part'),
    (t) => t.term,
  );
}

export function glossaryTermGroups(glossary: Glossary): GlossaryMember[][] {
  let groups = analysed.get(glossary);
  if (!groups) {
    groups = Array.from(glossary.synonymTexts, (group) =>
      Array.from(group, (text) => ({ text, terms: memberTerms(text) })).filter((m) => m.terms.length > 0),
    ).filter((group) => group.length > 1);
    analysed.set(glossary, groups);
  }
  return groups;
}

/** A member with the group it belongs to. */
export interface GlossaryEntry {
  group: GlossaryMember[];
  member: GlossaryMember;
}

const byFirstTerm = new WeakMap<Glossary, Map<string, GlossaryEntry[]>>();

/**
 * The members whose first term is `term`, in glossary order: what a question's word may open. A
 * question looks its words up here instead of trying every member of every group at every word.
 */
export function glossaryEntriesStartingWith(glossary: Glossary, term: string): readonly GlossaryEntry[] {
  let index = byFirstTerm.get(glossary);
  if (!index) {
    index = new Map();
    for (const group of glossaryTermGroups(glossary)) {
      for (const member of group) {
        const first = member.terms[0]!;
        const entries = index.get(first) ?? [];
        entries.push({ group, member });
        index.set(first, entries);
      }
    }
    byFirstTerm.set(glossary, index);
  }
  return index.get(term) ?? [];
}

const kindsAnalysed = new WeakMap<Glossary, Map<string, TermSequence[]>>();

/**
 * The glossary's kinds as analysed: the term of a noun of a kind ("technolog") → the term sequences of
 * its members ("4g", "fibr optiqu"…), which say the kind, though the kind does not say them.
 */
export function glossaryKindMembers(glossary: Glossary): Map<string, TermSequence[]> {
  let kinds = kindsAnalysed.get(glossary);
  if (!kinds) {
    kinds = new Map();
    for (const [kind, members] of glossary.kinds) {
      const [term, ...more] = memberTerms(kind);
      if (term === undefined || more.length > 0) continue;
      kinds.set(
        term,
        Array.from(members, memberTerms).filter((terms) => terms.length > 0),
      );
    }
    kindsAnalysed.set(glossary, kinds);
  }
  return kinds;
}

const acronymsByWord = new WeakMap<Glossary, Map<string, TermSequence[]>>();

/**
 * The glossary's acronyms spelt out with a word: "europeen" → FEDER (Fonds européen de développement
 * régional). A question naming the place says the body or fund whose acronym a page may give alone.
 */
export function glossaryAcronymsSpelledWith(glossary: Glossary, term: string): readonly TermSequence[] {
  let index = acronymsByWord.get(glossary);
  if (!index) {
    index = new Map();
    for (const group of glossaryTermGroups(glossary)) {
      const acronyms = group.filter((m) => /^\p{Lu}{2,6}$/u.test(m.text));
      for (const member of group)
        for (const word of member.terms.length > 1 ? new Set(member.terms) : [])
          index.set(word, [...(index.get(word) ?? []), ...Array.from(acronyms, (a) => a.terms)]);
    }
    acronymsByWord.set(glossary, index);
  }
  return index.get(term) ?? [];
}
