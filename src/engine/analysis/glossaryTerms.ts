// The field glossary's groups as analysed term sequences, the form questions and passages are matched
// in: computed once per glossary. Members that analyse to nothing (a stopword) are dropped, and so is a
// group left with fewer than two members.
import type { Glossary } from '../language/glossary.ts';
import { analyzeFrenchTerms } from './analyzeFrench.ts';

/** One way to say a thing: all its terms must appear. */
export type TermSequence = string[];

export interface GlossaryMember {
  /** As analysed. */
  terms: TermSequence;
  /** As written in the glossary (a one-word member is also matched by its lemma). */
  text: string;
}

const analysed = new WeakMap<Glossary, GlossaryMember[][]>();

export function glossaryTermGroups(glossary: Glossary): GlossaryMember[][] {
  let groups = analysed.get(glossary);
  if (!groups) {
    groups = glossary.synonymTexts
      .map((group) => group.map((text) => ({ text, terms: analyzeFrenchTerms(text) })).filter((m) => m.terms.length > 0))
      .filter((group) => group.length > 1);
    analysed.set(glossary, groups);
  }
  return groups;
}
