// A click on a reply's confirm button (`remove` once asked): the command runs as if typed by whoever
// clicked — refused, privately, when they may not run it — and its outcome replaces the question.
import { MessageFlags, type ButtonInteraction, type MessageMentionOptions } from 'discord.js';
import { allCommands } from '../../../commands/allCommands.ts';
import type { CommandContext, Invoker } from '../../../commands/command.ts';
import { errorReply, type Reply } from '../../../commands/reply.ts';
import { canRun, runCommand } from '../../../commands/runCommand.ts';
import type { Locale } from '../../engine/index.ts';
import { messagesFor } from '../../messages/catalogue.ts';
import { renderDiscordReply } from './renderDiscordReply.ts';
import { CONFIRM_PREFIX, confirmationFor } from './replyActions.ts';

export interface ConfirmButtonDeps {
  invoker: Invoker;
  locale: Locale;
  embeds: boolean;
  noMentions: MessageMentionOptions;
  context(progress: (reply: Reply) => Promise<void>): CommandContext;
}

/** Whether a button is a confirmation (its custom id: relais:confirm:<key>). */
export function isConfirmButton(interaction: ButtonInteraction): boolean {
  return interaction.customId.startsWith(CONFIRM_PREFIX);
}

export async function answerConfirmButton(interaction: ButtonInteraction, deps: ConfirmButtonDeps): Promise<void> {
  const privately = async (reply: Reply): Promise<void> => {
    const payload = {
      ...renderDiscordReply(reply, { embeds: deps.embeds, locale: deps.locale }),
      allowedMentions: deps.noMentions,
      flags: MessageFlags.Ephemeral as const,
    };
    if (interaction.deferred || interaction.replied) await interaction.followUp(payload);
    else await interaction.reply(payload);
  };
  const confirmation = confirmationFor(interaction.customId);
  const command = confirmation && allCommands.find((c) => c.name === confirmation.command);
  if (!confirmation || !command) {
    await privately(errorReply(messagesFor(deps.locale).documents.confirmationExpired));
    return;
  }
  const input = { options: confirmation.options, locale: deps.locale, invoker: deps.invoker };
  // Someone else's click on a public question: refused to them alone, the question stays.
  if (!canRun(command, deps.invoker)) {
    await privately(await runCommand(command, input, deps.context(privately)));
    return;
  }
  await interaction.deferUpdate();
  const reply = await runCommand(command, input, deps.context(privately));
  const rendered = renderDiscordReply(reply, { embeds: deps.embeds, locale: deps.locale });
  await interaction.editReply({ ...rendered, components: [], allowedMentions: deps.noMentions });
}
