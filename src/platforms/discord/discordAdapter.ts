// The Discord front end: slash commands and mentions in, shared commands run, embeds out. It only
// translates: what a command does lives in commands/, what it knows in the engine.
import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Partials,
  PermissionFlagsBits,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type ClientOptions,
  type GuildMember,
  type APIInteractionGuildMember,
  type Interaction,
  type Message,
} from 'discord.js';
import { allCommands } from '../../../commands/allCommands.ts';
import type { CommandContext, CommandDefinition, CommandOption, Invoker, QuestionGate } from '../../../commands/command.ts';
import type { CorpusFiles } from '../../../commands/corpusFiles.ts';
import { helpCommand } from '../../../commands/help.ts';
import { parseCommandText } from '../../../commands/parseCommandText.ts';
import { errorReply, type Reply } from '../../../commands/reply.ts';
import { canRun, runCommand } from '../../../commands/runCommand.ts';
import type { DiscordConfig } from '../../config.ts';
import { Conversations } from '../../conversation/conversations.ts';
import { detectLocale, newErrorRef, type Locale, type Logger, type RelaisEngine } from '../../engine/index.ts';
import { messagesFor } from '../../messages/catalogue.ts';
import { answerButtonClick, isAnswerButton } from './answerButtonClick.ts';
import { attachmentFiles } from './attachmentFiles.ts';
import { answerConfirmButton, isConfirmButton } from './confirmButton.ts';
import { commandForInteraction } from './discordCommands.ts';
import { discordLocale } from './discordLocale.ts';
import { continuedConversation, conversationKeyFor, postedMessageAlias } from './mentionConversation.ts';
import { NO_MENTIONS } from './noMentions.ts';
import { deliverPrivately } from './privateDelivery.ts';
import { answerAutocomplete } from './documentAutocomplete.ts';
import { answerReadPassage, isReadPassageButton } from './readPassageButton.ts';
import { discordStartFailure } from './discordStartFailure.ts';
import { renderDiscordReply } from './renderDiscordReply.ts';

export { discordLocale, NO_MENTIONS };

export interface DiscordAdapterOptions {
  config: DiscordConfig;
  engine: RelaisEngine;
  logger: Logger;
  /** Extra client options, merged last except for intents and allowedMentions (tests: ws identify throttler, rest retries). */
  clientOptions?: Partial<ClientOptions>;
  /** Rate limits, in-flight cap, metrics and stats shared with the other platforms (src/operations). */
  questions?: QuestionGate;
  /** Conversation memory, answers' buttons and votes; default: in memory, /ask answers private. */
  conversations?: Conversations;
  /** The corpus folder, for /add, /remove and /restore (src/documents). */
  corpusFiles?: CorpusFiles;
}

/**
 * The intents Relais needs: no privileged one (Discord gives the content of mentions, DMs and replies to
 * Relais's messages without Message Content).
 */
export const DISCORD_INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];

/**
 * The asker's language, read once: the language of the sentence they typed when the command takes one
 * (the engine reads the question in it), else their Discord client's.
 */
function askerLocale(
  options: readonly CommandOption[],
  values: Record<string, string | number | undefined>,
  clientLocale: string | null,
): Locale {
  const sentence = options.find((o) => o.prose && typeof values[o.name] === 'string');
  const typed = sentence ? String(values[sentence.name]) : '';
  return typed.trim() ? detectLocale(typed) : discordLocale(clientLocale);
}

export class DiscordAdapter {
  private stopping = false;
  /** Whether the gateway connection is up (followed from the client's shard events). */
  private connected = false;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly conversations: Conversations;

  private constructor(
    readonly client: Client,
    private readonly options: DiscordAdapterOptions,
  ) {
    this.conversations = options.conversations ?? new Conversations();
  }

