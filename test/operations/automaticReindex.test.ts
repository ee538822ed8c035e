// Reindexing by itself: the corpus watcher (recursive fs.watch, or polling), the schedule, and the
// faults a reindex meets (a file deleted or corrupted while it runs): the old index keeps serving
// until the new one is ready, and the summary names the file.
import { rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AutomaticReindex } from '../../src/operations/automaticReindex.ts';
import { CorpusWatcher, treeFingerprint } from '../../src/operations/corpusWatcher.ts';
import { GERS_QUESTION, GERS_SOURCE, openTestEngine, recordingLogger, type TestEngine } from './helpers.ts';

const GERS_FILE = path.basename(GERS_SOURCE);
const NEW_FILE = '010_val-de-brienne.txt';
const NEW_TEXT =
  'Le Val-de-Brienne ouvre douze espaces publics numériques\n\nLe 14 mai 2021, le Val-de-Brienne a ouvert douze espaces publics numériques pour 480 000 euros.\n';

let t: TestEngine;
let auto: AutomaticReindex | undefined;
beforeEach(async () => {
  t = await openTestEngine();
});
afterEach(async () => {
  auto?.stop();
  auto = undefined;
  await t.cleanup();
});

describe('automatic reindex', () => {
  it('on a corpus change (watched, debounced): one reindex for a burst of writes, summary in the log', async () => {
    const logger = recordingLogger();
    auto = await AutomaticReindex.start({ engine: t.engine, logger, corpusDir: t.corpusDir, onChange: true, watcher: { debounceMs: 100 } });
    await writeFile(path.join(t.corpusDir, NEW_FILE), NEW_TEXT);
    await writeFile(path.join(t.corpusDir, '011_vide.txt'), '');
    await logger.waitFor((lines) => lines.some((l) => l.message?.startsWith('reindex done')));
    await auto.idle();
    const done = logger.lines.filter((l) => l.message?.startsWith('reindex done'));
    expect(done).toHaveLength(1);
    expect(done[0]).toMatchObject({
      level: 'warn',
      details: { trigger: 'corpus-change', added: [NEW_FILE], skipped: [{ file: '011_vide.txt', reason: 'empty' }] },
    });
    expect(done[0]?.message).toContain('011_vide.txt (empty)');
    expect((await t.engine.ask("Combien d'espaces publics numériques le Val-de-Brienne a-t-il ouverts ?")).answered).toBe(true);
  });

  it('falls back to polling the tree (paths, sizes, times) where watching is unavailable', async () => {
    let changes = 0;
    let changed!: () => void;
    const firstChange = new Promise<void>((resolve) => {
      changed = resolve;
    });
    const watcher = await CorpusWatcher.start({
      dir: t.corpusDir,
      logger: recordingLogger(),
      forcePolling: true,
      pollMs: 20,
      debounceMs: 20,
      onChange: () => {
        changes++;
        changed();
      },
    });
    try {
      expect(watcher.mode).toBe('poll');
      const before = await treeFingerprint(t.corpusDir);
      await writeFile(path.join(t.corpusDir, 'sub.txt'), 'x');
      expect(await treeFingerprint(t.corpusDir)).not.toBe(before);
      await firstChange;
      expect(changes).toBe(1);
    } finally {
      watcher.stop();
    }
  });

  it('on a schedule, through the same single-flight reindex', async () => {
    const logger = recordingLogger();
    auto = await AutomaticReindex.start({ engine: t.engine, logger, corpusDir: t.corpusDir, onChange: false, intervalMs: 30 });
    await logger.waitFor((lines) => lines.filter((l) => l.message === 'reindex done').length >= 2);
    expect(logger.lines.find((l) => l.message === 'reindex done')?.details).toMatchObject({ trigger: 'schedule', added: [], documents: 5 });
  });

  it('a change seen during a reindex triggers one more run afterwards', async () => {
    const logger = recordingLogger();
    auto = await AutomaticReindex.start({ engine: t.engine, logger, corpusDir: t.corpusDir, onChange: false });
    const first = auto.trigger('corpus-change');
    void auto.trigger('corpus-change');
    void auto.trigger('corpus-change');
    await first;
    await auto.idle();
    expect(logger.lines.filter((l) => l.message === 'reindex done')).toHaveLength(2);
  });
});

