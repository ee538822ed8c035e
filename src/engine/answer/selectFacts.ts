// The facts an answer cites: the best passage first; for a question asking for a list, the best answer
// of each other document; otherwise only further answers nearly as good. A passage saying the same as
// one already cited (a title and the first sentence) is cited once.
import type { AnswerType } from './answerTypes.ts';
import { ANSWER_WINDOW, answers, canCite, MIN_EVIDENCE, needsEvidence } from './decideAnswer.ts';
import type { ScoredPassage } from './scorePassages.ts';

export const MAX_FACTS = 5;
/** A further fact from the same document must score this share of the best. */
const SAME_DOCUMENT_SHARE = 0.92;
/** An answer from another document, this share: several releases often answer one question. */
const OTHER_DOCUMENT_SHARE = 0.8;
/** A list item from another document needs this share of the best answer's coverage, and at least LIST_ITEM_FLOOR. */
const LIST_ITEM_COVERAGE = 0.55;
const LIST_ITEM_FLOOR = 0.45;
/** Passages sharing this share of their words say the same thing. */
const SAME_TEXT_OVERLAP = 0.7;

function overlap(a: ScoredPassage, b: ScoredPassage, terms: (s: ScoredPassage) => ReadonlySet<string>): number {
  const x = terms(a);
  const y = terms(b);
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  return shared / Math.max(1, Math.min(x.size, y.size));
}

/** A list item from another document may cover less than a sure answer, as long as it is one of its kind. */
function qualifies(s: ScoredPassage, best: ScoredPassage, asked: AskedKind, wantsList: boolean): boolean {
  return answers(s, asked.answerType, asked.nameAsked) || (wantsList && answersAsListItem(s, best.coverage, asked));
}

/**
 * Whether a passage answers as one item of a list whose best answer covers `bestCoverage`: of the noun
 * asked about, with the evidence asked for, covering less than a sure answer needs.
 */
export function answersAsListItem(s: ScoredPassage, bestCoverage: number, asked: AskedKind): boolean {
  return (
    canCite(s) &&
    !s.nameInPassing &&
    s.focusFound &&
    s.coverage >= Math.max(LIST_ITEM_FLOOR, LIST_ITEM_COVERAGE * bestCoverage) &&
    (!needsEvidence(asked.answerType, asked.nameAsked) || s.evidence >= MIN_EVIDENCE)
  );
}

/**
 * A further fact must say a word of the question, or stand beside a passage that does: one held up only
 * by its document (a dateline under the question's names) answers nothing asked.
 */
function saysSomethingAsked(s: ScoredPassage): boolean {
  return s.own > 0 || s.local > 0;
}

/** The kind of answer asked, and whether it is a name ("quel est le nom de…"). */
export interface AskedKind {
  answerType: AnswerType;
  nameAsked?: boolean;
}

export function selectFacts(
  scored: readonly ScoredPassage[],
  asked: AskedKind,
  wantsList: boolean,
  terms: (s: ScoredPassage) => ReadonlySet<string>,
): ScoredPassage[] {
  const top = scored.find(canCite);
  const best = top && scored.find((s) => s.score >= ANSWER_WINDOW * top.score && answers(s, asked.answerType, asked.nameAsked));
  if (!best) return [];
  const picked: ScoredPassage[] = [best];
  const docs = new Set([best.view.doc]);
  for (const s of scored) {
    if (picked.length >= MAX_FACTS) break;
    if (s === best || !qualifies(s, best, asked, wantsList) || !saysSomethingAsked(s)) continue;
    const otherDocument = !docs.has(s.view.doc);
    if (wantsList ? !otherDocument : s.score < (otherDocument ? OTHER_DOCUMENT_SHARE : SAME_DOCUMENT_SHARE) * best.score) continue;
    if (picked.some((p) => p.passage.text === s.passage.text || overlap(p, s, terms) >= SAME_TEXT_OVERLAP)) continue;
    picked.push(s);
    docs.add(s.view.doc);
  }
  return picked;
}

/**
 * The items a compound question's unanswered parts give once another part is answered ("Rochebrune et
 * Lanvaux offrent du wifi : comment font-elles ?"): each part's best passage, from a document not yet cited, if it would
 * answer as an item of a list whose best answer covers `bestCoverage`.
 */
export function partItems(
  unansweredParts: ReadonlyArray<readonly ScoredPassage[]>,
  bestCoverage: number,
  asked: AskedKind,
  alreadyCited: (s: ScoredPassage) => boolean,
): ScoredPassage[] {
  const cited = new Set<number>();
  const items: ScoredPassage[] = [];
  for (const scored of unansweredParts) {
    const best = scored.find(canCite);
    if (!best || alreadyCited(best) || cited.has(best.view.doc) || !answersAsListItem(best, bestCoverage, asked)) continue;
    cited.add(best.view.doc);
    items.push(best);
  }
  return items;
}
