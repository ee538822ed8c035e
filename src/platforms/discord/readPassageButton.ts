// "Lire le passage" on Discord: a click on the button under an answer shows the clicker, privately
// (an ephemeral reply to the component interaction), the paragraph around the cited fact.
import { MessageFlags, type ButtonInteraction, type MessageMentionOptions } from 'discord.js';
import { readPassageReply } from '../../../commands/readPassage.ts';
import type { Locale, RelaisEngine } from '../../engine/index.ts';
import { READ_PASSAGE_PREFIX } from './replyActions.ts';
import { renderDiscordReply } from './renderDiscordReply.ts';

export function isReadPassageButton(interaction: ButtonInteraction): boolean {
  return interaction.customId.startsWith(READ_PASSAGE_PREFIX);
}

export interface ReadPassageSettings {
  engine: RelaisEngine;
  /** The clicker's language (their Discord client's). */
  locale: Locale;
  embeds: boolean;
  allowedMentions: MessageMentionOptions;
}

export async function answerReadPassage(interaction: ButtonInteraction, settings: ReadPassageSettings): Promise<void> {
  const { engine, locale, embeds, allowedMentions } = settings;
  const reference = interaction.customId.slice(READ_PASSAGE_PREFIX.length);
  const reply = await readPassageReply(engine, reference, locale);
  await interaction.reply({ ...renderDiscordReply(reply, { embeds }), allowedMentions, flags: MessageFlags.Ephemeral });
}
