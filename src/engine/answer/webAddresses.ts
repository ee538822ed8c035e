// Web addresses a page gives ("le portail data.exemple.fr", "sur www.exemple.org/aides"): the answer to
// "l'adresse du portail", which no street or town answers.
import { type AnswerSpan, answerSpan } from './answerEvidence.ts';

// A host name of two labels or more ending on a top-level domain of letters, its scheme and path or not.
const WEB_ADDRESS = /(?<![\p{L}\d@.-])(?:https?:\/\/)?(?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+[a-z]{2,6}(?:\/[^\s"'<>«»)]*)?(?![\p{L}\d])/giu;

/** The web addresses a sentence writes. */
export function webAddressSpans(text: string): AnswerSpan[] {
  const spans: AnswerSpan[] = [];
  for (const m of text.matchAll(WEB_ADDRESS)) {
    const address = m[0].replace(/[.,;:]+$/, '');
    spans.push(answerSpan(m.index, m.index + address.length, 1));
  }
  return spans;
}

// An address to write to: "contact@exemple.fr", "prenom.nom@collectivite.gouv.fr".
export const MAIL_ADDRESS = /(?<![\p{L}\d._%+-])[\p{L}\d._%+-]+@(?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+[a-z]{2,6}(?![\p{L}\d])/giu;

/** The mail addresses a sentence writes. */
export function mailAddressSpans(text: string): AnswerSpan[] {
  return Array.from(text.matchAll(MAIL_ADDRESS), (m) => answerSpan(m.index, m.index + m[0].length, 1));
}
