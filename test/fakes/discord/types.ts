// The shapes FakeDiscord records and takes, and the small values its parts share.
import type { IncomingHttpHeaders } from 'node:http';
import type {
  APIApplication,
  APIApplicationCommand,
  APIApplicationCommandInteractionDataOption,
  APIChatInputApplicationCommandInteraction,
  APIEmbed,
  APIMessage,
  APIUser,
} from 'discord.js';
import type { WebSocket } from 'ws';
import type { GuildFixture } from './payloads.ts';

// Gateway intents (bit values from the Discord docs).
export const Intent = {
  Guilds: 1 << 0,
  GuildMembers: 1 << 1,
  GuildPresences: 1 << 8,
  GuildMessages: 1 << 9,
  DirectMessages: 1 << 12,
  MessageContent: 1 << 15,
} as const;
export const PRIVILEGED_INTENTS = Intent.GuildMembers | Intent.GuildPresences | Intent.MessageContent;
/** Default bound of the waits. */
export const WAIT_MS = 15_000;

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
  /** A chat-input command, or (type MessageComponent) a button click. */
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
  /** Attachment options: each becomes an option of type Attachment and an entry of data.resolved.attachments. */
  attachments?: Record<string, FakeAttachment>;
}

/** A file attached to a slash command, served from `url` (a local server in tests, Discord's CDN for real). */
export interface FakeAttachment {
  filename: string;
  url: string;
  size: number;
  contentType?: string;
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
  /**
   * A reply pings the replied author by default, as Discord's client does (the author is then in
   * `mentions`); false: the person turned the ping off.
   */
  replyPing?: boolean;
}

export interface RegisteredCommands {
  global: APIApplicationCommand[];
  guilds: Record<string, APIApplicationCommand[]>;
}

export interface Session {
  id: string;
  seq: number;
  token: string;
  intents: number;
  buffer: GatewayPayload[];
  conn?: Conn;
  invalid: boolean;
  /** [shard_id, num_shards] as identified, for a sharded client. */
  shard?: [number, number];
}

export interface Conn {
  id: number;
  ws: WebSocket;
  session?: Session;
  /** READY or RESUMED was sent on this connection. */
  ready: boolean;
  closed: boolean;
}

export const JSON_HEADERS = { 'content-type': 'application/json' };
export const json = (status: number, body: unknown, headers?: Record<string, string>): FakeResponse => ({ status, body, headers });
export const discordError = (status: number, code: number, message: string): FakeResponse => json(status, { message, code });
export const notFound = (): FakeResponse => discordError(404, 0, '404: Not Found');

/** Messages, users and fixtures as the gateway and the REST routes see them. */
export interface FakeHooks {
  log(line: string): void;
  /** Something was recorded: re-run the waits. */
  notify(): void;
}

/** Who and where: the bot and its application, two users, the guild and its main text channel. */
export interface DiscordFixtures {
  readonly token: string;
  readonly bot: APIUser;
  readonly applicationId: string;
  readonly application: APIApplication;
  readonly users: { alice: APIUser; bob: APIUser };
  readonly guild: GuildFixture;
  readonly guildId: string;
  /** The guild's main text channel. */
  readonly channelId: string;
}
