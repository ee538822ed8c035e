// Keeps the Socket Mode connection up for as long as the adapter runs. @slack/socket-mode reconnects
// by itself only until an error it deems unrecoverable — Slack answering apps.connections.open with an
// HTTP error, or a network outage outlasting the WebClient's retries — after which it stops for good
// with an unhandled rejection: the bot would stay up, silent, until restarted. So its own reconnection
// is turned off (autoReconnectEnabled: false) and this retries instead, forever, with a backoff from
// 1 s doubling up to 60 s, logging each failed attempt.
import type { Logger } from '../../engine/index.ts';
import { describeError } from './slackErrors.ts';

/** What this needs of @slack/socket-mode's SocketModeClient. */
export interface SocketClient {
  start(): Promise<unknown>;
  on(event: 'connected' | 'disconnected', listener: () => void): unknown;
}

export interface SocketReconnectOptions {
  logger: Logger;
  /** True once the adapter is stopping: a disconnection is then expected. */
  isStopping(): boolean;
  minDelayMs?: number;
  maxDelayMs?: number;
}

/** Starts watching; returns what cancels a pending reconnection (call it when stopping). */
export function keepSocketConnected(client: SocketClient, options: SocketReconnectOptions): () => void {
  const minDelayMs = options.minDelayMs ?? 1_000;
  const maxDelayMs = options.maxDelayMs ?? 60_000;
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;
  let attempting = false;
  let connected = true;

  const schedule = (): void => {
    if (options.isStopping() || timer !== undefined || attempting || connected) return;
    const delayMs = Math.min(maxDelayMs, minDelayMs * 2 ** failures);
    timer = setTimeout(() => void attempt(), delayMs);
  };
  const attempt = async (): Promise<void> => {
    timer = undefined;
    if (options.isStopping() || connected) return;
    attempting = true;
    try {
      await client.start();
    } catch (error) {
      failures++;
      const retryInMs = Math.min(maxDelayMs, minDelayMs * 2 ** failures);
      options.logger.warn({ error: describeError(error), failures, retryInMs }, 'Slack Socket Mode reconnection failed; retrying');
    } finally {
      attempting = false;
    }
    schedule();
  };

  client.on('connected', () => {
    connected = true;
    failures = 0;
  });
  client.on('disconnected', () => {
    connected = false;
    if (!options.isStopping()) options.logger.warn({}, 'Slack Socket Mode disconnected; reconnecting');
    schedule();
  });
  return () => {
    clearTimeout(timer);
    timer = undefined;
  };
}