  /** Logs in and resolves once the client is ready (guilds received). */
  static async start(options: DiscordAdapterOptions): Promise<DiscordAdapter> {
    const { config, clientOptions = {} } = options;
    const client = new Client({
      partials: [Partials.Channel], // DM channels are not cached: without this, DMs are dropped
      failIfNotExists: false, // the asker deleted their message: answer anyway, without the reply link
      ...clientOptions,
      rest: { ...(config.apiUrl ? { api: config.apiUrl } : {}), ...clientOptions.rest },
      intents: DISCORD_INTENTS,
      allowedMentions: NO_MENTIONS,
    });
    const adapter = new DiscordAdapter(client, options);
    adapter.listen();
    const ready = new Promise<void>((resolve, reject) => {
      client.once(Events.ClientReady, () => resolve());
      client.once(Events.Error, reject);
    });
    try {
      await client.login(config.token);
      await ready;
    } catch (error) {
      await client.destroy();
      throw discordStartFailure(error, config.apiUrl) ?? error;
    }
    adapter.connected = true;
    options.logger.info(
      { user: client.user?.tag, guilds: client.guilds.cache.size, shards: client.options.shards },
      'discord adapter ready',
    );
    return adapter;
  }

  /** For /healthz: logged in and the gateway connection up (false while it reconnects, and once stopping). */
  isConnected(): boolean {
    return this.connected && !this.stopping;
  }

