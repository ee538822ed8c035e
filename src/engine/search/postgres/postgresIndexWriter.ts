// Builds an index generation in PostgreSQL and makes it the current one. Everything happens in one
// transaction — the generation's row, its tables and rows, its posting lists, and the switch of
// current_generation — so every instance sees the old index or the new one, and a failed or interrupted
// build leaves nothing behind. Builds are serialised across instances by an advisory lock held for the
// whole run (see withReindexLock). Generations older than the one just replaced are dropped afterwards.
import os from 'node:os';
import type pg from 'pg';
import type { Logger } from '../../logger.ts';
import type { CorpusDocument, FileFingerprint, SkippedFile } from '../../types.ts';
import { analysisFingerprintNumber } from '../../analysis/analysisFingerprint.ts';
import { SNAPSHOT_VERSION } from '../indexSnapshot.ts';
import { buildPassageTable, type PassageTable } from '../passageTable.ts';
import { decodeSorted } from '../sortedVarints.ts';
import { buildTermPostings, type TermPostings } from '../termPostings.ts';
import { GENERATION_COLUMNS, type GenerationInfo, generationFromRow, type GenerationTables, generationTables } from './postgresBackend.ts';
import { LOCK_REINDEX, quoteIdent } from './migrations.ts';
import { withClient } from './postgresPool.ts';

/** Bump with the analysis chain or the tables' layout: generations of another version are rebuilt. */
// The layout's version and the analysis chain's: terms from another analysis mean another format.
export const INDEX_FORMAT_VERSION = (SNAPSHOT_VERSION * 1_000_003 + analysisFingerprintNumber()) % 2_147_483_647;
/** Instances are told of a switch on this channel (they also poll the current id before each question). */
export const GENERATION_CHANNEL = 'relais_generation';

const BATCH = 5000;
// Terms never hold this character (the analysis chain keeps letters, digits, '-' and '.'), so it joins them.
const SEPARATOR = '\u001f';

export interface GenerationInput {
  corpusDir: string;
  documents: readonly CorpusDocument[];
  files: FileFingerprint[];
  skipped: SkippedFile[];
}

/**
 * Runs `work` holding this schema's reindex lock, on a client of its own; a second instance calling it
 * meanwhile waits until the first is done (and should then check whether the work is still needed).
 * The server releases the lock by itself if this connection dies.
 */
export async function withReindexLock<T>(pool: pg.Pool, schema: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return withClient(pool, async (client) => {
    await client.query('SELECT pg_advisory_lock($1::int, hashtext($2))', [LOCK_REINDEX, schema]);
    try {
      return await work(client);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1::int, hashtext($2))', [LOCK_REINDEX, schema]).catch(() => {});
    }
  });
}

