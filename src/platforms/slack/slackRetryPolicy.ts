// How hard Relais retries when Slack fails, and why.
//
// A chat answer is only useful for a minute or so: Bolt's WebClient default (10 retries over about
// 30 minutes) would post an answer half an hour late and, on a 429, pause the whole request queue
// each time; @slack/socket-mode's default for opening the socket (100 retries) retries forever.
// Instead:
//   - Web API calls (chat.postMessage, chat.postEphemeral, auth.test): 3 retries, backoff 1 s, 2 s,
//     4 s (±random, at most 8 s), and no new attempt once 60 s have passed since the first. On a 429
//     the WebClient first waits the Retry-After Slack sends, then retries within this same budget.
//     Each request times out after 15 s. auth.test at start-up fails within ~10 s when Slack or the
//     token is wrong, with a clear error, instead of hanging.
//   - response_url posts (slash-command answers): the same 3 retries on 429 (waiting Retry-After,
//     capped at 30 s) and on 5xx or network errors, within 60 s.
//   - Opening the Socket Mode connection (apps.connections.open, also on every reconnect): Slack
//     rotates sockets routinely and a network blip must not end the bot, so this one keeps trying
//     longer: 20 retries, backoff from 1 s growing ×1.5 up to 60 s each, about 15 minutes in all;
//     after a failed attempt ./socketReconnect.ts starts another, for as long as the adapter runs.
import type { webApi } from '@slack/bolt';

export type WebApiRetryPolicy = webApi.RetryOptions;

export const WEB_API_RETRY_POLICY: WebApiRetryPolicy = {
  retries: 3,
  factor: 2,
  minTimeout: 1_000,
  maxTimeout: 8_000,
  randomize: true,
  maxRetryTime: 60_000,
};

export const SOCKET_CONNECTION_RETRY_POLICY: WebApiRetryPolicy = {
  retries: 20,
  factor: 1.5,
  minTimeout: 1_000,
  maxTimeout: 60_000,
  randomize: true,
};

/** Per-request timeout of Web API calls. */
export const WEB_API_TIMEOUT_MS = 15_000;

export interface HttpRetryPolicy {
  retries: number;
  /** Backoff before retry n (0-based): min(minDelayMs × 2^n, maxDelayMs). */
  minDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is cut to this. */
  maxRetryAfterSec: number;
  /** No new attempt after this long since the first. */
  maxTotalMs: number;
  /** Each request's timeout. */
  timeoutMs: number;
}

export const RESPONSE_URL_RETRY_POLICY: HttpRetryPolicy = {
  retries: 3,
  minDelayMs: 1_000,
  maxDelayMs: 8_000,
  maxRetryAfterSec: 30,
  maxTotalMs: 60_000,
  timeoutMs: 15_000,
};
