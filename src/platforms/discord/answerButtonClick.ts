// Clicks on the buttons under an answer (component interactions): 👍 / 👎 record a vote and thank
// the clicker privately; "Partager dans le canal" posts the private answer for the channel, the
// question restated, and tells its asker privately that it is done.
import { type ButtonInteraction, MessageFlags } from 'discord.js';
import { readActionButtonId } from '../../../commands/replyActions.ts';
import type { Invoker } from '../../../commands/command.ts';
import type { Conversations } from '../../conversation/conversations.ts';
import { discordLocale } from './discordLocale.ts';
import { NO_MENTIONS } from './noMentions.ts';
import { renderDiscordReply } from './renderDiscordReply.ts';

/** Whether a button is one of Relais's answer buttons. */
export function isAnswerButton(interaction: ButtonInteraction): boolean {
  return readActionButtonId(interaction.customId) !== undefined;
}

export async function answerButtonClick(
  interaction: ButtonInteraction,
  conversations: Conversations,
  invoker: Invoker,
  embeds: boolean,
): Promise<void> {
  const click = readActionButtonId(interaction.customId);
  if (!click) return;
  const outcome = await conversations.click(click, invoker, discordLocale(interaction.locale));
  const render = (reply: Parameters<typeof renderDiscordReply>[0]) => ({
    ...renderDiscordReply(reply, { embeds, locale: outcome.locale }),
    allowedMentions: NO_MENTIONS,
  });
  if (outcome.publicReply) {
    await interaction.reply(render(outcome.publicReply));
    await interaction.followUp({ ...render(outcome.notice), flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.reply({ ...render(outcome.notice), flags: MessageFlags.Ephemeral });
}