describe('faults during a reindex', () => {
  it('a file deleted while a reindex runs: the old index answers meanwhile, a summary names the file', async () => {
    const logger = recordingLogger();
    auto = await AutomaticReindex.start({ engine: t.engine, logger, corpusDir: t.corpusDir, onChange: true, watcher: { debounceMs: 50 } });
    const running = auto.trigger('schedule');
    expect(t.engine.status().reindexing).toBe(true);
    const during = t.engine.ask(GERS_QUESTION); // asked while the reindex runs: served by the old index
    await rm(path.join(t.corpusDir, GERS_FILE));
    expect((await during).facts[0]?.source).toBe(GERS_SOURCE);
    await running;
    // That run saw the file gone before listing (removed), gone when reading (skipped, unreadable), or
    // still there; in the last case the watcher's run after it reports it removed.
    const naming = () =>
      logger.lines
        .filter((l) => l.message?.startsWith('reindex done'))
        .find(
          (l) =>
            (l.details['removed'] as string[]).includes(GERS_FILE) ||
            (l.details['skipped'] as { file: string }[]).some((s) => s.file === GERS_FILE),
        );
    await logger.waitFor(() => naming() !== undefined);
    await auto.idle();
    expect(t.engine.documents().map((d) => d.file)).not.toContain(GERS_FILE);
  });

  it('a file listed but gone when read (a dangling link): skipped as unreadable, named with its reason', async () => {
    await symlink(path.join(t.corpusDir, 'does-not-exist.txt'), path.join(t.corpusDir, '020_gone.txt'));
    const summary = await t.engine.reindex();
    expect(summary.skipped).toEqual([{ file: '020_gone.txt', reason: 'unreadable: ENOENT', reasonFr: 'illisible : ENOENT' }]);
    expect(summary.documents).toBe(5);
  });

  it('a file corrupted during a reindex: skipped with its reason, the others still answer', async () => {
    const logger = recordingLogger();
    auto = await AutomaticReindex.start({ engine: t.engine, logger, corpusDir: t.corpusDir, onChange: false });
    const running = auto.trigger('corpus-change');
    await writeFile(path.join(t.corpusDir, GERS_FILE), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff, 0xfe, 0x00]));
    await running;
    await auto.idle();
    // Whether the first run read it before or after the write, a run after the write (this one, or
    // the one the change queued) names it; trigger again to be sure the last summary is after the write.
    await auto.trigger('corpus-change');
    const last = logger.lines.filter((l) => l.message?.startsWith('reindex done')).at(-1);
    expect(last?.details['skipped']).toEqual([{ file: GERS_FILE, reason: 'binary content', reasonFr: 'contenu binaire' }]);
    expect(last?.message).toContain(`${GERS_FILE} (binary content)`);
    expect((await t.engine.ask('Qui dirige Gers Numérique ?')).answered).toBe(false);
    expect((await t.engine.ask('Quel partenariat la Manche a-t-elle signé avec Séoul ?')).answered).toBe(true);
  });

  it('the corpus folder gone: the automatic reindex fails with a log line, the old index keeps serving', async () => {
    const logger = recordingLogger();
    auto = await AutomaticReindex.start({ engine: t.engine, logger, corpusDir: t.corpusDir, onChange: false });
    await rm(t.corpusDir, { recursive: true, force: true });
    await auto.trigger('schedule');
    expect(logger.lines.find((l) => l.level === 'error')?.message).toBe('automatic reindex failed; the previous index keeps serving');
    expect((await t.engine.ask(GERS_QUESTION)).facts[0]?.source).toBe(GERS_SOURCE);
  });
});
