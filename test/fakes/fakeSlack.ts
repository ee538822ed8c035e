/**
 * FakeSlack — a fake Slack on 127.0.0.1 speaking the real protocols, so integration tests can run the
 * REAL @slack/bolt App (and @slack/web-api / @slack/socket-mode) with no internet and no mocks.
 * One HTTP server on one port serves:
 *   - the Web API:          POST /api/<method>        (form-urlencoded, JSON or multipart, as WebClient sends)
 *   - response_url targets: POST /response/<id>       (what Bolt's respond() posts to)
 *   - Socket Mode:          ws://127.0.0.1:PORT/link/?ticket=…  (URL returned by apps.connections.open)
 *
 * Typical use in an adapter test (see fakeSlack.test.ts for complete, working examples):
 *
 *   const fake = await FakeSlack.start();
 *   // HTTP mode — Bolt's built-in HTTPReceiver on a free port:
 *   const app = new App({ token: 'xoxb-test', signingSecret: SECRET, processBeforeResponse: true,
 *     clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } } });   // auth.test is served by the fake
 *   const server = await app.start(0);  const appUrl = serverUrl(server);
 *   const res = await fake.sendSlashCommand(appUrl, SECRET, { text: 'question' });      // res.status === 200
 *   const post = await fake.waitForCall('chat.postMessage');                             // post.body.text …
 *   await fake.sendEvent(appUrl, SECRET, fake.appMention({ text: 'hi', thread_ts }));   // inner event is wrapped
 *
 *   // Socket Mode — the SocketModeClient gets its WebClient options from clientOptions too:
 *   const app = new App({ token: 'xoxb-test', appToken: 'xapp-test', socketMode: true,
 *     botId: fake.identity.botId, botUserId: fake.identity.botUserId,
 *     clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } } });
 *   await app.start();  await fake.waitForSocketConnection();
 *   const ack = await fake.sendSocketEnvelope('slash_commands', fake.slashCommand({ text: 'q' }));
 *
 *   fake.respondWith('chat.postMessage', replies.rateLimited(1), { times: 1 });          // one 429 then normal
 *   fake.respondWith('chat.postMessage', replies.httpError(500));                        // every call → 500
 *
 *   await app.stop();  await fake.stop();   // ALWAYS stop the app first (see stop() for why)
 *
 * Recorded state: fake.calls / callsTo(method) (Web API), fake.responses (response_url posts),
 * fake.socketAcks (Socket Mode acks), fake.socketMessages (every frame the app sent). fake.reset() clears them.
 * Form fields holding JSON (blocks, attachments, metadata…) are parsed; other form fields stay strings
 * (e.g. `unfurl_links: 'false'`), exactly as the WebClient sent them.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { CannedResponses } from './kernel/cannedResponses.ts';
import { readBody, readMultipart, startFakeServer, stopFakeServer } from './kernel/httpServer.ts';
import { Waiters } from './kernel/waiters.ts';
import { FakeFileStore, type FakeFileOptions, type SlackFileObject } from './slack/files.ts';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import {
  buildAppMention,
  buildBlockActions,
  buildBotMessage,
  buildChannelMessage,
  buildDirectMessage,
  buildEventCallback,
  buildSlashCommand,
  DEFAULT_IDENTITY,
  nextTs,
  slackSignature,
  uniqueId,
  type BlockActionOptions,
  type BotMessageOptions,
  type EventCallbackBody,
  type MessageOptions,
  type SlackEvent,
  type SlackIdentity,
  type SlashCommandFields,
} from './slack/payloads.ts';

export * from './slack/payloads.ts';
export type { FakeFileOptions, RecordedDownload, SlackFileObject } from './slack/files.ts';

// ───────────────────────────── types ─────────────────────────────

/** One Web API call the app made. `token` comes from `Authorization: Bearer …` or a `token` body field. */
export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  token: string | undefined;
  at: number;
}

/** One POST the app made to a response_url (`fake.responseUrl(id)`). */
export interface RecordedResponse {
  id: string;
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  at: number;
}

