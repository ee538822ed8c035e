// "Dans quel bâtiment ?", "quelle salle ?": a building is mostly said by its noun and what qualifies it
// ("le bâtiment polyvalent", "l'ancienne salle des associations"), not by a name. Those phrases
// are the answer's candidates; a town named beside them says where the building is, not which.
import { foldKeepingOffsets } from '../language/foldText.ts';
import { BUILDING_ASKED_NOUNS, BUILDING_NOUNS } from '../language/questionVocabulary.ts';
import { type AnswerSpan, answerSpan } from './answerEvidence.ts';

const HEADS = [...new Set([...BUILDING_NOUNS, ...BUILDING_ASKED_NOUNS])].join('|');
// An adjective before the noun ("l'ancienne salle"), the noun, on the folded text.
const HEAD = new RegExp(`(?<![a-z])(?:(?:ancienne?s?|nouvel(?:le)?s?|nouveaux?|petite?s?|grande?s?)\\s+)?(?:${HEADS})s?(?![a-z])`, 'g');
// What qualifies it, in lowercase on the text itself (a capital starts a name: "de Saint-Nazaire" is where):
// up to two words ("polyvalent"), then one complement ("des associations", "des fêtes").
const SMALL = "(?:de|du|des|d['’]|et|en|a|à|au|aux|pour|qui|que|avec|sur|dans|par|est|sont|ont)";
const QUALIFIERS = new RegExp(
  `(?:\\s+(?!${SMALL}(?![\\p{L}]))\\p{Ll}[\\p{Ll}-]{2,}){0,2}(?:\\s+(?:de la|de l['’]|du|des|de|d['’])\\s*\\p{Ll}[\\p{Ll}-]{2,}(?:\\s+\\p{Ll}[\\p{Ll}-]{3,})?)?`,
  'uy',
);

/** Buildings a sentence names by their noun and its qualifiers, as answer spans (full strength). */
export function buildingPhrases(text: string): AnswerSpan[] {
  const spans: AnswerSpan[] = [];
  for (const head of foldKeepingOffsets(text).matchAll(HEAD)) {
    const end = head.index + head[0].length;
    QUALIFIERS.lastIndex = end;
    const qualified = QUALIFIERS.exec(text);
    const length = qualified?.[0].length ?? 0;
    // (the noun alone, "la salle", is the question's own word: only a qualified one says which)
    if (length > 0) spans.push(answerSpan(head.index, end + length, 1));
  }
  return spans;
}
