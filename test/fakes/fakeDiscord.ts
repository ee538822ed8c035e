/**
 * FakeDiscord: a fake Discord (REST API v10 + JSON gateway v10) on 127.0.0.1, so tests can run the
 * REAL discord.js Client offline. No mocks inside discord.js: it speaks HTTP and WebSocket to this.
 *
 * Typical adapter test:
 *
 *   const fake = await FakeDiscord.start();                    // random port; { heartbeatIntervalMs } etc.
 *   const client = new Client({
 *     intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
 *     partials: [Partials.Channel],                             // needed to receive DMs
 *     rest: fake.restOptions,                                   // { api: fake.apiUrl, retries: 0 }
 *   });
 *   await client.login(fake.token);                             // GET /gateway/bot, then IDENTIFY → READY → GUILD_CREATE
 *   fake.interactionCreate({ commandName: 'ask', options: { question: 'Bonjour ?' } });
 *   const patch = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original'));
 *   expect(patch.body).toMatchObject({ allowed_mentions: { parse: [] } });
 *   fake.messageCreate({ content: `<@${fake.bot.id}> question`, author: fake.users.bob });
 *   fake.messageCreate({ content: 'en DM', author: fake.users.bob, dm: true });
 *   await client.destroy(); await fake.stop();
 *
 * Fixtures (all public, readonly): `bot` (the bot's APIUser), `applicationId`, `guild` (id, name,
 * channels, roles {everyone, admin, bot}, members), `guildId`, `channelId` (a text channel),
 * `users.alice` (has the "admin" role, i.e. Administrator) and `users.bob` (plain member),
 * `dmChannelFor(user)` (stable DM channel per user).
 *
 * REST (under /api/v10): every request is recorded in `requests` ({ method, path (decoded, without
 * /api/v10, so `@original` not `%40original`), query, body (JSON, or payload_json of a multipart
 * request), files, headers, at, status, response }). Served: GET /gateway, /gateway/bot, /users/@me,
 * /users/:id, /applications/@me; POST /interactions/:id/:token/callback (204, or 200 +
 * interaction callback response with ?with_response=true; 404 code 10062 for unknown interactions,
 * 400 code 40060 when already acknowledged); GET/PATCH/DELETE /webhooks/:app/:token/messages/:id
 * (`@original` included); POST /webhooks/:app/:token (follow-ups); POST /channels/:id/messages
 * (validated like Discord: 50006 empty message, 50035 content > 2000 / embed limits);
 * POST /channels/:id/typing; GET /channels/:id; POST /users/@me/channels (DM);
 * GET/PUT /applications/:app/commands and /applications/:app/guilds/:guild/commands (stored in
 * `registeredCommands`). Anything else: 404 `{ code: 0 }`. Override any route with
 * `respondWith(predicate, handler, { times })`; `FakeDiscord.rateLimited(seconds)` and
 * `FakeDiscord.serverError()` build the usual overrides. Messages the bot creates or edits (channel
 * messages, interaction responses, follow-ups) are kept, latest state, in `botMessages`.
 *
 * Gateway (ws://…/gateway, JSON): HELLO → IDENTIFY (recorded in `identifies`; privileged intents are
 * refused with close 4014 unless allowed by `privilegedIntents`) → READY (guild unavailable) →
 * GUILD_CREATE (only with the Guilds intent; members other than the bot only with GuildMembers).
 * Heartbeats are acked (turn off with `ackHeartbeats = false`), RESUME replays missed dispatches
 * then RESUMED. Drive the client with `dispatch(t, d)`, `interactionCreate(...)`,
 * `messageCreate(...)` (both filtered by the identified intents like Discord does, and message
 * content is blanked in guilds without MessageContent unless the bot is mentioned),
 * `closeGateway(code)`, `sendReconnect()`, `invalidateSession(resumable)`. Wait with
 * `waitForRequest`, `waitForIdentify(n)`, `waitForGatewayReady()`. Bot messages are echoed back as
 * MESSAGE_CREATE like on Discord (`echoBotMessages: false` to disable).
 *
 * discord.js quirks worth knowing (14.28.1): a re-IDENTIFY within 5 s of the previous one waits
 * 5–6.5 s (SimpleIdentifyThrottler); after a gateway close the shard waits 500 ms before
 * reconnecting; DMs are dropped unless `partials: [Partials.Channel]` (or the DM channel is cached).
 */
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { ApplicationCommandOptionType, ChannelType, InteractionType, MessageFlags, MessageType } from 'discord.js';
import type {
  APIApplication,
  APIApplicationCommand,
  APIApplicationCommandInteractionDataOption,
  APIChatInputApplicationCommandInteraction,
  APIDMChannel,
  APIEmbed,
  APIGuildMember,
  APIMessage,
  APITextChannel,
  APIUser,
  GatewayReadyDispatchData,
} from 'discord.js';
import {
  EVERYONE_PERMISSIONS,
  ADMIN_PERMISSIONS,
  Perm,
  baseMessage,
  computePermissions,
  guildCreatePayload,
  interactionToken,
  makeApplication,
  makeDMChannel,
  makeMember,
  makeRole,
  makeTextChannel,
  makeUser,
  parseUserMentionIds,
  snowflake,
  type GuildFixture,
} from './discord/payloads.ts';
import { validateCommands, validateMessageBody } from './discord/validate.ts';

export { snowflake } from './discord/payloads.ts';
export type { GuildFixture } from './discord/payloads.ts';

// Gateway intents (bit values from the Discord docs).
export const Intent = {
  Guilds: 1 << 0,
  GuildMembers: 1 << 1,
  GuildPresences: 1 << 8,
  GuildMessages: 1 << 9,
  DirectMessages: 1 << 12,
  MessageContent: 1 << 15,
} as const;
const PRIVILEGED_INTENTS = Intent.GuildMembers | Intent.GuildPresences | Intent.MessageContent;
/** Default bound of the waits. */
const WAIT_MS = 15_000;

export interface FakeDiscordOptions {
  /** The bot token. Default 'fake-bot-token'. REST calls and IDENTIFY with another token get 401 / close 4004. */
  token?: string;
  /** HELLO heartbeat_interval in ms. Default 45000 (discord.js sends its first heartbeat after interval × random). */
  heartbeatIntervalMs?: number;
  /** Privileged intents enabled "in the developer portal" (bit mask). Default 0: requesting one closes with 4014. */
  privilegedIntents?: number;
  /** Echo the bot's own channel messages as MESSAGE_CREATE, like Discord. Default true. */
  echoBotMessages?: boolean;
  botUsername?: string;
  guildName?: string;
  /** Log every REST request and gateway payload to stderr. */
  debug?: boolean;
  /** Port to listen on. Default 0 (random); a test restarts a stopped fake on its port to end a Discord outage. */
  port?: number;
}