  /** Lets running commands finish (up to `graceMs`), then closes the gateway connection. */
  async stop(graceMs = 5_000): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    if (this.inFlight.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...this.inFlight]), new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
      clearTimeout(timer);
    }
    await this.client.destroy();
  }

  private get log(): Logger {
    return this.options.logger;
  }

  private listen(): void {
    const { client } = this;
    client.on(Events.InteractionCreate, (interaction) => this.track(() => this.onInteraction(interaction)));
    client.on(Events.MessageCreate, (message) => this.track(() => this.onMessage(message)));
    client.on(Events.Error, (error) => this.log.error({ error: error.stack ?? String(error) }, 'discord client error'));
    client.on(Events.ShardDisconnect, (event, shardId) => {
      this.connected = false;
      this.log.warn({ shardId, code: event.code }, 'discord gateway disconnected');
    });
    client.on(Events.ShardReconnecting, (shardId) => {
      // discord.js retries every second or so during an outage: one line when it starts, not one per try.
      if (this.connected) this.log.warn({ shardId }, 'discord gateway connection lost; reconnecting');
      this.connected = false;
    });
    client.on(Events.ShardResume, (shardId, replayed) => {
      this.connected = true;
      this.log.info({ shardId, replayed }, 'discord gateway resumed');
    });
    client.on(Events.ShardReady, () => {
      this.connected = true;
    });
  }

  private track(work: () => Promise<void>): void {
    if (this.stopping) return;
    // Never a rejection out of an event handler: whatever fails is logged with a reference.
    const running = Promise.resolve()
      .then(work)
      .catch((error: unknown) => {
        this.log.error({ errorId: newErrorRef(), error: error instanceof Error ? error.stack : String(error) }, 'discord handler failed');
      });
    this.inFlight.add(running);
    void running.finally(() => this.inFlight.delete(running));
  }

  private context(progress: (reply: Reply) => Promise<void>): CommandContext {
    const { engine, questions, corpusFiles } = this.options;
    return {
      engine,
      logger: this.log,
      commands: allCommands,
      progress,
      ...(questions ? { questions } : {}),
      ...(corpusFiles ? { corpusFiles } : {}),
    };
  }

  /** Manage Server (Administrator implies it), or one of the configured admin roles. */
  private isAdmin(
    member: GuildMember | APIInteractionGuildMember | null,
    permissions: Readonly<{ has(p: bigint): boolean }> | null,
  ): boolean {
    if (permissions?.has(PermissionFlagsBits.ManageGuild)) return true;
    const adminRoles = this.options.config.adminRoleIds;
    if (!member || adminRoles.length === 0) return false;
    const roles = Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
    return roles.some((id) => adminRoles.includes(id));
  }

  // ------------------------------------------------------------------ slash commands

  private async onInteraction(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) return answerAutocomplete(interaction, this.options.engine);
    if (interaction.isButton()) return this.onButton(interaction);
    if (!interaction.isChatInputCommand()) return;
    const command = commandForInteraction(interaction.commandName);
    const embeds = interaction.appPermissions?.has(PermissionFlagsBits.EmbedLinks) ?? true;
    let locale = discordLocale(interaction.locale);
    const respond = interactionResponder(interaction, embeds, () => locale);
    if (!command) {
      await respond(errorReply(messagesFor(discordLocale(interaction.locale)).discord.unknownCommand));
      return;
    }
    const invoker: Invoker = {
      platform: 'discord',
      userId: interaction.user.id,
      isAdmin: interaction.inGuild() && this.isAdmin(interaction.member, interaction.memberPermissions),
    };
    // A question's answer is private by default (ANSWER_VISIBILITY): so is its "thinking…".
    const { visibility } = this.conversations;
    const privately = visibility === 'private' && command.options.some((o) => o.prose);
    // Acknowledge first whenever the command may take a moment; a refusal or help is immediate.
    if (canRun(command, invoker) && (command.slow || command.options.length > 0)) {
      await interaction.deferReply(privately ? { flags: MessageFlags.Ephemeral } : {});
    }
    const options: Record<string, string | number | undefined> = {};
    for (const o of command.options) {
      const value = interaction.options.get(o.name)?.value;
      options[o.name] = typeof value === 'string' || typeof value === 'number' ? value : undefined;
    }
    locale = askerLocale(command.options, options, interaction.locale);
    const files = attachmentFiles(command, interaction);
    const started = performance.now();
    try {
      const context = { ...this.context(respond), conversation: this.conversations.scope(undefined) };
      const reply = await runCommand(command, { options, locale, invoker, visibility, ...(files.length > 0 ? { files } : {}) }, context);
      await respond(reply);
    } catch (error) {
      // Discord refused what we sent (runCommand itself never throws): tell the user if still possible.
      const ref = newErrorRef();
      this.log.error(
        { errorId: ref, command: command.name, error: error instanceof Error ? error.stack : String(error) },
        'discord reply failed',
      );
      await respond(errorReply(messagesFor(locale).somethingWentWrong(ref))).catch(() => undefined);
    }
    this.log.debug(
      { command: command.name, user: invoker.userId, ms: Math.round(performance.now() - started) },
      'discord command answered',
    );
  }

  /** The one route for a reply's buttons, by kind: read-passage, feedback and share, confirm (commands/replyActions.ts). */
  private async onButton(interaction: ButtonInteraction): Promise<void> {
    const embeds = interaction.appPermissions?.has(PermissionFlagsBits.EmbedLinks) ?? true;
    const locale = discordLocale(interaction.locale);
    if (isReadPassageButton(interaction)) {
      return answerReadPassage(interaction, { engine: this.options.engine, locale, embeds, allowedMentions: NO_MENTIONS });
    }
    if (!isAnswerButton(interaction) && !isConfirmButton(interaction)) return;
    const invoker: Invoker = {
      platform: 'discord',
      userId: interaction.user.id,
      isAdmin: interaction.inGuild() && this.isAdmin(interaction.member, interaction.memberPermissions),
    };
    if (isAnswerButton(interaction)) return answerButtonClick(interaction, this.conversations, invoker, embeds);
    await answerConfirmButton(interaction, {
      invoker,
      locale,
      embeds,
      noMentions: NO_MENTIONS,
      context: (progress) => this.context(progress),
    });
  }

  // ------------------------------------------------------------------ mentions, follow-ups and DMs

  /** A mention, a DM, or a reply to Relais's message in a conversation it remembers. */
  private addressed(message: Message, me: NonNullable<Client['user']>): boolean {
    if (!message.inGuild() || message.mentions.has(me, { ignoreEveryone: true, ignoreRoles: true, ignoreRepliedUser: true })) return true;
    return message.content.trim() !== '' && continuedConversation(message, this.conversations.memory) !== undefined;
  }

  private async onMessage(message: Message): Promise<void> {
    const me = this.client.user;
    if (!me || message.author.bot || message.system || !this.addressed(message, me)) return;
    const inGuild = message.inGuild();
    const key = conversationKeyFor(message, this.conversations.memory);
    const text = message.content.replace(new RegExp(`<@!?${me.id}>`, 'g'), ' ').trim();
    const parsed = text ? parseCommandText(text) : { command: helpCommand as CommandDefinition, options: {} };
    // The asker's language, read once from what they typed.
    const locale = detectLocale(text);
    const invoker: Invoker = {
      platform: 'discord',
      userId: message.author.id,
      isAdmin: inGuild && this.isAdmin(message.member, message.member?.permissions ?? null),
    };
    const embeds = !inGuild || embedsAllowed(message);
    const send = async (reply: Reply): Promise<void> => {
      const payload = { ...renderDiscordReply(reply, { embeds, locale }), allowedMentions: NO_MENTIONS };
      // Meant for the asker alone (a refusal, an error, help): not for the channel.
      if (reply.ephemeral && inGuild) return deliverPrivately(message, payload, this.log);
      const sent = await message.reply(payload);
      this.conversations.memory.link(postedMessageAlias(sent.id), key);
    };
    await showTyping(message);
    try {
      const context = { ...this.context(send), conversation: this.conversations.scope(key) };
      await send(await runCommand(parsed.command, { options: parsed.options, locale, invoker }, context));
    } catch (error) {
      const ref = newErrorRef();
      this.log.error(
        { errorId: ref, command: parsed.command.name, error: error instanceof Error ? error.stack : String(error) },
        'discord reply failed',
      );
      await send(errorReply(messagesFor(locale).somethingWentWrong(ref))).catch(() => undefined);
    }
  }
}

