// The name a sentence gives a thing, for "comment s'appelle le nouvel ENT ?" / "quel est le nom du bus ?":
// a name after a verb of naming ("baptisé « Cartable 53 »", "appelé Cyber-Bus", "sous le nom de…"), or,
// less surely, a capitalised name in quotation marks ("l'application « Ma Ville »").
import type { AnalyzedToken } from '../analysis/analyzeFrench.ts';
import { FRENCH_AUXILIARIES } from '../language/questionVocabulary.ts';
import { type AnswerSpan, answerSpan } from './answerEvidence.ts';

/** A name a verb of naming gives is the answer; a quoted name alone may be another thing's. */
const NAMED_STRENGTH = 1;
const QUOTED_STRENGTH = 0.7;

const NAMING =
  /(?<![\p{L}])(?:baptis|appel|nomm|dénomm|intitul|surnomm|labellis)(?:é|ée|és|ées)\s+|(?<![\p{L}])(?:sous|du|porte)\s+le\s+nom\s+(?:de\s+|d['’]\s*)|(?<![\p{L}])(?:s['’]appellen?t?|se\s+nommen?t?)\s+/giu;
// What a verb of naming names: a quotation, or a run of capitalised words and numbers ("Cartable 53").
const QUOTED = /^(?:«\s*[^»]{1,80}?\s*»|“[^”]{1,80}”|"[^"]{1,80}")/u;
const CAPITALISED_RUN = /^(?:(?:le|la|les|l['’])\s*)?\p{Lu}[\p{L}\d'’-]*(?:\s+(?:\p{Lu}[\p{L}\d'’-]*|\d+))*/u;
// (straight quotes hold quoted speech as often as names: a name there is a few words, with no punctuation)
const QUOTED_CAPITALISED = /«\s*\p{Lu}[^»]{0,60}?\s*»|“\p{Lu}[^”]{0,60}”|"\p{Lu}[^".,;:!?]{0,40}"/gu;
// "QR Balade est un dispositif qui…", « Cartable 53 est une plateforme… »: a name opening a clause and
// said to be a thing of a kind names that thing.
const DEFINED_NAME =
  /(?:^|[«"“:]\s*)(\p{Lu}[\p{L}\d'’-]*(?:\s+(?:\p{Lu}[\p{L}\d'’-]*|\d+))*)\s+(?:est|sera|était|sont|seront)\s+(?:un|une|des)\s/gu;
const DEFINED_STRENGTH = 0.8;

/** Spans of the names a sentence gives: after a verb of naming first, then quoted capitalised names. */
export function givenNameSpans(text: string): AnswerSpan[] {
  const spans: AnswerSpan[] = [];
  for (const m of text.matchAll(NAMING)) {
    const start = m.index + m[0].length;
    const rest = text.slice(start);
    const name = QUOTED.exec(rest)?.[0] ?? CAPITALISED_RUN.exec(rest)?.[0];
    if (name) spans.push(answerSpan(start, start + name.length, NAMED_STRENGTH));
  }
  for (const m of text.matchAll(DEFINED_NAME)) {
    const start = m.index + m[0].indexOf(m[1]!);
    spans.push(answerSpan(start, start + m[1]!.length, DEFINED_STRENGTH));
  }
  for (const m of text.matchAll(QUOTED_CAPITALISED)) {
    if (!spans.some((s) => s.start < m.index + m[0].length && m.index < s.end))
      spans.push(answerSpan(m.index, m.index + m[0].length, QUOTED_STRENGTH));
  }
  return spans;
}

// "cinq écoles élémentaires (Anatole-France, Marie-Curie…)", "trois communes : Arvieu, Brévalon et
// Castans": names listed right after the noun of their kind (a bracket or a colon after at most four
// words: adjectives, or a verb, "critères ont été retenus :") are its members, and answer "quelles écoles…".
const MEMBERS_OPEN = /^(?:\s+[\p{Ll}-]+){0,4}\s*(?:\(|:)\s*/u;
const MEMBER_NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|de|du|des|la|le|sur|en))*/gu;
const MEMBER_STRENGTH = 0.8;
// "la communauté OpenData Sorbiac", "le réseau Aurore", 'le programme "100 % Collèges connectés"': a name
// right after the noun of its kind, capitalised or quoted, is the member it names.
const NAME_AFTER_KIND = /^\s+(\p{Lu}[\p{L}\d'’-]*(?:\s+\p{Lu}[\p{L}\d'’-]*)*|«\s*[^»]{1,80}?\s*»|“[^”]{1,80}”|"[^"]{1,80}")/u;
// "une plateforme « open data » régionale, Ardoise.": a name set beside the noun of its kind by a comma,
// after at most three adjectives, and closing the clause, or an apposition of its own (", Ardoise, qui…",
// ", Ardoise, couvrant le bassin…"); not before a verb (", Jean Roux, a dit" names a person who speaks).
const NAME_APPOSED = new RegExp(
  `^[\\s»”"]*(?:\\s+[\\p{Ll}-]+){0,3}\\s*,\\s+(\\p{Lu}[\\p{L}\\d'’-]*(?:\\s+\\p{Lu}[\\p{L}\\d'’-]*)*)` +
    `(?=\\s*(?:[.;)]|$|,\\s+(?!(?:${Array.from(FRENCH_AUXILIARIES).join('|')})(?![\\p{L}]))\\p{Ll}))`,
  'u',
);

// "trois critères comptent : la distance au bourg, le coût des travaux et l'avis des riverains": things
// of the kind listed in lowercase, three or more, each a few words.
const LIST_SEPARATOR = /\s*,\s*(?:et\s+)?|\s+et\s+/u;
const MAX_ITEM_WORDS = 6;

function listsThings(list: string): boolean {
  const items = list.trim().split(LIST_SEPARATOR);
  return items.length >= 3 && items.every((item) => item.length > 1 && item.split(/\s+/).length <= MAX_ITEM_WORDS);
}

/** The names a sentence lists as members of the kind a question's noun names ("quelles écoles"). */
export function namedMembers(text: string, tokens: readonly AnalyzedToken[], kindTerms: ReadonlySet<string>): AnswerSpan[] {
  const spans: AnswerSpan[] = [];
  for (const t of tokens) {
    if (!kindTerms.has(t.term)) continue;
    const open = MEMBERS_OPEN.exec(text.slice(t.end));
    if (!open) {
      const named = NAME_AFTER_KIND.exec(text.slice(t.end)) ?? NAME_APPOSED.exec(text.slice(t.end));
      if (named) spans.push(answerSpan(t.end + named[0].length - named[1]!.length, t.end + named[0].length, MEMBER_STRENGTH));
      continue;
    }
    const from = t.end + open[0].length;
    const close = text.slice(from).search(/[).;]/);
    const list = text.slice(from, close < 0 ? text.length : from + close);
    const before = spans.length;
    for (const m of list.matchAll(MEMBER_NAME)) {
      const name = m[0].replace(/\s+(?:de|du|des|la|le|sur|en)$/u, '');
      spans.push(answerSpan(from + m.index, from + m.index + name.length, MEMBER_STRENGTH));
    }
    if (spans.length === before && listsThings(list)) spans.push(answerSpan(from, from + list.trimEnd().length, MEMBER_STRENGTH));
  }
  return spans;
}
