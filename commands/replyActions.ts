// Buttons under a reply, for every platform: each platform renders them with one small function
// (src/platforms/slack/rendering/replyActions.ts, src/platforms/discord/replyActions.ts) and runs
// what a click means through runCommand, so the click is checked as the command would be.
import type { CommandOptions } from './command.ts';

export type ReplyAction =
  /**
   * Runs `command` with `options` when clicked (e.g. `remove` once the admin confirmed). The clicker is
   * checked again (admin), and the options travel in the button, so they stay short and plain.
   */
  | { kind: 'confirm'; label: string; command: string; options: Record<string, string> };

/** A confirm button's payload, as it travels in a Slack button value or a Discord custom id. */
export function encodeConfirm(action: Extract<ReplyAction, { kind: 'confirm' }>): string {
  return JSON.stringify([action.command, action.options]);
}

/** The command and options a confirm button carries, or undefined when the payload is not one. */
export function decodeConfirm(payload: string): { command: string; options: CommandOptions } | undefined {
  try {
    const parsed: unknown = JSON.parse(payload);
    if (!Array.isArray(parsed) || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'object' || parsed[1] === null) return undefined;
    const options = Object.fromEntries(Object.entries(parsed[1] as Record<string, unknown>).filter(([, v]) => typeof v === 'string')) as CommandOptions;
    return { command: parsed[0], options };
  } catch {
    return undefined;
  }
}