export interface RecordedFile {
  field: string;
  name: string;
  contentType: string;
  size: number;
}

export interface RecordedRequest {
  method: string;
  /** Decoded path without the /api/v10 prefix, e.g. `/webhooks/1/tok/messages/@original`. */
  path: string;
  /** Raw request URL path as received (still percent-encoded). */
  rawPath: string;
  query: Record<string, string>;
  /** Parsed JSON body, or the parsed `payload_json` of a multipart body; undefined when there is none. */
  body: any;
  files: RecordedFile[];
  headers: IncomingHttpHeaders;
  at: number;
  /** Filled in once the fake has answered. */
  status?: number;
  response?: unknown;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  /** Serialised as JSON unless undefined (then no body). */
  body?: unknown;
}

export type RequestPredicate = (req: RecordedRequest) => boolean;
export type ResponseHandler = (req: RecordedRequest) => FakeResponse | Promise<FakeResponse>;

export interface IdentifyRecord {
  token: string;
  intents: number;
  properties: unknown;
  shard?: [number, number];
  compress?: boolean;
  presence?: unknown;
  largeThreshold?: number;
  connection: number;
  at: number;
}

export interface ResumeRecord {
  token: string;
  sessionId: string;
  seq: number;
  connection: number;
  at: number;
  /** Whether the fake accepted it (false: the client got op 9 INVALID_SESSION). */
  accepted: boolean;
}

export interface GatewayPayload {
  op: number;
  d?: any;
  s?: number | null;
  t?: string | null;
}

export interface InteractionState {
  payload: APIChatInputApplicationCommandInteraction;
  acknowledged: boolean;
  /** InteractionResponseType of the callback (4 reply, 5 deferred reply, ...). */
  responseType?: number;
  original?: APIMessage;
  originalDeleted: boolean;
  followups: APIMessage[];
}

export interface InteractionCreateOptions {
  commandName: string;
  /** Either raw options, or a record turned into string / integer / number / boolean options. */
  options?: APIApplicationCommandInteractionDataOption[] | Record<string, string | number | boolean>;
  /** The invoking user. Default `users.alice`. */
  user?: APIUser;
  /** Guild member overrides. Roles default to the fixture member's roles; permissions are computed from roles. */
  member?: { roles?: string[]; permissions?: string; nick?: string | null };
  guildId?: string;
  channelId?: string;
  /** Invoke in the bot's DM with the user instead of the guild. */
  dm?: boolean;
  locale?: string;
  commandId?: string;
}

export interface MessageCreateOptions {
  content: string;
  /** Default `users.alice`. */
  author?: APIUser;
  /** Mentioned users. Default: parsed from `<@id>` / `<@!id>` in content. */
  mentions?: APIUser[];
  guildId?: string;
  /** Default: the fixture text channel (guild) or the author's DM channel (dm). */
  channelId?: string;
  dm?: boolean;
  embeds?: APIEmbed[];
  /** Make it a reply to this message id (message_reference + referenced_message when known). */
  replyTo?: string;
}

export interface RegisteredCommands {
  global: APIApplicationCommand[];
  guilds: Record<string, APIApplicationCommand[]>;
}

interface Waiter {
  check: () => boolean;
  reject: (err: Error) => void;
}

interface Session {
  id: string;
  seq: number;
  token: string;
  intents: number;
  buffer: GatewayPayload[];
  conn?: Conn;
  invalid: boolean;
}

interface Conn {
  id: number;
  ws: WebSocket;
  session?: Session;
  /** READY or RESUMED was sent on this connection. */
  ready: boolean;
  closed: boolean;
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const json = (status: number, body: unknown, headers?: Record<string, string>): FakeResponse => ({ status, body, headers });
const discordError = (status: number, code: number, message: string): FakeResponse => json(status, { message, code });
const notFound = (): FakeResponse => discordError(404, 0, '404: Not Found');

/** Interaction response types (InteractionResponseType). */
const CallbackType = {
  Pong: 1,
  ChannelMessageWithSource: 4,
  DeferredChannelMessageWithSource: 5,
  DeferredMessageUpdate: 6,
  UpdateMessage: 7,
  ApplicationCommandAutocompleteResult: 8,
  Modal: 9,
  LaunchActivity: 12,
} as const;

export class FakeDiscord {
  // ------------------------------------------------------------------ fixtures
  readonly token: string;
  readonly bot: APIUser;
  readonly applicationId: string;
  readonly application: APIApplication;
  readonly users: { alice: APIUser; bob: APIUser };
  readonly guild: GuildFixture;
  readonly guildId: string;
  /** The guild's main text channel. */
  readonly channelId: string;

  // ------------------------------------------------------------------ recordings
  readonly requests: RecordedRequest[] = [];
  readonly identifies: IdentifyRecord[] = [];
  readonly resumes: ResumeRecord[] = [];
  /** Every payload the client sent on the gateway, in order (heartbeats included). */
  readonly gatewayReceived: (GatewayPayload & { connection: number; at: number })[] = [];
  /** Dispatches the fake did not deliver because the client lacks the intent (see messageCreate). */
  readonly suppressedDispatches: { t: string; d: unknown; missingIntent: number }[] = [];
  readonly registeredCommands: RegisteredCommands = { global: [], guilds: {} };
  /** Messages created/edited by the bot, latest state. */
  readonly botMessages: APIMessage[] = [];
  readonly interactions = new Map<string, InteractionState>();
  /** Gateway connections opened so far. */
  connectionCount = 0;
  heartbeatCount = 0;
  /** Set to false to stop acking heartbeats (discord.js then treats the connection as a zombie and resumes). */
  ackHeartbeats = true;

  /** `http://127.0.0.1:PORT/api`: pass as discord.js `rest.api` (it appends /v10). */
  apiUrl = '';
  /** `ws://127.0.0.1:PORT/gateway`: returned by GET /gateway/bot and as resume_gateway_url. */
  gatewayUrl = '';

  private readonly options: Required<Omit<FakeDiscordOptions, 'token' | 'botUsername' | 'guildName' | 'port'>>;
  private readonly port: number;
  private server: Server | undefined;
  private wss: WebSocketServer | undefined;
  private readonly conns = new Set<Conn>();
  private readonly sessions = new Map<string, Session>();
  private currentSession: Session | undefined;
  private overrides: { predicate: RequestPredicate; handler: ResponseHandler; remaining: number }[] = [];
  private waiters: Waiter[] = [];
  private readonly dmChannels = new Map<string, APIDMChannel>();
  private readonly knownMessages = new Map<string, APIMessage>();
  private readonly knownUsers = new Map<string, APIUser>();
  private stopped = false;
  private pollTimer: NodeJS.Timeout | undefined;

