// Discord autocomplete for options that name documents (`/sources` filter: titles and territories;
// `/source` file): suggestions from the documents indexed now, filtered by what is typed so far.
import type { AutocompleteInteraction } from 'discord.js';
import { allCommands } from '../../../commands/allCommands.ts';
import { documentSuggestions } from '../../../commands/documentSuggestions.ts';
import type { RelaisEngine } from '../../engine/index.ts';
import { commandForInteraction } from './discordCommands.ts';

export async function answerAutocomplete(interaction: AutocompleteInteraction, engine: RelaisEngine): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const option = commandForInteraction(interaction.commandName, allCommands)?.options.find((o) => o.name === focused.name);
  const suggestions = option ? documentSuggestions(option, engine.documents(), String(focused.value ?? '')) : [];
  await interaction.respond(suggestions);
}
