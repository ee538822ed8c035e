// Loads the field glossary (glossary.json, data) into analysed term sequences, so that a question
// about "THD" finds "très haut débit" and an English question is searched in French.
import { readFileSync } from 'node:fs';
import { analyzeFrenchTerms } from '../analysis/analyzeFrench.ts';

/** One way to say a thing: all its terms must appear. */
export type TermSequence = string[];

export interface Glossary {
  /** Groups of French expressions that answer for each other, each as analysed term sequences. */
  synonymGroups: TermSequence[][];
  /** The same groups as written, member for member (a one-word member is also matched by its lemma). */
  synonymTexts: string[][];
  /** English word or phrase (lowercase) → the French expressions to search instead (raw text). */
  english: Map<string, string[]>;
  /** Longest English phrase in words, for greedy phrase matching. */
  longestEnglishPhrase: number;
}

interface GlossaryFile {
  synonyms: string[][];
  english: Record<string, string>;
}

function isGlossaryFile(value: unknown): value is GlossaryFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    Array.isArray(v.synonyms) &&
    v.synonyms.every((g) => Array.isArray(g) && g.every((s) => typeof s === 'string')) &&
    typeof v.english === 'object' &&
    v.english !== null &&
    Object.values(v.english).every((s) => typeof s === 'string')
  );
}

export function parseGlossary(raw: unknown, origin = 'glossary'): Glossary {
  if (!isGlossaryFile(raw)) {
    throw new Error(`${origin}: expected {"synonyms": string[][], "english": {word: "french|alternatives"}}`);
  }
  const synonymGroups: TermSequence[][] = [];
  const synonymTexts: string[][] = [];
  for (const group of raw.synonyms) {
    const members = group.map((text) => ({ text, terms: analyzeFrenchTerms(text) })).filter((m) => m.terms.length > 0);
    if (members.length < 2) continue;
    synonymGroups.push(members.map((m) => m.terms));
    synonymTexts.push(members.map((m) => m.text));
  }
  const english = new Map<string, string[]>();
  let longestEnglishPhrase = 1;
  for (const [phrase, french] of Object.entries(raw.english)) {
    const key = phrase.toLowerCase().trim();
    english.set(key, french.split('|').map((s) => s.trim()).filter((s) => s.length > 0));
    longestEnglishPhrase = Math.max(longestEnglishPhrase, key.split(/\s+/).length);
  }
  return { synonymGroups, synonymTexts, english, longestEnglishPhrase };
}

let bundled: Glossary | undefined;

/** The glossary shipped with Relais (src/engine/analysis/glossary.json), parsed once. */
export function bundledGlossary(): Glossary {
  if (!bundled) {
    const url = new URL('./glossary.json', import.meta.url);
    bundled = parseGlossary(JSON.parse(readFileSync(url, 'utf8')), url.pathname);
  }
  return bundled;
}
