// How the adapter logs a failure: a short reference the user also gets, and only the parts of the
// error that help (code, HTTP status, Retry-After, Slack's error string), never request headers or
// bodies, and with anything token-shaped blanked out.
import { newErrorRef, type Logger } from '../../engine/index.ts';
import { redactSecrets } from '../../operations/logging.ts';

/** Blanks Slack tokens (xoxb-…, xapp-…) out of a string, as every log line is. */
export function redactTokens(text: string): string {
  return redactSecrets(text, []);
}

export interface ErrorDetails {
  name?: string;
  code?: string;
  message: string;
  statusCode?: number;
  retryAfterSec?: number;
  slackError?: string;
  stack?: string;
}

/** The loggable summary of an error thrown by Bolt, the WebClient, fetch or Relais. */
export function describeError(error: unknown): ErrorDetails {
  if (!(error instanceof Error)) return { message: redactTokens(String(error)) };
  const e = error as Error & { code?: unknown; statusCode?: unknown; retryAfter?: unknown; data?: { error?: unknown }; original?: unknown };
  const details: ErrorDetails = { name: e.name, message: redactTokens(e.message) };
  if (typeof e.code === 'string') details.code = e.code;
  if (typeof e.statusCode === 'number') details.statusCode = e.statusCode;
  if (typeof e.retryAfter === 'number') details.retryAfterSec = e.retryAfter;
  if (typeof e.data?.error === 'string') details.slackError = e.data.error;
  if (e.stack !== undefined) details.stack = redactTokens(e.stack.split('\n').slice(0, 6).join('\n'));
  return details;
}

/** Logs a failure with a fresh reference and returns the reference. */
export function logFailure(logger: Logger, error: unknown, where: Record<string, unknown>, message: string): string {
  const ref = newErrorRef();
  logger.error({ errorId: ref, ...where, error: describeError(error) }, message);
  return ref;
}
