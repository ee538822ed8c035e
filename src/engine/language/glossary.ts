// Loads the field glossary (glossary.json, data), so that a question about "THD" finds "très haut
// débit" and an English question is searched in French. The groups stay as written: the analysis
// chain reads them (analysis/glossaryTerms.ts), as language knowledge does not depend on analysis.
import { readFileSync } from 'node:fs';
import { foldWord } from './foldText.ts';
import { frenchTypeNouns } from './questionVocabulary.ts';

export interface Glossary {
  /** Groups of French expressions that answer for each other, as written (blank members dropped). */
  synonymTexts: string[][];
  /** English word or phrase (lowercase) → the French expressions to search instead (raw text). */
  english: Map<string, string[]>;
  /** Longest English phrase in words, for greedy phrase matching. */
  longestEnglishPhrase: number;
  /** A noun of a kind (as written) → the names of its members ("technologie" → 4G, fibre optique…), which say it one way only. */
  kinds: Map<string, string[]>;
}

interface GlossaryFile {
  synonyms: string[][];
  english: Record<string, string>;
  kinds?: Record<string, string[]>;
}

function isGlossaryFile(value: unknown): value is GlossaryFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    Array.isArray(v.synonyms) &&
    v.synonyms.every((g) => Array.isArray(g) && g.every((s) => typeof s === 'string')) &&
    typeof v.english === 'object' &&
    v.english !== null &&
    Object.values(v.english).every((s) => typeof s === 'string') &&
    (v.kinds === undefined ||
      (typeof v.kinds === 'object' &&
        v.kinds !== null &&
        Object.values(v.kinds).every((m) => Array.isArray(m) && m.every((s) => typeof s === 'string'))))
  );
}

export function parseGlossary(raw: unknown, origin = 'glossary'): Glossary {
  if (!isGlossaryFile(raw)) {
    throw new Error(`${origin}: expected {"synonyms": string[][], "english": {word: "french|alternatives"}, "kinds"?: {noun: string[]}}`);
  }
  const synonymTexts = raw.synonyms.map((group) => group.filter((text) => text.trim() !== '')).filter((group) => group.length > 1);
  const english = new Map<string, string[]>();
  let longestEnglishPhrase = 1;
  for (const [phrase, french] of Object.entries(raw.english)) {
    const key = phrase.toLowerCase().trim();
    english.set(
      key,
      french
        .split('|')
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    );
    longestEnglishPhrase = Math.max(longestEnglishPhrase, key.split(/\s+/).length);
  }
  const kinds = new Map(Object.entries(raw.kinds ?? {}).map(([kind, members]) => [kind, members.filter((m) => m.trim() !== '')] as const));
  return { synonymTexts, english, longestEnglishPhrase, kinds };
}

let bundled: Glossary | undefined;

/** The glossary shipped with Relais (src/engine/language/glossary.json), parsed once. */
export function bundledGlossary(): Glossary {
  if (!bundled) {
    const url = new URL('./glossary.json', import.meta.url);
    bundled = parseGlossary(JSON.parse(readFileSync(url, 'utf8')), url.pathname);
  }
  return bundled;
}

const thingsByGlossary = new WeakMap<Glossary, ReadonlySet<string>>();

/**
 * The members of the glossary's kinds of things, folded ("led", "wifi", "4g" — technologies): written with
 * capitals, they are names of things, never the person, company or place asked. A kind whose noun is one of
 * those ("opérateur") would list bodies: its members are left out.
 */
export function thingNamesOf(glossary: Glossary): ReadonlySet<string> {
  let things = thingsByGlossary.get(glossary);
  if (!things) {
    const bodies = new Set(frenchTypeNouns('person', 'organisation', 'place'));
    const kinds = [...glossary.kinds].filter(([kind]) => !bodies.has(foldWord(kind)));
    things = new Set(kinds.flatMap(([, members]) => members.map(foldWord)));
    thingsByGlossary.set(glossary, things);
  }
  return things;
}
