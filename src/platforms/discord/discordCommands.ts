// The Discord shape of the shared commands: application command JSON built from commands/ (never a
// second definition), plus the small lookups the adapter needs (command by Discord name, option
// values out of an interaction). English is the default text, French comes as localizations.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { allCommands } from '../../../commands/allCommands.ts';
import { type CommandDefinition, type CommandOption, needsAdmin } from '../../../commands/command.ts';

/** Discord's limits on command text. */
const MAX_NAME = 32;
const MAX_DESCRIPTION = 100;
const NAME_PATTERN = /^[-_'\p{L}\p{N}]{1,32}$/u;

function checkName(name: string, where: string): string {
  if (!NAME_PATTERN.test(name) || name !== name.toLowerCase() || name.length > MAX_NAME) {
    throw new Error(`Discord command ${where}: "${name}" is not a valid name (lowercase, no spaces, at most ${MAX_NAME} characters)`);
  }
  return name;
}

function checkDescription(text: string, where: string): string {
  if (text.length < 1 || text.length > MAX_DESCRIPTION) {
    throw new Error(`Discord command ${where}: the description must be 1 to ${MAX_DESCRIPTION} characters (it has ${text.length})`);
  }
  return text;
}

function toDiscordOption(command: CommandDefinition, option: CommandOption): APIApplicationCommandBasicOption {
  const where = `${command.name}.${option.name}`;
  const common = {
    name: checkName(option.name, where),
    description: checkDescription(option.description.en, where),
    description_localizations: { fr: checkDescription(option.description.fr, `${where} (fr)`) },
    required: option.required,
  };
  if (option.type === 'attachment') return { ...common, type: ApplicationCommandOptionType.Attachment };
  if (option.type === 'integer') {
    return {
      ...common,
      type: ApplicationCommandOptionType.Integer,
      ...(option.minValue !== undefined ? { min_value: option.minValue } : {}),
    };
  }
  return {
    ...common,
    type: ApplicationCommandOptionType.String,
    ...(option.maxLength !== undefined ? { max_length: Math.min(option.maxLength, 6000) } : {}),
    ...(option.autocomplete ? { autocomplete: true } : {}),
  };
}

/** One shared command as a Discord chat-input command. */
export function toDiscordCommand(command: CommandDefinition): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const frName = command.localizedNames?.fr;
  // Discord wants required options first.
  const options = [...command.options].sort((a, b) => Number(b.required) - Number(a.required));
  return {
    type: ApplicationCommandType.ChatInput,
    name: checkName(command.name, command.name),
    ...(frName ? { name_localizations: { fr: checkName(frName, `${command.name} (fr)`) } } : {}),
    description: checkDescription(command.description.en, command.name),
    description_localizations: { fr: checkDescription(command.description.fr, `${command.name} (fr)`) },
    ...(options.length > 0 ? { options: options.map((o) => toDiscordOption(command, o)) } : {}),
    // Admin-only commands are hidden from members without Manage Server (server admins can widen it
    // in Server Settings › Integrations); the handler checks again, since that setting is editable.
    default_member_permissions: needsAdmin(command) ? PermissionFlagsBits.ManageGuild.toString() : null,
    // Admin commands only make sense in a server (no permissions in DMs); the others work in the bot's DMs too.
    contexts: needsAdmin(command) ? [InteractionContextType.Guild] : [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    nsfw: false,
  };
}

/** Every shared command, as the body of a bulk overwrite (PUT .../commands). */
export function buildDiscordCommands(
  commands: readonly CommandDefinition[] = allCommands,
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map(toDiscordCommand);
}

/** The shared command a Discord interaction names (Discord always sends the default name). */
export function commandForInteraction(name: string, commands: readonly CommandDefinition[] = allCommands): CommandDefinition | undefined {
  return commands.find((c) => c.name === name);
}
