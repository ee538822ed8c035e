// The compact index of a corpus folder built by worker threads is the one a single thread builds: same
// parts byte for byte, same files fingerprinted, same files skipped for the same reasons. A worker that
// dies costs the parallel build, never the index.
import { copyFile, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../../src/engine/logger.ts';
import { buildCompactIndex, type CompactBuildOptions, type FolderIndex } from '../../../src/engine/search/buildCompactIndex.ts';
import type { CompactIndex } from '../../../src/engine/search/compactIndex.ts';
import { ardecheReleasePdf } from '../../fixtures/documents/ardecheRelease.ts';
import { correzeOdt } from '../../fixtures/documents/correzeRelease.ts';
import { morbihanDocx } from '../../fixtures/documents/morbihanRelease.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
let work: string;
let corpusDir: string;

async function copyFolder(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (entry.isDirectory()) await copyFolder(path.join(from, entry.name), path.join(to, entry.name));
    else await copyFile(path.join(from, entry.name), path.join(to, entry.name));
  }
}

/** Releases in every format, and files the loader refuses, a few in a sub-folder. */
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'relais-parallel-build-'));
  corpusDir = path.join(work, 'communiques');
  await copyFolder(path.join(repoRoot, 'corpus'), corpusDir);
  await copyFolder(path.join(repoRoot, 'test/fixtures/conversation'), path.join(corpusDir, 'conversation'));
  await copyFolder(path.join(repoRoot, 'test/fixtures/corpus/formats'), path.join(corpusDir, 'formats'));
  await writeFile(path.join(corpusDir, 'ardeche.pdf'), await ardecheReleasePdf());
  await writeFile(path.join(corpusDir, 'correze.odt'), correzeOdt());
  await writeFile(path.join(corpusDir, 'formats', 'morbihan.docx'), morbihanDocx());
  await writeFile(path.join(corpusDir, 'vide.txt'), '');
  await writeFile(path.join(corpusDir, 'tableur.xlsx'), 'pas un communiqué');
  await writeFile(path.join(corpusDir, 'binaire.txt'), Buffer.from([0, 1, 2, 0, 255, 0, 7]));
  await writeFile(path.join(corpusDir, 'trop-long.txt'), `Un titre\n${'Une ligne de texte. '.repeat(400)}`);
  await symlink(path.join(work, 'absent.txt'), path.join(corpusDir, 'lien-casse.txt'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  const none = () => undefined;
  return { warnings, debug: none, info: none, error: none, warn: (_details, message) => warnings.push(message ?? '') };
}

const CAPS = { maxFileBytes: 4_000 };

/** Forced onto workers (2 of them, 2 files per job), whatever the corpus size and the machine. */
function withWorkers(logger: Logger, extra: Partial<CompactBuildOptions> = {}): CompactBuildOptions {
  return { corpusCaps: CAPS, logger, workers: 2, minFilesForWorkers: 0, filesPerJob: 2, ...extra };
}

function expectSameBuild(actual: FolderIndex<CompactIndex>, expected: FolderIndex<CompactIndex>): void {
  expect(actual.index.toParts()).toEqual(expected.index.toParts());
  // In the same order too: a snapshot stores its blocks in this order.
  expect(Object.keys(actual.index.toParts())).toEqual(Object.keys(expected.index.toParts()));
  expect(JSON.stringify(actual.index.toParts().documents)).toBe(JSON.stringify(expected.index.toParts().documents));
  expect(actual.files).toEqual(expected.files);
  expect(actual.skipped).toEqual(expected.skipped);
}

describe('buildCompactIndex', () => {
  let serial: FolderIndex<CompactIndex>;
  beforeAll(async () => {
    serial = await buildCompactIndex(corpusDir, { corpusCaps: CAPS, logger: recordingLogger(), workers: 1 });
  });

  it('builds in this thread a corpus with every format and refused files, as loadCorpus reads it', () => {
    const files = serial.index.documents.map((d) => d.file);
    expect(files).toEqual(expect.arrayContaining(['ardeche.pdf', 'correze.odt', 'formats/morbihan.docx', 'formats/2019/manche-seoul.md']));
    expect(serial.skipped.map((s) => s.file)).toEqual(['binaire.txt', 'lien-casse.txt', 'tableur.xlsx', 'trop-long.txt', 'vide.txt']);
  });

  it('builds the same index, files and skipped files with worker threads', async () => {
    const logger = recordingLogger();
    expectSameBuild(await buildCompactIndex(corpusDir, withWorkers(logger)), serial);
    expect(logger.warnings).toEqual([]);
  });

  it('builds the same with one job for the whole corpus, and with jobs of one file', async () => {
    expectSameBuild(await buildCompactIndex(corpusDir, withWorkers(recordingLogger(), { filesPerJob: 1_000 })), serial);
    expectSameBuild(await buildCompactIndex(corpusDir, withWorkers(recordingLogger(), { filesPerJob: 1, workers: 3 })), serial);
  });

  it('builds in this thread when workers cannot start, and says so', async () => {
    const logger = recordingLogger();
    const workerEntry = new URL('../../fixtures/search/exitingBuildWorker.mjs', import.meta.url);
    expectSameBuild(await buildCompactIndex(corpusDir, withWorkers(logger, { workerEntry })), serial);
    expect(logger.warnings).toEqual(['the index build workers failed; building the index in the main thread']);
  });

  it('builds in this thread when a worker dies in the middle of the build', async () => {
    const logger = recordingLogger();
    const workerEntry = new URL('../../fixtures/search/buildWorkerDyingOnSecondJob.mjs', import.meta.url);
    expectSameBuild(await buildCompactIndex(corpusDir, withWorkers(logger, { workerEntry })), serial);
    expect(logger.warnings).toEqual(['the index build workers failed; building the index in the main thread']);
  });

  it('rejects, as the single-thread build does, when the corpus folder cannot be listed', async () => {
    await expect(buildCompactIndex(path.join(work, 'absent'), withWorkers(recordingLogger()))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
