// How an instance learns that another one switched the index generation: LISTEN on the primary's
// relais_generation channel (the writer NOTIFYs in the switching transaction, so the message arrives
// once the switch is committed), instead of a query before every question. The listening connection
// is the only thing trusted: while it is down — not yet connected, dropped, or the server is a standby
// where LISTEN is refused — nothing is trusted and the index reads the current id before each question,
// as it did before; it reconnects by itself, and every (re)connection is an event that forces one read,
// since messages sent while it was down are lost.
import type { Socket } from 'node:net';
import pg from 'pg';
import type { Logger } from '../../logger.ts';
import { GENERATION_CHANNEL } from './postgresIndexWriter.ts';

/** Reconnection delays: doubled from the first to the last, then kept. */
const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 30_000;
/** Even while listening, the current id is read again after this long (a connection can die silently). */
const TRUST_MS = 30_000;

export interface ListenerOptions {
  connectionString: string;
  schema: string;
  applicationName: string;
  logger: Logger;
}

export class GenerationListener {
  /** Bumped by every message, connection and disconnection: a read covers the events before it. */
  private events = 0;
  /** The highest generation id announced on the channel for this schema. */
  private announcedId = 0n;
  private client: pg.Client | undefined;
  private listening = false;
  private retryMs = FIRST_RETRY_MS;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private warned = false;

  constructor(private readonly options: ListenerOptions) {}

  /** Starts listening in the background; never throws (questions poll meanwhile). */
  start(): void {
    void this.connect();
  }

  /** A mark to hand back to `unchanged`: the events a read about to be made will cover. */
  mark(): { events: number; at: number } {
    return { events: this.events, at: Date.now() };
  }

  /** The highest generation announced so far (0 when none). */
  get announced(): bigint {
    return this.announcedId;
  }

  /** Whether nothing happened since `mark` was taken, the connection listening all along and recently checked. */
  unchanged(mark: { events: number; at: number } | undefined): boolean {
    return mark !== undefined && this.listening && mark.events === this.events && Date.now() - mark.at < TRUST_MS;
  }

  /** A generation this process knows of (it built it): reads must reach it before it is trusted. */
  announce(id: bigint): void {
    if (id > this.announcedId) this.announcedId = id;
    this.events++;
  }

  /** Forgets what was checked: the next question reads the current id. */
  invalidate(): void {
    this.events++;
  }

  get isListening(): boolean {
    return this.listening;
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      application_name: `${this.options.applicationName}-listen`,
      keepAlive: true,
    });
    this.client = client;
    client.on('notification', (message) => this.onMessage(message.payload));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      // Like the pool (allowExitOnIdle), listening never keeps a finished process alive (npm run ask).
      (client.connection.stream as Partial<Socket>).unref?.();
      await client.query(`LISTEN ${GENERATION_CHANNEL}`);
      if (this.closed || this.client !== client) return;
      this.listening = true;
      this.retryMs = FIRST_RETRY_MS;
      this.warned = false;
      this.events++;
      this.options.logger.debug({ channel: GENERATION_CHANNEL }, 'listening for index generation switches');
    } catch (error) {
      this.lost(client, error);
    }
  }

  private onMessage(payload: string | undefined): void {
    const match = /^(.*):(\d+)$/.exec(payload ?? '');
    if (!match || match[1] !== this.options.schema) return;
    this.announce(BigInt(match[2]!));
  }

  private lost(client: pg.Client, error?: unknown): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.listening = false;
    this.events++;
    client.removeAllListeners('end');
    client.on('error', () => {});
    client.end().catch(() => {});
    if (this.closed) return;
    if (!this.warned) {
      this.warned = true;
      this.options.logger.warn(
        { error: error instanceof Error ? error.message : undefined },
        'not listening for index generation switches; reading the current generation before each question until reconnected',
      );
    }
    this.timer = setTimeout(() => void this.connect(), this.retryMs);
    this.timer.unref();
    this.retryMs = Math.min(LAST_RETRY_MS, this.retryMs * 2);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    this.listening = false;
    if (client) {
      client.removeAllListeners('end');
      client.on('error', () => {});
      // Held again while closing: an unref'd socket would let the process exit before end() settles.
      (client.connection.stream as Partial<Socket>).ref?.();
      await client.end().catch(() => {});
    }
  }
}
