// The PostgreSQL search backend (SEARCH_BACKEND=postgres): one index generation's tables, queried in a
// few round trips per question. PostgreSQL does no French analysis of its own: each passage's terms,
// produced by the same analysis chain as the embedded backends (analyzeFrenchTerms), are stored as a
// text[] with a GIN index, and every query works on those terms.
//
//   passages_<gen>   (id, doc, kind, text, context_id, terms text[])  GIN (terms)
//   documents_<gen>  (doc, source, file, title, date, url, territory, tags, first_passage, passage_count)
//   vocabulary_<gen> (term, df)   passages holding each term; spelling look-ups scan it by length
import type pg from 'pg';
import type { FileFingerprint, SkippedFile } from '../../types.ts';
import type { IndexedDocument, PassageWithTerms, SearchBackend, SimilarTerm, WeightedConcept } from '../searchBackend.ts';
import type { Passage, PassageKind } from '../splitPassages.ts';
import { quoteIdent } from './migrations.ts';
import { query } from './postgresPool.ts';
import { GenerationGoneError } from './searchUnavailable.ts';

/** The same pruning as the compact index: light concepts alone cannot bring in a candidate. */
const PRUNE_BELOW = 0.3;

/** One row of index_generation. */
export interface GenerationInfo {
  /** bigint, as text. */
  id: string;
  formatVersion: number;
  corpusDir: string;
  files: FileFingerprint[];
  skipped: SkippedFile[];
  documents: number;
  passages: number;
  builtAt: string;
  buildMs: number;
}

export interface GenerationTables {
  passages: string;
  documents: string;
  vocabulary: string;
}

export function generationTables(schema: string, id: string): GenerationTables {
  if (!/^\d+$/.test(id)) throw new Error(`Relais PostgreSQL: bad generation id ${id}`);
  const s = quoteIdent(schema);
  return { passages: `${s}.passages_${id}`, documents: `${s}.documents_${id}`, vocabulary: `${s}.vocabulary_${id}` };
}

interface GenerationRow {
  id: string;
  format_version: number;
  corpus_dir: string;
  files: FileFingerprint[];
  skipped: SkippedFile[];
  documents: number;
  passages: number;
  built_at: Date;
  build_ms: number;
}

export const GENERATION_COLUMNS = 'g.id::text AS id, g.format_version, g.corpus_dir, g.files, g.skipped, g.documents, g.passages, g.built_at, g.build_ms';

export function generationFromRow(row: GenerationRow): GenerationInfo {
  return {
    id: row.id, formatVersion: row.format_version, corpusDir: row.corpus_dir, files: row.files, skipped: row.skipped,
    documents: row.documents, passages: row.passages, builtAt: row.built_at.toISOString(), buildMs: row.build_ms,
  };
}

/** The generation every instance serves now, in one cheap query; undefined before the first build. */
export async function readCurrentGeneration(db: pg.Pool | pg.ClientBase, schema: string): Promise<GenerationInfo | undefined> {
  const sql = `SELECT ${GENERATION_COLUMNS} FROM ${quoteIdent(schema)}.current_generation c
    JOIN ${quoteIdent(schema)}.index_generation g ON g.id = c.generation_id`;
  const { rows } = 'totalCount' in db ? await query<GenerationRow>(db, sql) : await db.query<GenerationRow>(sql);
  return rows[0] && generationFromRow(rows[0]);
}

/** Just the current generation's id: what instances poll before each question. */
export async function readCurrentGenerationId(pool: pg.Pool, schema: string): Promise<string | undefined> {
  const { rows } = await query<{ id: string }>(pool, `SELECT generation_id::text AS id FROM ${quoteIdent(schema)}.current_generation`);
  return rows[0]?.id;
}

interface DocumentRow {
  source: string;
  file: string;
  title: string;
  date: string | null;
  url: string | null;
  territory: string | null;
  tags: string[];
  first_passage: number;
  passage_count: number;
}

interface PassageRow {
  id: number;
  doc: number;
  kind: PassageKind;
  text: string;
  context_id: number;
  context: string | null;
  terms: string[];
}

export class PostgresBackend implements SearchBackend {
  private constructor(
    private readonly pool: pg.Pool,
    readonly generation: GenerationInfo,
    private readonly tables: GenerationTables,
    readonly documents: readonly IndexedDocument[],
    /** Schema of fuzzystrmatch's functions, or undefined to compute distances here. */
    private readonly levenshtein: string | undefined,
  ) {}

  /** Loads a generation's documents (the rest stays in the database). */
  static async load(pool: pg.Pool, schema: string, generation: GenerationInfo, levenshtein: string | undefined): Promise<PostgresBackend> {
    const tables = generationTables(schema, generation.id);
    const { rows } = await run<DocumentRow>(pool,
      `SELECT source, file, title, date, url, territory, tags, first_passage, passage_count FROM ${tables.documents} ORDER BY doc`);
    const documents = rows.map((r): IndexedDocument => ({
      source: r.source, file: r.file, title: r.title, date: r.date ?? undefined, url: r.url ?? undefined,
      territory: r.territory ?? undefined, tags: r.tags, firstPassage: r.first_passage, passageCount: r.passage_count,
    }));
    return new PostgresBackend(pool, generation, tables, documents, levenshtein);
  }

  get passageCount(): number {
    return this.generation.passages;
  }

  async documentFrequencies(terms: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>(terms.map((t) => [t, 0]));
    if (terms.length === 0) return out;
    const { rows } = await run<{ term: string; df: number }>(this.pool,
      `SELECT term, df FROM ${this.tables.vocabulary} WHERE term = ANY($1::text[])`, [[...new Set(terms)]]);
    for (const r of rows) out.set(r.term, r.df);
    return out;
  }

