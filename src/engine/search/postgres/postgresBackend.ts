// The PostgreSQL search backend (SEARCH_BACKEND=postgres): one index generation's tables, queried in a
// few round trips per question. PostgreSQL does no French analysis of its own: the terms come from the
// same analysis chain as the embedded backends (termPostings.ts), and ranking is the compact index's own
// (maxScoreRanking.ts) over the posting lists of the question's terms, fetched in one query. Scoring in
// SQL instead meant reading every passage holding any frequent question word (2.4 s p99 at 100,000
// documents); a posting list is one row whose bytes are mostly one per passage.
//
//   passages_<gen>   (id, doc, kind, text, context_id, terms text[])   a document = a range of ids
//   documents_<gen>  (doc, source, file, title, date, url, territory, tags, first_passage, passage_count)
//   vocabulary_<gen> (term, df)   passages holding each term; each instance loads it with the documents
//   postings_<gen>   (term, df, postings bytea)   ascending passage ids as varint gaps (sortedVarints.ts)
import type pg from 'pg';
import type { FileFingerprint, SkippedFile } from '../../types.ts';
import type { IndexedDocument, PassageWithTerms, SearchBackend, SimilarTerm, WeightedConcept } from '../searchBackend.ts';
import { type PostingSource, rankByMaxScore, RankingScratch } from '../maxScoreRanking.ts';
import { decodeSorted } from '../sortedVarints.ts';
import { TermVocabulary } from '../termVocabulary.ts';
import type { Passage, PassageKind } from '../splitPassages.ts';
import { quoteIdent } from './migrations.ts';
import { query } from './postgresPool.ts';
import { GenerationGoneError } from './searchUnavailable.ts';

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
  postings: string;
}

export function generationTables(schema: string, id: string): GenerationTables {
  if (!/^\d+$/.test(id)) throw new Error(`Relais PostgreSQL: bad generation id ${id}`);
  const s = quoteIdent(schema);
  return {
    passages: `${s}.passages_${id}`,
    documents: `${s}.documents_${id}`,
    vocabulary: `${s}.vocabulary_${id}`,
    postings: `${s}.postings_${id}`,
  };
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

export const GENERATION_COLUMNS =
  'g.id::text AS id, g.format_version, g.corpus_dir, g.files, g.skipped, g.documents, g.passages, g.built_at, g.build_ms';

export function generationFromRow(row: GenerationRow): GenerationInfo {
  return {
    id: row.id,
    formatVersion: row.format_version,
    corpusDir: row.corpus_dir,
    files: row.files,
    skipped: row.skipped,
    documents: row.documents,
    passages: row.passages,
    builtAt: row.built_at.toISOString(),
    buildMs: row.build_ms,
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
  /** Space-separated. */
  terms: string;
}

export class PostgresBackend implements SearchBackend {
  /** Ranking's per-passage arrays, allocated on the first question and reused (ranking is synchronous). */
  private scratch: RankingScratch | undefined;

  private constructor(
    private readonly pool: pg.Pool,
    readonly generation: GenerationInfo,
    private readonly tables: GenerationTables,
    readonly documents: readonly IndexedDocument[],
    /** Term → passages holding it: frequencies and spelling corrections without a round trip. */
    private readonly frequencies: ReadonlyMap<string, number>,
    private readonly vocabulary: TermVocabulary,
  ) {}

  /** Loads a generation's documents and vocabulary (passages and posting lists stay in the database). */
  static async load(pool: pg.Pool, schema: string, generation: GenerationInfo): Promise<PostgresBackend> {
    const tables = generationTables(schema, generation.id);
    const [{ rows }, { rows: vocabulary }] = await Promise.all([
      run<DocumentRow>(
        pool,
        `SELECT source, file, title, date, url, territory, tags, first_passage, passage_count FROM ${tables.documents} ORDER BY doc`,
      ),
      run<{ term: string; df: number }>(pool, `SELECT term, df FROM ${tables.vocabulary}`),
    ]);
    const documents = Array.from(rows, (r): IndexedDocument => ({
      source: r.source,
      file: r.file,
      title: r.title,
      date: r.date ?? undefined,
      url: r.url ?? undefined,
      territory: r.territory ?? undefined,
      tags: r.tags,
      firstPassage: r.first_passage,
      passageCount: r.passage_count,
    }));
    const frequencies = new Map(Array.from(vocabulary, (v) => [v.term, v.df]));
    return new PostgresBackend(
      pool,
      generation,
      tables,
      documents,
      frequencies,
      new TermVocabulary(
        Array.from(vocabulary, (v) => v.term),
        Array.from(vocabulary, (v) => v.df),
      ),
    );
  }

  get passageCount(): number {
    return this.generation.passages;
  }

  async documentFrequencies(terms: readonly string[]): Promise<Map<string, number>> {
    return new Map(Array.from(terms, (t) => [t, this.frequencies.get(t) ?? 0]));
  }

  async similarTerms(term: string, maxDistance: number): Promise<readonly SimilarTerm[]> {
    return this.vocabulary.similar(term, maxDistance);
  }

  /**
   * The compact index's ranking over the question's posting lists, fetched in one query: the same
   * candidates, the same pruning, the same order.
   */
  async topPassages(concepts: readonly WeightedConcept[], limit: number): Promise<number[]> {
    if (concepts.length === 0 || limit <= 0 || this.passageCount === 0) return [];
    const terms = [...new Set(concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms)))].filter((t) => this.frequencies.has(t));
    if (terms.length === 0) return [];
    const { rows } = await run<{ term: string; df: number; postings: Buffer }>(
      this.pool,
      `SELECT term, df, postings FROM ${this.tables.postings} WHERE term = ANY($1::text[])`,
      [terms],
    );
    this.scratch ??= new RankingScratch(this.passageCount);
    return rankByMaxScore(new FetchedPostings(this.passageCount, rows), concepts, limit, this.scratch).ids;
  }

  /**
   * The passages with these ids. The answer engine reads whole documents, i.e. runs of consecutive ids:
   * each run is one range scan of the primary key, and a passage's context (an earlier passage of its
   * document) is almost always among those read; the others are fetched by a second query.
   */
  async passagesWithTerms(ids: readonly number[]): Promise<Map<number, PassageWithTerms>> {
    const out = new Map<number, PassageWithTerms>();
    const wanted = [...new Set(ids)].filter((id) => Number.isInteger(id) && id >= 0 && id < 2 ** 31).sort((a, b) => a - b);
    if (wanted.length === 0) return out;
    const firsts: number[] = [];
    const ends: number[] = [];
    for (const id of wanted) {
      if (ends.length > 0 && ends[ends.length - 1] === id) ends[ends.length - 1] = id + 1;
      else {
        firsts.push(id);
        ends.push(id + 1);
      }
    }
    const { rows } = await run<PassageRow>(
      this.pool,
      // The terms as one string: node-postgres parses a text[] character by character (a third of what
      // a question allocated with this backend); terms never hold a space (they are analysed words).
      `SELECT p.id, p.doc, p.kind, p.text, p.context_id, array_to_string(p.terms, ' ') AS terms
       FROM unnest($1::int[], $2::int[]) AS r(first, stop) JOIN ${this.tables.passages} p ON p.id >= r.first AND p.id < r.stop`,
      [firsts, ends],
    );
    const texts = new Map<number, string>(Array.from(rows, (r) => [r.id, r.text]));
    const missing = [...new Set(Array.from(rows, (r) => r.context_id).filter((c) => c >= 0 && !texts.has(c)))];
    if (missing.length > 0) {
      const { rows: contexts } = await run<{ id: number; text: string }>(
        this.pool,
        `SELECT id, text FROM ${this.tables.passages} WHERE id = ANY($1::int[])`,
        [missing],
      );
      for (const c of contexts) texts.set(c.id, c.text);
    }
    for (const r of rows) {
      const context = r.context_id >= 0 ? (texts.get(r.context_id) ?? '') : '';
      const passage: Passage = { id: r.id, doc: r.doc, kind: r.kind, text: r.text, context, contextId: r.context_id };
      out.set(r.id, { passage, terms: new Set(r.terms === '' ? [] : r.terms.split(' ')) });
    }
    return out;
  }
}

