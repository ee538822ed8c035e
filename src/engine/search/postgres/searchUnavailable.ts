// Errors of a search backend in another process, in a module of their own so the engine can recognise
// them without loading the PostgreSQL client.

/** The search index cannot be reached right now (connection refused, lost, or timed out). */
export class SearchUnavailableError extends Error {
  override readonly name = 'SearchUnavailableError';

  constructor(
    message: string,
    /** Whether no connection could be had, or one was lost during a query. */
    readonly during: 'connect' | 'query',
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The generation a question was using has been dropped meanwhile (two reindexes during one question). */
export class GenerationGoneError extends Error {
  override readonly name = 'GenerationGoneError';
}
