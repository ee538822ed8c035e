// The engine facade over a real folder: snapshots, reindexing, failures. Each test works on its own copy
// of the shipped corpus in a temporary folder named "corpus", so citations read "corpus/<file>".
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SNAPSHOT_FILE } from '../../src/engine/search/indexSnapshot.ts';
import type { Logger } from '../../src/engine/logger.ts';
import { type ReindexOutcome, RelaisEngine } from '../../src/engine/relaisEngine.ts';
import { UserError } from '../../src/engine/userError.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const NEW_RELEASE = path.join(repoRoot, 'test/fixtures/reindex/010_val-de-brienne.txt');
const NEW_QUESTION = "Combien d'espaces publics numériques le Val-de-Brienne a-t-il ouverts ?";
const GERS_QUESTION = 'Combien de personnes travaillent sur les chantiers de fibre ?';

let work: string;
let corpusDir: string;
let dataDir: string;

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'relais-engine-'));
  corpusDir = path.join(work, 'corpus');
  dataDir = path.join(work, 'data');
  await cp(path.join(repoRoot, 'corpus'), corpusDir, { recursive: true });
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

interface LogLine {
  level: keyof Logger;
  details: object;
  message?: string;
}
function recordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: keyof Logger) => (details: object, message?: string) => void lines.push({ level, details, message });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