/** The posting lists of one question's terms, as fetched: what ranking reads. */
class FetchedPostings implements PostingSource {
  private readonly ids = new Map<string, number>();
  private readonly lists: Uint32Array[] = [];

  constructor(
    readonly passageCount: number,
    rows: ReadonlyArray<{ term: string; df: number; postings: Buffer }>,
  ) {
    for (const r of rows) {
      const list = new Uint32Array(r.df);
      const count = decodeSorted(r.postings, 0, r.postings.byteLength, list);
      if (count !== r.df) throw new Error(`Relais PostgreSQL: posting list of "${r.term}" is corrupt`);
      this.ids.set(r.term, this.lists.length);
      this.lists.push(list);
    }
  }

  termId(term: string): number {
    return this.ids.get(term) ?? -1;
  }

  frequency(termId: number): number {
    return this.lists[termId]!.length;
  }

  postings(termId: number): Uint32Array {
    return this.lists[termId]!;
  }

  holds(passage: number, termId: number): boolean {
    const list = this.lists[termId]!;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = list[mid]!;
      if (v === passage) return true;
      if (v < passage) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

/** A query on this generation's tables; a dropped generation becomes GenerationGoneError. */
async function run<R extends pg.QueryResultRow>(pool: pg.Pool, text: string, values?: unknown[]): Promise<pg.QueryResult<R>> {
  try {
    return await query<R>(pool, text, values);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === '42P01') throw new GenerationGoneError('index generation dropped meanwhile', { cause: error });
    // On a replica, a query on a generation whose DROP is being replayed is cancelled: the same case.
    if (code === '40001' && /conflict with recovery/i.test((error as Error).message)) {
      throw new GenerationGoneError('index generation dropped on the replica meanwhile', { cause: error });
    }
    throw error;
  }
}
