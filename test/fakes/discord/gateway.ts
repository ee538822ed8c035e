// The fake Discord gateway (JSON, v10): HELLO, IDENTIFY (privileged intents refused unless allowed) →
// READY → GUILD_CREATE, heartbeats, RESUME replaying what was missed, dispatches filtered by the
// identified intents as Discord filters them, and the closes, reconnects and invalid sessions tests drive.
import { once } from 'node:events';
import type { APIMessage, APIUser, GatewayReadyDispatchData, APIChatInputApplicationCommandInteraction } from 'discord.js';
import { WebSocket, type RawData } from 'ws';
import { guildCreatePayload, snowflake } from './payloads.ts';
import type { DiscordState } from './state.ts';
import {
  Intent,
  PRIVILEGED_INTENTS,
  type Conn,
  type FakeHooks,
  type GatewayPayload,
  type IdentifyRecord,
  type ResumeRecord,
  type Session,
} from './types.ts';

export interface GatewayOptions {
  heartbeatIntervalMs: number;
  privilegedIntents: number;
}

export class FakeGateway {
  readonly identifies: IdentifyRecord[] = [];
  readonly resumes: ResumeRecord[] = [];
  /** Every payload the client sent on the gateway, in order (heartbeats included). */
  readonly gatewayReceived: (GatewayPayload & { connection: number; at: number })[] = [];
  /** Dispatches the fake did not deliver because the client lacks the intent (see messageCreate). */
  readonly suppressedDispatches: { t: string; d: unknown; missingIntent: number }[] = [];
  /** Gateway connections opened so far. */
  connectionCount = 0;
  heartbeatCount = 0;
  /** Set to false to stop acking heartbeats (discord.js then treats the connection as a zombie and resumes). */
  ackHeartbeats = true;
  /** `ws://127.0.0.1:PORT/gateway`: returned by GET /gateway/bot and as resume_gateway_url. */
  gatewayUrl = '';
  currentSession: Session | undefined;
  private readonly conns = new Set<Conn>();
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly state: DiscordState,
    private readonly options: GatewayOptions,
    private readonly hooks: FakeHooks,
  ) {}

  /** Sends an op 0 dispatch on the current session (buffered for RESUME when no connection is up). Returns its sequence number. */
  dispatch(t: string, d: unknown): number {
    const session = this.currentSession;
    if (!session) throw new Error(`FakeDiscord.dispatch(${t}): no gateway session yet; did the client log in?`);
    if (t === 'INTERACTION_CREATE') this.state.trackInteraction(d as APIChatInputApplicationCommandInteraction);
    const payload: GatewayPayload = { op: 0, t, s: ++session.seq, d };
    session.buffer.push(payload);
    if (session.buffer.length > 1000) session.buffer.shift();
    const conn = session.conn;
    if (conn && conn.ready && !conn.closed) this.send(conn, payload);
    return payload.s!;
  }

  /**
   * Sends what follows (dispatches, interactions, messages) to shard `id`'s latest session, as Discord
   * sends a server's events to the one shard it belongs to.
   */
  useShard(id: number): void {
    const session = [...this.sessions.values()].reverse().find((s) => !s.invalid && s.shard?.[0] === id);
    if (!session) throw new Error(`FakeDiscord.useShard(${id}): no session identified as shard ${id}`);
    this.currentSession = session;
  }

  deliverMessage(message: APIMessage, inGuild: boolean): void {
    const session = this.currentSession;
    const intents = session?.intents ?? 0;
    const needed = inGuild ? Intent.GuildMessages : Intent.DirectMessages;
    if (!(intents & needed)) {
      this.suppressedDispatches.push({ t: 'MESSAGE_CREATE', d: message, missingIntent: needed });
      this.hooks.log(`MESSAGE_CREATE suppressed: client lacks intent ${needed}`);
      return;
    }
    let delivered: APIMessage = message;
    const mentionsBot = message.mentions.some((u) => u.id === this.state.bot.id);
    // Discord's "You might not need a privileged intent": replies to the app's messages carry their content too.
    const repliesToBot = message.referenced_message?.author.id === this.state.bot.id;
    if (inGuild && !(intents & Intent.MessageContent) && !mentionsBot && !repliesToBot && message.author.id !== this.state.bot.id) {
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

  readyConn(): Conn | undefined {
    return [...this.conns].find((c) => c.ready && !c.closed);
  }

  private send(conn: Conn, payload: GatewayPayload): void {
    if (conn.ws.readyState !== WebSocket.OPEN) return;
    this.hooks.log(`→ gw#${conn.id} op ${payload.op}${payload.t ? ` ${payload.t}` : ''}${payload.s ? ` s=${payload.s}` : ''}`);
    conn.ws.send(JSON.stringify(payload));
  }

  accept(ws: WebSocket, query: URLSearchParams): void {
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
      this.hooks.log(`gw#${conn.id} closed ${code}`);
      this.hooks.notify();
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
    this.hooks.notify();
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
    this.hooks.log(`← gw#${conn.id} op ${payload.op}`);
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
    this.hooks.notify();
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
    if (record.token.replace(/^Bot\s+/i, '') !== this.state.token) {
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
      token: this.state.token,
      intents: record.intents,
      buffer: [],
      conn,
      invalid: false,
      ...(Array.isArray(record.shard) ? { shard: record.shard } : {}),
    };
    this.sessions.set(session.id, session);
    this.currentSession = session;
    conn.session = session;
    const ready: GatewayReadyDispatchData & Record<string, unknown> = {
      v: 10,
      user: { ...this.state.bot, verified: true, mfa_enabled: false, email: null } as APIUser,
      guilds: [{ id: this.state.guildId, unavailable: true }],
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.gatewayUrl,
      ...(record.shard ? { shard: record.shard } : {}),
      application: { id: this.state.applicationId, flags: this.state.application.flags, flags_new: this.state.application.flags_new },
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
        guildCreatePayload(this.state.guild, {
          includeAllMembers: Boolean(record.intents & Intent.GuildMembers),
          botUserId: this.state.bot.id,
        }),
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
    const accepted = Boolean(session && !session.invalid && token === this.state.token);
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

  /** Ends every connection at once (the fake is stopping). */
  terminateAll(): void {
    for (const conn of this.conns) {
      conn.closed = true;
      conn.ws.terminate();
    }
    this.conns.clear();
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
