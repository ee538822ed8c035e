// A reply's buttons as one Discord action row. A button's custom_id carries what the click needs
// (the passage reference, a few dozen characters; Discord allows 100).
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId } from 'discord.js';
import type { ReplyAction } from '../../../commands/replyActions.ts';

/** custom_id prefix of "Lire le passage" buttons; the rest is the passage reference. */
export const READ_PASSAGE_PREFIX = 'relais:read:';

const MAX_CUSTOM_ID = 100;
const MAX_LABEL = 80;

function button(action: ReplyAction): APIButtonComponentWithCustomId | undefined {
  const customId = `${READ_PASSAGE_PREFIX}${action.passage}`;
  if (customId.length > MAX_CUSTOM_ID) return undefined;
  return { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: customId, label: action.label.slice(0, MAX_LABEL) };
}

/** The action row, or none when the reply has no button. */
export function replyActionRows(actions: readonly ReplyAction[] | undefined): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const buttons = (actions ?? []).map(button).filter((b): b is APIButtonComponentWithCustomId => b !== undefined).slice(0, 5);
  return buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}
