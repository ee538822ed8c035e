// Several Relais instances on one database: they build the index once, answer the same, see a reindex
// made by any of them without restarting, and run concurrent reindexes once. Each instance is an engine
// with its own connection pool, as separate processes would be.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type EngineOptions, RelaisEngine } from '../../../../src/engine/relaisEngine.ts';
import { askOnceServing, DATABASE_URL, dropSchema, freshSchema, skipMessage, sql } from './postgresTestDatabase.ts';

skipMessage('sharedIndex.test');
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const NEW_RELEASE = path.join(repoRoot, 'test/fixtures/reindex/010_val-de-brienne.txt');
const NEW_QUESTION = "Combien d'espaces publics numériques le Val-de-Brienne a-t-il ouverts ?";
const QUESTIONS = [
  'Combien de personnes travaillent sur les chantiers de fibre ?',
  'Combien de prises ouvertes à la fibre compte le Gers ?',
  'Quel est le partenariat de la Manche avec Séoul ?',
  'Who is the mayor of Fort-de-France?',
  'Quel est le budget du métro de Lyon ?',
];

let work: string;
let corpusDir: string;
let schema: string;
const schemas: string[] = [];
let engines: RelaisEngine[] = [];

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'relais-shared-'));
  corpusDir = path.join(work, 'corpus');
  await cp(path.join(repoRoot, 'corpus'), corpusDir, { recursive: true });
  schema = freshSchema('shared');
  schemas.push(schema);
});

afterEach(async () => {
  await Promise.all(engines.map((e) => e.close()));
  engines = [];
  await rm(work, { recursive: true, force: true });
});

afterAll(async () => {
  for (const s of schemas) await dropSchema(s);
});

/** An instance: its own pool, its own (unused) data folder, the shared corpus and database. */
async function instance(name: string, extra: Partial<EngineOptions> = {}): Promise<RelaisEngine> {
  const engine = await RelaisEngine.open({
    corpusDir,
    dataDir: path.join(work, `data-${name}`),
    backend: 'postgres',
    postgres: { connectionString: DATABASE_URL!, schema, applicationName: `relais-test-${name}` },
    ...extra,
  });
  engines.push(engine);
  return engine;
}

const generations = async () =>
  (await sql<{ id: string }>(`SELECT id::text AS id FROM "${schema}".index_generation ORDER BY id`)).map((r) => r.id);
const generationTables = async () =>
  (
    await sql<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = $1 AND tablename ~ '_[0-9]+$' ORDER BY 1`, [
      schema,
    ])
  ).map((r) => r.name);

describe.skipIf(!DATABASE_URL)('instances sharing one PostgreSQL index', () => {
  it('build it once when starting together, then answer the same', async () => {
    const [a, b] = await Promise.all([instance('a'), instance('b')]);
    expect(await generations()).toHaveLength(1);
    expect([a.status().loadedFrom, b.status().loadedFrom].sort()).toEqual(['build', 'snapshot']);
    expect(b.status()).toMatchObject({ documents: 5, passages: a.status().passages, indexedAt: a.status().indexedAt });
    expect(b.documents()).toEqual(a.documents());
    for (const q of QUESTIONS) expect(await b.ask(q), q).toEqual(await a.ask(q));

    // A later instance over the unchanged corpus serves the same generation without building.
    const c = await instance('c');
    expect(c.status()).toMatchObject({ loadedFrom: 'snapshot', indexedAt: a.status().indexedAt });
    expect(await generations()).toHaveLength(1);
  });

  it('see a reindex made by another instance, without restarting', async () => {
    const a = await instance('a');
    const b = await instance('b');
    expect((await b.ask(NEW_QUESTION)).answered).toBe(false);

    await cp(NEW_RELEASE, path.join(corpusDir, '010_val-de-brienne.txt'));
    const summary = await a.reindex();
    expect(summary).toMatchObject({ added: ['010_val-de-brienne.txt'], changed: [], removed: [], documents: 6 });

    const answer = await askOnceServing(b, NEW_QUESTION, 6);
    expect(answer.answered).toBe(true);
    expect(answer.facts[0]?.source).toBe('corpus/010_val-de-brienne.txt');
    expect(b.status()).toMatchObject({ documents: 6, indexedAt: a.status().indexedAt });
    expect(b.documents()).toEqual(a.documents());
  });

  it('run concurrent reindexes once, and both report the same change', async () => {
    const a = await instance('a');
    const b = await instance('b');
    const [first] = await generations();
    const file = path.join(corpusDir, '003_b0a59d27816c901e.txt');
    await writeFile(file, `${await readFile(file, 'utf8')}\nLa Manche prolonge le partenariat avec Séoul jusqu'en 2031.\n`);

    const [sa, sb] = await Promise.all([a.reindex(), b.reindex()]);
    const all = await generations();
    expect(all, 'one new generation, not two').toHaveLength(2);
    expect(all[0]).toBe(first);
    const { durationMs: _a, ...restA } = sa;
    const { durationMs: _b, ...restB } = sb;
    expect(restB).toEqual(restA);
    expect(restA).toMatchObject({ added: [], changed: ['003_b0a59d27816c901e.txt'], removed: [] });
    expect(a.status().indexedAt).toBe(b.status().indexedAt);
    for (const q of QUESTIONS.slice(0, 3)) expect(await b.ask(q)).toEqual(await a.ask(q));
  });

  it('keep only the current generation and the one before it', async () => {
    const a = await instance('a');
    for (let i = 0; i < 3; i++) await a.reindex();
    const kept = await generations();
    expect(kept).toHaveLength(2);
    expect((await generationTables()).sort()).toEqual(
      kept.flatMap((id) => [`documents_${id}`, `passages_${id}`, `postings_${id}`, `vocabulary_${id}`]).sort(),
    );
    const current = await sql<{ id: string }>(`SELECT generation_id::text AS id FROM "${schema}".current_generation`);
    expect(current[0]?.id).toBe(kept.at(-1));
  });

  it('rebuild at start-up when the corpus changed while no instance ran', async () => {
    const a = await instance('a');
    const before = a.status().indexedAt;
    await a.close();
    engines = [];
    await rm(path.join(corpusDir, '003_b0a59d27816c901e.txt'));
    const b = await instance('b');
    expect(b.status()).toMatchObject({ loadedFrom: 'build', documents: 4 });
    expect(b.status().indexedAt).not.toBe(before);
  });
});
