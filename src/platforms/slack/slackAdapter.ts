// Relais on Slack: a Bolt app wired to the shared commands. Socket Mode when an app-level token is
// configured (no public URL needed), otherwise HTTP on config.port with every request's signature
// checked by Bolt against the signing secret. The listeners live in ./listeners, by kind.
import { App, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { AddressInfo } from 'node:net';
import type { QuestionGate } from '../../../commands/command.ts';
import type { SlackConfig } from '../../config.ts';
import type { Logger } from '../../engine/logger.ts';
import type { RelaisEngine } from '../../engine/relaisEngine.ts';
import { boltLogger } from './boltLogger.ts';
import { registerListeners } from './listeners/index.ts';
import type { ListenerDeps } from './listeners/listenerDeps.ts';
import { RecentKeys } from './recentKeys.ts';
import { describeError, redactTokens } from './slackErrors.ts';
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
  /** Socket Mode: how long a silent connection is trusted, also the reconnect delay step. Default 5,000 ms. */
  socketClientPingTimeoutMs?: number;
  /** How long stop() lets answers in progress finish. Default 10,000 ms. */
  stopGraceMs?: number;
  /** Rate limits, in-flight cap, metrics and stats shared with the other platforms (src/operations). */
  questions?: QuestionGate;
}

export class SlackStartError extends Error {
  override readonly name = 'SlackStartError';
}

export class SlackAdapter {
  private stopped = false;
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
    const { config, engine, logger } = options;
    const socketMode = config.appToken !== undefined;
    if (!socketMode && config.signingSecret === undefined) {
      throw new SlackStartError('Slack over HTTP needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode).');
    }
    const slackLogger = boltLogger(logger);
    const clientOptions: webApi.WebClientOptions = {
      ...(config.apiUrl !== undefined ? { slackApiUrl: withTrailingSlash(config.apiUrl) } : {}),
      retryConfig: options.retry?.webApi ?? WEB_API_RETRY_POLICY,
      timeout: WEB_API_TIMEOUT_MS,
    };
    const receiver = socketMode
      ? new SocketModeReceiver({
          appToken: config.appToken as string,
          logger: slackLogger,
          ...(options.socketClientPingTimeoutMs !== undefined ? { clientPingTimeout: options.socketClientPingTimeoutMs } : {}),
          // Its own client options: opening the socket deserves a longer retry budget than a post.
          installerOptions: { clientOptions: { ...clientOptions, retryConfig: options.retry?.socketConnection ?? SOCKET_CONNECTION_RETRY_POLICY } },
        })
      : undefined;
    const socketState = { connected: false };
    if (receiver !== undefined) {
      receiver.client.on('connected', () => { socketState.connected = true; });
      for (const event of ['disconnecting', 'disconnected', 'reconnecting']) receiver.client.on(event, () => { socketState.connected = false; });
    }
    const app = new App({
      token: config.botToken,
      logger: slackLogger,
      clientOptions,
      // auth.test runs in init() below, where its failure can be reported instead of becoming an unhandled rejection.
      deferInitialization: true,
      ...(receiver !== undefined
        ? { receiver, socketMode: true }
        // Acknowledge before the listener finishes: an answer can take longer than Slack's 3 seconds when Slack is slow.
        : { signingSecret: config.signingSecret, processBeforeResponse: false }),
    });

    const inFlight = new Set<Promise<unknown>>();
    const deps: ListenerDeps = {
      engine,
      logger,
      adminUserIds: new Set(config.adminUserIds),
      ...(options.questions ? { questions: options.questions } : {}),
      answeredMessages: new RecentKeys(),
      responseUrlPolicy: options.retry?.responseUrl ?? RESPONSE_URL_RETRY_POLICY,
      track: (work) => {
        inFlight.add(work);
        void work.finally(() => inFlight.delete(work)).catch(() => undefined);
        return work;
      },
    };
    registerListeners(app, deps);
    app.error(async (error) => {
      logger.error({ error: describeError(error) }, 'Slack listener error');
    });

    try {
      await app.init();
    } catch (error) {
      const details = describeError(error);
      throw new SlackStartError(
        `Slack did not accept SLACK_BOT_TOKEN (auth.test failed: ${details.slackError ?? details.code ?? details.message}). Check the token and SLACK_API_URL.`,
        { cause: error },
      );
    }

    let url: string | undefined;
    try {
      const started = await app.start(...(socketMode ? [] : [config.port]));
      if (!socketMode) url = `http://127.0.0.1:${((started as { address(): AddressInfo }).address()).port}`;
    } catch (error) {
      await app.stop().catch(() => undefined);
      throw new SlackStartError(`Slack adapter could not start (${redactTokens(describeError(error).message)}).`, { cause: error });
    }
    const adapter = new SlackAdapter(app, inFlight, logger, options.stopGraceMs ?? 10_000, url, socketMode ? 'socket' : 'http', receiver !== undefined ? socketState : undefined);
    logger.info({ mode: adapter.mode, ...(url !== undefined ? { url } : {}) }, 'Slack adapter started');
    return adapter;
  }

  /** Stops receiving, then lets answers already in progress finish (up to the grace period). */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
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
    if (outcome === 'timeout') this.logger.warn({ pending: this.inFlight.size }, 'Slack answers still in progress at shutdown were abandoned');
  }
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