  async similarTerms(term: string, maxDistance: number): Promise<SimilarTerm[]> {
    const length = [...term].length;
    const bounds = [Math.max(1, length - maxDistance), length + maxDistance];
    // fuzzystrmatch takes strings of up to 255 characters.
    if (this.levenshtein && length + maxDistance <= 255) {
      const { rows } = await run<{ term: string; df: number; distance: number }>(this.pool,
        `SELECT term, df, distance FROM (
           SELECT term, df, ${quoteIdent(this.levenshtein)}.levenshtein_less_equal(term, $1, $2) AS distance
           FROM ${this.tables.vocabulary} WHERE char_length(term) BETWEEN $3 AND $4 AND term <> $1
         ) v WHERE distance <= $2`,
        [term, maxDistance, ...bounds]);
      return rows.map((r) => ({ term: r.term, distance: r.distance, frequency: r.df }));
    }
    const { rows } = await run<{ term: string; df: number }>(this.pool,
      `SELECT term, df FROM ${this.tables.vocabulary} WHERE char_length(term) BETWEEN $2 AND $3 AND term <> $1`, [term, ...bounds]);
    const out: SimilarTerm[] = [];
    for (const r of rows) {
      const distance = levenshteinWithin(term, r.term, maxDistance);
      if (distance <= maxDistance) out.push({ term: r.term, distance, frequency: r.df });
    }
    return out;
  }

  /**
   * Scored in SQL: for each concept, the best alternative's share of terms present times its factor,
   * weighted, summed; candidates are the passages holding a term of the concepts heavy enough to matter
   * (found through the GIN index), as the compact index prunes them; best first, ties by id.
   */
  async topPassages(concepts: readonly WeightedConcept[], limit: number): Promise<number[]> {
    if (concepts.length === 0 || limit <= 0 || this.passageCount === 0) return [];
    const params: unknown[] = [];
    const termParam = new Map<string, string>();
    const param = (value: unknown) => `$${params.push(value)}`;
    const termRef = (term: string) => {
      let ref = termParam.get(term);
      if (!ref) termParam.set(term, (ref = param(term)));
      return ref;
    };
    const sorted = [...concepts].sort((a, b) => b.weight - a.weight);
    const total = sorted.reduce((s, c) => s + c.weight, 0) || 1;
    const parts: string[] = [];
    const essential = new Set<string>();
    const every = new Set<string>();
    let remaining = total;
    for (const c of sorted) {
      const reachable = remaining;
      remaining -= c.weight;
      const terms = c.alternatives.flatMap((a) => a.terms);
      if (terms.length === 0) continue;
      for (const t of terms) every.add(t);
      if (reachable >= PRUNE_BELOW * total) for (const t of terms) essential.add(t);
      const alternatives = c.alternatives
        .filter((a) => a.terms.length > 0)
        .map((a) => `${num(a.factor / a.terms.length)} * (${a.terms.map((t) => `(${termRef(t)}::text = ANY(p.terms))::int`).join(' + ')})`);
      parts.push(`${num(c.weight)} * ${alternatives.length === 1 ? alternatives[0] : `GREATEST(${alternatives.join(', ')})`}`);
    }
    if (parts.length === 0) return [];
    const scoreExpression = parts.join(' + ');
    const limitRef = param(limit);
    const candidatesRef = param([]);
    const sql = `SELECT id FROM (SELECT p.id, ${scoreExpression} AS score FROM ${this.tables.passages} p WHERE p.terms && ${candidatesRef}::text[]) s
      WHERE score > 0 ORDER BY score DESC, id LIMIT ${limitRef}`;
    const candidatesAt = params.length - 1;
    params[candidatesAt] = [...essential];
    let { rows } = await run<{ id: number }>(this.pool, sql, params);
    // As in the compact index, pruning applies once the heavy concepts found something.
    if (rows.length === 0 && essential.size < every.size) {
      params[candidatesAt] = [...every];
      ({ rows } = await run<{ id: number }>(this.pool, sql, params));
    }
    return rows.map((r) => r.id);
  }

  async passagesWithTerms(ids: readonly number[]): Promise<Map<number, PassageWithTerms>> {
    const out = new Map<number, PassageWithTerms>();
    const wanted = [...new Set(ids)].filter((id) => Number.isInteger(id) && id >= 0 && id < 2 ** 31);
    if (wanted.length === 0) return out;
    const { rows } = await run<PassageRow>(this.pool,
      `SELECT p.id, p.doc, p.kind, p.text, p.context_id, c.text AS context, p.terms
       FROM ${this.tables.passages} p LEFT JOIN ${this.tables.passages} c ON c.id = p.context_id
       WHERE p.id = ANY($1::int[])`, [wanted]);
    for (const r of rows) {
      const passage: Passage = { id: r.id, doc: r.doc, kind: r.kind, text: r.text, context: r.context ?? '', contextId: r.context_id };
      out.set(r.id, { passage, terms: new Set(r.terms) });
    }
    return out;
  }
}

/** A number as an SQL literal (weights and factors are computed, never user text). */
function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Relais PostgreSQL: weight ${value} is not finite`);
  return `${value}::float8`;
}

/** A query on this generation's tables; a dropped generation becomes GenerationGoneError. */
async function run<R extends pg.QueryResultRow>(pool: pg.Pool, text: string, values?: unknown[]): Promise<pg.QueryResult<R>> {
  try {
    return await query<R>(pool, text, values);
  } catch (error) {
    if ((error as { code?: unknown }).code === '42P01') throw new GenerationGoneError('index generation dropped meanwhile', { cause: error });
    throw error;
  }
}

/** Levenshtein distance, or `max + 1` as soon as it must exceed `max`. */
export function levenshteinWithin(a: string, b: string, max: number): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous = row;
  }
  return previous[t.length]!;
}
