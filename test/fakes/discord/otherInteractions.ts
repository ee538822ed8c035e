// Interactions other than a slash command, as tests describe them: a click on a message's button
// (MESSAGE_COMPONENT, carrying the message) and an option being typed (APPLICATION_COMMAND_AUTOCOMPLETE,
// carrying the options so far, the one being typed marked `focused`). FakeDiscord builds the common
// part (user, member, channel, permissions) and adds these.
import { ApplicationCommandOptionType, InteractionType, type APIMessage } from 'discord.js';
import type { InteractionCreateOptions } from './types.ts';

export interface ButtonClickOptions extends Omit<InteractionCreateOptions, 'commandName' | 'options'> {
  customId: string;
  /** The message the button is on (as the bot posted it). */
  message: APIMessage;
}

export interface AutocompleteOptions extends Omit<InteractionCreateOptions, 'options'> {
  /** The option being typed. */
  focused: string;
  value: string;
  /** Other string options already filled in. */
  others?: Record<string, string>;
}

export function autocompleteInteraction(
  data: object,
  focused: string,
  value: string,
  others: Record<string, string> = {},
): Record<string, unknown> {
  const string = ApplicationCommandOptionType.String;
  return {
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      ...data,
      options: [
        ...Object.entries(others).map(([name, v]) => ({ name, type: string, value: v })),
        { name: focused, type: string, value, focused: true },
      ],
    },
  };
}
