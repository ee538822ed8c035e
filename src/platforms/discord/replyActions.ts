// A reply's buttons as Discord components. A custom id holds 100 characters, too few for a file name
// and its options, so it carries a key; what the key means is kept here, for an hour, in the process
// that sent the button (a server's interactions always reach the same shard).
import { createHash } from 'node:crypto';
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { CommandOptions } from '../../../commands/command.ts';
import { decodeConfirm, encodeConfirm, type ReplyAction } from '../../../commands/replyActions.ts';

export const CONFIRM_PREFIX = 'relais:confirm:';
const KEPT_MS = 60 * 60 * 1000;
const MAX_KEPT = 1000;
const MAX_LABEL = 80;

const pending = new Map<string, { payload: string; at: number }>();

function remember(payload: string): string {
  const key = createHash('sha256').update(payload).digest('hex').slice(0, 32);
  pending.delete(key);
  pending.set(key, { payload, at: Date.now() });
  // Oldest first in a Map: forget past the cap.
  for (const oldest of pending.keys()) {
    if (pending.size <= MAX_KEPT) break;
    pending.delete(oldest);
  }
  return `${CONFIRM_PREFIX}${key}`;
}

/** The command and options behind a confirm button's custom id, or undefined when unknown or expired. */
export function confirmationFor(customId: string): { command: string; options: CommandOptions } | undefined {
  if (!customId.startsWith(CONFIRM_PREFIX)) return undefined;
  const kept = pending.get(customId.slice(CONFIRM_PREFIX.length));
  if (!kept || Date.now() - kept.at > KEPT_MS) return undefined;
  return decodeConfirm(kept.payload);
}

/** The components of a message for `actions` (none without actions, so other replies stay as they were). */
type ButtonRow = APIActionRowComponent<APIButtonComponent>;

export function replyActionComponents(actions: readonly ReplyAction[] | undefined): { components?: ButtonRow[] } {
  if (!actions || actions.length === 0) return {};
  const buttons: APIButtonComponent[] = actions.slice(0, 5).map((action) => ({
    type: ComponentType.Button,
    style: ButtonStyle.Danger,
    label: action.label.slice(0, MAX_LABEL),
    custom_id: remember(encodeConfirm(action)),
  }));
  return { components: [{ type: ComponentType.ActionRow, components: buttons }] };
}
