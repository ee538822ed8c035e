/**
 * Realistic Discord API v10 payload builders for the fake Discord (see ../fakeDiscord.ts).
 * Pure functions: no I/O. Shapes follow discord-api-types (re-exported by discord.js), which is
 * what discord.js 14 parses.
 */
import { randomBytes } from 'node:crypto';
import {
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildHubType,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  MessageType,
} from 'discord.js';
import type {
  APIApplication,
  APIDMChannel,
  APIEmbed,
  APIGuildMember,
  APIMessage,
  APIRole,
  APITextChannel,
  APIUser,
  GatewayGuildCreateDispatchData,
  GuildMemberFlags,
  RoleFlags,
  UserFlags,
} from 'discord.js';

// ---------------------------------------------------------------------------------------------
// Snowflakes and tokens
// ---------------------------------------------------------------------------------------------

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A real-looking snowflake (timestamp-based, unique within the process). */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** A long opaque token like the ones Discord gives interactions. */
export function interactionToken(): string {
  return `aW50ZXJhY3Rpb246${randomBytes(48).toString('base64url')}`;
}

// ---------------------------------------------------------------------------------------------
// Permissions (bit values from the Discord docs; kept as bigint, serialised as decimal strings)
// ---------------------------------------------------------------------------------------------

export const Perm = {
  CreateInstantInvite: 1n << 0n,
  KickMembers: 1n << 1n,
  BanMembers: 1n << 2n,
  Administrator: 1n << 3n,
  ManageChannels: 1n << 4n,
  ManageGuild: 1n << 5n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  UseExternalEmojis: 1n << 18n,
  ChangeNickname: 1n << 26n,
  ManageRoles: 1n << 28n,
  UseApplicationCommands: 1n << 31n,
  SendMessagesInThreads: 1n << 38n,
} as const;

/** Every permission bit up to 1 << 50: what Discord computes for an Administrator. */
export const ALL_PERMISSIONS = (1n << 51n) - 1n;

export const EVERYONE_PERMISSIONS =
  Perm.CreateInstantInvite |
  Perm.AddReactions |
  Perm.ViewChannel |
  Perm.SendMessages |
  Perm.EmbedLinks |
  Perm.AttachFiles |
  Perm.ReadMessageHistory |
  Perm.UseExternalEmojis |
  Perm.ChangeNickname |
  Perm.UseApplicationCommands |
  Perm.SendMessagesInThreads;

export const ADMIN_PERMISSIONS = Perm.Administrator;

export function computePermissions(roles: readonly APIRole[], roleIds: readonly string[], everyoneId: string): string {
  let bits = 0n;
  for (const role of roles) {
    if (role.id === everyoneId || roleIds.includes(role.id)) bits |= BigInt(role.permissions);
  }
  if (bits & Perm.Administrator) bits = ALL_PERMISSIONS;
  return bits.toString();
}

// ---------------------------------------------------------------------------------------------
// Entities
// ---------------------------------------------------------------------------------------------

export function makeUser(init: Partial<APIUser> & { username: string }): APIUser {
  return {
    id: init.id ?? snowflake(),
    username: init.username,
    discriminator: init.discriminator ?? '0',
    global_name: init.global_name ?? (init.bot ? null : init.username[0]!.toUpperCase() + init.username.slice(1)),
    avatar: init.avatar ?? null,
    public_flags: init.public_flags ?? (0 as UserFlags),
    flags: init.flags ?? (0 as UserFlags),
    ...(init.bot ? { bot: true } : {}),
    ...(init.system ? { system: true } : {}),
  };
}

export function makeRole(init: { id: string; name: string; permissions: bigint; position: number; managed?: boolean }): APIRole {
  return {
    id: init.id,
    name: init.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: init.position,
    permissions: init.permissions.toString(),
    managed: init.managed ?? false,
    mentionable: false,
    flags: 0 as RoleFlags,
  };
}

/** A guild member; `withUser: false` gives the partial member Discord embeds in MESSAGE_CREATE. */
export function makeMember(user: APIUser, roles: readonly string[], joinedAt: string): APIGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles: [...roles],
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
}

export function makeTextChannel(init: { id: string; guildId: string; name: string; position: number }): APITextChannel {
  return {
    id: init.id,
    type: ChannelType.GuildText,
    guild_id: init.guildId,
    name: init.name,
    position: init.position,
    permission_overwrites: [],
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  } as unknown as APITextChannel;
}