/** What the fake answers. `body` objects are sent as JSON; strings are sent as-is. Defaults: 200, `{ok:true}`. */
export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Override for a Web API method. Return `undefined` to fall through to the default answer. */
export type MethodHandler = (call: RecordedCall, fake: FakeSlack) => FakeReply | undefined | Promise<FakeReply | undefined>;

/** Pseudo-method name for overriding what response_url POSTs get (`call.method` is '@response_url'). */
export const RESPONSE_URL = '@response_url';

/** Ready-made FakeReply values for resilience tests. */
export const replies = {
  ok: (body: Record<string, unknown> = {}): FakeReply => ({ status: 200, body: { ok: true, ...body } }),
  /** HTTP 429 with Retry-After, as Slack rate-limits (WebClient raises rate-limit handling on this). */
  rateLimited: (retryAfterSec = 1): FakeReply => ({
    status: 429,
    headers: { 'Retry-After': String(retryAfterSec) },
    body: { ok: false, error: 'ratelimited' },
  }),
  /** A non-200 HTTP status (WebClient throws WebAPIHTTPError / code slack_webapi_http_error). */
  httpError: (status = 500, body: unknown = 'Internal Server Error'): FakeReply => ({ status, body }),
  /** HTTP 200 with `{ok:false, error}` (WebClient throws WebAPIPlatformError / code slack_webapi_platform_error). */
  apiError: (error: string, extra: Record<string, unknown> = {}): FakeReply => ({ status: 200, body: { ok: false, error, ...extra } }),
};

export interface FakeSlackOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0 (a free port). */
  port?: number;
  /** Override any of the workspace/app ids. */
  identity?: Partial<SlackIdentity>;
  /** If > 0, the fake pings each Socket Mode client at this interval (Slack pings every few seconds). Default 0. */
  socketPingIntervalMs?: number;
  /** The bot token files are served to (default: any xoxb- token). */
  botToken?: string;
  /**
   * Default timeout of the waitFor… and sendSocketEnvelope promises. Default 15,000 ms: a bound that
   * turns a hang into a clear failure, wide enough that a busy 2-core machine only makes tests slower.
   */
  defaultTimeoutMs?: number;
}

export interface SendOptions {
  /** Sign with a wrong secret → Bolt answers 401. */
  badSignature?: boolean;
  /** Age of the request in seconds: x-slack-request-timestamp = now − timestampSkewSec (> 300 is stale → 401). */
  timestampSkewSec?: number;
  /** Redelivery headers (Events API): x-slack-retry-num / x-slack-retry-reason (e.g. 'http_timeout'). */
  retryNum?: number;
  retryReason?: string;
  /** Extra request headers. */
  headers?: Record<string, string>;
}

export interface SendResult {
  status: number;
  headers: Record<string, string>;
  /** Raw response text ('' for an empty ack). */
  body: string;
  /** Parsed JSON body, or undefined when the body is empty / not JSON. */
  json: unknown;
}

export type EnvelopeType = 'slash_commands' | 'events_api' | 'interactive' | (string & {});

/** A message the app sent over the socket in reply to an envelope. */
export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
  at: number;
}

export interface EnvelopeOptions {
  envelopeId?: string;
  /** Default true for slash_commands/interactive, false for events_api (as Slack does). */
  acceptsResponsePayload?: boolean;
  /** events_api redelivery: retry_attempt / retry_reason on the envelope. */
  retryAttempt?: number;
  retryReason?: string;
  timeoutMs?: number;
}

/** How dropSocket() ends the connection. */
export type DropMode =
  /** Send Slack's `{type:'disconnect', reason:'refresh_requested'}`; the client closes and reconnects. */
  | 'disconnect'
  /** Server-initiated close handshake (close code 1001). */
  | 'close'
  /** Kill the TCP connection without any close frame. */
  | 'terminate';

// ───────────────────────────── tiny helpers ─────────────────────────────

