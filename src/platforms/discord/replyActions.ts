// A reply's buttons as one Discord action row: 👍 / 👎 under an answer, "Partager dans le canal"
// under a private one. Each custom_id says what the button does and to which answer
// (commands/replyActions.ts); ./answerButtonClick.ts reads it back.
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId } from 'discord.js';
import { actionButtonIds, type ReplyAction } from '../../../commands/replyActions.ts';
import type { Locale } from '../../engine/index.ts';
import { messagesFor } from '../../messages/catalogue.ts';

/** Discord's limit: five buttons a row. */
const BUTTONS_PER_ROW = 5;

type Button = APIButtonComponentWithCustomId;

const button = (customId: string, label: string, style: ButtonStyle.Primary | ButtonStyle.Secondary, emoji?: string): Button => ({
  type: ComponentType.Button, custom_id: customId, label, style, ...(emoji ? { emoji: { name: emoji } } : {}),
});

function buttonsOf(action: ReplyAction, locale: Locale): Button[] {
  const m = messagesFor(locale).conversation;
  const ids = actionButtonIds(action);
  if (action.kind === 'feedback') {
    return [button(ids[0] as string, m.helpfulButton, ButtonStyle.Secondary, '👍'), button(ids[1] as string, m.notHelpfulButton, ButtonStyle.Secondary, '👎')];
  }
  return [button(ids[0] as string, m.shareButton, ButtonStyle.Primary)];
}

/** The components for a reply's actions: none without actions, else one row. */
export function replyActionRows(actions: readonly ReplyAction[] | undefined, locale: Locale): APIActionRowComponent<Button>[] {
  if (!actions || actions.length === 0) return [];
  return [{ type: ComponentType.ActionRow, components: actions.flatMap((a) => buttonsOf(a, locale)).slice(0, BUTTONS_PER_ROW) }];
}