/** A public thread under a text channel, as THREAD_CREATE and GET /channels/:id give it. */
export function makeThreadChannel(init: { id: string; guildId: string; parentId: string; ownerId: string; name: string }): APITextChannel {
  return {
    id: init.id,
    type: ChannelType.PublicThread,
    guild_id: init.guildId,
    parent_id: init.parentId,
    owner_id: init.ownerId,
    name: init.name,
    last_message_id: null,
    rate_limit_per_user: 0,
    message_count: 0,
    member_count: 1,
    thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
    flags: 0,
  } as unknown as APITextChannel;
}

export function makeDMChannel(id: string, recipient: APIUser): APIDMChannel {
  return { id, type: ChannelType.DM, recipients: [recipient], last_message_id: null, flags: 0, name: null } as unknown as APIDMChannel;
}

export function makeApplication(init: { id: string; bot: APIUser; name: string }): APIApplication {
  return {
    id: init.id,
    name: init.name,
    icon: null,
    description: '',
    bot_public: false,
    bot_require_code_grant: false,
    bot: init.bot,
    summary: '',
    verify_key: randomBytes(32).toString('hex'),
    team: null,
    flags: 1 << 23, // APPLICATION_COMMAND_BADGE (no privileged intents enabled)
    flags_new: String(1 << 23),
    approximate_guild_count: 1,
    owner: makeUser({ username: 'owner' }),
    redirect_uris: [],
    interactions_endpoint_url: null,
    event_webhooks_status: 1,
    integration_types_config: { '0': {} },
  } as unknown as APIApplication;
}

// ---------------------------------------------------------------------------------------------
// Guild fixture
// ---------------------------------------------------------------------------------------------

export interface GuildFixture {
  id: string;
  name: string;
  ownerId: string;
  joinedAt: string;
  /** The guild's text channels; the first one is the default `channelId`. */
  channels: APITextChannel[];
  roles: { everyone: APIRole; admin: APIRole; bot: APIRole };
  /** Full members, including the bot's own member. */
  members: APIGuildMember[];
}

export function guildCreatePayload(
  guild: GuildFixture,
  opts: { includeAllMembers: boolean; botUserId: string },
): GatewayGuildCreateDispatchData {
  const members = opts.includeAllMembers ? guild.members : guild.members.filter((m) => m.user.id === opts.botUserId);
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    verification_level: GuildVerificationLevel.Low,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.AllMembers,
    roles: [guild.roles.everyone, guild.roles.admin, guild.roles.bot],
    emojis: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: guild.channels[0]?.id ?? null,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotificationReplies,
    rules_channel_id: null,
    max_presences: null,
    max_members: 25_000_000,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    preferred_locale: Locale.French,
    public_updates_channel_id: null,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    nsfw_level: GuildNSFWLevel.Default,
    stickers: [],
    premium_progress_bar_enabled: false,
    hub_type: GuildHubType.Default,
    safety_alerts_channel_id: null,
    incidents_data: null,
    nsfw: false,
    // GUILD_CREATE-only fields
    joined_at: guild.joinedAt,
    large: false,
    unavailable: false,
    member_count: guild.members.length,
    voice_states: [],
    members,
    channels: guild.channels,
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    lazy: true,
    application_command_counts: {},
    embedded_activities: [],
    version: Date.now(),
  } as GatewayGuildCreateDispatchData;
}

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

/** `<@id>` / `<@!id>` user mentions in a message's content, in order, de-duplicated. */
export function parseUserMentionIds(content: string): string[] {
  const ids: string[] = [];
  for (const match of content.matchAll(/<@!?(\d{5,20})>/g)) {
    if (!ids.includes(match[1]!)) ids.push(match[1]!);
  }
  return ids;
}

export function baseMessage(init: {
  id?: string;
  channelId: string;
  author: APIUser;
  content: string;
  embeds?: APIEmbed[];
  type?: MessageType;
  flags?: number;
}): APIMessage {
  return {
    id: init.id ?? snowflake(),
    channel_id: init.channelId,
    author: init.author,
    content: init.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: init.embeds ?? [],
    pinned: false,
    type: init.type ?? MessageType.Default,
    flags: init.flags ?? 0,
    components: [],
  };
}