  private constructor(options: FakeDiscordOptions) {
    this.options = {
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 45_000,
      privilegedIntents: options.privilegedIntents ?? 0,
      echoBotMessages: options.echoBotMessages ?? true,
      debug: options.debug ?? false,
    };
    this.port = options.port ?? 0;
    this.token = options.token ?? 'fake-bot-token';
    this.applicationId = snowflake(Date.now() - 400 * 86_400_000);
    this.bot = makeUser({ id: this.applicationId, username: options.botUsername ?? 'relais', bot: true });
    this.application = makeApplication({ id: this.applicationId, bot: this.bot, name: 'Relais' });
    const alice = makeUser({ username: 'alice' });
    const bob = makeUser({ username: 'bob' });
    this.users = { alice, bob };
    for (const u of [this.bot, alice, bob]) this.knownUsers.set(u.id, u);

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
    this.guild = {
      id: guildId,
      name: options.guildName ?? 'Relais Test Guild',
      ownerId: alice.id,
      joinedAt,
      channels,
      roles,
      members: [
        makeMember(this.bot, [roles.bot.id], joinedAt),
        makeMember(alice, [roles.admin.id], joinedAt),
        makeMember(bob, [], joinedAt),
      ],
    };
    this.guildId = guildId;
    this.channelId = channels[0]!.id;
  }

  /** Starts the fake on 127.0.0.1 (options.port, default 0 = random). */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await fake.listen();
    return fake;
  }

  /** discord.js `rest` options pointing at this fake (for `new Client({ rest })` or `new REST(...)`). */
  get restOptions(): { api: string; retries: number } {
    return { api: this.apiUrl, retries: 0 };
  }

  // =================================================================== REST overrides & waiting

  /**
   * Answers requests matching `predicate` with `handler` instead of the built-in route, `times`
   * times (default: forever). Returns a function removing the override. Overrides added later win.
   */
  respondWith(predicate: RequestPredicate, handler: ResponseHandler | FakeResponse, opts: { times?: number } = {}): () => void {
    const entry = {
      predicate,
      handler: typeof handler === 'function' ? handler : () => handler,
      remaining: opts.times ?? Number.POSITIVE_INFINITY,
    };
    this.overrides.unshift(entry);
    return () => {
      this.overrides = this.overrides.filter((o) => o !== entry);
    };
  }

  /**
   * A 429 as Discord sends it: `retry_after` body plus the headers @discordjs/rest reads
   * (Retry-After, X-RateLimit-*; X-RateLimit-Global when global). Seconds may be fractional.
   */
  static rateLimited(retryAfterSeconds: number, opts: { global?: boolean; scope?: 'user' | 'global' | 'shared' } = {}): FakeResponse {
    const headers: Record<string, string> = {
      'retry-after': String(retryAfterSeconds),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String((Date.now() / 1000 + retryAfterSeconds).toFixed(3)),
      'x-ratelimit-reset-after': String(retryAfterSeconds),
      'x-ratelimit-bucket': 'f4k3bucket',
      'x-ratelimit-scope': opts.scope ?? (opts.global ? 'global' : 'user'),
    };
    if (opts.global) headers['x-ratelimit-global'] = 'true';
    return json(429, { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: opts.global ?? false, code: 0 }, headers);
  }

  static serverError(status = 500): FakeResponse {
    return json(status, { message: `${status}: Internal Server Error`, code: 0 });
  }

  /**
   * Resolves with the first recorded request (past or future) matching `predicate`. The default
   * timeouts of the waits (15 s, 20 s for a ready gateway) only turn a hang into a clear failure: wide
   * enough that a busy 2-core machine makes tests slower, never red.
   */
  waitForRequest(predicate: RequestPredicate, timeoutMs = WAIT_MS): Promise<RecordedRequest> {
    return this.waitFor(() => this.requests.find(predicate), timeoutMs, 'a matching REST request');
  }

  /** Resolves with the `count`-th IDENTIFY (1-based) once it happened. */
  waitForIdentify(count = 1, timeoutMs = WAIT_MS): Promise<IdentifyRecord> {
    return this.waitFor(() => this.identifies[count - 1], timeoutMs, `IDENTIFY #${count}`);
  }

  /** Resolves when an open gateway connection has received READY or RESUMED. */
  waitForGatewayReady(timeoutMs = WAIT_MS + 5_000): Promise<void> {
    return this.waitFor(() => (this.readyConn() ? true : undefined), timeoutMs, 'a ready gateway connection').then(() => undefined);
  }

