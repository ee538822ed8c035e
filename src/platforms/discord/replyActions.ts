// A reply's buttons as one Discord action row: "Lire le passage" and 👍 / 👎 under an answer,
// "Partager dans le canal" under a private one, the confirmation of `remove`. Feedback and share
// custom_ids say what they do and to which answer (commands/replyActions.ts; ./answerButtonClick.ts reads
// them back); "Lire le passage" carries its passage reference after READ_PASSAGE_PREFIX (Discord allows
// 100 characters). A confirmation's command and file name do not fit: its custom id carries a key, and
// what the key means is kept here, for an hour, in the process that sent the button (a server's
// interactions always reach the same shard); ./confirmButton.ts reads it back.
import { createHash } from 'node:crypto';
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId } from 'discord.js';
import type { CommandOptions } from '../../../commands/command.ts';
import { actionButtonIds, decodeConfirm, encodeConfirm, type ReplyAction } from '../../../commands/replyActions.ts';
import type { Locale } from '../../engine/index.ts';
import { messagesFor } from '../../messages/catalogue.ts';

/** custom_id prefix of "Lire le passage" buttons; the rest is the passage reference. */
export const READ_PASSAGE_PREFIX = 'relais:read:';
/** custom_id prefix of confirmation buttons; the rest is the key of what they confirm. */
export const CONFIRM_PREFIX = 'relais:confirm:';

const MAX_CUSTOM_ID = 100;
const MAX_LABEL = 80;
const KEPT_MS = 60 * 60 * 1000;
const MAX_KEPT = 1000;

/** Discord's limit: five buttons a row. */
const BUTTONS_PER_ROW = 5;

type Button = APIButtonComponentWithCustomId;
type Style = ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Danger;

const button = (customId: string, label: string, style: Style, emoji?: string): Button => ({
  type: ComponentType.Button,
  custom_id: customId,
  label,
  style,
  ...(emoji ? { emoji: { name: emoji } } : {}),
});

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

function buttonsOf(action: ReplyAction, locale: Locale): Button[] {
  if (action.kind === 'read-passage') {
    const customId = `${READ_PASSAGE_PREFIX}${action.passage}`;
    return customId.length > MAX_CUSTOM_ID ? [] : [button(customId, action.label.slice(0, MAX_LABEL), ButtonStyle.Secondary)];
  }
  if (action.kind === 'confirm') return [button(remember(encodeConfirm(action)), action.label.slice(0, MAX_LABEL), ButtonStyle.Danger)];
  const m = messagesFor(locale).conversation;
  const ids = actionButtonIds(action);
  if (action.kind === 'feedback') {
    return [
      button(ids[0] as string, m.helpfulButton, ButtonStyle.Secondary, '👍'),
      button(ids[1] as string, m.notHelpfulButton, ButtonStyle.Secondary, '👎'),
    ];
  }
  return [button(ids[0] as string, m.shareButton, ButtonStyle.Primary)];
}

/** The components for a reply's actions: one row, or none when no button is left (Discord refuses an empty row). */
export function replyActionRows(actions: readonly ReplyAction[] | undefined, locale: Locale): APIActionRowComponent<Button>[] {
  const buttons = (actions ?? []).flatMap((a) => buttonsOf(a, locale)).slice(0, BUTTONS_PER_ROW);
  return buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}
