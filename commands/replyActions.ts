// The buttons a reply may carry, platform-neutral: each adapter renders them (Slack Block Kit
// buttons, Discord components) with a small function of its own, and routes the clicks back.
// Feedback and share name the answer they act on by the id RecentAnswers gave it; the id is all such a
// button carries, so nothing a user can forge in a click reaches further than an answer they were shown.
// "Lire le passage" carries the engine's passage reference, which reads only what the corpus says.

export type ReplyAction =
  /** 👍 / 👎 under an answer: the asker's judgement, kept with the question and the sources. */
  | { kind: 'feedback'; answerId: string }
  /** Under a private answer: posts it in the channel, the question restated. */
  | { kind: 'share'; answerId: string }
  /** Shows the asker, privately, the paragraph around a cited passage (the engine's Fact.passage reference). */
  | { kind: 'read-passage'; label: string; passage: string };

export type Vote = 'up' | 'down';

/** What a click says, read back from the id a platform returns (action_id, custom_id). */
export type ActionClick = { kind: 'feedback'; answerId: string; vote: Vote } | { kind: 'share'; answerId: string };

const PREFIX = 'relais';
const ANSWER_ID = /^[A-Za-z0-9_-]{1,40}$/;

/**
 * The ids of an answer's feedback and share buttons (Slack action_id, Discord custom_id: at most 100
 * characters); "Lire le passage" has each platform's own (its reference does not fit every platform alike).
 */
export function actionButtonIds(action: ReplyAction): string[] {
  if (action.kind === 'read-passage') return [];
  if (action.kind === 'feedback') return [`${PREFIX}:vote:up:${action.answerId}`, `${PREFIX}:vote:down:${action.answerId}`];
  return [`${PREFIX}:share:${action.answerId}`];
}

/** Reads a button id back; undefined for anything Relais did not make. */
export function readActionButtonId(id: string): ActionClick | undefined {
  const parts = id.split(':');
  if (parts[0] !== PREFIX) return undefined;
  if (parts[1] === 'vote' && parts.length === 4 && (parts[2] === 'up' || parts[2] === 'down') && ANSWER_ID.test(parts[3] ?? '')) {
    return { kind: 'feedback', vote: parts[2], answerId: parts[3] as string };
  }
  if (parts[1] === 'share' && parts.length === 3 && ANSWER_ID.test(parts[2] ?? '')) return { kind: 'share', answerId: parts[2] as string };
  return undefined;
}

/** Slack's and Discord's button ids match this: the listeners register on it. */
export const ACTION_BUTTON_ID = /^relais:(?:vote|share):/;
