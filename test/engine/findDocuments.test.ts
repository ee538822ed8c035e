// RelaisEngine.findDocuments: description first, then text, every word needed — on both embedded indexes.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RelaisEngine } from '../../src/engine/index.ts';
import { DATABASE_URL, dropSchema, freshSchema } from './search/postgres/postgresTestDatabase.ts';

const roots: string[] = [];
const engines: RelaisEngine[] = [];
const schema = freshSchema('find');
afterAll(async () => {
  await Promise.all(engines.map((e) => e.close()));
  await dropSchema(schema);
  await Promise.all(roots.map((r) => rm(r, { recursive: true, force: true })));
});

type Backend = 'compact' | 'minisearch' | 'postgres';

async function engineOver(backend: Backend): Promise<RelaisEngine> {
  const root = await mkdtemp(path.join(tmpdir(), 'relais-find-'));
  roots.push(root);
  const corpusDir = path.join(root, 'corpus');
  await mkdir(corpusDir);
  await writeFile(
    path.join(corpusDir, 'a-saint-lo.txt'),
    'Saint-Lô ouvre un tiers-lieu numérique\n\nLe tiers-lieu accueille des ateliers de réparation.',
  );
  await writeFile(
    path.join(corpusDir, 'b-cantal.txt'),
    'Le Cantal étend sa couverture mobile\n\nQuatre pylônes sont installés près de Saint-Lô-d’Ourville, précise la préfecture.',
  );
  const engine = await RelaisEngine.open({
    corpusDir,
    dataDir: path.join(root, 'data'),
    useSnapshot: false,
    backend,
    ...(backend === 'postgres' ? { postgres: { connectionString: DATABASE_URL ?? '', schema } } : {}),
  });
  engines.push(engine);
  return engine;
}

// PostgreSQL only with DATABASE_URL (CI starts one: .ci/postgres.sh).
const backends: Backend[] = DATABASE_URL ? ['compact', 'minisearch', 'postgres'] : ['compact', 'minisearch'];

describe.each(backends)('findDocuments (%s index)', (backend) => {
  it('matches the description or the text, and every word', async () => {
    const engine = await engineOver(backend);
    const files = async (words: string) => (await engine.findDocuments(words)).map((d) => d.file);
    expect(await files('')).toEqual(['a-saint-lo.txt', 'b-cantal.txt']);
    expect(await files('ateliers')).toEqual(['a-saint-lo.txt']);
    expect(await files('pylône')).toEqual(['b-cantal.txt']);
    expect(await files('préfecture Cantal')).toEqual(['b-cantal.txt']);
    expect(await files('pylônes ateliers')).toEqual([]);
    expect(await files('tiers-lieu')).toEqual(['a-saint-lo.txt']);
    expect(await files('zzzz')).toEqual([]);
  });
});