/** A free TCP port on 127.0.0.1 (prefer listening on port 0 directly when the API allows it). */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve, reject) => {
    srv.once('error', reject);
    srv.listen(0, host, () => resolve());
  });
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

/** `http://127.0.0.1:<port>` of a listening server (e.g. what `await app.start(0)` returns). */
export function serverUrl(server: { address(): AddressInfo | string | null }, host = '127.0.0.1'): string {
  const addr = server.address();
  if (addr === null || typeof addr === 'string') throw new Error('server is not listening on a TCP port');
  return `http://${host}:${addr.port}`;
}

function maybeJson(value: string): unknown {
  const t = value.trim();
  if ((t.startsWith('{') && t.endsWith('}')) || (t.startsWith('[') && t.endsWith(']'))) {
    try {
      return JSON.parse(t);
    } catch {
      return value;
    }
  }
  return value;
}

async function parseBody(raw: Buffer, contentType: string | undefined): Promise<Record<string, unknown>> {
  const ct = (contentType ?? '').toLowerCase();
  const text = raw.toString('utf8');
  if (text.length === 0) return {};
  if (ct.includes('application/json')) {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : { _json: parsed };
  }
  if (ct.includes('multipart/form-data')) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of await readMultipart(raw, contentType ?? '')) {
      out[k] = typeof v === 'string' ? maybeJson(v) : { filename: v.name, size: v.size };
    }
    return out;
  }
  // application/x-www-form-urlencoded (the WebClient's default) — also the fallback.
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(text)) out[k] = maybeJson(v);
  return out;
}

/**
 * A recorded item matching now, or else the first to match as it arrives (the predicate judged when
 * that item is recorded, as a test reading "the second call" means).
 */
function firstMatch<T>(items: readonly T[], predicate: (item: T) => boolean): () => T | undefined {
  const existing = items.find(predicate);
  if (existing !== undefined) return () => existing;
  let seen = items.length;
  let found: T | undefined;
  return () => {
    for (; found === undefined && seen < items.length; seen++) if (predicate(items[seen] as T)) found = items[seen];
    return found;
  };
}

function once<T>(emitterWait: (cb: () => void) => void, timeoutMs: number, onTimeout: () => T): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(onTimeout()), timeoutMs);
    emitterWait(() => {
      clearTimeout(timer);
      resolve(undefined);
    });
  });
}

// ───────────────────────────── the fake ─────────────────────────────

export class FakeSlack {
  readonly identity: SlackIdentity;
  /** Every Web API call, in arrival order. */
  readonly calls: RecordedCall[] = [];
  /** Every POST to a response_url, in arrival order. */
  readonly responses: RecordedResponse[] = [];
  /** Every Socket Mode acknowledgement (messages carrying an envelope_id). */
  readonly socketAcks: SocketAck[] = [];
  /** Every parsed frame the app sent over Socket Mode. */
  readonly socketMessages: Array<Record<string, unknown>> = [];
  /** Number of Socket Mode connections accepted so far (1 after the first connect, 2 after a reconnect…). */
  socketConnectionCount = 0;
  /** Files shared in the workspace (addFile), served by files.info / files.list and their download URLs. */
  readonly files: FakeFileStore;

  private server: Server | undefined;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  private readonly tickets = new Set<string>();
  private readonly overrides = new CannedResponses<RecordedCall, FakeReply>();
  private readonly waiters = new Waiters('FakeSlack');
  private readonly pingTimers = new Set<NodeJS.Timeout>();
  private readonly host: string;
  private readonly defaultTimeoutMs: number;
  private readonly socketPingIntervalMs: number;
  private port = 0;
  private stopped = false;

  private constructor(opts: FakeSlackOptions) {
    this.identity = { ...DEFAULT_IDENTITY, ...opts.identity };
    this.host = opts.host ?? '127.0.0.1';
    this.defaultTimeoutMs = opts.defaultTimeoutMs ?? 15_000;
    this.socketPingIntervalMs = opts.socketPingIntervalMs ?? 0;
    this.wss = new WebSocketServer({ noServer: true });
    this.files = new FakeFileStore(this.identity, () => this.baseUrl, opts.botToken);
  }

