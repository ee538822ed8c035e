// Which captions of a page hold a fact: the ones that state something, not the ones that only name
// what the picture shows.
import { foldWord } from '../language/foldText.ts';
import { isFrenchVerbForm } from '../language/frenchLemmas.ts';
import { FRENCH_HEAD_NOUNS, OFFICE_TITLES } from '../language/questionVocabulary.ts';

// A caption that states what happened or what is ("La préfète et le maire ont signé la convention ©
// Radio France", "le nouveau pylône de 42 mètres domine le bourg") holds a fact the article may not
// repeat; one that names what the picture shows ("La médiathèque, le jour de son ouverture", "le pylône,
// vu depuis la route") holds none. An auxiliary and its participle, or a conjugated verb, tell them apart.
const STATES_AN_EVENT =
  /(?:^|\s)(?:a|ont|avait|avaient|aura|auront|est|sont|était|étaient|sera|seront)\s+(?:été\s+)?\p{L}+(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|erte)(?!\p{L})/iu;
// Forms that are no conjugated verb: participles, gerunds, infinitives ("installé", "vu", "créer").
const NOT_CONJUGATED = /(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ant|er|ir|re)$/u;
// "Photo : …", "Vidéo. …": a caption introduced as one.
export const PICTURE_CAPTION = /^[*_\s]*(?:photo|vidéo|video)\s*[:.]\s*/iu;
// "Crédit photo : Ville de Privas – Le maire et la préfète…": the credit, then after its dash the caption.
export const CREDIT_THEN_CAPTION = /^[*_\s]*crédits?\s+photos?\s*:\s*[^–—.!?]{1,60}?\s+[–—]\s+/iu;

/** Whether a caption states something: an auxiliary and its participle, or a conjugated verb of its own. */
export function statesSomething(caption: string): boolean {
  if (STATES_AN_EVENT.test(caption) || namesSomeonesOffice(caption)) return true;
  // (a capitalised word is a name: "Daubas" is no form of dauber)
  return (caption.match(/\p{L}+/gu) ?? []).some((w) => /^\p{Ll}/u.test(w) && !NOT_CONJUGATED.test(w) && isFrenchVerbForm(foldWord(w)));
}

// "Nicolas Vernay, directeur technique du syndicat": a name and, after its comma, the office its person holds.
const NAME_THEN_OFFICE = /\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+,\s+(?:l[ae]\s+|l['’]\s*)?([\p{L}-]+)/gu;
const OFFICES: ReadonlySet<string> = new Set([...OFFICE_TITLES, ...FRENCH_HEAD_NOUNS]);

/** Whether a caption says who someone is: a name with the office its person holds, a fact the article may not repeat. */
function namesSomeonesOffice(caption: string): boolean {
  return Array.from(caption.matchAll(NAME_THEN_OFFICE), (m) => foldWord(m[1]!)).some((w) => OFFICES.has(w));
}
