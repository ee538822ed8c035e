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
import type { Server } from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { ApplicationCommandOptionType, ChannelType, ComponentType, InteractionType, MessageType } from 'discord.js';
import type {
  APIApplicationCommandInteractionDataOption,
  APIChatInputApplicationCommandInteraction,
  APIDMChannel,
  APIMessage,
  APIUser,
} from 'discord.js';
import { startFakeServer, stopFakeServer } from './kernel/httpServer.ts';
import { Waiters } from './kernel/waiters.ts';
import { FakeGateway } from './discord/gateway.ts';
import { type AutocompleteOptions, autocompleteInteraction, type ButtonClickOptions } from './discord/otherInteractions.ts';
import {
  EVERYONE_PERMISSIONS,
  Perm,
  baseMessage,
  computePermissions,
  interactionToken,
  makeMember,
  makeTextChannel,
  makeThreadChannel,
  parseUserMentionIds,
  snowflake,
} from './discord/payloads.ts';
import { FakeRest } from './discord/rest.ts';
import { DiscordState, partialMember } from './discord/state.ts';
import {
  json,
  WAIT_MS,
  type DiscordFixtures,
  type FakeDiscordOptions,
  type FakeResponse,
  type IdentifyRecord,
  type InteractionCreateOptions,
  type MessageCreateOptions,
  type RecordedRequest,
  type RequestPredicate,
  type ResponseHandler,
} from './discord/types.ts';

export { snowflake } from './discord/payloads.ts';
export type { GuildFixture } from './discord/payloads.ts';
export { Intent } from './discord/types.ts';
export type { AutocompleteOptions, ButtonClickOptions } from './discord/otherInteractions.ts';
export type {
  FakeAttachment,
  FakeDiscordOptions,
  FakeResponse,
  GatewayPayload,
  IdentifyRecord,
  InteractionCreateOptions,
  InteractionState,
  MessageCreateOptions,
  RecordedFile,
  RecordedRequest,
  RegisteredCommands,
  RequestPredicate,
  ResponseHandler,
  ResumeRecord,
} from './discord/types.ts';

/** The fake Discord: its state (discord/state.ts), its gateway (discord/gateway.ts) and its REST API (discord/rest.ts) on one port. */
// The fixtures (token, bot, users, guild…) are the state's, copied on at construction.
export interface FakeDiscord extends DiscordFixtures {}

export class FakeDiscord {
  /** `http://127.0.0.1:PORT/api`: pass as discord.js `rest.api` (it appends /v10). */
  apiUrl = '';

  private readonly state: DiscordState;
  private readonly gateway: FakeGateway;
  private readonly rest: FakeRest;
  private readonly waiters: Waiters;
  private readonly debug: boolean;
  private readonly port: number;
  private server: Server | undefined;
  private readonly wss = new WebSocketServer({ noServer: true });
  private stopped = false;

