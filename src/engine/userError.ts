// Errors meant for the person who asked, as opposed to bugs. Adapters show `message` as it is
// (it is already plain, short, and in the asker's language when known); anything else is logged
// and the user only learns that something went wrong.

export type UserErrorCode = 'empty-question' | 'question-too-long' | 'not-admin' | 'reindex-failed' | 'rate-limited' | 'bad-input' | 'search-unavailable';

export class UserError extends Error {
  override readonly name = 'UserError';

  constructor(
    readonly code: UserErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
