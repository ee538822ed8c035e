// Relais on Slack: a Bolt app wired to the shared commands. Socket Mode when an app-level token is
// configured (no public URL needed), otherwise HTTP on config.port with every request's signature
// checked by Bolt against the signing secret. The listeners live in ./listeners, by kind.
import { App, type Logger as BoltLogger, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { AddressInfo } from 'node:net';
import type { QuestionGate } from '../../../commands/command.ts';
import type { CorpusFiles } from '../../../commands/corpusFiles.ts';
import type { SlackConfig } from '../../config.ts';
import type { Logger, RelaisEngine } from '../../engine/index.ts';
import { Conversations } from '../../conversation/conversations.ts';
import { boltLogger } from './boltLogger.ts';
import { registerListeners } from './listeners/index.ts';
import type { ListenerDeps } from './listeners/listenerDeps.ts';
import { RecentKeys } from './recentKeys.ts';
import { describeError } from './slackErrors.ts';
import { SlackFiles } from './slackFiles.ts';
import { SlackStartError, slackStartFailure } from './slackStartFailure.ts';
import { keepSocketConnected } from './socketReconnect.ts';
import {
  type HttpRetryPolicy,
  RESPONSE_URL_RETRY_POLICY,
  SOCKET_CONNECTION_RETRY_POLICY,
  WEB_API_RETRY_POLICY,
  WEB_API_TIMEOUT_MS,
  type WebApiRetryPolicy,
} from './slackRetryPolicy.ts';

export interface SlackAdapterOptions {
  config: SlackConfig;
  engine: RelaisEngine;
  logger: Logger;
  /** Retry policies; the defaults (./slackRetryPolicy.ts) suit production, tests pass small ones. */
  retry?: {
    webApi?: WebApiRetryPolicy;
    responseUrl?: HttpRetryPolicy;
    socketConnection?: WebApiRetryPolicy;
  };
  /** Socket Mode: how long a silent connection is trusted. Default 5,000 ms. */
  socketClientPingTimeoutMs?: number;
  /** Socket Mode: the first delay before reconnecting after a drop (doubling up to 60 s). Default 1,000 ms. */
  socketReconnectDelayMs?: number;
  /** How long stop() lets answers in progress finish. Default 10,000 ms. */
  stopGraceMs?: number;
  /** Rate limits, in-flight cap, metrics and stats shared with the other platforms (src/operations). */
  questions?: QuestionGate;
  /** The corpus folder, for add, remove and restore (src/documents). */
  corpusFiles?: CorpusFiles;
  /** Conversation memory, answers' buttons and votes; default: in memory, /relais answers private. */
  conversations?: Conversations;
}

export { SlackStartError };

export class SlackAdapter {
  private stopped = false;
  /** Socket Mode: cancels a pending reconnection. */
  private stopReconnecting: (() => void) | undefined;
  /** Socket Mode: whether the socket is up now (followed from the client's events). */
  private readonly socket: { connected: boolean } | undefined;

  private constructor(
    private readonly app: App,
    /** Answers still being worked on after their acknowledgement. */
    private readonly inFlight: Set<Promise<unknown>>,
    private readonly logger: Logger,
    private readonly stopGraceMs: number,
    /** HTTP mode: the base URL it listens on (POST <url>/slack/events). Undefined in Socket Mode. */
    readonly url: string | undefined,
    readonly mode: 'socket' | 'http',
    socket?: { connected: boolean },
  ) {
    this.socket = socket;
  }

  /** For /healthz: HTTP mode is up while started; Socket Mode while its socket is connected. */
  isConnected(): boolean {
    if (this.stopped) return false;
    return this.socket?.connected ?? true;
  }

  static async start(options: SlackAdapterOptions): Promise<SlackAdapter> {
    const { config, logger } = options;
    const socketMode = config.appToken !== undefined;
    if (!socketMode && config.signingSecret === undefined) {
      throw new SlackStartError('Slack over HTTP needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode).');
    }
    const clientOptions: webApi.WebClientOptions = {
      ...(config.apiUrl !== undefined ? { slackApiUrl: withTrailingSlash(config.apiUrl) } : {}),
      retryConfig: options.retry?.webApi ?? WEB_API_RETRY_POLICY,
      timeout: WEB_API_TIMEOUT_MS,
    };
    const slackLogger = boltLogger(logger);
    const socket = config.appToken !== undefined ? socketReceiver(config.appToken, slackLogger, options, clientOptions) : undefined;
    const app = new App({
      token: config.botToken,
      logger: slackLogger,
      clientOptions,
      // auth.test runs in init() below, where its failure can be reported instead of becoming an unhandled rejection.
      deferInitialization: true,
      ...(socket !== undefined
        ? { receiver: socket.receiver, socketMode: true }
        : // Acknowledge before the listener finishes: an answer can take longer than Slack's 3 seconds when Slack is slow.
          { signingSecret: config.signingSecret, processBeforeResponse: false }),
    });
    const inFlight = new Set<Promise<unknown>>();
    registerListeners(app, listenerDeps(options, inFlight));
    app.error(async (error) => {
      logger.error({ error: describeError(error) }, 'Slack listener error');
    });
    const listening = await startApp(app, config);
    const adapter = new SlackAdapter(
      app,
      inFlight,
      logger,
      options.stopGraceMs ?? 10_000,
      listening?.url,
      socket ? 'socket' : 'http',
      socket?.state,
    );
    if (socket !== undefined) {
      adapter.stopReconnecting = keepSocketConnected(socket.receiver.client, {
        logger,
        isStopping: () => adapter.stopped,
        ...(options.socketReconnectDelayMs !== undefined ? { minDelayMs: options.socketReconnectDelayMs } : {}),
      });
    }
    logger.info({ mode: adapter.mode, ...(listening !== undefined ? listening : {}) }, 'Slack adapter started');
    return adapter;
  }

  /** Stops receiving, then lets answers already in progress finish (up to the grace period). */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.stopReconnecting?.();
    try {
      await this.app.stop();
    } catch (error) {
      this.logger.warn({ error: describeError(error) }, 'Slack receiver did not stop cleanly');
    }
    if (this.inFlight.size === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.stopGraceMs);
    });
    const outcome = await Promise.race([Promise.allSettled([...this.inFlight]).then(() => 'done' as const), grace]);
    clearTimeout(timer);
    if (outcome === 'timeout')
      this.logger.warn({ pending: this.inFlight.size }, 'Slack answers still in progress at shutdown were abandoned');
  }
}

