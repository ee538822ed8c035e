// Cuts a document into passages — the units Relais cites. A passage is one sentence; it keeps as
// context the sentence before it, or the heading it sits under, so "Il s'agit d'un cercle fermé…"
// still knows it speaks of the "Ubiquitous-city" heading above it.
import { addressNames } from './addressNames.ts';
import { CREDIT_THEN_CAPTION, PICTURE_CAPTION, statesSomething } from './pictureCaptions.ts';
import type { CorpusDocument } from '../types.ts';

export type PassageKind = 'title' | 'heading' | 'sentence';

export interface Passage {
  /** Position in the index's passage table. */
  id: number;
  /** Position of its document in the index's document table. */
  doc: number;
  kind: PassageKind;
  text: string;
  /** The sentence before, or the heading above; empty for a title. */
  context: string;
  /** Id of the passage `context` is the text of, or -1. */
  contextId: number;
}

// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS =
  /(?:^|[\s(])(?:M|Mme|Mmes|Mlle|MM|Dr|Pr|Me|St|Ste|av|bd|cf|env|etc|ex|hab|min|n°|no|p|tél|vol|J\.-C|Cie|Sté|Mgr|art|chap|fig)\.$/i;
/** Characters before a full stop that ABBREVIATIONS and INITIAL can need: more than either ever matches. */
const ABBREVIATION_SPAN = 8;
// An initial: "J. Barré".
const INITIAL = /\b\p{Lu}\.$/u;
// French typography puts a (no-break) space before a closing guillemet: "au total. » Tout…". Pages also
// glue sentences together ("en octobre.Les premiers…", "depuis 2021.Les opérateurs…"): a full stop
// after a lowercase word of three letters or more, or after a year, right before a capitalised word
// (or an elided one: "confiée au syndicat.C'est lui…"), ends a sentence too.
const SENTENCE_END =
  /[.!?…](?:[\s\u00a0\u202f]?["»”)])?\s+(?=[«"“(\p{Lu}\d])|\.(?<=(?:\p{Ll}{3}|(?<!\d)(?:19|20)\d\d)\.)(?=\p{Lu}['’]?\p{Ll})/gu;
// Points of suspension before a figure hold a sentence in suspense rather than end it ("des stagiaires de 19 à… 62 ans"): a
// sentence that ended there and began with the figure would read as its own fact, "62 ans … ont suivi".
const SUSPENDED_FIGURE = /(?:…|\.\.\.)\s+\d$/u;
// A short block without final punctuation reads as a heading ("Fort-de-France haut lieu de l'économie numérique").
const MAX_HEADING_LENGTH = 120;

/** Whether a block is a heading: short, unpunctuated, and no list item, table row or line a label introduces. */
function readsAsHeading(block: string, itemOrRow: boolean): boolean {
  return !itemOrRow && isHeading(block);
}

export function splitSentences(block: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const m of block.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + m[0].length;
    const candidate = block.slice(start, end).trim();
    // Both tests look at the last few characters before the punctuation only (the longest abbreviation
    // and its boundary take 6): testing the whole sentence each time made splitting slow.
    const lastWord = block.slice(Math.max(start, (m.index ?? 0) + 1 - ABBREVIATION_SPAN), (m.index ?? 0) + 1);
    if (ABBREVIATIONS.test(lastWord) || INITIAL.test(lastWord)) continue; // "M. Dupont", "J. Barré"
    if (SUSPENDED_FIGURE.test(block.slice(Math.max(0, (m.index ?? 0) - 2), end + 1))) continue; // "de 19 à… 62 ans"
    if (candidate) sentences.push(candidate);
    start = end;
  }
  const rest = block.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

// Bullets and numbered items: "- 27.000 prises…", "• …", "1. les travailleurs sociaux…".
const BULLET = /^(?:[-–—•*·▪►✓]|\d{1,2}[.)])\s+/u;
// Lines that describe a picture or point elsewhere, not facts of the release.
const NOT_CONTENT =
  /^(?:>\s*)?(?:photo|photos|crédits? photo|vidéo|video|légende|illustration|lire aussi|voir aussi|à lire aussi|©)\b\s*[:©-]?/iu;
// A page's publication line, its byline or breadcrumb before it or not: "Publié le 16/05/2024 à 07h30 · Mis
// à jour…", "Par Lucie Martinot · Publié le…", "France Bleu Vaucluse | Éducation | Publié le 20/09/2021". It
// dates the page (the loader reads its date first); as a fact it answered "quand" questions about anything
// the page says. (Cells are cut at "|", "·", "•" only: a dash also sets off words inside a sentence.) A press
// cutting's note is one too, in brackets or not: "[Paru le 12/03/19 dans Le Courrier de Sorrac]".
const PUBLICATION_LINE =
  /^(?:[[(]\s*)?(?:par\s+[^.!?·|•]{2,60}?\s*[·|•–—-]\s*|(?:[^.!?·|•]{1,60}?\s*[·|•]\s*){1,4})?(?:(?:publié|publiée|mis à jour|mise à jour|modifié|actualisé|posted|published|updated)(?!\p{L})|parue?\s+le\s+\d)/iu;
// A table row as the readers write it: its cells joined by " | ".
const TABLE_ROW = / \| /;
// A caption credits its picture at its end: "… à Privas, le 3 mai. © Ville de Privas", "© Radio Ardèche - J. Roux".
const ENDS_ON_CREDIT = /©\s*(?:[^.!?©]|(?<=\b\p{Lu})\.){0,60}$/u;
// Quotation marks left empty by a page's editor: "«».", "“ ”".
const EMPTY_QUOTES = /[«“"]\s*[»”"]\s*\.?/gu;

function isHeading(block: string): boolean {
  return block.length <= MAX_HEADING_LENGTH && (!/[.!…:;,]["»”)]?$/.test(block) || /\?$/.test(block));
}

/**
 * A block's text without its bullet, empty quotes and picture credit, unless it is no content at all (a
 * caption, "Lire aussi", a publication line).
 */
function contentOf(raw: string): { bullet: boolean; block: string } | undefined {
  const caption = PICTURE_CAPTION.exec(raw) ?? CREDIT_THEN_CAPTION.exec(raw);
  if (caption) raw = raw.slice(caption[0].length);
  else if (NOT_CONTENT.test(raw)) return undefined;
  if (PUBLICATION_LINE.test(raw)) return undefined;
  const credit = ENDS_ON_CREDIT.exec(raw);
  if ((caption || credit) && !statesSomething(credit ? raw.slice(0, credit.index) : raw)) return undefined;
  const block = (credit ? raw.slice(0, credit.index) : raw).replace(BULLET, '').replace(EMPTY_QUOTES, '').trim();
  return block ? { bullet: BULLET.test(raw), block } : undefined;
}

// A place's card opening an article, in brackets: "[Sorrac (Vernay) 12 communes, 38 400 hab.]". It says the
// place's size, not what the sentence after it says (its counts answered "combien de communes…" of anything).
const PLACE_CARD = /^\[[^\[\]]{3,160}?\bhab(?:\.|itants)\s*\]\s*/u;

/** A block, or the place card that opens it and the rest, as two blocks. */
function withPlaceCardApart(raw: string): string[] {
  const card = PLACE_CARD.exec(raw);
  if (!card || card[0].length >= raw.length) return [raw];
  return [card[0].trim(), raw.slice(card[0].length)];
}

/** Passages of one document; ids are assigned from `firstId`. */
export function splitPassages(document: CorpusDocument, doc: number, firstId: number): Passage[] {
  const passages: Passage[] = [];
  const push = (kind: PassageKind, text: string, contextId: number): number => {
    const id = firstId + passages.length;
    text = text.replace(/\u0000/g, ' '); // NUL separates passages in snapshots
    const context = contextId >= 0 ? (passages[contextId - firstId]?.text ?? '') : '';
    passages.push({ id, doc, kind, text, context, contextId });
    return id;
  };

  const meta = [document.territory, ...document.tags, ...addressNames(document)].filter(Boolean).join(' · ');
  push('title', meta ? `${document.title} (${meta})` : document.title, -1);
  let heading = -1;
  let last = -1;
  // The line a list hangs from ("Ce que prévoit le contrat :"): the context of every item.
  let listIntro = -1;
  let tableHeader = -1;
  let afterLabel = false;
  for (const raw of document.blocks.flatMap(withPlaceCardApart)) {
    const content = contentOf(raw);
    if (!content) continue;
    const { bullet, block } = content;
    // A table row ("Alma | le jeudi") is a fact, however short, and follows on from the table's first
    // row (its header), not from the row above.
    const row = TABLE_ROW.test(block);
    if (!row) tableHeader = -1;
    // (a short line right after a label ending in a colon is what the label introduces: "Contact presse :" then a name)
    const labelled = afterLabel;
    afterLabel = !bullet && /:\s*$/.test(block);
    if (readsAsHeading(block, bullet || row || labelled)) {
      heading = push('heading', block, heading);
      last = heading;
      listIntro = heading;
      continue;
    }
    if (!bullet) listIntro = -1;
    // A paragraph's first sentence follows on from what came just before: the heading right above
    // it, or the previous paragraph's last sentence; a list item, from the line that opens the list.
    let previous = row && tableHeader >= 0 ? tableHeader : bullet && listIntro >= 0 ? listIntro : last;
    for (const sentence of splitSentences(block)) {
      if (!/\p{L}{2}/u.test(sentence)) continue; // "(…)" and the like say nothing
      previous = push('sentence', sentence, previous);
      last = previous;
    }
    if (afterLabel) listIntro = last;
    if (row && tableHeader < 0) tableHeader = last;
  }
  return passages;
}