  private constructor(options: FakeDiscordOptions) {
    this.debug = options.debug ?? false;
    this.port = options.port ?? 0;
    const hooks = { log: (line: string) => this.log(line), notify: () => this.waiters.notify() };
    this.state = new DiscordState(options);
    this.gateway = new FakeGateway(
      this.state,
      {
        heartbeatIntervalMs: options.heartbeatIntervalMs ?? 45_000,
        privilegedIntents: options.privilegedIntents ?? 0,
      },
      hooks,
    );
    this.rest = new FakeRest(
      this.state,
      this.gateway,
      { echoBotMessages: options.echoBotMessages ?? true },
      { ...hooks, stopped: () => this.stopped },
    );
    this.waiters = new Waiters('FakeDiscord', () => {
      const recent = this.rest.requests.slice(-8).map((r) => `${r.method} ${r.path} → ${r.status ?? '…'}`);
      return ` Recent requests: ${recent.join('; ') || 'none'}`;
    });
    const { token, bot, applicationId, application, users, guild, guildId, channelId } = this.state;
    Object.assign(this, { token, bot, applicationId, application, users, guild, guildId, channelId });
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

  // ------------------------------------------------------------------ recordings

  get requests(): RecordedRequest[] {
    return this.rest.requests;
  }
  get identifies(): IdentifyRecord[] {
    return this.gateway.identifies;
  }
  get resumes(): FakeGateway['resumes'] {
    return this.gateway.resumes;
  }
  get gatewayReceived(): FakeGateway['gatewayReceived'] {
    return this.gateway.gatewayReceived;
  }
  get suppressedDispatches(): FakeGateway['suppressedDispatches'] {
    return this.gateway.suppressedDispatches;
  }
  get registeredCommands(): DiscordState['registeredCommands'] {
    return this.state.registeredCommands;
  }
  get botMessages(): APIMessage[] {
    return this.state.botMessages;
  }
  get interactions(): DiscordState['interactions'] {
    return this.state.interactions;
  }
  get connectionCount(): number {
    return this.gateway.connectionCount;
  }
  get heartbeatCount(): number {
    return this.gateway.heartbeatCount;
  }
  /** Set to false to stop acking heartbeats (discord.js then treats the connection as a zombie and resumes). */
  get ackHeartbeats(): boolean {
    return this.gateway.ackHeartbeats;
  }
  set ackHeartbeats(value: boolean) {
    this.gateway.ackHeartbeats = value;
  }
  /** `ws://127.0.0.1:PORT/gateway`: returned by GET /gateway/bot and as resume_gateway_url. */
  get gatewayUrl(): string {
    return this.gateway.gatewayUrl;
  }

  // =================================================================== REST overrides & waiting

  /**
   * Answers requests matching \`predicate\` with \`handler\` instead of the built-in route, \`times\`
   * times (default: forever). Returns a function removing the override. Overrides added later win.
   */
  respondWith(predicate: RequestPredicate, handler: ResponseHandler | FakeResponse, opts: { times?: number } = {}): () => void {
    return this.rest.canned.add(predicate, typeof handler === 'function' ? handler : () => handler, opts.times);
  }

  /** GET /gateway/bot recommends `shards` shards (what ShardingManager's 'auto' reads). */
  recommendShards(shards: number): () => void {
    return this.respondWith(
      (r) => r.method === 'GET' && r.path === '/gateway/bot',
      () => ({
        status: 200,
        body: { url: this.gatewayUrl, shards, session_start_limit: { total: 1000, remaining: 990, reset_after: 1, max_concurrency: 1 } },
      }),
    );
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
    return json(
      429,
      { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: opts.global ?? false, code: 0 },
      headers,
    );
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
    return this.waitFor(() => (this.gateway.readyConn() ? true : undefined), timeoutMs, 'a ready gateway connection').then(() => undefined);
  }

  /** Generic: resolves with the first non-undefined value of \`check\`, re-evaluated on every fake event and every 10 ms. */
  waitFor<T>(check: () => T | undefined, timeoutMs = WAIT_MS, what = 'condition'): Promise<T> {
    return this.waiters.waitFor(check, timeoutMs, what);
  }

  /** Forgets recorded requests (fixtures, sessions and stored messages stay). */
  clearRequests(): void {
    this.rest.requests.length = 0;
  }

  /** The (stable) DM channel between the bot and \`user\`, as POST /users/@me/channels returns it. */
  dmChannelFor(user: APIUser): APIDMChannel {
    return this.state.dmChannelFor(user);
  }

  // =================================================================== gateway driving

  /** Sends the next dispatches to shard `id` (a sharded client: each shard has its own session). */
  useShard(id: number): void {
    this.gateway.useShard(id);
  }

  /** Sends an op 0 dispatch on the current session (buffered for RESUME when no connection is up). Returns its sequence number. */
  dispatch(t: string, d: unknown): number {
    return this.gateway.dispatch(t, d);
  }

  /** Builds and dispatches a realistic chat-input INTERACTION_CREATE. Returns the payload (its `id`/`token` identify the callback). */
  interactionCreate(opts: InteractionCreateOptions): APIChatInputApplicationCommandInteraction {
    const interaction = this.buildInteraction(opts);
    this.gateway.dispatch('INTERACTION_CREATE', interaction);
    return interaction;
  }

  /**
   * Dispatches a click on a button (INTERACTION_CREATE type 3, MESSAGE_COMPONENT) of `message`, as `user`,
   * in the message's guild channel or DM. Its callback accepts types 4, 6 and 7 like Discord's.
   */
  buttonClick(opts: ButtonClickOptions): APIChatInputApplicationCommandInteraction {
    const channel = this.state.findChannel(opts.message.channel_id);
    const dm = opts.dm ?? !(channel !== undefined && 'guild_id' in channel);
    const interaction = this.interactionPayload(
      { ...opts, dm, channelId: opts.message.channel_id },
      InteractionType.MessageComponent,
      { custom_id: opts.customId, component_type: ComponentType.Button },
      { message: opts.message },
    );
    this.gateway.dispatch('INTERACTION_CREATE', interaction);
    return interaction;
  }

  /** Dispatches an APPLICATION_COMMAND_AUTOCOMPLETE for `commandName`, `focused` being typed with `value`. */
  autocomplete(opts: AutocompleteOptions): APIChatInputApplicationCommandInteraction {
    const built = this.buildInteraction({ ...opts, options: {} });
    const extra = autocompleteInteraction(built.data, opts.focused, opts.value, opts.others);
    const interaction = { ...built, ...extra } as unknown as APIChatInputApplicationCommandInteraction;
    this.gateway.dispatch('INTERACTION_CREATE', interaction);
    return interaction;
  }

  private buildInteraction(opts: InteractionCreateOptions): APIChatInputApplicationCommandInteraction {
    const user = opts.user ?? this.users.alice;
    this.state.knownUsers.set(user.id, user);
    const dm = opts.dm ?? false;
    const guildId = dm ? undefined : (opts.guildId ?? this.guildId);
    const attachments = Object.entries(opts.attachments ?? {}).map(([name, file]) => ({ name, id: snowflake(), file }));
    const options = [
      ...(Array.isArray(opts.options) ? opts.options : toOptions(opts.options ?? {})),
      ...attachments.map((a) => ({ name: a.name, type: ApplicationCommandOptionType.Attachment, value: a.id })),
    ] as APIApplicationCommandInteractionDataOption[];
    const commandId =
      opts.commandId ??
      [...(guildId ? (this.state.registeredCommands.guilds[guildId] ?? []) : []), ...this.state.registeredCommands.global].find(
        (c) => c.name === opts.commandName && c.type === 1,
      )?.id ??
      snowflake();
    const resolved =
      attachments.length === 0
        ? {}
        : {
            resolved: {
              attachments: Object.fromEntries(
                attachments.map(({ id, file }) => [
                  id,
                  {
                    id,
                    filename: file.filename,
                    size: file.size,
                    url: file.url,
                    proxy_url: file.url,
                    ...(file.contentType ? { content_type: file.contentType } : {}),
                  },
                ]),
              ),
            },
          };
    return this.interactionPayload(opts, InteractionType.ApplicationCommand, {
      id: commandId,
      name: opts.commandName,
      type: 1,
      ...(options.length ? { options } : {}),
      ...resolved,
      ...(guildId && this.state.registeredCommands.guilds[guildId]?.some((c) => c.id === commandId) ? { guild_id: guildId } : {}),
    });
  }

  /** An interaction as Discord builds it: who invoked it (member in a guild, user in a DM), where, with what data. */
  private interactionPayload(
    opts: Pick<InteractionCreateOptions, 'user' | 'dm' | 'guildId' | 'channelId' | 'member' | 'locale'>,
    type: InteractionType,
    data: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ): APIChatInputApplicationCommandInteraction {
    const user = opts.user ?? this.users.alice;
    this.state.knownUsers.set(user.id, user);
    const dm = opts.dm ?? false;
    const guildId = dm ? undefined : (opts.guildId ?? this.guildId);
    const appPermissions = computePermissions(Object.values(this.guild.roles), [this.guild.roles.bot.id], this.guild.roles.everyone.id);
    const base = {
      id: snowflake(),
      application_id: this.state.applicationId,
      type,
      data,
      ...extra,
      token: interactionToken(),
      version: 1 as const,
      locale: opts.locale ?? 'fr',
      entitlements: [],
      attachment_size_limit: 10_485_760,
    };
    let payload: Record<string, unknown>;
    if (!dm && guildId) {
      const fixtureMember = this.state.memberOf(user.id, guildId);
      const roles = opts.member?.roles ?? fixtureMember?.roles ?? [];
      const channelId = opts.channelId ?? this.channelId;
      const channel = this.state.findChannel(channelId) ?? makeTextChannel({ id: channelId, guildId, name: 'unknown', position: 9 });
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
          permissions: opts.member?.permissions ?? computePermissions(Object.values(this.guild.roles), roles, this.guild.roles.everyone.id),
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
    return payload as unknown as APIChatInputApplicationCommandInteraction;
  }

  /** Opens a public thread under the fixture text channel (THREAD_CREATE); messages can then be sent in it (`channelId`). */
  threadCreate(opts: { name?: string; owner?: APIUser } = {}): { id: string } {
    const thread = makeThreadChannel({
      id: snowflake(),
      guildId: this.guildId,
      parentId: this.channelId,
      ownerId: (opts.owner ?? this.users.alice).id,
      name: opts.name ?? 'Discussion',
    });
    this.guild.channels.push(thread);
    this.gateway.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
    return thread;
  }

  /**
   * Builds and dispatches a realistic MESSAGE_CREATE (guild channel by default, `dm: true` for a DM).
   * Like Discord: not delivered without the GuildMessages / DirectMessages intent (recorded in
   * `suppressedDispatches`), and in guilds without MessageContent the content/embeds are blanked
   * unless the bot is mentioned. Returns the full (unblanked) message.
   */
  messageCreate(opts: MessageCreateOptions): APIMessage {
    const author = opts.author ?? this.users.alice;
    this.state.knownUsers.set(author.id, author);
    const dm = opts.dm ?? false;
    const guildId = dm ? undefined : (opts.guildId ?? this.guildId);
    const channelId = opts.channelId ?? (dm ? this.dmChannelFor(author).id : this.channelId);
    const mentionUsers =
      opts.mentions ??
      parseUserMentionIds(opts.content).flatMap((id) => {
        const known = this.state.knownUsers.get(id);
        return known ? [known] : [];
      });
    const message: APIMessage & Record<string, unknown> = {
      ...baseMessage({ channelId, author, content: opts.content, embeds: opts.embeds }),
      mentions: mentionUsers.map((u) => {
        const member = guildId ? this.state.memberOf(u.id, guildId) : undefined;
        return member ? { ...u, member: partialMember(member) } : u;
      }),
      mention_roles: [...opts.content.matchAll(/<@&(\d+)>/g)].map((m) => m[1]!),
      mention_everyone: /@(everyone|here)/.test(opts.content),
      channel_type: dm ? ChannelType.DM : ChannelType.GuildText,
    };
    if (guildId) {
      message.guild_id = guildId;
      const member = this.state.memberOf(author.id, guildId);
      if (member) message.member = partialMember(member);
    }
    if (opts.replyTo) {
      const referenced = this.state.knownMessages.get(opts.replyTo);
      message.type = MessageType.Reply;
      message.message_reference = { type: 0, message_id: opts.replyTo, channel_id: channelId, ...(guildId ? { guild_id: guildId } : {}) };
      message.referenced_message = referenced ?? null;
      const replied = referenced?.author;
      if (replied && opts.replyPing !== false && !message.mentions.some((u) => u.id === replied.id)) message.mentions.push(replied);
    }
    this.state.knownMessages.set(message.id, message);
    this.gateway.deliverMessage(message, guildId !== undefined);
    return message;
  }

  /** Closes the open gateway connection(s) with \`code\` (4000: client resumes; 1000: client re-identifies). */
  closeGateway(code = 4000, reason = 'fake close'): Promise<void> {
    return this.gateway.closeGateway(code, reason);
  }

  /** Sends op 7 RECONNECT (discord.js closes and resumes). */
  sendReconnect(): void {
    this.gateway.sendReconnect();
  }

  /** Sends op 9 INVALID_SESSION; \`resumable: false\` also forgets the session (the client re-identifies). */
  invalidateSession(resumable = false): void {
    this.gateway.invalidateSession(resumable);
  }

  // =================================================================== lifecycle

  private async listen(): Promise<void> {
    const { server, port } = await startFakeServer('127.0.0.1', this.port, {
      request: (req, res) => this.rest.handle(req, res),
      upgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        if (url.pathname !== '/gateway' && url.pathname !== '/gateway/') {
          socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
          return;
        }
        this.wss.handleUpgrade(req, socket, head, (ws) => this.gateway.accept(ws, url.searchParams));
      },
    });
    this.server = server;
    this.apiUrl = `http://127.0.0.1:${port}/api`;
    this.gateway.gatewayUrl = `ws://127.0.0.1:${port}/gateway`;
  }

  /** Closes every connection and the server; pending waits reject. Call after \`client.destroy()\`. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.waiters.stop();
    this.gateway.terminateAll();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    if (this.server) await stopFakeServer(this.server);
  }

  private log(line: string): void {
    if (this.debug) process.stderr.write(`[fake-discord] ${line}\n`);
  }
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
