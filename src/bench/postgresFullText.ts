// The PostgreSQL anchor: what a developer gets from PostgreSQL's own full-text search, with no Relais
// code. One row per file (title = first line, body = the rest, read as MiniSearch-default reads them),
// a stored tsvector of the `french` text search configuration under a GIN index, and each question run
// as an OR of its lexemes (plainto_tsquery's AND finds nothing for most questions), ranked by ts_rank,
// top 10. build = DROP SCHEMA, load, index, ANALYZE; open = a fresh process over the same schema.
import pg from 'pg';
import { readDocuments } from './miniSearchDefault.ts';
import type { BenchContext, BenchSystem, SystemUnderTest } from './systems.ts';

const BATCH = 2000;
const RESULTS = 10;

function database(context: BenchContext): { url: string; schema: string } {
  if (!context.database) throw new Error('postgres-fts needs a database (--database-url or DATABASE_URL)');
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(context.database.schema)) throw new Error(`bad schema name "${context.database.schema}"`);
  return context.database;
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: 'relais-bench-fts' });
  await client.connect();
  return client;
}

async function wrap(context: BenchContext): Promise<SystemUnderTest> {
  const { url, schema } = database(context);
  const client = await connect(url);
  const table = `"${schema}".documents`;
  const {
    rows: [count],
  } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  const search = {
    name: 'relais-bench-fts-search',
    text: `SELECT file FROM ${table}, (SELECT replace(plainto_tsquery('french', $1)::text, '&', '|')::tsquery AS q) query
           WHERE tsv @@ q ORDER BY ts_rank(tsv, q) DESC LIMIT ${RESULTS}`,
  };
  return {
    documents: count?.n ?? 0,
    async ask(question: string): Promise<number> {
      return (await client.query({ ...search, values: [question] })).rowCount ?? 0;
    },
    snapshotBytes: async () => {
      const { rows } = await client.query<{ bytes: string }>(
        `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::text AS bytes FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind IN ('r', 'm')`,
        [schema],
      );
      return Number(rows[0]?.bytes ?? 0);
    },
    close: () => client.end(),
  };
}

const postgresFullText: BenchSystem = {
  async build(context) {
    const { url, schema } = database(context);
    const documents = await readDocuments(context.corpusDir);
    const client = await connect(url);
    try {
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.query(`CREATE SCHEMA "${schema}"`);
      await client.query(`CREATE TABLE "${schema}".documents (
        id serial PRIMARY KEY, file text NOT NULL, title text NOT NULL, body text NOT NULL,
        tsv tsvector GENERATED ALWAYS AS (to_tsvector('french', title || ' ' || body)) STORED)`);
      for (let start = 0; start < documents.length; start += BATCH) {
        const batch = documents.slice(start, start + BATCH);
        await client.query(
          `INSERT INTO "${schema}".documents (file, title, body) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`,
          [batch.map((d) => d.id), batch.map((d) => d.title), batch.map((d) => d.text)],
        );
      }
      await client.query(`CREATE INDEX ON "${schema}".documents USING gin (tsv)`);
      await client.query(`ANALYZE "${schema}".documents`);
    } finally {
      await client.end();
    }
    return wrap(context);
  },
  async open(context) {
    const started = performance.now();
    const system = await wrap(context);
    return { system, loadMs: performance.now() - started };
  },
};

export default postgresFullText;
