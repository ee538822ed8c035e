// The name a sentence gives a thing, for "comment s'appelle le nouvel ENT ?" / "quel est le nom du bus ?":
// a name after a verb of naming ("baptisé « Cartable 53 »", "appelé Cyber-Bus", "sous le nom de…"), or,
// less surely, a capitalised name in quotation marks ("l'application « Ma Ville »").
import { type AnswerSpan, answerSpan } from './answerEvidence.ts';

/** A name a verb of naming gives is the answer; a quoted name alone may be another thing's. */
const NAMED_STRENGTH = 1;
const QUOTED_STRENGTH = 0.7;

const NAMING =
  /(?<![\p{L}])(?:baptis|appel|nomm|dénomm|intitul|surnomm|labellis)(?:é|ée|és|ées)\s+|(?<![\p{L}])(?:sous|du|porte)\s+le\s+nom\s+(?:de\s+|d['’]\s*)|(?<![\p{L}])(?:s['’]appellen?t?|se\s+nommen?t?)\s+/giu;
// What a verb of naming names: a quotation, or a run of capitalised words and numbers ("Cartable 53").
const QUOTED = /^(?:«\s*[^»]{1,80}?\s*»|“[^”]{1,80}”|"[^"]{1,80}")/u;
const CAPITALISED_RUN = /^(?:(?:le|la|les|l['’])\s*)?\p{Lu}[\p{L}\d'’-]*(?:\s+(?:\p{Lu}[\p{L}\d'’-]*|\d+))*/u;
const QUOTED_CAPITALISED = /«\s*\p{Lu}[^»]{0,60}?\s*»|“\p{Lu}[^”]{0,60}”/gu;

/** Spans of the names a sentence gives: after a verb of naming first, then quoted capitalised names. */
export function givenNameSpans(text: string): AnswerSpan[] {
  const spans: AnswerSpan[] = [];
  for (const m of text.matchAll(NAMING)) {
    const start = m.index + m[0].length;
    const rest = text.slice(start);
    const name = QUOTED.exec(rest)?.[0] ?? CAPITALISED_RUN.exec(rest)?.[0];
    if (name) spans.push(answerSpan(start, start + name.length, NAMED_STRENGTH));
  }
  for (const m of text.matchAll(QUOTED_CAPITALISED)) {
    if (!spans.some((s) => s.start <= m.index && m.index < s.end)) spans.push(answerSpan(m.index, m.index + m[0].length, QUOTED_STRENGTH));
  }
  return spans;
}
