// What the fake Discord knows, whichever side asks (the gateway delivering events, the REST routes
// answering): the bot, the application, the guild with its channels, roles and members, two users,
// DM channels, the messages seen, the commands registered and the interactions under way.
import type {
  APIChatInputApplicationCommandInteraction,
  APIDMChannel,
  APIGuildMember,
  APIMessage,
  APITextChannel,
  APIUser,
} from 'discord.js';
import {
  ADMIN_PERMISSIONS,
  EVERYONE_PERMISSIONS,
  Perm,
  makeApplication,
  makeDMChannel,
  makeMember,
  makeRole,
  makeTextChannel,
  makeUser,
  parseUserMentionIds,
  snowflake,
  type GuildFixture,
} from './payloads.ts';
import type { DiscordFixtures, FakeDiscordOptions, InteractionState, RegisteredCommands } from './types.ts';

// The fixtures' fields are DiscordFixtures', set once in the constructor.
export interface DiscordState extends DiscordFixtures {}

export class DiscordState {
  readonly registeredCommands: RegisteredCommands = { global: [], guilds: {} };
  /** Messages created/edited by the bot, latest state. */
  readonly botMessages: APIMessage[] = [];
  readonly interactions = new Map<string, InteractionState>();
  readonly knownMessages = new Map<string, APIMessage>();
  readonly knownUsers = new Map<string, APIUser>();
  private readonly dmChannels = new Map<string, APIDMChannel>();

  constructor(options: FakeDiscordOptions) {
    const token = options.token ?? 'fake-bot-token';
    const applicationId = snowflake(Date.now() - 400 * 86_400_000);
    const bot = makeUser({ id: applicationId, username: options.botUsername ?? 'relais', bot: true });
    const application = makeApplication({ id: applicationId, bot, name: 'Relais' });
    const alice = makeUser({ username: 'alice' });
    const bob = makeUser({ username: 'bob' });
    for (const u of [bot, alice, bob]) this.knownUsers.set(u.id, u);

    const guildId = snowflake(Date.now() - 300 * 86_400_000);
    const joinedAt = new Date(Date.now() - 100 * 86_400_000).toISOString();
    const roles = {
      everyone: makeRole({ id: guildId, name: '@everyone', permissions: EVERYONE_PERMISSIONS, position: 0 }),
      admin: makeRole({ id: snowflake(), name: 'admin', permissions: ADMIN_PERMISSIONS, position: 2 }),
      bot: makeRole({
        id: snowflake(),
        name: options.botUsername ?? 'relais',
        permissions: EVERYONE_PERMISSIONS | Perm.ManageMessages,
        position: 1,
        managed: true,
      }),
    };
    const channels: APITextChannel[] = [
      makeTextChannel({ id: snowflake(), guildId, name: 'general', position: 0 }),
      makeTextChannel({ id: snowflake(), guildId, name: 'numerique', position: 1 }),
    ];
    const guild: GuildFixture = {
      id: guildId,
      name: options.guildName ?? 'Relais Test Guild',
      ownerId: alice.id,
      joinedAt,
      channels,
      roles,
      members: [makeMember(bot, [roles.bot.id], joinedAt), makeMember(alice, [roles.admin.id], joinedAt), makeMember(bob, [], joinedAt)],
    };
    Object.assign(this, { token, applicationId, bot, application, users: { alice, bob }, guild, guildId, channelId: channels[0]!.id });
  }

  /** The (stable) DM channel between the bot and `user`, as POST /users/@me/channels returns it. */
  dmChannelFor(user: APIUser): APIDMChannel {
    let channel = this.dmChannels.get(user.id);
    if (!channel) {
      channel = makeDMChannel(snowflake(), user);
      this.dmChannels.set(user.id, channel);
    }
    return channel;
  }

  memberOf(userId: string, guildId = this.guildId): APIGuildMember | undefined {
    if (guildId !== this.guildId) return undefined;
    return this.guild.members.find((m) => m.user.id === userId);
  }

  findChannel(id: string): APITextChannel | APIDMChannel | undefined {
    return this.guild.channels.find((c) => c.id === id) ?? [...this.dmChannels.values()].find((c) => c.id === id);
  }

  /** Users pinged by `content` given `allowed_mentions` (Discord lists only allowed mentions in `mentions`). */
  allowedMentionUsers(content: string, allowed: any, guildId: string | undefined): APIUser[] {
    let ids = parseUserMentionIds(content);
    if (allowed && typeof allowed === 'object') {
      const parse: string[] = Array.isArray(allowed.parse) ? allowed.parse : [];
      const users: string[] = Array.isArray(allowed.users) ? allowed.users : [];
      ids = ids.filter((id) => parse.includes('users') || users.includes(id));
    }
    return ids.flatMap((id) => {
      const user = this.knownUsers.get(id);
      if (!user) return [];
      const member = guildId ? this.memberOf(id, guildId) : undefined;
      return [member ? ({ ...user, member: partialMember(member) } as APIUser) : user];
    });
  }

  trackInteraction(payload: APIChatInputApplicationCommandInteraction): void {
    if (!payload?.id || this.interactions.has(payload.id)) return;
    this.interactions.set(payload.id, { payload, acknowledged: false, originalDeleted: false, followups: [] });
  }
}

export function partialMember(member: APIGuildMember): Omit<APIGuildMember, 'user'> {
  const { user: _user, ...rest } = member;
  return rest;
}