  /** Generic: resolves with the first non-undefined value of `check`, re-evaluated on every fake event and every 10 ms. */
  waitFor<T>(check: () => T | undefined, timeoutMs = WAIT_MS, what = 'condition'): Promise<T> {
    const immediate = check();
    if (immediate !== undefined) return Promise.resolve(immediate);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = {
        check: () => {
          const value = check();
          if (value === undefined) return false;
          clearTimeout(timer);
          resolve(value);
          return true;
        },
        reject: (err) => {
          clearTimeout(timer);
          reject(err);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        this.syncPoll();
        const recent = this.requests.slice(-8).map((r) => `${r.method} ${r.path} → ${r.status ?? '…'}`);
        reject(new Error(`FakeDiscord: timed out after ${timeoutMs} ms waiting for ${what}. Recent requests: ${recent.join('; ') || 'none'}`));
      }, timeoutMs);
      this.waiters.push(waiter);
      this.syncPoll();
    });
  }

  /** Conditions may depend on client-side state (e.g. a handler's array): re-check every 10 ms while waiting. */
  private syncPoll(): void {
    if (this.waiters.length > 0 && !this.pollTimer) {
      this.pollTimer = setInterval(() => this.notify(), 10);
      this.pollTimer.unref();
    } else if (this.waiters.length === 0 && this.pollTimer) {
      clearInterval(this.pollTimer);
      this.pollTimer = undefined;
    }
  }

  /** Forgets recorded requests (fixtures, sessions and stored messages stay). */
  clearRequests(): void {
    this.requests.length = 0;
  }

  private notify(): void {
    if (this.waiters.length === 0) return;
    this.waiters = this.waiters.filter((w) => !w.check());
    this.syncPoll();
  }

  // =================================================================== fixtures helpers

  /** The (stable) DM channel between the bot and `user`, as POST /users/@me/channels returns it. */
  dmChannelFor(user: APIUser): APIDMChannel {
    let channel = this.dmChannels.get(user.id);
    if (!channel) {
      channel = makeDMChannel(snowflake(), user);
      this.dmChannels.set(user.id, channel);
    }
    return channel;
  }

  private memberOf(userId: string, guildId = this.guildId): APIGuildMember | undefined {
    if (guildId !== this.guildId) return undefined;
    return this.guild.members.find((m) => m.user.id === userId);
  }

  private findChannel(id: string): APITextChannel | APIDMChannel | undefined {
    return this.guild.channels.find((c) => c.id === id) ?? [...this.dmChannels.values()].find((c) => c.id === id);
  }

  // =================================================================== gateway driving

  /** Sends an op 0 dispatch on the current session (buffered for RESUME when no connection is up). Returns its sequence number. */
  dispatch(t: string, d: unknown): number {
    const session = this.currentSession;
    if (!session) throw new Error(`FakeDiscord.dispatch(${t}): no gateway session yet; did the client log in?`);
    if (t === 'INTERACTION_CREATE') this.trackInteraction(d as APIChatInputApplicationCommandInteraction);
    const payload: GatewayPayload = { op: 0, t, s: ++session.seq, d };
    session.buffer.push(payload);
    if (session.buffer.length > 1000) session.buffer.shift();
    const conn = session.conn;
    if (conn && conn.ready && !conn.closed) this.send(conn, payload);
    return payload.s!;
  }

  /** Builds and dispatches a realistic chat-input INTERACTION_CREATE. Returns the payload (its `id`/`token` identify the callback). */
  interactionCreate(opts: InteractionCreateOptions): APIChatInputApplicationCommandInteraction {
    const user = opts.user ?? this.users.alice;
    this.knownUsers.set(user.id, user);
    const dm = opts.dm ?? false;
    const guildId = dm ? undefined : (opts.guildId ?? this.guildId);
    const options = Array.isArray(opts.options) ? opts.options : toOptions(opts.options ?? {});
    const commandId =
      opts.commandId ??
      [...(guildId ? (this.registeredCommands.guilds[guildId] ?? []) : []), ...this.registeredCommands.global].find(
        (c) => c.name === opts.commandName && c.type === 1,
      )?.id ??
      snowflake();
    const appPermissions = computePermissions(
      Object.values(this.guild.roles),
      [this.guild.roles.bot.id],
      this.guild.roles.everyone.id,
    );
    const base = {
      id: snowflake(),
      application_id: this.applicationId,
      type: InteractionType.ApplicationCommand,
      data: {
        id: commandId,
        name: opts.commandName,
        type: 1,
        ...(options.length ? { options } : {}),
        ...(guildId && this.registeredCommands.guilds[guildId]?.some((c) => c.id === commandId) ? { guild_id: guildId } : {}),
      },
      token: interactionToken(),
      version: 1 as const,
      locale: opts.locale ?? 'fr',
      entitlements: [],
      attachment_size_limit: 10_485_760,
    };
    let payload: Record<string, unknown>;
    if (!dm && guildId) {
      const fixtureMember = this.memberOf(user.id, guildId);
      const roles = opts.member?.roles ?? fixtureMember?.roles ?? [];
      const channelId = opts.channelId ?? this.channelId;
      const channel = this.findChannel(channelId) ?? makeTextChannel({ id: channelId, guildId, name: 'unknown', position: 9 });
      payload = {
        ...base,
        guild_id: guildId,
        guild: { id: guildId, locale: 'fr', features: [] },
        guild_locale: 'fr',
        channel_id: channelId,
        channel,
        member: {
          ...(fixtureMember ?? makeMember(user, roles, new Date().toISOString())),
          user,
          roles,
          nick: opts.member?.nick ?? fixtureMember?.nick ?? null,
          permissions:
            opts.member?.permissions ?? computePermissions(Object.values(this.guild.roles), roles, this.guild.roles.everyone.id),
        },
        app_permissions: appPermissions,
        authorizing_integration_owners: { '0': guildId },
        context: 0,
      };
    } else {
      const channel = this.dmChannelFor(user);
      payload = {
        ...base,
        channel_id: opts.channelId ?? channel.id,
        channel: { ...channel, recipients: [user] },
        user,
        app_permissions: (EVERYONE_PERMISSIONS | Perm.MentionEveryone).toString(),
        authorizing_integration_owners: { '0': '0' },
        context: 1,
      };
    }
    const interaction = payload as unknown as APIChatInputApplicationCommandInteraction;
    this.dispatch('INTERACTION_CREATE', interaction);
    return interaction;
  }

  /**
   * Builds and dispatches a realistic MESSAGE_CREATE (guild channel by default, `dm: true` for a DM).
   * Like Discord: not delivered without the GuildMessages / DirectMessages intent (recorded in
   * `suppressedDispatches`), and in guilds without MessageContent the content/embeds are blanked
   * unless the bot is mentioned. Returns the full (unblanked) message.
   */
  messageCreate(opts: MessageCreateOptions): APIMessage {
    const author = opts.author ?? this.users.alice;
    this.knownUsers.set(author.id, author);
    const dm = opts.dm ?? false;
    const guildId = dm ? undefined : (opts.guildId ?? this.guildId);
    const channelId = opts.channelId ?? (dm ? this.dmChannelFor(author).id : this.channelId);
    const mentionUsers =
      opts.mentions ?? parseUserMentionIds(opts.content).flatMap((id) => (this.knownUsers.has(id) ? [this.knownUsers.get(id)!] : []));
    const message: APIMessage & Record<string, unknown> = {
      ...baseMessage({ channelId, author, content: opts.content, embeds: opts.embeds }),
      mentions: mentionUsers.map((u) => {
        const member = guildId ? this.memberOf(u.id, guildId) : undefined;
        return member ? { ...u, member: partialMember(member) } : u;
      }),
      mention_roles: [...opts.content.matchAll(/<@&(\d+)>/g)].map((m) => m[1]!),
      mention_everyone: /@(everyone|here)/.test(opts.content),
      channel_type: dm ? ChannelType.DM : ChannelType.GuildText,
    };
    if (guildId) {
      message.guild_id = guildId;
      const member = this.memberOf(author.id, guildId);
      if (member) message.member = partialMember(member);
    }
    if (opts.replyTo) {
      const referenced = this.knownMessages.get(opts.replyTo);
      message.type = MessageType.Reply;
      message.message_reference = { type: 0, message_id: opts.replyTo, channel_id: channelId, ...(guildId ? { guild_id: guildId } : {}) };
      message.referenced_message = referenced ?? null;
    }
    this.knownMessages.set(message.id, message);
    this.deliverMessage(message, guildId !== undefined);
    return message;
  }

  private deliverMessage(message: APIMessage, inGuild: boolean): void {
    const session = this.currentSession;
    const intents = session?.intents ?? 0;
    const needed = inGuild ? Intent.GuildMessages : Intent.DirectMessages;
    if (!(intents & needed)) {
      this.suppressedDispatches.push({ t: 'MESSAGE_CREATE', d: message, missingIntent: needed });
      this.log(`MESSAGE_CREATE suppressed: client lacks intent ${needed}`);
      return;
    }
    let delivered: APIMessage = message;
    const mentionsBot = message.mentions.some((u) => u.id === this.bot.id);
    if (inGuild && !(intents & Intent.MessageContent) && !mentionsBot && message.author.id !== this.bot.id) {
      delivered = { ...message, content: '', embeds: [], attachments: [], components: [] };
      if (delivered.poll) delete delivered.poll;
    }
    this.dispatch('MESSAGE_CREATE', delivered);
  }

  /** Closes the open gateway connection(s) with `code` (4000: client resumes; 1000: client re-identifies). */
  async closeGateway(code = 4000, reason = 'fake close'): Promise<void> {
    const open = [...this.conns].filter((c) => !c.closed);
    await Promise.all(
      open.map(async (conn) => {
        conn.ready = false;
        if (conn.ws.readyState === WebSocket.OPEN) {
          const closed = once(conn.ws, 'close');
          conn.ws.close(code, reason);
          await Promise.race([closed, delay(2_000)]);
        }
      }),
    );
  }

  /** Sends op 7 RECONNECT (discord.js closes and resumes). */
  sendReconnect(): void {
    for (const conn of this.conns) if (!conn.closed) this.send(conn, { op: 7, d: null });
  }

  /** Sends op 9 INVALID_SESSION; `resumable: false` also forgets the session (the client re-identifies). */
  invalidateSession(resumable = false): void {
    for (const conn of this.conns) {
      if (conn.closed) continue;
      if (!resumable && conn.session) {
        conn.session.invalid = true;
        this.sessions.delete(conn.session.id);
      }
      conn.ready = false;
      this.send(conn, { op: 9, d: resumable });
    }
  }

  // =================================================================== lifecycle

  private async listen(): Promise<void> {
    const server = createServer((req, res) => void this.onHttp(req, res));
    server.keepAliveTimeout = 1_000;
    const wss = new WebSocketServer({ noServer: true });
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname !== '/gateway' && url.pathname !== '/gateway/') {
        socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => this.onGatewayConnection(ws, url.searchParams));
    });
    server.listen(this.port, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    this.server = server;
    this.wss = wss;
    this.apiUrl = `http://127.0.0.1:${port}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}/gateway`;
  }

  /** Closes every connection and the server; pending waits reject. Call after `client.destroy()`. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w.reject(new Error('FakeDiscord stopped'));
    this.syncPoll();
    for (const conn of this.conns) {
      conn.closed = true;
      conn.ws.terminate();
    }
    this.conns.clear();
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
    const server = this.server;
    if (server) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    }
  }

  private log(line: string): void {
    if (this.options.debug) process.stderr.write(`[fake-discord] ${line}\n`);
  }

  // =================================================================== gateway internals

  private readyConn(): Conn | undefined {
    return [...this.conns].find((c) => c.ready && !c.closed);
  }

  private send(conn: Conn, payload: GatewayPayload): void {
    if (conn.ws.readyState !== WebSocket.OPEN) return;
    this.log(`→ gw#${conn.id} op ${payload.op}${payload.t ? ` ${payload.t}` : ''}${payload.s ? ` s=${payload.s}` : ''}`);
    conn.ws.send(JSON.stringify(payload));
  }

  private onGatewayConnection(ws: WebSocket, query: URLSearchParams): void {
    const conn: Conn = { id: ++this.connectionCount, ws, ready: false, closed: false };
    this.conns.add(conn);
    ws.on('close', (code) => {
      conn.closed = true;
      conn.ready = false;
      this.conns.delete(conn);
      const session = conn.session;
      if (session && session.conn === conn) {
        session.conn = undefined;
        // A client closing with 1000/1001 ends its session (Discord semantics); 4xxx keeps it resumable.
        if (code === 1000 || code === 1001) {
          session.invalid = true;
          this.sessions.delete(session.id);
        }
      }
      this.log(`gw#${conn.id} closed ${code}`);
      this.notify();
    });
    ws.on('error', () => undefined);
    ws.on('message', (data: RawData, isBinary: boolean) => this.onGatewayMessage(conn, data, isBinary));
    if (query.get('encoding') && query.get('encoding') !== 'json') {
      ws.close(4002, 'Only JSON encoding is supported by the fake');
      return;
    }
    if (query.get('v') && query.get('v') !== '10') {
      ws.close(4012, 'Invalid API version');
      return;
    }
    this.send(conn, { op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs, _trace: ['["fake-gateway",{"micros":0}]'] } });
    this.notify();
  }

  private onGatewayMessage(conn: Conn, data: RawData, isBinary: boolean): void {
    if (conn.closed) return;
    let payload: GatewayPayload;
    try {
      if (isBinary) throw new Error('binary');
      payload = JSON.parse(data.toString()) as GatewayPayload;
    } catch {
      conn.ws.close(4002, 'Error while decoding payload.');
      return;
    }
    this.gatewayReceived.push({ ...payload, connection: conn.id, at: Date.now() });
    this.log(`← gw#${conn.id} op ${payload.op}`);
    switch (payload.op) {
      case 1: {
        this.heartbeatCount++;
        if (this.ackHeartbeats) this.send(conn, { op: 11 });
        break;
      }
      case 2:
        this.onIdentify(conn, payload.d);
        break;
      case 6:
        this.onResume(conn, payload.d);
        break;
      case 3: // presence update
      case 4: // voice state update
      case 8: // request guild members
      case 31: // request soundboard sounds
        if (!conn.session) conn.ws.close(4003, 'Not authenticated.');
        break;
      default:
        conn.ws.close(4001, 'Unknown opcode.');
    }
    this.notify();
  }

  private onIdentify(conn: Conn, d: any): void {
    if (conn.session) {
      conn.ws.close(4005, 'Already authenticated.');
      return;
    }
    const record: IdentifyRecord = {
      token: String(d?.token ?? ''),
      intents: Number(d?.intents ?? 0),
      properties: d?.properties,
      shard: d?.shard,
      compress: d?.compress,
      presence: d?.presence,
      largeThreshold: d?.large_threshold,
      connection: conn.id,
      at: Date.now(),
    };
    this.identifies.push(record);
    if (record.token.replace(/^Bot\s+/i, '') !== this.token) {
      conn.ws.close(4004, 'Authentication failed.');
      return;
    }
    if (d?.intents === undefined) {
      conn.ws.close(4013, 'Invalid intent(s).');
      return;
    }
    const privileged = record.intents & PRIVILEGED_INTENTS & ~this.options.privilegedIntents;
    if (privileged) {
      conn.ws.close(4014, 'Disallowed intent(s).');
      return;
    }
    const session: Session = {
      id: Buffer.from(snowflake()).toString('hex').slice(0, 32),
      seq: 0,
      token: this.token,
      intents: record.intents,
      buffer: [],
      conn,
      invalid: false,
    };
    this.sessions.set(session.id, session);
    this.currentSession = session;
    conn.session = session;
    const ready: GatewayReadyDispatchData & Record<string, unknown> = {
      v: 10,
      user: { ...this.bot, verified: true, mfa_enabled: false, email: null } as APIUser,
      guilds: [{ id: this.guildId, unavailable: true }],
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.gatewayUrl,
      ...(record.shard ? { shard: record.shard } : {}),
      application: { id: this.applicationId, flags: this.application.flags, flags_new: this.application.flags_new },
      user_settings: {},
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: ['paris', 'rotterdam'],
      auth: {},
      _trace: ['["fake-gateway",{"micros":0}]'],
    };
    conn.ready = true;
    this.dispatchOn(session, 'READY', ready);
    if (record.intents & Intent.Guilds) {
      this.dispatchOn(
        session,
        'GUILD_CREATE',
        guildCreatePayload(this.guild, { includeAllMembers: Boolean(record.intents & Intent.GuildMembers), botUserId: this.bot.id }),
      );
    }
  }

  private dispatchOn(session: Session, t: string, d: unknown): void {
    const payload: GatewayPayload = { op: 0, t, s: ++session.seq, d };
    session.buffer.push(payload);
    if (session.conn) this.send(session.conn, payload);
  }

  private onResume(conn: Conn, d: any): void {
    const sessionId = String(d?.session_id ?? '');
    const seq = Number(d?.seq ?? 0);
    const token = String(d?.token ?? '').replace(/^Bot\s+/i, '');
    const session = this.sessions.get(sessionId);
    const accepted = Boolean(session && !session.invalid && token === this.token);
    this.resumes.push({ token, sessionId, seq, connection: conn.id, at: Date.now(), accepted });
    if (!session || !accepted) {
      this.send(conn, { op: 9, d: false });
      return;
    }
    if (session.conn && session.conn !== conn && !session.conn.closed) session.conn.ws.close(4000, 'Session resumed elsewhere');
    session.conn = conn;
    conn.session = session;
    this.currentSession = session;
    for (const missed of session.buffer) if ((missed.s ?? 0) > seq) this.send(conn, missed);
    conn.ready = true;
    this.dispatchOn(session, 'RESUMED', { _trace: ['["fake-gateway",{"micros":0}]'] });
  }

  // =================================================================== REST internals

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const match = /^\/api(?:\/v(\d+))?(\/.*)$/.exec(url.pathname);
    const rawRoute = match?.[2] ?? url.pathname;
    const path = rawRoute
      .split('/')
      .map((seg) => {
        try {
          return decodeURIComponent(seg);
        } catch {
          return seg;
        }
      })
      .join('/');
    const recorded: RecordedRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path,
      rawPath: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      files: [],
      headers: req.headers,
      at: Date.now(),
    };
    let response: FakeResponse;
    try {
      await parseBody(recorded, raw, req.headers['content-type'] ?? '');
      this.requests.push(recorded);
      this.log(`REST ${recorded.method} ${recorded.path}`);
      if (match && match[1] !== undefined && match[1] !== '10') {
        response = discordError(400, 50041, 'Invalid API version');
      } else {
        const override = this.overrides.find((o) => o.remaining > 0 && o.predicate(recorded));
        if (override) {
          override.remaining--;
          response = await override.handler(recorded);
        } else {
          response = this.route(recorded);
        }
      }
    } catch (err) {
      if (!this.requests.includes(recorded)) this.requests.push(recorded);
      response = json(500, { message: `FakeDiscord error: ${(err as Error).message}`, code: 0 });
    }
    recorded.status = response.status;
    recorded.response = response.body;
    if (response.status >= 400) this.log(`REST ${recorded.method} ${recorded.path} → ${response.status} ${JSON.stringify(response.body)}`);
    const headers: Record<string, string> = { ...(response.body === undefined ? {} : JSON_HEADERS), ...(response.headers ?? {}) };
    res.writeHead(response.status, headers);
    res.end(response.body === undefined ? undefined : JSON.stringify(response.body));
    this.notify();
  }

  private authorized(req: RecordedRequest): boolean {
    const header = req.headers.authorization;
    return typeof header === 'string' && header === `Bot ${this.token}`;
  }

  private route(req: RecordedRequest): FakeResponse {
    const { method, path } = req;
    const seg = path.split('/').filter(Boolean);

    // --- unauthenticated routes: interaction callbacks & interaction webhooks, GET /gateway
    if (seg[0] === 'interactions' && seg.length === 4 && seg[3] === 'callback' && method === 'POST') {
      return this.interactionCallback(seg[1]!, seg[2]!, req);
    }
    if (seg[0] === 'webhooks' && seg.length >= 3) {
      return this.webhookRoute(seg[1]!, seg[2]!, seg.slice(3), req);
    }
    if (method === 'GET' && path === '/gateway') return json(200, { url: this.gatewayUrl });

    if (!this.authorized(req)) return discordError(401, 0, '401: Unauthorized');

    if (method === 'GET' && path === '/gateway/bot') {
      return json(200, {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000 - this.identifies.length, reset_after: 86_400_000, max_concurrency: 1 },
      });
    }
    if (seg[0] === 'users') {
      if (method === 'GET' && seg[1] === '@me' && seg.length === 2) return json(200, this.bot);
      if (method === 'POST' && seg[1] === '@me' && seg[2] === 'channels' && seg.length === 3) {
        const recipientId = String(req.body?.recipient_id ?? '');
        if (!/^\d+$/.test(recipientId)) return json(400, { message: 'Invalid Form Body', code: 50035, errors: { recipient_id: { _errors: [{ code: 'NUMBER_TYPE_COERCE', message: `Value "${recipientId}" is not snowflake.` }] } } });
        const user = this.knownUsers.get(recipientId) ?? makeUser({ id: recipientId, username: `user${recipientId.slice(-4)}` });
        return json(200, this.dmChannelFor(user));
      }
      if (method === 'GET' && seg.length === 2) {
        const user = this.knownUsers.get(seg[1]!);
        return user ? json(200, user) : discordError(404, 10013, 'Unknown User');
      }
    }
    if (seg[0] === 'applications') {
      if (method === 'GET' && seg[1] === '@me' && seg.length === 2) return json(200, this.application);
      const appId = seg[1];
      if (appId && appId !== '@me') {
        if (appId !== this.applicationId) return discordError(403, 50001, 'Missing Access');
        if (seg.length === 3 && seg[2] === 'commands') return this.commandsRoute(req, undefined);
        if (seg.length === 5 && seg[2] === 'guilds' && seg[4] === 'commands') {
          if (seg[3] !== this.guildId) return discordError(403, 50001, 'Missing Access');
          return this.commandsRoute(req, seg[3]!);
        }
      }
    }
    if (seg[0] === 'channels' && seg[1]) {
      const channel = this.findChannel(seg[1]);
      if (!channel) return discordError(404, 10003, 'Unknown Channel');
      if (seg.length === 2 && method === 'GET') return json(200, channel);
      if (seg.length === 3 && seg[2] === 'typing' && method === 'POST') return { status: 204 };
      if (seg.length === 3 && seg[2] === 'messages' && method === 'POST') return this.createChannelMessage(channel, req);
      if (seg.length === 4 && seg[2] === 'messages' && method === 'GET') {
        const message = this.knownMessages.get(seg[3]!);
        return message && message.channel_id === channel.id ? json(200, message) : discordError(404, 10008, 'Unknown Message');
      }
    }
    return notFound();
  }

  private commandsRoute(req: RecordedRequest, guildId: string | undefined): FakeResponse {
    const current = guildId ? (this.registeredCommands.guilds[guildId] ?? []) : this.registeredCommands.global;
    if (req.method === 'GET') return json(200, current);
    if (req.method !== 'PUT') return notFound();
    const invalid = validateCommands(req.body);
    if (invalid) return invalid;
    const stored = (req.body as Record<string, any>[]).map((cmd) => {
      const type = cmd.type ?? 1;
      const previous = current.find((c) => c.name === cmd.name && c.type === type);
      return {
        id: previous?.id ?? snowflake(),
        application_id: this.applicationId,
        version: snowflake(),
        type,
        name: cmd.name,
        name_localizations: cmd.name_localizations ?? null,
        description: cmd.description ?? '',
        description_localizations: cmd.description_localizations ?? null,
        ...(cmd.options ? { options: cmd.options } : {}),
        default_member_permissions: cmd.default_member_permissions ?? null,
        dm_permission: cmd.dm_permission ?? true,
        nsfw: cmd.nsfw ?? false,
        contexts: cmd.contexts ?? null,
        integration_types: cmd.integration_types ?? [0],
        ...(guildId ? { guild_id: guildId } : {}),
      } as APIApplicationCommand;
    });
    if (guildId) this.registeredCommands.guilds[guildId] = stored;
    else {
      this.registeredCommands.global.length = 0;
      this.registeredCommands.global.push(...stored);
    }
    return json(200, stored);
  }

  private createChannelMessage(channel: APITextChannel | APIDMChannel, req: RecordedRequest): FakeResponse {
    const invalid = validateMessageBody(req.body, { requireContent: true, hasFiles: req.files.length > 0 });
    if (invalid) return invalid;
    const body = (req.body ?? {}) as Record<string, any>;
    const guildId = 'guild_id' in channel ? channel.guild_id : undefined;
    const message: APIMessage & Record<string, unknown> = {
      ...baseMessage({ channelId: channel.id, author: this.bot, content: body.content ?? '', embeds: body.embeds, flags: body.flags ?? 0 }),
      ...(body.components ? { components: body.components } : {}),
      ...(body.nonce !== undefined ? { nonce: body.nonce } : {}),
      attachments: req.files.map((f) => ({ id: snowflake(), filename: f.name, size: f.size, url: `https://cdn.invalid/${f.name}`, proxy_url: `https://cdn.invalid/${f.name}`, content_type: f.contentType })),
      mentions: this.allowedMentionUsers(body.content ?? '', body.allowed_mentions, guildId),
    };
    if (guildId) {
      message.guild_id = guildId;
      const member = this.memberOf(this.bot.id, guildId);
      if (member) message.member = partialMember(member);
    }
    const ref = body.message_reference as { message_id?: string; channel_id?: string; guild_id?: string; fail_if_not_exists?: boolean } | undefined;
    if (ref?.message_id) {
      const referenced = this.knownMessages.get(ref.message_id);
      if (!referenced && ref.fail_if_not_exists !== false) {
        return json(400, { message: 'Invalid Form Body', code: 50035, errors: { message_reference: { _errors: [{ code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }] } } });
      }
      message.type = MessageType.Reply;
      message.message_reference = { type: 0, message_id: ref.message_id, channel_id: ref.channel_id ?? channel.id, ...(guildId ? { guild_id: guildId } : {}) };
      message.referenced_message = referenced ?? null;
      const repliedUser = referenced?.author;
      if (repliedUser && body.allowed_mentions?.replied_user !== false && !message.mentions.some((u) => u.id === repliedUser.id)) {
        message.mentions.push(repliedUser);
      }
    }
    this.knownMessages.set(message.id, message);
    this.botMessages.push(message);
    if (this.options.echoBotMessages) {
      // Discord echoes the bot's own messages on the gateway; deliver after the HTTP answer like Discord does.
      setImmediate(() => {
        if (!this.stopped && this.currentSession) this.deliverMessage(message, guildId !== undefined);
      });
    }
    return json(200, message);
  }

  /** Users pinged by `content` given `allowed_mentions` (Discord lists only allowed mentions in `mentions`). */
  private allowedMentionUsers(content: string, allowed: any, guildId: string | undefined): APIUser[] {
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

  private trackInteraction(payload: APIChatInputApplicationCommandInteraction): void {
    if (!payload?.id || this.interactions.has(payload.id)) return;
    this.interactions.set(payload.id, { payload, acknowledged: false, originalDeleted: false, followups: [] });
  }

  private interactionMessage(state: InteractionState, data: Record<string, any>, flags: number): APIMessage {
    const p = state.payload;
    const user = (p.member?.user ?? p.user)!;
    const message: APIMessage & Record<string, unknown> = {
      ...baseMessage({
        channelId: p.channel?.id ?? p.channel_id ?? '0',
        author: this.bot,
        content: data.content ?? '',
        embeds: data.embeds,
        type: MessageType.ChatInputCommand,
        flags,
      }),
      ...(data.components ? { components: data.components } : {}),
      webhook_id: this.applicationId,
      application_id: this.applicationId,
      interaction_metadata: {
        id: p.id,
        type: InteractionType.ApplicationCommand,
        user,
        authorizing_integration_owners: p.authorizing_integration_owners,
      },
      interaction: { id: p.id, type: InteractionType.ApplicationCommand, name: p.data.name, user },
      mentions: this.allowedMentionUsers(data.content ?? '', data.allowed_mentions, p.guild_id),
    };
    if (p.guild_id) message.guild_id = p.guild_id;
    return message;
  }

  private interactionCallback(id: string, token: string, req: RecordedRequest): FakeResponse {
    const state = this.interactions.get(id);
    if (!state || state.payload.token !== token) return discordError(404, 10062, 'Unknown interaction');
    if (state.acknowledged) return discordError(400, 40060, 'Interaction has already been acknowledged.');
    const body = (req.body ?? {}) as { type?: number; data?: Record<string, any> };
    const data = body.data ?? {};
    const type = body.type;
    let created: APIMessage | undefined;
    switch (type) {
      case CallbackType.ChannelMessageWithSource: {
        const invalid = validateMessageBody(data, { requireContent: true, hasFiles: req.files.length > 0 });
        if (invalid) return invalid;
        created = this.interactionMessage(state, data, Number(data.flags ?? 0));
        break;
      }
      case CallbackType.DeferredChannelMessageWithSource:
        created = this.interactionMessage(state, {}, Number(data.flags ?? 0) | MessageFlags.Loading);
        break;
      case CallbackType.Modal:
      case CallbackType.ApplicationCommandAutocompleteResult:
      case CallbackType.LaunchActivity:
        break;
      case CallbackType.DeferredMessageUpdate:
      case CallbackType.UpdateMessage:
        return json(400, { message: 'Interaction callback type is not valid for this interaction', code: 50035 });
      default:
        return json(400, { message: 'Invalid Form Body', code: 50035, errors: { type: { _errors: [{ code: 'BASE_TYPE_CHOICES', message: `Value must be one of {1, 4, 5, 6, 7, 8, 9, 10, 12}.` }] } } });
    }
    state.acknowledged = true;
    state.responseType = type;
    if (created) {
      state.original = created;
      this.knownMessages.set(created.id, created);
      this.botMessages.push(created);
    }
    if (req.query.with_response !== 'true') return { status: 204 };
    const flags = created?.flags ?? 0;
    return json(200, {
      interaction: {
        id,
        type: InteractionType.ApplicationCommand,
        ...(created
          ? {
              response_message_id: created.id,
              response_message_loading: Boolean(flags & MessageFlags.Loading),
              response_message_ephemeral: Boolean(flags & MessageFlags.Ephemeral),
            }
          : {}),
      },
      resource: { type, ...(created && type === CallbackType.ChannelMessageWithSource ? { message: created } : {}) },
    });
  }

  private webhookRoute(appId: string, token: string, rest: string[], req: RecordedRequest): FakeResponse {
    const state = [...this.interactions.values()].find((s) => s.payload.token === token);
    if (!state || appId !== this.applicationId) return discordError(404, 10015, 'Unknown Webhook');
    if (!state.acknowledged) return discordError(404, 10015, 'Unknown Webhook');
    const { method } = req;
    if (rest.length === 0 && method === 'POST') {
      const invalid = validateMessageBody(req.body, { requireContent: true, hasFiles: req.files.length > 0 });
      if (invalid) return invalid;
      const data = (req.body ?? {}) as Record<string, any>;
      const message = this.interactionMessage(state, data, Number(data.flags ?? 0));
      state.followups.push(message);
      this.knownMessages.set(message.id, message);
      this.botMessages.push(message);
      return req.query.wait === 'true' ? json(200, message) : { status: 204 };
    }
    if (rest.length === 2 && rest[0] === 'messages') {
      const messageId = rest[1]!;
      const isOriginal = messageId === '@original' || messageId === state.original?.id;
      const current = isOriginal ? (state.originalDeleted ? undefined : state.original) : state.followups.find((m) => m.id === messageId);
      if (!current) return discordError(404, 10008, 'Unknown Message');
      if (method === 'GET') return json(200, current);
      if (method === 'DELETE') {
        if (isOriginal) state.originalDeleted = true;
        else state.followups.splice(state.followups.indexOf(current), 1);
        return { status: 204 };
      }
      if (method === 'PATCH') {
        const invalid = validateMessageBody(req.body, { requireContent: false, hasFiles: req.files.length > 0 });
        if (invalid) return invalid;
        const data = (req.body ?? {}) as Record<string, any>;
        const wasLoading = Boolean((current.flags ?? 0) & MessageFlags.Loading);
        const updated: APIMessage = {
          ...current,
          ...('content' in data ? { content: data.content ?? '' } : {}),
          ...('embeds' in data ? { embeds: data.embeds ?? [] } : {}),
          ...('components' in data ? { components: data.components ?? [] } : {}),
          ...('content' in data ? { mentions: this.allowedMentionUsers(data.content ?? '', data.allowed_mentions, state.payload.guild_id) } : {}),
          flags: (current.flags ?? 0) & ~MessageFlags.Loading,
          edited_timestamp: wasLoading ? null : new Date().toISOString(),
        };
        const empty = !updated.content && updated.embeds.length === 0 && !(updated.components?.length) && req.files.length === 0;
        if (empty) return discordError(400, 50006, 'Cannot send an empty message');
        if (isOriginal) state.original = updated;
        else state.followups[state.followups.indexOf(current)] = updated;
        this.knownMessages.set(updated.id, updated);
        const index = this.botMessages.findIndex((m) => m.id === updated.id);
        if (index >= 0) this.botMessages[index] = updated;
        else this.botMessages.push(updated);
        return json(200, updated);
      }
    }
    return notFound();
  }
}

