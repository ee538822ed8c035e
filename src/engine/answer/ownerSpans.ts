// Whose a thing is, as a page says it: "les ordinateurs resteront propriété de l'agglomération", "le réseau
// appartient au syndicat", "la commune, propriétaire du terrain". The answer to "c'est à qui ?".
import { type AnswerSpan, answerSpan } from './answerEvidence.ts';

/** "propriété du département", "appartient à la commune": the owner named after the word of owning. */
const OWNER_NAMED =
  /(?<![\p{L}])(?:propriété|propriétaire|appart(?:ien|en)\p{L}*)\s+(?:exclusive\s+|pleine\s+)?(?:de|du|des|d['’]|à|au|aux)\s*[^,.;:!?()«»]{2,60}/giu;
/** "la commune, propriétaire du terrain", "le Département en reste propriétaire": the owner is said elsewhere. */
const OWNER_WORD = /(?<![\p{L}])(?:propriétaires?|propriété)(?![\p{L}])/giu;
const NAMED_STRENGTH = 1;
const WORD_STRENGTH = 0.8;

/** Spans that say whose a thing is: the word of owning with the owner after it, or the word alone. */
export function ownerSpans(text: string): AnswerSpan[] {
  const spans = Array.from(text.matchAll(OWNER_NAMED), (m) => answerSpan(m.index, m.index + m[0].trimEnd().length, NAMED_STRENGTH));
  for (const m of text.matchAll(OWNER_WORD))
    if (!spans.some((s) => s.start <= m.index && m.index < s.end)) spans.push(answerSpan(m.index, m.index + m[0].length, WORD_STRENGTH));
  return spans;
}
