// A reply's buttons as one Discord action row: "Lire le passage" and 👍 / 👎 under an answer,
// "Partager dans le canal" under a private one. Feedback and share custom_ids say what they do and to
// which answer (commands/replyActions.ts; ./answerButtonClick.ts reads them back); "Lire le passage"
// carries its passage reference after READ_PASSAGE_PREFIX (Discord allows 100 characters).
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId } from 'discord.js';
import { actionButtonIds, type ReplyAction } from '../../../commands/replyActions.ts';
import type { Locale } from '../../engine/index.ts';
import { messagesFor } from '../../messages/catalogue.ts';

/** custom_id prefix of "Lire le passage" buttons; the rest is the passage reference. */
export const READ_PASSAGE_PREFIX = 'relais:read:';

const MAX_CUSTOM_ID = 100;
const MAX_LABEL = 80;

/** Discord's limit: five buttons a row. */
const BUTTONS_PER_ROW = 5;

type Button = APIButtonComponentWithCustomId;

const button = (customId: string, label: string, style: ButtonStyle.Primary | ButtonStyle.Secondary, emoji?: string): Button => ({
  type: ComponentType.Button, custom_id: customId, label, style, ...(emoji ? { emoji: { name: emoji } } : {}),
});

function buttonsOf(action: ReplyAction, locale: Locale): Button[] {
  if (action.kind === 'read-passage') {
    const customId = `${READ_PASSAGE_PREFIX}${action.passage}`;
    return customId.length > MAX_CUSTOM_ID ? [] : [button(customId, action.label.slice(0, MAX_LABEL), ButtonStyle.Secondary)];
  }
  const m = messagesFor(locale).conversation;
  const ids = actionButtonIds(action);
  if (action.kind === 'feedback') {
    return [button(ids[0] as string, m.helpfulButton, ButtonStyle.Secondary, '👍'), button(ids[1] as string, m.notHelpfulButton, ButtonStyle.Secondary, '👎')];
  }
  return [button(ids[0] as string, m.shareButton, ButtonStyle.Primary)];
}

/** The components for a reply's actions: one row, or none when no button is left (Discord refuses an empty row). */
export function replyActionRows(actions: readonly ReplyAction[] | undefined, locale: Locale): APIActionRowComponent<Button>[] {
  const buttons = (actions ?? []).flatMap((a) => buttonsOf(a, locale)).slice(0, BUTTONS_PER_ROW);
  return buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}
