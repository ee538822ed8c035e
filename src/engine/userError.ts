// Errors meant for the person who asked, as opposed to bugs: a code and its parameters. The words are
// not the engine's: whoever answers the asker renders the code in the asker's language from the
// message catalogue (src/messages). Anything else thrown is logged, and the user only learns that
// something went wrong.

/** Each refusal and what its message needs to say. */
export interface UserErrorParams {
  /** Empty or punctuation-only. */
  'empty-question': Record<string, never>;
  'question-too-long': { length: number; max: number };
  /** The corpus folder could not be read; `code` is the system's (ENOENT…) when there is one. */
  'reindex-failed': { code?: string };
  /** The shared index cannot be reached right now; the asker should ask again shortly. */
  'search-unavailable': Record<string, never>;
  /** The asker's own rate limit. */
  'rate-limited': { retryAfterSec: number };
  /** Too many questions in flight over everyone. */
  busy: Record<string, never>;
  /** Relais is shutting down. */
  stopping: Record<string, never>;
  /** The command is for admins. */
  'not-admin': { command: string };
}

export type UserErrorCode = keyof UserErrorParams;

export class UserError<C extends UserErrorCode = UserErrorCode> extends Error {
  override readonly name = 'UserError';

  constructor(
    readonly code: C,
    readonly params: UserErrorParams[C],
    options?: { cause?: unknown },
  ) {
    // For logs: the code and its parameters, never the asker's words.
    super(Object.keys(params).length > 0 ? `${code} ${JSON.stringify(params)}` : code, options);
  }
}
