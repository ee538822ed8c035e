// The buttons a reply may carry, platform-neutral: each adapter renders them (Slack Block Kit
// buttons, Discord components) with a small function of its own, and routes the clicks back.
// Feedback and share name the answer they act on by the id RecentAnswers gave it; the id is all such a
// button carries, so nothing a user can forge in a click reaches further than an answer they were shown.
// "Lire le passage" carries the engine's passage reference, which reads only what the corpus says.
// A confirmation runs a command (`remove` once the admin confirmed) through runCommand, so the clicker is
// checked again as the command would check them.
import type { CommandOptions } from './commandOptions.ts';

export type ReplyAction =
  /** 👍 / 👎 under an answer: the asker's judgement, kept with the question and the sources. */
  | { kind: 'feedback'; answerId: string }
  /** Under a private answer: posts it in the channel, the question restated. */
  | { kind: 'share'; answerId: string }
  /** Shows the asker, privately, the paragraph around a cited passage (the engine's Fact.passage reference). */
  | { kind: 'read-passage'; label: string; passage: string }
  /** Runs `command` with `options` when clicked; the options travel with the button, so they stay short and plain. */
  | { kind: 'confirm'; label: string; command: string; options: Record<string, string> };

export type Vote = 'up' | 'down';

/** What a click says, read back from the id a platform returns (action_id, custom_id). */
export type ActionClick = { kind: 'feedback'; answerId: string; vote: Vote } | { kind: 'share'; answerId: string };

const PREFIX = 'relais';
const ANSWER_ID = /^[A-Za-z0-9_-]{1,40}$/;

/**
 * The ids of an answer's feedback and share buttons (Slack action_id, Discord custom_id: at most 100
 * characters); "Lire le passage" and confirmations have each platform's own (their payload does not fit
 * every platform alike).
 */
export function actionButtonIds(action: ReplyAction): string[] {
  if (action.kind === 'read-passage' || action.kind === 'confirm') return [];
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

/** Feedback and share buttons' ids match this (each platform's one click route also takes its read-passage and confirm ids). */
export const ACTION_BUTTON_ID = /^relais:(?:vote|share):/;

/** A confirm button's payload, as it travels in a Slack button value or behind a Discord custom id's key. */
export function encodeConfirm(action: Extract<ReplyAction, { kind: 'confirm' }>): string {
  return JSON.stringify([action.command, action.options]);
}

/** The command and options a confirm button carries, or undefined when the payload is not one. */
export function decodeConfirm(payload: string): { command: string; options: CommandOptions } | undefined {
  try {
    const parsed: unknown = JSON.parse(payload);
    if (!Array.isArray(parsed) || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'object' || parsed[1] === null) return undefined;
    const options = Object.fromEntries(
      Object.entries(parsed[1] as Record<string, unknown>).filter(([, v]) => typeof v === 'string'),
    ) as CommandOptions;
    return { command: parsed[0], options };
  } catch {
    return undefined;
  }
}