/** Builds a generation beside the current one and switches to it, in one transaction. */
export async function writeGeneration(
  client: pg.ClientBase,
  schema: string,
  input: GenerationInput,
  logger: Logger,
): Promise<GenerationInfo> {
  const started = performance.now();
  const { documents, passages } = buildPassageTable(input.documents);
  const inverted = buildTermPostings(Array.from(passages, (p) => p.text));
  const terms = passageTermLists(inverted);
  await client.query('BEGIN');
  try {
    const id = await insertGeneration(client, schema, input, documents.length, passages.length);
    const t = generationTables(schema, id);
    await writePassages(client, t, passages, terms);
    await writeDocuments(client, t, documents);
    await writeVocabulary(client, t, inverted);
    await client.query(`ANALYZE ${t.passages}`);
    await client.query(`ANALYZE ${t.vocabulary}`);
    await client.query(`ANALYZE ${t.postings}`);
    const buildMs = Math.round(performance.now() - started);
    const row = await switchToGeneration(client, schema, id, buildMs);
    await client.query('COMMIT');
    logger.info(
      { generation: id, documents: documents.length, passages: passages.length, ms: buildMs },
      'PostgreSQL index generation switched in',
    );
    return generationFromRow(row);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/** The generation's row (its build time is filled in at the switch); returns its id. */
async function insertGeneration(
  client: pg.ClientBase,
  schema: string,
  input: GenerationInput,
  documentCount: number,
  passageCount: number,
): Promise<string> {
  const {
    rows: [created],
  } = await client.query<{ id: string }>(
    `INSERT INTO ${quoteIdent(schema)}.index_generation
       (format_version, corpus_dir, files, skipped, documents, passages, build_ms, built_by)
     VALUES ($1, $2, $3, $4, $5, $6, 0, $7) RETURNING id::text AS id`,
    [
      INDEX_FORMAT_VERSION,
      input.corpusDir,
      JSON.stringify(input.files),
      JSON.stringify(input.skipped),
      documentCount,
      passageCount,
      `${os.hostname()}:${process.pid}`,
    ],
  );
  return created!.id;
}

/** The passages table, filled in batches (one array parameter per column). */
async function writePassages(
  client: pg.ClientBase,
  t: GenerationTables,
  passages: PassageTable['passages'],
  terms: string[],
): Promise<void> {
  await client.query(`CREATE TABLE ${t.passages} (
    id integer PRIMARY KEY, doc integer NOT NULL, kind text NOT NULL, text text NOT NULL,
    context_id integer NOT NULL, terms text[] NOT NULL)`);
  for (let start = 0; start < passages.length; start += BATCH) {
    const batch = passages.slice(start, start + BATCH);
    await client.query(
      `INSERT INTO ${t.passages} (id, doc, kind, text, context_id, terms)
       SELECT id, doc, kind, text, context_id, CASE WHEN terms = '' THEN '{}'::text[] ELSE string_to_array(terms, $7) END
       FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::int[], $6::text[]) AS r(id, doc, kind, text, context_id, terms)`,
      [
        Array.from(batch, (p) => p.id),
        Array.from(batch, (p) => p.doc),
        Array.from(batch, (p) => p.kind),
        Array.from(batch, (p) => p.text),
        Array.from(batch, (p) => p.contextId),
        terms.slice(start, start + BATCH),
        SEPARATOR,
      ],
    );
  }
}

/** The documents table, filled in batches (one array parameter per column). */
async function writeDocuments(client: pg.ClientBase, t: GenerationTables, documents: PassageTable['documents']): Promise<void> {
  await client.query(`CREATE TABLE ${t.documents} (
    doc integer PRIMARY KEY, source text NOT NULL, file text NOT NULL, title text NOT NULL, date text, url text,
    territory text, tags text[] NOT NULL, first_passage integer NOT NULL, passage_count integer NOT NULL)`);
  for (let start = 0; start < documents.length; start += BATCH) {
    const batch = documents.slice(start, start + BATCH);
    await client.query(
      `INSERT INTO ${t.documents} (doc, source, file, title, date, url, territory, tags, first_passage, passage_count)
       SELECT doc, source, file, title, date, url, territory,
              CASE WHEN tags = '' THEN '{}'::text[] ELSE string_to_array(tags, $11) END, first_passage, passage_count
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $10::int[])
         AS r(doc, source, file, title, date, url, territory, tags, first_passage, passage_count)`,
      [
        Array.from(batch, (_, i) => start + i),
        Array.from(batch, (d) => d.source),
        Array.from(batch, (d) => d.file),
        Array.from(batch, (d) => d.title),
        Array.from(batch, (d) => d.date ?? null),
        Array.from(batch, (d) => d.url ?? null),
        Array.from(batch, (d) => d.territory ?? null),
        Array.from(batch, (d) => d.tags.join(SEPARATOR)),
        Array.from(batch, (d) => d.firstPassage),
        Array.from(batch, (d) => d.passageCount),
        SEPARATOR,
      ],
    );
  }
}

/** The row the switch returns, as generationFromRow reads it. */
type GenerationRow = Parameters<typeof generationFromRow>[0];

/** Records the build time, makes the generation current and tells the other instances; returns its row. */
async function switchToGeneration(client: pg.ClientBase, schema: string, id: string, buildMs: number): Promise<GenerationRow> {
  const s = quoteIdent(schema);
  const {
    rows: [row],
  } = await client.query<GenerationRow>(
    `UPDATE ${s}.index_generation g SET build_ms = $2, built_at = now() WHERE id = $1 RETURNING ${GENERATION_COLUMNS}`,
    [id, buildMs],
  );
  await client.query(
    `INSERT INTO ${s}.current_generation (singleton, generation_id) VALUES (true, $1)
     ON CONFLICT (singleton) DO UPDATE SET generation_id = EXCLUDED.generation_id, switched_at = now()`,
    [id],
  );
  await client.query('SELECT pg_notify($1, $2)', [GENERATION_CHANNEL, `${schema}:${id}`]);
  return row!;
}

/** Each passage's terms, sorted and joined by SEPARATOR, as the passages table's insert takes them. */
function passageTermLists(inverted: TermPostings): string[] {
  const { passageTermStart, passageTerms, terms } = inverted;
  const out: string[] = new Array(passageTermStart.length - 1);
  let ids = new Uint32Array(256);
  for (let p = 0; p < out.length; p++) {
    const start = passageTermStart[p]!;
    const end = passageTermStart[p + 1]!;
    if (end - start > ids.length) ids = new Uint32Array(end - start);
    const count = decodeSorted(passageTerms, start, end, ids);
    const own: string[] = new Array(count);
    for (let k = 0; k < count; k++) own[k] = terms[ids[k]!]!;
    out[p] = own.sort().join(SEPARATOR);
  }
  return out;
}

/**
 * The vocabulary (term, passages holding it), scanned for spelling corrections, and the posting lists
 * (term, the same count, passage ids as varint gaps), read for ranking: apart, so the vocabulary's scan
 * never reads postings.
 */
async function writeVocabulary(client: pg.ClientBase, t: GenerationTables, inverted: TermPostings): Promise<void> {
  const { terms, termFrequency, postingStart, postings } = inverted;
  await client.query(`CREATE TABLE ${t.vocabulary} (term text PRIMARY KEY, df integer NOT NULL)`);
  // Lists are stored uncompressed: varint gaps hardly compress, and reading them must cost no CPU.
  await client.query(`CREATE TABLE ${t.postings} (term text PRIMARY KEY, df integer NOT NULL, postings bytea NOT NULL)`);
  await client.query(`ALTER TABLE ${t.postings} ALTER COLUMN postings SET STORAGE EXTERNAL`);
  for (let start = 0; start < terms.length; start += BATCH) {
    const end = Math.min(terms.length, start + BATCH);
    const batch = terms.slice(start, end);
    const frequencies = Array.from(termFrequency.subarray(start, end));
    await client.query(`INSERT INTO ${t.vocabulary} (term, df) SELECT * FROM unnest($1::text[], $2::int[])`, [batch, frequencies]);
    // Each list viewed in place in the postings buffer, not copied.
    const lists = Array.from(batch, (_, i) => {
      const from = postingStart[start + i]!;
      return Buffer.from(postings.buffer, postings.byteOffset + from, postingStart[start + i + 1]! - from);
    });
    await client.query(`INSERT INTO ${t.postings} (term, df, postings) SELECT * FROM unnest($1::text[], $2::int[], $3::bytea[])`, [
      batch,
      frequencies,
      lists,
    ]);
  }
}

/**
 * Drops the generations no instance should still be reading: all but the current one and `keep` (the
 * one it replaced, which a question started just before the switch may still be finishing on).
 */
export async function dropOldGenerations(
  client: pg.ClientBase,
  schema: string,
  keep: string | undefined,
  logger: Logger,
): Promise<string[]> {
  const s = quoteIdent(schema);
  const { rows } = await client.query<{ id: string }>(
    `SELECT id::text AS id FROM ${s}.index_generation
     WHERE id NOT IN (SELECT generation_id FROM ${s}.current_generation) AND ($1::bigint IS NULL OR id <> $1::bigint)`,
    [keep ?? null],
  );
  for (const { id } of rows) {
    const t = generationTables(schema, id);
    await client.query('BEGIN');
    try {
      await client.query(`DROP TABLE IF EXISTS ${t.passages}, ${t.documents}, ${t.vocabulary}, ${t.postings}`);
      await client.query(`DELETE FROM ${s}.index_generation WHERE id = $1`, [id]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    }
  }
  if (rows.length > 0) logger.info({ dropped: Array.from(rows, (r) => r.id) }, 'old PostgreSQL index generations dropped');
  return Array.from(rows, (r) => r.id);
}