// ===================================================================== helpers

function partialMember(member: APIGuildMember): Omit<APIGuildMember, 'user'> {
  const { user: _user, ...rest } = member;
  return rest;
}

function toOptions(record: Record<string, string | number | boolean>): APIApplicationCommandInteractionDataOption[] {
  return Object.entries(record).map(([name, value]) => {
    if (typeof value === 'boolean') return { name, type: ApplicationCommandOptionType.Boolean, value };
    if (typeof value === 'number') {
      return Number.isInteger(value)
        ? { name, type: ApplicationCommandOptionType.Integer, value }
        : { name, type: ApplicationCommandOptionType.Number, value };
    }
    return { name, type: ApplicationCommandOptionType.String, value };
  }) as APIApplicationCommandInteractionDataOption[];
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

async function parseBody(recorded: RecordedRequest, raw: Buffer, contentType: string): Promise<void> {
  if (raw.length === 0) return;
  if (contentType.startsWith('application/json')) {
    recorded.body = JSON.parse(raw.toString('utf8'));
    return;
  }
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
    const fields: Record<string, unknown> = {};
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') recorded.body = JSON.parse(value);
        else fields[field] = value;
      } else {
        recorded.files.push({ field, name: value.name, contentType: value.type, size: value.size });
      }
    }
    if (recorded.body === undefined && Object.keys(fields).length) recorded.body = fields;
    return;
  }
  recorded.body = raw.toString('utf8');
}
