// Posts a slash command's answer to its response_url (valid 30 minutes, up to 5 posts), retrying
// like the WebClient does: on 429 after Retry-After, on 5xx and network errors after a backoff.
// Bolt's respond() makes a single attempt and hides Retry-After, hence this.
import type { HttpRetryPolicy } from './slackRetryPolicy.ts';

export class ResponseUrlError extends Error {
  override readonly name = 'ResponseUrlError';
  constructor(
    message: string,
    readonly statusCode?: number,
    readonly retryAfter?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export interface ResponseUrlMessage {
  response_type: 'ephemeral' | 'in_channel';
  text: string;
  blocks?: unknown[];
  replace_original?: boolean;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function retryAfterSec(response: Response): number | undefined {
  const value = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

export async function postToResponseUrl(
  url: string,
  message: ResponseUrlMessage,
  policy: HttpRetryPolicy,
  onRetry: (details: { attempt: number; delayMs: number; statusCode?: number; error?: string }) => void = () => {},
): Promise<void> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    let failure: ResponseUrlError;
    let delayMs = Math.min(policy.minDelayMs * 2 ** attempt, policy.maxDelayMs);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(message),
        redirect: 'error',
        signal: AbortSignal.timeout(policy.timeoutMs),
      });
      // The body is not needed, but reading it frees the connection.
      await response.arrayBuffer().catch(() => undefined);
      if (response.ok) return;
      const retryAfter = response.status === 429 ? retryAfterSec(response) : undefined;
      failure = new ResponseUrlError(`response_url answered HTTP ${response.status}`, response.status, retryAfter);
      if (response.status === 429) delayMs = Math.min(retryAfter ?? 1, policy.maxRetryAfterSec) * 1000;
      else if (response.status < 500) throw failure; // 4xx: expired or used up; retrying will not help
    } catch (error) {
      if (error instanceof ResponseUrlError) throw error;
      failure = new ResponseUrlError(
        `response_url could not be reached: ${error instanceof Error ? error.message : String(error)}`,
        undefined,
        undefined,
        { cause: error },
      );
    }
    if (attempt >= policy.retries || Date.now() - started + delayMs > policy.maxTotalMs) throw failure;
    onRetry({ attempt: attempt + 1, delayMs, statusCode: failure.statusCode, error: failure.message });
    await sleep(delayMs);
  }
}