/** The waiting cue: Discord's typing indicator, for up to 10 s or until the answer lands. A cue only. */
async function showTyping(message: Message): Promise<void> {
  const channel = message.channel;
  if ('sendTyping' in channel) await channel.sendTyping().catch(() => undefined);
}

/** Whether the bot may embed links in the guild channel of this message (true when it cannot tell). */
function embedsAllowed(message: Message<true>): boolean {
  const self = message.guild.members.me;
  return self ? (message.channel.permissionsFor(self)?.has(PermissionFlagsBits.EmbedLinks) ?? true) : true;
}

/**
 * Sends replies to one interaction in order: the first answers it (reply, or edit of the deferred
 * reply), later ones follow up. An ephemeral reply after a public defer replaces the "thinking…"
 * message by an ephemeral follow-up, so errors and refusals stay private.
 */
function interactionResponder(
  interaction: ChatInputCommandInteraction,
  embeds: boolean,
  locale: () => Locale,
): (reply: Reply) => Promise<void> {
  let answered = false;
  return async (reply) => {
    const payload = { ...renderDiscordReply(reply, { embeds, locale: locale() }), allowedMentions: NO_MENTIONS };
    const flags = reply.ephemeral ? MessageFlags.Ephemeral : undefined;
    if (!interaction.deferred && !interaction.replied) {
      await interaction.reply({ ...payload, ...(flags ? { flags } : {}) });
    } else if (interaction.deferred && !answered) {
      if (reply.ephemeral && !interaction.ephemeral) {
        await interaction.deleteReply();
        await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
      } else {
        await interaction.editReply(payload);
      }
    } else {
      await interaction.followUp({ ...payload, ...(flags ? { flags } : {}) });
    }
    answered = true;
  };
}
