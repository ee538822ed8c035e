// The PostgreSQL backend held to the embedded backends' contract over the shipped corpus: documents,
// term frequencies, spelling neighbours, candidate passages and passages with their terms — the same
// values the compact index gives, since both index the terms of the same analysis chain.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../../src/engine/corpus/loadCorpus.ts';
import { CompactIndex } from '../../../../src/engine/search/compactIndex.ts';
import { migrate } from '../../../../src/engine/search/postgres/migrations.ts';
import { PostgresBackend, readCurrentGeneration } from '../../../../src/engine/search/postgres/postgresBackend.ts';
import { writeGeneration } from '../../../../src/engine/search/postgres/postgresIndexWriter.ts';
import type { WeightedConcept } from '../../../../src/engine/search/searchBackend.ts';
import { silentLogger } from '../../../../src/engine/logger.ts';
import type { CorpusLoadResult } from '../../../../src/engine/types.ts';
import { DATABASE_URL, dropSchema, freshSchema, skipMessage, sql } from './postgresTestDatabase.ts';

skipMessage('postgresBackend.test');
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const schema = freshSchema('backend');
const concepts = (...groups: string[][]): WeightedConcept[] => groups.map((terms) => ({ alternatives: [{ terms, factor: 1 }], weight: 1 }));

/** Every passage's score by the topPassages formula, computed in full: best first, ties by id. */
function exactRanking(index: CompactIndex, query: WeightedConcept[]): Array<{ id: number; score: number }> {
  const out: Array<{ id: number; score: number }> = [];
  for (let id = 0; id < index.passageCount; id++) {
    const terms = index.passageTerms(id);
    let score = 0;
    for (const c of query) {
      score +=
        c.weight * Math.max(0, ...c.alternatives.map((a) => (a.factor * a.terms.filter((t) => terms.has(t)).length) / a.terms.length));
    }
    if (score > 0) out.push({ id, score });
  }
  return out.sort((a, b) => b.score - a.score || a.id - b.id);
}

describe.skipIf(!DATABASE_URL)('PostgreSQL backend', () => {
  let pool: pg.Pool;
  let corpus: CorpusLoadResult;
  let compact: CompactIndex;
  let backend: PostgresBackend;

  beforeAll(async () => {
    corpus = await loadCorpus(path.join(repoRoot, 'corpus'));
    compact = CompactIndex.build(corpus.documents);
    pool = new pg.Pool({ connectionString: DATABASE_URL });
    const client = await pool.connect();
    try {
      await migrate(client, schema, silentLogger);
      const info = await writeGeneration(
        client,
        schema,
        { corpusDir: 'corpus', documents: corpus.documents, files: corpus.files, skipped: [] },
        silentLogger,
      );
      backend = await PostgresBackend.load(pool, schema, info);
    } finally {
      client.release();
    }
  });

  afterAll(async () => {
    await pool?.end();
    await dropSchema(schema);
  });

  it('records its migrations and the current generation with the corpus fingerprint', async () => {
    const migrations = await sql<{ version: number }>(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`);
    expect(migrations.map((m) => m.version)).toEqual([1]);
    const current = await readCurrentGeneration(pool, schema);
    expect(current).toMatchObject({ id: backend.generation.id, documents: 5, passages: compact.passageCount });
    expect(current?.files.map((f) => [f.file, f.sha256])).toEqual(corpus.files.map((f) => [f.file, f.sha256]));
    // Migrating again changes nothing.
    const client = await pool.connect();
    try {
      expect(await migrate(client, schema, silentLogger)).toEqual([]);
    } finally {
      client.release();
    }
  });

  it('has the documents and passages of the compact index', async () => {
    expect(backend.documents).toEqual(compact.documents);
    expect(backend.passageCount).toBe(compact.passageCount);
    const all = await backend.passagesWithTerms([...Array(compact.passageCount + 2).keys()]);
    expect(all.size).toBe(compact.passageCount);
    for (let id = 0; id < compact.passageCount; id++) {
      expect(all.get(id)?.passage).toEqual(compact.passage(id));
      expect([...(all.get(id)?.terms ?? [])].sort()).toEqual([...compact.passageTerms(id)].sort());
    }
    expect((await backend.passagesWithTerms([-1, 10_000_000])).size).toBe(0);
  });

  it('counts the passages holding each term', async () => {
    const terms = ['fibr', 'orang', 'gers', 'seoul', '13000', 'fort-de-franc', 'person', 'toulous', 'le'];
    const df = await backend.documentFrequencies(terms);
    for (const t of terms) expect(df.get(t), t).toBe(compact.documentFrequency(t));
    expect(df.get('toulous')).toBe(0);
  });

  it('lists corpus terms within a few edits, as the compact index does', async () => {
    const byTerm = (a: { term: string }, b: { term: string }) => a.term.localeCompare(b.term);
    for (const [term, distance] of [
      ['preson', 2],
      ['fibr', 1],
      ['orang', 2],
      ['zzzzzzzz', 1],
      ['numeriqu', 2],
    ] as const) {
      expect([...(await backend.similarTerms(term, distance))].sort(byTerm), term).toEqual(
        [...compact.similarTermsNow(term, distance)].sort(byTerm),
      );
    }
  });

  it('ranks passages exactly as the compact index does', async () => {
    const queries = [
      concepts(['163'], ['person']),
      concepts(['13000'], ['pris']),
      concepts(['15.5'], ['million']),
      concepts(['valence-sur-bais']),
      [{ alternatives: [{ terms: ['valenc', 'bais'], factor: 1 }], weight: 1 }],
      concepts(['fibr'], ['optiqu']),
      concepts(['seoul'], ['manch'], ['convention']),
      concepts(['didi'], ['laguer']),
      [
        {
          alternatives: [
            { terms: ['thd'], factor: 1 },
            { terms: ['tres', 'haut', 'debit'], factor: 0.9 },
          ],
          weight: 2.5,
        },
        { alternatives: [{ terms: ['gers'], factor: 1 }], weight: 1.2 },
      ],
    ];
    for (const query of queries) {
      const ids = await backend.topPassages(query, 20);
      // The same ranking code over the same posting lists: the same passages, in the same order.
      expect(ids, JSON.stringify(query)).toEqual(compact.rankPassages(query, 20));
      // Approximate by design (pruning), but the best passage is a full scan's best.
      expect(ids[0], JSON.stringify(query)).toBe(exactRanking(compact, query)[0]?.id);
    }
    expect(await backend.topPassages(concepts(['lyon']), 10)).toEqual([]);
    expect(await backend.topPassages([], 10)).toEqual([]);
    expect((await backend.topPassages(concepts(['fibr'], ['orang']), 3)).length).toBe(3);
  });
});