describe('snapshots', () => {
  it('builds on first open, then loads the snapshot while the corpus is unchanged', async () => {
    const first = await RelaisEngine.open({ corpusDir, dataDir });
    expect(first.status()).toMatchObject({ loadedFrom: 'build', documents: 5, corpusDir, reindexing: false, skipped: [] });
    await readFile(path.join(dataDir, SNAPSHOT_FILE), 'utf8');

    const second = await RelaisEngine.open({ corpusDir, dataDir });
    expect(second.status()).toMatchObject({ loadedFrom: 'snapshot', documents: 5, passages: first.status().passages });
    expect(second.status().indexedAt).toBe(first.status().indexedAt);
    expect(await second.ask(GERS_QUESTION)).toEqual(await first.ask(GERS_QUESTION));
    expect(second.documents()).toEqual(first.documents());
  });

  it('rebuilds when a file changed since the snapshot', async () => {
    await RelaisEngine.open({ corpusDir, dataDir });
    const file = path.join(corpusDir, '003_b0a59d27816c901e.txt');
    await writeFile(file, `${await readFile(file, 'utf8')}\nLa Manche prolonge le partenariat avec Séoul jusqu'en 2025.\n`);
    const reopened = await RelaisEngine.open({ corpusDir, dataDir });
    expect(reopened.status().loadedFrom).toBe('build');
    // and the rebuilt snapshot is used next time
    expect((await RelaisEngine.open({ corpusDir, dataDir })).status().loadedFrom).toBe('snapshot');
  });

  it('rebuilds when a file was added or removed', async () => {
    await RelaisEngine.open({ corpusDir, dataDir });
    await rm(path.join(corpusDir, '004_e2f5720054723137.txt'));
    const reopened = await RelaisEngine.open({ corpusDir, dataDir });
    expect(reopened.status()).toMatchObject({ loadedFrom: 'build', documents: 4 });
  });

  it('rebuilds over a corrupt snapshot instead of failing, and replaces it', async () => {
    await mkdir(dataDir, { recursive: true });
    await writeFile(path.join(dataDir, SNAPSHOT_FILE), '{"format":"relais-index","version":1,"files":[{"fi\u0000garbage');
    const logger = recordingLogger();
    const engine = await RelaisEngine.open({ corpusDir, dataDir, logger });
    expect(engine.status().loadedFrom).toBe('build');
    expect((await engine.ask(GERS_QUESTION)).facts[0]?.excerpt).toContain('163 personnes');
    expect(logger.lines.some((l) => l.level === 'error')).toBe(false);
    expect((await RelaisEngine.open({ corpusDir, dataDir })).status().loadedFrom).toBe('snapshot');
  });

  it('rebuilds, with a warning, a snapshot whose text was edited on disk, and quotes the corpus (issue 14, item 7)', async () => {
    await RelaisEngine.open({ corpusDir, dataDir });
    const file = path.join(dataDir, SNAPSHOT_FILE);
    const bytes = await readFile(file);
    const at = bytes.indexOf('13.000 prises');
    expect(at).toBeGreaterThan(0);
    Buffer.from('99.000 prises').copy(bytes, at);
    await writeFile(file, bytes);

    const logger = recordingLogger();
    const engine = await RelaisEngine.open({ corpusDir, dataDir, logger });
    expect(engine.status().loadedFrom).toBe('build');
    expect(logger.lines).toContainEqual(
      expect.objectContaining({ level: 'warn', message: 'index snapshot is damaged; rebuilding the index from the corpus' }),
    );
    const answer = await engine.ask('Combien de prises ouvertes à la fibre compte le Gers ?');
    expect(answer.facts.map((f) => f.excerpt).join(' ')).toContain('13.000');
    expect(answer.facts.map((f) => f.excerpt).join(' ')).not.toContain('99.000');
    // The rebuilt snapshot is sound again.
    expect((await RelaisEngine.open({ corpusDir, dataDir })).status().loadedFrom).toBe('snapshot');
  });

  it('rebuilds over a snapshot cut short', async () => {
    await RelaisEngine.open({ corpusDir, dataDir });
    const file = path.join(dataDir, SNAPSHOT_FILE);
    const bytes = await readFile(file);
    await writeFile(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const engine = await RelaisEngine.open({ corpusDir, dataDir });
    expect(engine.status().loadedFrom).toBe('build');
    expect((await engine.ask(GERS_QUESTION)).facts[0]?.excerpt).toContain('163 personnes');
  });

  it('rebuilds when the snapshot was made by another backend', async () => {
    await RelaisEngine.open({ corpusDir, dataDir, backend: 'minisearch' });
    expect((await RelaisEngine.open({ corpusDir, dataDir, backend: 'minisearch' })).status().loadedFrom).toBe('snapshot');
    expect((await RelaisEngine.open({ corpusDir, dataDir, backend: 'compact' })).status().loadedFrom).toBe('build');
  });

  it('writes no snapshot when useSnapshot is false', async () => {
    const engine = await RelaisEngine.open({ corpusDir, dataDir, useSnapshot: false });
    expect(engine.status().loadedFrom).toBe('build');
    await expect(readFile(path.join(dataDir, SNAPSHOT_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe("corpusCheck 'while-serving': the snapshot answers at once, the corpus folder is compared meanwhile", () => {
  it('keeps the snapshot when the folder holds the same files', async () => {
    const built = await RelaisEngine.open({ corpusDir, dataDir });
    const engine = await RelaisEngine.open({ corpusDir, dataDir, corpusCheck: 'while-serving' });
    const outcomes: ReindexOutcome[] = [];
    engine.onReindex((outcome) => outcomes.push(outcome));
    expect(engine.status()).toMatchObject({ loadedFrom: 'snapshot', documents: 5 });
    await engine.corpusChecked();
    expect(outcomes).toEqual([]);
    expect(engine.status()).toMatchObject({ loadedFrom: 'snapshot', indexedAt: built.status().indexedAt, reindexing: false });
  });

  it('answers from the snapshot first, then reindexes the files changed while it was stopped', async () => {
    await RelaisEngine.open({ corpusDir, dataDir });
    await cp(NEW_RELEASE, path.join(corpusDir, '010_val-de-brienne.txt'));
    await rm(path.join(corpusDir, '004_e2f5720054723137.txt'));
    const logger = recordingLogger();
    const engine = await RelaisEngine.open({ corpusDir, dataDir, logger, corpusCheck: 'while-serving' });
    const outcomes: ReindexOutcome[] = [];
    engine.onReindex((outcome) => outcomes.push(outcome));
    expect(engine.status()).toMatchObject({ loadedFrom: 'snapshot', documents: 5 });

    await engine.corpusChecked();
    expect(outcomes).toEqual([
      expect.objectContaining({
        ok: true,
        summary: expect.objectContaining({ added: ['010_val-de-brienne.txt'], removed: ['004_e2f5720054723137.txt'], changed: [] }),
      }),
    ]);
    expect(engine.status()).toMatchObject({ loadedFrom: 'build', documents: 5, reindexing: false });
    expect(engine.documents().map((d) => d.file)).not.toContain('004_e2f5720054723137.txt');
    expect((await engine.ask(NEW_QUESTION)).facts[0]?.source).toBe('corpus/010_val-de-brienne.txt');
    expect(logger.lines.filter((l) => l.level === 'warn' || l.level === 'error')).toEqual([]);
    // The reindex saved its snapshot: the next start serves it and finds nothing to do.
    const next = await RelaisEngine.open({ corpusDir, dataDir, corpusCheck: 'while-serving' });
    await next.corpusChecked();
    expect(next.status()).toMatchObject({ loadedFrom: 'snapshot', documents: 5 });
  });

  it('keeps serving the snapshot, with a warning, when the corpus folder cannot be read', async () => {
    await RelaisEngine.open({ corpusDir, dataDir });
    await rename(corpusDir, path.join(work, 'corpus-moved'));
    const logger = recordingLogger();
    const engine = await RelaisEngine.open({ corpusDir, dataDir, logger, corpusCheck: 'while-serving' });
    await engine.corpusChecked();
    expect(engine.status()).toMatchObject({ loadedFrom: 'snapshot', documents: 5 });
    expect(logger.lines.filter((l) => l.level === 'warn').map((l) => l.message)).toEqual([
      'the corpus folder could not be compared with the snapshot; the snapshot keeps serving',
    ]);
    expect((await engine.ask(GERS_QUESTION)).facts[0]?.excerpt).toContain('163 personnes');
  });

  it('checks nothing in the background after a build', async () => {
    const engine = await RelaisEngine.open({ corpusDir, dataDir, corpusCheck: 'while-serving' });
    const outcomes: ReindexOutcome[] = [];
    engine.onReindex((outcome) => outcomes.push(outcome));
    await engine.corpusChecked();
    expect(engine.status().loadedFrom).toBe('build');
    expect(outcomes).toEqual([]);
  });
});

describe('reindex', () => {
  it('reports added, changed, removed and skipped files, and answers from the new index', async () => {
    const engine = await RelaisEngine.open({ corpusDir, dataDir });
    expect((await engine.ask(NEW_QUESTION)).answered).toBe(false);

    await cp(NEW_RELEASE, path.join(corpusDir, '010_val-de-brienne.txt'));
    const changed = path.join(corpusDir, '003_b0a59d27816c901e.txt');
    await writeFile(changed, `${await readFile(changed, 'utf8')}\nLa Manche prolonge le partenariat avec Séoul jusqu'en 2025.\n`);
    await rm(path.join(corpusDir, '004_e2f5720054723137.txt'));
    await writeFile(path.join(corpusDir, '011_vide.txt'), '');
    await writeFile(
      path.join(corpusDir, '012_annexe.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    );

    const summary = await engine.reindex();
    expect(summary.added).toContain('010_val-de-brienne.txt');
    expect(summary.changed).toEqual(['003_b0a59d27816c901e.txt']);
    expect(summary.removed).toEqual(['004_e2f5720054723137.txt']);
    expect(summary.skipped).toEqual([
      { file: '011_vide.txt', reason: 'empty', reasonFr: 'vide' },
      { file: '012_annexe.txt', reason: 'binary content', reasonFr: 'contenu binaire' },
    ]);
    expect(summary.documents).toBe(5); // 5 - 1 removed + 1 added
    expect(summary.passages).toBe(engine.status().passages);
    expect(summary.durationMs).toBeGreaterThanOrEqual(0);
    expect(engine.status()).toMatchObject({ loadedFrom: 'build', documents: 5, skipped: summary.skipped, reindexing: false });

    const answer = await engine.ask(NEW_QUESTION);
    expect(answer.answered).toBe(true);
    expect(answer.facts[0]).toMatchObject({
      source: 'corpus/010_val-de-brienne.txt',
      title: 'Le Val-de-Brienne ouvre douze espaces publics numériques',
      date: '2021-05-14',
    });
    expect(answer.facts[0]?.excerpt).toContain('douze espaces publics numériques');
    expect((await engine.ask('Quel est le budget du programme du Val-de-Brienne ?')).facts[0]?.excerpt).toContain('480 000 euros');
    // the removed release no longer answers
    expect(engine.documents().map((d) => d.file)).not.toContain('004_e2f5720054723137.txt');
    // and the next start-up loads what the reindex saved
    expect((await RelaisEngine.open({ corpusDir, dataDir })).status()).toMatchObject({ loadedFrom: 'snapshot', documents: 5 });
  });

  it('reports nothing new when nothing changed', async () => {
    const engine = await RelaisEngine.open({ corpusDir, dataDir });
    const summary = await engine.reindex();
    expect(summary).toMatchObject({ added: [], changed: [], removed: [], skipped: [], documents: 5 });
  });

  it('rejects with UserError "reindex-failed" when the corpus folder is gone, and keeps answering', async () => {
    const logger = recordingLogger();
    const engine = await RelaisEngine.open({ corpusDir, dataDir, logger });
    const before = await engine.ask(GERS_QUESTION);
    const status = engine.status();
    await rename(corpusDir, path.join(work, 'corpus-moved'));

    const failure = await engine.reindex().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(UserError);
    expect((failure as UserError).code).toBe('reindex-failed');
    expect((failure as UserError).message).toContain('ENOENT');
    expect(logger.lines.some((l) => l.level === 'error')).toBe(true);

    expect(await engine.ask(GERS_QUESTION)).toEqual(before);
    expect(engine.status()).toEqual({ ...status, reindexing: false });

    // once the folder is back, a reindex works again
    await rename(path.join(work, 'corpus-moved'), corpusDir);
    await expect(engine.reindex()).resolves.toMatchObject({ documents: 5 });
  });

  it('runs one reindex for concurrent calls', async () => {
    await writeFile(path.join(corpusDir, '011_vide.txt'), '');
    const logger = recordingLogger();
    const engine = await RelaisEngine.open({ corpusDir, dataDir, logger });
    await cp(NEW_RELEASE, path.join(corpusDir, '010_val-de-brienne.txt'));
    // every build warns once about the empty file: count builds by those warnings
    const builds = () => logger.lines.filter((l) => l.message === 'corpus file skipped').length;
    const buildsBefore = builds();

    const r1 = engine.reindex();
    const r2 = engine.reindex();
    expect(r2).toBe(r1);
    expect(engine.status().reindexing).toBe(true);
    const [s1, s2] = await Promise.all([r1, r2]);
    expect(s2).toBe(s1);
    expect(s1.added).toEqual(['010_val-de-brienne.txt']);
    expect(builds() - buildsBefore).toBe(1);
    expect(engine.status().reindexing).toBe(false);

    // a later call starts a new reindex, which finds nothing new
    const r3 = engine.reindex();
    expect(r3).not.toBe(r1);
    expect(await r3).toMatchObject({ added: [], changed: [], removed: [] });
    expect(builds() - buildsBefore).toBe(2);
  });
});

describe('corpus words named after JavaScript built-ins (issue 14, item 1)', () => {
  for (const backend of ['compact', 'minisearch'] as const) {
    it(`${backend}: a release saying "constructor" or "__proto__" opens, and misspelled questions are answered, also after a restart`, async () => {
      await writeFile(
        path.join(corpusDir, '090_constructor.txt'),
        'Le constructor du réseau de fibre\nLe constructor, le __proto__ et le toString du réseau ont raccordé 4 200 prises à la fibre en Ardèche.\n',
      );
      for (const opening of ['build', 'snapshot'] as const) {
        const engine = await RelaisEngine.open({ corpusDir, dataDir, backend });
        expect(engine.status().loadedFrom).toBe(opening);
        // Unknown words of five letters or more go through spelling correction against the vocabulary.
        for (const question of [
          'Combien de prises le constructeurr a-t-il raccordées ?',
          'Combien de prises en Ardèchee ?',
          'hasOwnProperty valueOf prototype ?',
        ]) {
          const answer = await engine.ask(question);
          expect(typeof answer.answered).toBe('boolean');
        }
        expect((await engine.ask('Combien de prises le constructor a-t-il raccordées en Ardèche ?')).facts[0]?.excerpt).toContain('4 200');
      }
    });
  }
});
