// The connection pool of the PostgreSQL backend, and what counts as "the database is unreachable".
// A lost connection never crashes the process: idle clients that die emit 'error' on the pool, which is
// logged; the pool opens new connections on demand, so once the server is back the next question works.
import pg from 'pg';
import type { Logger } from '../../logger.ts';
import { SearchUnavailableError } from './searchUnavailable.ts';

export interface PostgresConnectionOptions {
  /** postgres://user:password@host:port/database: the primary (migrations, index builds, the reindex lock). */
  connectionString: string;
  /** A streaming replica questions read from instead of the primary. Default: the primary. */
  readConnectionString?: string;
  /** Schema holding Relais's tables (created if missing). Default 'relais'. */
  schema?: string;
  /** Connections per instance. Default 10. */
  maxConnections?: number;
  /** How long a question waits for a connection before "search is unavailable". Default 5000 ms. */
  connectionTimeoutMs?: number;
  /** Shown in pg_stat_activity. Default 'relais'. */
  applicationName?: string;
}

export { SearchUnavailableError };

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function checkSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`Relais PostgreSQL: schema name "${schema}" must match ${SCHEMA_NAME}`);
  return schema;
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ECONNABORTED',
]);

/**
 * Whether an error means the server is unreachable rather than a bug: network errors, connection
 * exceptions (SQLSTATE class 08), the server shutting down or starting (57P01-57P03), and pg's own
 * "Connection terminated" / connect timeout messages.
 */
export function isConnectionError(error: unknown): boolean {
  if (error instanceof SearchUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code))) return true;
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed|not queryable|the database system is (starting up|shutting down)/i.test(
    error.message,
  );
}

export function createPool(options: PostgresConnectionOptions, logger: Logger): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    // A CLI run (npm run ask) exits when its work is done, without waiting for idle connections.
    allowExitOnIdle: true,
    application_name: options.applicationName ?? 'relais',
  });
  // An idle connection the server dropped (restart, pg_terminate_backend): the pool discards it and
  // opens another when needed. Without this listener the 'error' event would crash the process.
  pool.on('error', (error) => logger.warn({ error: error.message }, 'PostgreSQL connection lost; reconnecting on the next query'));
  return pool;
}

/**
 * Runs `work` on one pooled client. Failing to obtain a connection, or losing it mid-way, becomes a
 * SearchUnavailableError; other errors pass through as they are.
 */
export async function withClient<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw new SearchUnavailableError(`PostgreSQL unreachable: ${(error as Error).message}`, 'connect', { cause: error });
  }
  // A client checked out but between queries may still see its connection die: keep that off the
  // process's unhandled 'error' path.
  const onError = () => {};
  client.on('error', onError);
  let broken: unknown;
  try {
    return await work(client);
  } catch (error) {
    if (isConnectionError(error)) {
      broken = error;
      throw new SearchUnavailableError(`PostgreSQL connection lost: ${(error as Error).message}`, 'query', { cause: error });
    }
    throw error;
  } finally {
    client.off('error', onError);
    // A connection that failed is destroyed rather than returned to the pool.
    client.release(broken instanceof Error ? broken : undefined);
  }
}

/**
 * One read on the pool, with the same error mapping as withClient. A pooled connection the server
 * dropped while idle (a restart, pg_terminate_backend) fails on its first use: the read is retried once
 * on a fresh connection, so only a server still unreachable makes it fail.
 */
export async function query<R extends pg.QueryResultRow>(pool: pg.Pool, text: string, values?: unknown[]): Promise<pg.QueryResult<R>> {
  try {
    return await withClient(pool, (client) => client.query<R>(text, values));
  } catch (error) {
    if (!(error instanceof SearchUnavailableError) || error.during !== 'query') throw error;
    return withClient(pool, (client) => client.query<R>(text, values));
  }
}
