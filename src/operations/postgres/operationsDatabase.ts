// The connection the operations stores share with PostgreSQL (question stats, feedback): a small pool
// of its own on the primary — the index's pool stays inside the engine — and the operations tables
// migrated once at opening. A connection the server drops is logged and replaced, never a crash.
import pg from 'pg';
import { type Logger, UserError } from '../../engine/index.ts';
import { migrateOperations, quoteIdent } from './operationsSchema.ts';

export interface OperationsDatabaseOptions {
  /** The primary (DATABASE_URL): stats are written, and must be read where they were written. */
  connectionString: string;
  /** DATABASE_SCHEMA. */
  schema: string;
  logger: Logger;
  /** Default 2: a few writes per question, a summary now and then. */
  maxConnections?: number;
}

export class OperationsDatabase {
  /** The schema, quoted for SQL. */
  readonly s: string;

  private constructor(
    readonly pool: pg.Pool,
    readonly schema: string,
  ) {
    this.s = quoteIdent(schema);
  }

  static async open(options: OperationsDatabaseOptions): Promise<OperationsDatabase> {
    const pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.maxConnections ?? 2,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
      allowExitOnIdle: true,
      application_name: 'relais-operations',
    });
    pool.on('error', (error) =>
      options.logger.warn({ error: error.message }, 'PostgreSQL connection lost (operations); reconnecting on the next query'),
    );
    try {
      const client = await pool.connect();
      try {
        await migrateOperations(client, options.schema, options.logger);
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end().catch(() => {});
      throw error;
    }
    return new OperationsDatabase(pool, options.schema);
  }

  /** One statement; the database being unreachable is the asker's "try again in a moment". */
  async query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>> {
    try {
      return await this.pool.query<R>(text, values);
    } catch (error) {
      throw unreachable(error) ? new UserError('search-unavailable', {}, { cause: error }) : error;
    }
  }

  /** Statements that must see one snapshot of the data (a summary's several figures). */
  async readConsistently<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw new UserError('search-unavailable', {}, { cause: error });
    }
    let broken: Error | undefined;
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      if (!unreachable(error)) throw error;
      broken = error as Error;
      throw new UserError('search-unavailable', {}, { cause: error });
    } finally {
      // A connection that failed is destroyed rather than returned to the pool.
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Network errors, connection exceptions (class 08), the server shutting down or starting, pg's own timeouts. */
function unreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (/^E[A-Z]+$/.test(code) || code.startsWith('08') || /^57P0[123]$/.test(code))) return true;
  return /Connection terminated|timeout|Client was closed|not queryable/i.test(error.message);
}
