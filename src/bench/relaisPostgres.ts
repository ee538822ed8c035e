// Relais with its PostgreSQL backend, as several instances would run it: RelaisEngine over the corpus
// with backend 'postgres'. build = DROP SCHEMA <schema> CASCADE, then open (migrate, read the corpus,
// write the index into the database); open = a fresh process over the same schema, which must find the
// index there (loadedFrom 'snapshot') and only load the documents' metadata.
import pg from 'pg';
import { RelaisEngine } from '../engine/index.ts';
import type { BenchContext, BenchSystem, SystemUnderTest } from './systems.ts';

function database(context: BenchContext): { url: string; schema: string } {
  if (!context.database) throw new Error('relais-postgres needs a database (--database-url or DATABASE_URL)');
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(context.database.schema)) throw new Error(`bad schema name "${context.database.schema}"`);
  return context.database;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'relais-bench' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function engineOptions(context: BenchContext) {
  const { url, schema } = database(context);
  return {
    corpusDir: context.corpusDir,
    dataDir: context.dataDir,
    backend: 'postgres' as const,
    postgres: { connectionString: url, schema, applicationName: 'relais-bench' },
  };
}

const relaisPostgres: BenchSystem = {
  async build(context) {
    const { url, schema } = database(context);
    await withClient(url, (client) => client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
    const engine = await RelaisEngine.open(engineOptions(context));
    if (engine.status().loadedFrom !== 'build') {
      await engine.close();
      throw new Error(`schema ${schema} was not empty: Relais served an existing index instead of building`);
    }
    return wrap(engine, context);
  },
  async open(context) {
    const started = performance.now();
    const engine = await RelaisEngine.open(engineOptions(context));
    const loadMs = performance.now() - started;
    if (engine.status().loadedFrom !== 'snapshot') {
      await engine.close();
      throw new Error('Relais rebuilt the PostgreSQL index instead of serving the one in the database');
    }
    return { system: wrap(engine, context), loadMs };
  },
};

function wrap(engine: RelaisEngine, context: BenchContext): SystemUnderTest {
  const { url, schema } = database(context);
  return {
    documents: engine.status().documents,
    async ask(question: string): Promise<number> {
      const answer = await engine.ask(question);
      return answer.facts.length;
    },
    // What the server holds for this index: every table of the schema with its indexes and TOAST.
    snapshotBytes: () =>
      withClient(url, async (client) => {
        const { rows } = await client.query<{ bytes: string }>(
          `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::text AS bytes FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind IN ('r', 'm')`,
          [schema],
        );
        return Number(rows[0]?.bytes ?? 0);
      }),
    close: () => engine.close(),
  };
}

export default relaisPostgres;