/** Socket Mode's receiver, whose connection state /healthz follows. */
function socketReceiver(
  appToken: string,
  logger: BoltLogger,
  options: SlackAdapterOptions,
  clientOptions: webApi.WebClientOptions,
): {
  receiver: SocketModeReceiver;
  state: { connected: boolean };
} {
  const receiver = new SocketModeReceiver({
    appToken,
    logger,
    ...(options.socketClientPingTimeoutMs !== undefined ? { clientPingTimeout: options.socketClientPingTimeoutMs } : {}),
    // Reconnection is ours (./socketReconnect.ts): the library's gives up after some errors.
    autoReconnectEnabled: false,
    // Its own client options: opening the socket deserves a longer retry budget than a post.
    installerOptions: {
      clientOptions: { ...clientOptions, retryConfig: options.retry?.socketConnection ?? SOCKET_CONNECTION_RETRY_POLICY },
    },
  });
  const state = { connected: false };
  receiver.client.on('connected', () => {
    state.connected = true;
  });
  for (const event of ['disconnecting', 'disconnected', 'reconnecting'])
    receiver.client.on(event, () => {
      state.connected = false;
    });
  return { receiver, state };
}

/** What every listener gets: the engine, who is an admin, fair use, and the tracking stop() waits on. */
function listenerDeps(options: SlackAdapterOptions, inFlight: Set<Promise<unknown>>): ListenerDeps {
  return {
    engine: options.engine,
    logger: options.logger,
    adminUserIds: new Set(options.config.adminUserIds),
    ...(options.questions ? { questions: options.questions } : {}),
    ...(options.corpusFiles ? { corpusFiles: options.corpusFiles } : {}),
    answeredMessages: new RecentKeys(),
    conversations: options.conversations ?? new Conversations(),
    responseUrlPolicy: options.retry?.responseUrl ?? RESPONSE_URL_RETRY_POLICY,
    slackFiles: new SlackFiles(options.config.botToken, options.config.apiUrl),
    track: (work) => {
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work)).catch(() => undefined);
      return work;
    },
  };
}

/** auth.test, then the socket or the HTTP listener; over HTTP, where it listens. Failures name the step. */
async function startApp(app: App, config: SlackConfig): Promise<{ listening: string; url: string } | undefined> {
  const socketMode = config.appToken !== undefined;
  const apiUrl = config.apiUrl !== undefined ? { apiUrl: config.apiUrl } : {};
  try {
    await app.init();
  } catch (error) {
    throw slackStartFailure(error, { step: 'auth.test', ...apiUrl });
  }
  try {
    const started = await app.start(...(socketMode ? [] : [config.port]));
    if (socketMode) return undefined;
    const address = (started as { address(): AddressInfo }).address();
    // Bolt listens on every interface: say so, with the address the server really has.
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return { listening: `http://${host}:${address.port}/slack/events`, url: `http://127.0.0.1:${address.port}` };
  } catch (error) {
    await app.stop().catch(() => undefined);
    throw slackStartFailure(error, { step: socketMode ? 'apps.connections.open' : 'listen', port: config.port, ...apiUrl });
  }
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