  /** Start a fake listening on 127.0.0.1, port 0 by default. */
  static async start(opts: FakeSlackOptions = {}): Promise<FakeSlack> {
    const fake = new FakeSlack(opts);
    const { server, port } = await startFakeServer(fake.host, opts.port ?? 0, {
      request: (req, res) => fake.handleHttp(req, res),
      upgrade: (req, socket, head) => fake.handleUpgrade(req, socket, head),
    });
    fake.server = server;
    fake.port = port;
    return fake;
  }

  // ── URLs ──
  get baseUrl(): string {
    return `http://${this.host}:${this.port}`;
  }
  /** For `clientOptions.slackApiUrl` (ends with '/'). */
  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }
  /** A fresh Socket Mode URL (what apps.connections.open returns). */
  socketUrl(): string {
    const ticket = randomUUID();
    this.tickets.add(ticket);
    return `ws://${this.host}:${this.port}/link/?ticket=${ticket}&app_id=${this.identity.appId}`;
  }
  /** A response_url served by the fake; POSTs to it land in `fake.responses` with this id. */
  responseUrl(id: string = uniqueId('R')): string {
    return `${this.baseUrl}/response/${encodeURIComponent(id)}`;
  }

  // ── recorded state ──
  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }
  responsesTo(id: string): RecordedResponse[] {
    return this.responses.filter((r) => r.id === id);
  }
  /** Clears recorded calls/responses/acks/messages/downloads and all overrides (keeps connections and files). */
  reset(): void {
    this.calls.length = 0;
    this.responses.length = 0;
    this.socketAcks.length = 0;
    this.socketMessages.length = 0;
    this.files.downloads.length = 0;
    this.overrides.clear();
  }

  /** Re-runs every wait: something was recorded. */
  private recorded(): void {
    this.waiters.notify();
  }

  /**
   * Resolves with the first call to `method` matching `predicate` — an already-recorded one or the next to
   * arrive. Rejects after timeoutMs. To wait for "the 2nd call", use a predicate or `fake.reset()` first.
   */
  waitForCall(
    method: string,
    predicate: (c: RecordedCall) => boolean = () => true,
    timeoutMs = this.defaultTimeoutMs,
  ): Promise<RecordedCall> {
    return this.waiters.waitFor(
      firstMatch(this.calls, (c) => c.method === method && predicate(c)),
      timeoutMs,
      `call to ${method}`,
    );
  }

  /** Like waitForCall, for response_url POSTs. */
  waitForResponse(predicate: (r: RecordedResponse) => boolean = () => true, timeoutMs = this.defaultTimeoutMs): Promise<RecordedResponse> {
    return this.waiters.waitFor(firstMatch(this.responses, predicate), timeoutMs, 'response_url POST');
  }

  /**
   * Override the answer for a Web API method (or RESPONSE_URL). Latest override wins; `times` limits how many calls
   * it answers before falling back to the previous override / the default. Returns a function removing it.
   */
  respondWith(method: string, handler: MethodHandler | FakeReply, opts: { times?: number } = {}): () => void {
    const answer = typeof handler === 'function' ? (call: RecordedCall) => handler(call, this) : () => handler;
    return this.overrides.add((call) => call.method === method, answer, opts.times);
  }

  // ── payload builders (ids from fake.identity, response_url pointing at the fake) ──
  /** Slash command `/relais` form fields; response_url points at the fake. */
  slashCommand(fields: Partial<SlashCommandFields> = {}): SlashCommandFields {
    return buildSlashCommand(this.identity, this.responseUrl(), fields);
  }
  /** `app_mention` event in the default channel (inner event; pass `thread_ts` for a thread reply). */
  appMention(opts: MessageOptions = {}): SlackEvent {
    return buildAppMention(this.identity, opts);
  }
  /** `message` event in the DM with the bot (channel_type 'im'). */
  directMessage(opts: MessageOptions = {}): SlackEvent {
    return buildDirectMessage(this.identity, opts);
  }
  /** `message` event from a human in the default channel (a thread reply with `thread_ts`). */
  channelMessage(opts: MessageOptions = {}): SlackEvent {
    return buildChannelMessage(this.identity, opts);
  }
  /** A `block_actions` click on a button; its response_url points at the fake unless given. */
  blockActions(opts: Omit<BlockActionOptions, 'responseUrl'> & { responseUrl?: string }): Record<string, unknown> {
    return buildBlockActions(this.identity, { ...opts, responseUrl: opts.responseUrl ?? this.responseUrl() });
  }
  /** `message` event from a bot (bot_id set; another bot unless `botId: fake.identity.botId`). */
  botMessage(opts: BotMessageOptions = {}): SlackEvent {
    return buildBotMessage(this.identity, opts);
  }
  /** Shares a file in the workspace (kept for files.info, files.list and its download URL); returns its object. */
  addFile(options: FakeFileOptions): SlackFileObject {
    return this.files.add(options);
  }
  /**
   * A `message` event with subtype `file_share` carrying `files` (in the DM with the bot by default, as
   * `channel_type: 'im'`; `channel` elsewhere), its text the message typed with the files.
   */
  fileShare(files: SlackFileObject[], opts: MessageOptions & { dm?: boolean } = {}): SlackEvent {
    const dm = opts.dm ?? true;
    const event = buildDirectMessage(this.identity, dm ? opts : { channel: this.identity.channelId, ...opts });
    return {
      ...event,
      subtype: 'file_share',
      files,
      upload: true,
      display_as_bot: false,
      ...(dm ? {} : { channel_type: 'channel' }),
      text: opts.text ?? '',
    };
  }
  /** Wrap an inner event in the Events API `event_callback` envelope, with a unique event_id. */
  eventCallback(event: SlackEvent): EventCallbackBody {
    return buildEventCallback(this.identity, event);
  }

  // ── delivering to an app over HTTP, signed like Slack ──
  /**
   * POST a form-encoded slash command to the app (`appUrl` = base URL → `/slack/events` is appended, or a full URL).
   * `fields` are merged over `fake.slashCommand()` defaults (a full payload with response_url and trigger_id is sent as-is).
   */
  sendSlashCommand(
    appUrl: string,
    signingSecret: string,
    fields: Partial<SlashCommandFields> = {},
    opts: SendOptions = {},
  ): Promise<SendResult> {
    const payload = 'response_url' in fields && 'trigger_id' in fields ? (fields as SlashCommandFields) : this.slashCommand(fields);
    const body = new URLSearchParams(payload).toString();
    return this.signedPost(appUrl, signingSecret, body, 'application/x-www-form-urlencoded', opts);
  }

  /** POST an Events API body as JSON. An inner event (no `type: 'event_callback'`) is wrapped first. */
  sendEvent(
    appUrl: string,
    signingSecret: string,
    eventOrBody: EventCallbackBody | SlackEvent | Record<string, unknown>,
    opts: SendOptions = {},
  ): Promise<SendResult> {
    const isOuter = eventOrBody['type'] === 'event_callback' || eventOrBody['type'] === 'url_verification';
    const body = isOuter ? eventOrBody : this.eventCallback(eventOrBody as SlackEvent);
    return this.signedPost(appUrl, signingSecret, JSON.stringify(body), 'application/json', opts);
  }

  /** POST an interactive payload (block_actions, view_submission…) as `payload=<json>` form, like Slack. */
  sendInteraction(appUrl: string, signingSecret: string, payload: Record<string, unknown>, opts: SendOptions = {}): Promise<SendResult> {
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    return this.signedPost(appUrl, signingSecret, body, 'application/x-www-form-urlencoded', opts);
  }

  private async signedPost(appUrl: string, secret: string, body: string, contentType: string, opts: SendOptions): Promise<SendResult> {
    const url = new URL(appUrl);
    if (url.pathname === '/' || url.pathname === '') url.pathname = '/slack/events';
    const ts = Math.floor(Date.now() / 1000) - (opts.timestampSkewSec ?? 0);
    const signature = slackSignature(opts.badSignature ? `${secret}-wrong` : secret, ts, body);
    const headers: Record<string, string> = {
      // Bolt's HTTPReceiver compares content-type with === : no "; charset" suffix here.
      'content-type': contentType,
      'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': signature,
      ...(opts.retryNum !== undefined ? { 'x-slack-retry-num': String(opts.retryNum) } : {}),
      ...(opts.retryReason !== undefined ? { 'x-slack-retry-reason': opts.retryReason } : {}),
      ...opts.headers,
    };
    const res = await fetch(url, { method: 'POST', headers, body });
    const text = await res.text();
    let json: unknown;
    try {
      json = text.length > 0 ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: Object.fromEntries(res.headers.entries()), body: text, json };
  }

  // ── Socket Mode ──
  /** Resolves once the app has connected and received `hello` (`nth` = wait for the nth connection overall). */
  waitForSocketConnection(opts: { nth?: number; timeoutMs?: number } = {}): Promise<number> {
    const nth = opts.nth ?? 1;
    const reached = () => (this.socketConnectionCount >= nth ? this.socketConnectionCount : undefined);
    return this.waiters.waitFor(reached, opts.timeoutMs ?? this.defaultTimeoutMs, `socket connection #${nth}`);
  }

  get socketConnected(): boolean {
    return [...this.sockets].some((s) => s.readyState === WebSocket.OPEN);
  }

  /**
   * Send an envelope to the connected app; resolves with the app's ack (`{envelope_id, payload?}`).
   * For 'events_api', pass an inner event or an event_callback body (inner events are wrapped).
   */
  sendSocketEnvelope(type: EnvelopeType, payload: Record<string, unknown>, opts: EnvelopeOptions = {}): Promise<SocketAck> {
    const ws = [...this.sockets].find((s) => s.readyState === WebSocket.OPEN);
    if (!ws) return Promise.reject(new Error('FakeSlack: no Socket Mode connection is open'));
    const envelopeId = opts.envelopeId ?? randomUUID();
    let body = payload;
    if (type === 'events_api' && payload['type'] !== 'event_callback') body = this.eventCallback(payload as SlackEvent);
    const envelope: Record<string, unknown> = {
      envelope_id: envelopeId,
      payload: body,
      type,
      accepts_response_payload: opts.acceptsResponsePayload ?? type !== 'events_api',
      ...(type === 'events_api' ? { retry_attempt: opts.retryAttempt ?? 0, retry_reason: opts.retryReason ?? '' } : {}),
    };
    const acked = this.waiters.waitFor(
      () => this.socketAcks.find((a) => a.envelope_id === envelopeId),
      opts.timeoutMs ?? this.defaultTimeoutMs,
      `the ack of envelope ${envelopeId} (${type})`,
    );
    ws.send(JSON.stringify(envelope));
    return acked;
  }

  /**
   * Simulate Slack dropping the Socket Mode connection; resolves when the connection is fully closed.
   * The SocketModeClient then reconnects (apps.connections.open again) after `clientPingTimeout` ms (5 s default;
   * pass a SocketModeReceiver with a small clientPingTimeout to make that fast) — use waitForSocketConnection({nth}).
   */
  async dropSocket(mode: DropMode = 'disconnect'): Promise<void> {
    const open = [...this.sockets];
    await Promise.all(
      open.map(async (ws) => {
        const closed = new Promise<void>((resolve) => {
          if (ws.readyState === WebSocket.CLOSED) resolve();
          else ws.once('close', () => resolve());
        });
        if (mode === 'terminate') ws.terminate();
        else if (mode === 'close') ws.close(1001, 'going away');
        else ws.send(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested', debug_info: { host: 'fake-applink' } }));
        await once(
          (cb) => void closed.then(cb),
          3000,
          () => ws.terminate(),
        );
      }),
    );
  }

  /**
   * Close everything. Stop the Bolt app FIRST: a still-running SocketModeClient treats the close as a drop and
   * schedules a reconnect (after clientPingTimeout) that then fails against a dead fake. Never kill the TCP
   * connection while the client is closing: socket-mode 3.1.0 then leaks a 30 s timer (SlackWebSocket.js:219).
   * Open sockets get a close handshake (client-initiated ones in progress are allowed to finish) before being
   * terminated as a last resort.
   */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const t of this.pingTimers) clearInterval(t);
    this.pingTimers.clear();
    await Promise.all(
      [...this.sockets].map(async (ws) => {
        if (ws.readyState === WebSocket.CLOSED) return;
        const closed = new Promise<void>((resolve) => ws.once('close', () => resolve()));
        // Give a client-initiated close (app.stop() does not wait for it) a moment to arrive and finish.
        if (ws.readyState === WebSocket.OPEN)
          await once(
            (cb) => void closed.then(cb),
            100,
            () => undefined,
          );
        if (ws.readyState === WebSocket.OPEN) ws.close(1001, 'server shutting down');
        await once(
          (cb) => void closed.then(cb),
          2000,
          () => ws.terminate(),
        );
      }),
    );
    this.sockets.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.waiters.stop();
    if (this.server) await stopFakeServer(this.server);
  }

  // ───────────── internals ─────────────

  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const raw = await readBody(req);
    const body = await parseBody(raw, req.headers['content-type']);
    const apiMatch = /^\/api\/([A-Za-z0-9_.]+)$/.exec(url.pathname);
    const respMatch = /^\/response\/([^/]+)$/.exec(url.pathname);

    if (req.method === 'POST' && apiMatch?.[1] !== undefined) {
      const auth = req.headers.authorization;
      const token = auth?.startsWith('Bearer ')
        ? auth.slice('Bearer '.length)
        : typeof body['token'] === 'string'
          ? body['token']
          : undefined;
      const call: RecordedCall = { method: apiMatch[1], body, headers: req.headers, token, at: Date.now() };
      this.calls.push(call);
      this.recorded();
      const reply = (await this.overrides.answer(call)) ?? this.defaultReply(call);
      this.send(res, reply);
      return;
    }
    if (req.method === 'GET' && url.pathname.startsWith('/files-pri/')) {
      this.files.serve(req, res, url.pathname);
      this.recorded();
      return;
    }
    if (req.method === 'POST' && respMatch?.[1] !== undefined) {
      const recorded: RecordedResponse = { id: decodeURIComponent(respMatch[1]), body, headers: req.headers, at: Date.now() };
      this.responses.push(recorded);
      this.recorded();
      const call: RecordedCall = { method: RESPONSE_URL, body, headers: req.headers, token: undefined, at: recorded.at };
      this.send(res, (await this.overrides.answer(call)) ?? { status: 200, body: { ok: true } });
      return;
    }
    this.send(res, { status: 404, body: { ok: false, error: 'unknown_method' } });
  }

  private send(res: ServerResponse, reply: FakeReply): void {
    const isString = typeof reply.body === 'string';
    const payload = isString ? (reply.body as string) : JSON.stringify(reply.body ?? { ok: true });
    res.writeHead(reply.status ?? 200, {
      'content-type': isString ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
      ...reply.headers,
    });
    res.end(payload);
  }

  /** Minimal but realistic default answers. Unknown methods → `{ok:true}`. */
  private defaultReply(call: RecordedCall): FakeReply {
    const id = this.identity;
    const b = call.body;
    const str = (v: unknown, dflt: string): string => (typeof v === 'string' && v.length > 0 ? v : dflt);
    switch (call.method) {
      case 'auth.test':
        return replies.ok({
          url: `https://${id.teamDomain}.slack.com/`,
          team: 'Relais Test',
          user: 'relais',
          team_id: id.teamId,
          user_id: id.botUserId,
          bot_id: id.botId,
          is_enterprise_install: false,
        });
      case 'chat.postMessage': {
        const ts = nextTs();
        const channel = str(b['channel'], id.channelId);
        return replies.ok({
          channel,
          ts,
          message: {
            type: 'message',
            user: id.botUserId,
            bot_id: id.botId,
            app_id: id.appId,
            text: b['text'] ?? '',
            ts,
            ...(b['thread_ts'] !== undefined ? { thread_ts: b['thread_ts'] } : {}),
            ...(b['blocks'] !== undefined ? { blocks: b['blocks'] } : {}),
          },
        });
      }
      case 'chat.postEphemeral': {
        const ts = nextTs();
        return replies.ok({ message_ts: ts, ts, channel: str(b['channel'], id.channelId) });
      }
      case 'chat.update':
        return replies.ok({
          channel: str(b['channel'], id.channelId),
          ts: str(b['ts'], nextTs()),
          text: b['text'] ?? '',
          message: { type: 'message', user: id.botUserId, bot_id: id.botId, text: b['text'] ?? '' },
        });
      case 'files.info':
        return { status: 200, body: this.files.info(b) };
      case 'files.list':
        return { status: 200, body: this.files.list(b) };
      case 'apps.connections.open':
        // Real Slack requires the app-level token (xapp-…) here.
        if (!call.token?.startsWith('xapp-')) return replies.apiError('invalid_auth');
        return replies.ok({ url: this.socketUrl() });
      case 'users.info': {
        const user = str(b['user'], id.userId);
        const isBot = user === id.botUserId;
        const name = isBot ? 'relais' : user === id.userId ? id.userName : user.toLowerCase();
        return replies.ok({
          user: {
            id: user,
            team_id: id.teamId,
            name,
            real_name: name,
            is_bot: isBot,
            deleted: false,
            tz: 'Europe/Paris',
            profile: { display_name: name, real_name: name },
          },
        });
      }
      case 'conversations.info': {
        const channel = str(b['channel'], id.channelId);
        const isIm = channel.startsWith('D');
        return replies.ok({
          channel: {
            id: channel,
            ...(isIm ? { user: id.userId } : { name: channel === id.channelId ? id.channelName : channel.toLowerCase() }),
            is_channel: channel.startsWith('C'),
            is_group: channel.startsWith('G'),
            is_im: isIm,
            is_private: !channel.startsWith('C'),
            is_member: true,
            is_archived: false,
          },
        });
      }
      default:
        return replies.ok();
    }
  }

  private handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const ticket = url.searchParams.get('ticket');
    if (this.stopped || url.pathname !== '/link/' || ticket === null || !this.tickets.has(ticket)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (isBinary) return;
      let msg: unknown;
      try {
        msg = JSON.parse(data.toString());
      } catch {
        return;
      }
      if (msg === null || typeof msg !== 'object') return;
      const record = msg as Record<string, unknown>;
      this.socketMessages.push(record);
      const envelopeId = record['envelope_id'];
      if (typeof envelopeId === 'string') {
        const ack: SocketAck = {
          envelope_id: envelopeId,
          ...(record['payload'] !== undefined ? { payload: record['payload'] as Record<string, unknown> } : {}),
          at: Date.now(),
        };
        this.socketAcks.push(ack);
        this.recorded();
      }
    });
    ws.on('error', () => undefined);
    let pingTimer: NodeJS.Timeout | undefined;
    if (this.socketPingIntervalMs > 0) {
      pingTimer = setInterval(() => {
        if (ws.readyState === WebSocket.OPEN) ws.ping(Buffer.from(`ping-${Date.now()}`));
      }, this.socketPingIntervalMs);
      this.pingTimers.add(pingTimer);
    }
    ws.on('close', () => {
      this.sockets.delete(ws);
      if (pingTimer !== undefined) {
        clearInterval(pingTimer);
        this.pingTimers.delete(pingTimer);
      }
    });
    this.socketConnectionCount += 1;
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: this.sockets.size,
        debug_info: { host: 'fake-applink-1', build_number: 1, approximate_connection_time: 18060 },
        connection_info: { app_id: this.identity.appId },
      }),
    );
    this.recorded();
  }
}
