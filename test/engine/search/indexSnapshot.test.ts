// Snapshots of the built index: a header (backend, corpus fingerprint) and the backend's parts, saved
// beside the data and loaded only when sound.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EMBEDDED_BACKENDS } from '../../../src/engine/search/embeddedBackends.ts';
import {
  loadSnapshot,
  sameFiles,
  saveSnapshot,
  SNAPSHOT_FILE,
  SNAPSHOT_VERSION,
  type SnapshotHeader,
} from '../../../src/engine/search/indexSnapshot.ts';
import type { EmbeddedIndex } from '../../../src/engine/search/embeddedBackends.ts';
import type { WeightedConcept } from '../../../src/engine/search/searchBackend.ts';
import type { CorpusDocument, FileFingerprint } from '../../../src/engine/types.ts';

const DOCUMENT: CorpusDocument = {
  source: 'corpus/004_e2f5720054723137.txt',
  file: '004_e2f5720054723137.txt',
  title: 'L’Afnum co-organisateur de la première édition des Ateliers des Territoires Connectés',
  tags: [],
  blocks: [
    'Le 10 septembre dernier se tenait à Angers la première étape du tour des France des Ateliers des Territoires Connectés, en présence de Cédric O, secrétaire d’état chargé de la transition numérique et des communications électroniques. Cette initiative fait suite à la signature en décembre 2019 du contrat stratégique de filière des infrastructures du numérique.',
    'L’expérience de ces ateliers doit être dupliquée chaque trimestre dans un lieu différent.',
  ],
};
const FILES: FileFingerprint[] = [{ file: '004_e2f5720054723137.txt', size: 2583, sha256: 'a'.repeat(64) }];
const QUERY: WeightedConcept[] = [
  { alternatives: [{ terms: ['anger'], factor: 1 }], weight: 1 },
  { alternatives: [{ terms: ['ateli'], factor: 1 }], weight: 1 },
];

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'relais-snapshot-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe.each(['compact', 'minisearch'] as const)('saveSnapshot / loadSnapshot (%s parts)', (name) => {
  const backend = EMBEDDED_BACKENDS[name];
  let index: EmbeddedIndex;
  const header = (): SnapshotHeader => ({
    backend: name,
    analysis: 'test-analysis',
    corpusDir: '/srv/relais/corpus',
    builtAt: '2024-05-01T10:00:00.000Z',
    files: FILES,
    skipped: [{ file: 'photo.jpg', reason: 'unsupported file type .jpg' }],
  });
  beforeAll(() => {
    index = backend.build([DOCUMENT]);
  });

  it('round-trips the header and an index that answers the same', async () => {
    const target = await saveSnapshot(dataDir, header(), backend.toParts(index));
    expect(target).toBe(path.join(dataDir, SNAPSHOT_FILE));
    const loaded = await loadSnapshot(dataDir);
    if (!loaded.ok) throw new Error(loaded.reason);
    expect(loaded.header).toEqual(header());
    const restored = backend.fromParts(loaded.parts);
    expect(restored.documents).toEqual(index.documents);
    expect(restored.rankPassages(QUERY, 5)).toEqual(index.rankPassages(QUERY, 5));
    expect(restored.documentFrequency('trimestr')).toBe(1);
    expect(restored.passage(2)).toEqual(index.passage(2));
  });

  it('creates the data folder and leaves no temporary file behind', async () => {
    const nested = path.join(dataDir, 'a', 'b');
    await saveSnapshot(nested, header(), backend.toParts(index));
    expect(await readdir(nested)).toEqual([SNAPSHOT_FILE]);
  });
});

describe('loadSnapshot refuses what it cannot trust', () => {
  const save = () =>
    saveSnapshot(
      dataDir,
      {
        backend: 'compact',
        analysis: 'test-analysis',
        corpusDir: '/srv/relais/corpus',
        builtAt: '2024-05-01T10:00:00.000Z',
        files: FILES,
        skipped: [],
      },
      EMBEDDED_BACKENDS.compact.toParts(EMBEDDED_BACKENDS.compact.build([DOCUMENT])),
    );

  it('reports a missing snapshot', async () => {
    expect(await loadSnapshot(dataDir)).toEqual({ ok: false, reason: 'no snapshot yet' });
  });

  it.each<[string, string | Buffer]>([
    ['JSON garbage', '{"format":"relais-index","version":1,"files":[{"fi'],
    ['an empty file', ''],
    ['random bytes', Buffer.from([0x00, 0xff, 0x13, 0x37, 0x42, 0x42, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05])],
  ])('refuses %s', async (_label, content) => {
    await writeFile(path.join(dataDir, SNAPSHOT_FILE), content);
    const loaded = await loadSnapshot(dataDir);
    expect(loaded.ok).toBe(false);
  });

  it('refuses a truncated snapshot', async () => {
    await save();
    const file = path.join(dataDir, SNAPSHOT_FILE);
    const bytes = await readFile(file);
    for (const keep of [12, 40, bytes.length - 16]) {
      await writeFile(file, bytes.subarray(0, keep));
      const loaded = await loadSnapshot(dataDir);
      expect(loaded.ok, `kept ${keep} of ${bytes.length} bytes`).toBe(false);
      if (!loaded.ok) expect(loaded.reason).toMatch(/corrupt|not a Relais/);
    }
  });

  it('refuses another version', async () => {
    await save();
    const file = path.join(dataDir, SNAPSHOT_FILE);
    const bytes = await readFile(file);
    // Rewrite the JSON header in place with another version, padded with spaces to the same length.
    // magic (8 bytes), sha256 (32), header length (4), then the header: a '{' may occur inside the digest.
    const start = 8 + 32 + 4;
    const length = bytes.readUInt32LE(start - 4);
    const head = JSON.parse(bytes.toString('utf8', start, start + length)) as { version: number; builtAt: string };
    const changed = JSON.stringify({ ...head, version: SNAPSHOT_VERSION + 1, builtAt: 'x' });
    expect(Buffer.byteLength(changed)).toBeLessThanOrEqual(length);
    Buffer.from(changed.padEnd(length, ' '), 'utf8').copy(bytes, start);
    // A consistent file of another version: its checksum (after the 8 magic bytes) matches.
    createHash('sha256')
      .update(bytes.subarray(8 + 32))
      .digest()
      .copy(bytes, 8);
    await writeFile(file, bytes);
    expect(await loadSnapshot(dataDir)).toEqual({
      ok: false,
      reason: `snapshot version ${SNAPSHOT_VERSION + 1}, expected ${SNAPSHOT_VERSION}`,
    });
  });

  it('refuses a snapshot whose bytes were changed on disk, anywhere after the magic (issue 14, item 7)', async () => {
    await save();
    const file = path.join(dataDir, SNAPSHOT_FILE);
    const original = await readFile(file);
    // A figure in a passage's text, a title in the header, one bit of a posting list.
    const at = original.indexOf('première étape');
    for (const [offset, byte] of [
      [at, 0x50],
      [original.indexOf('Afnum'), 0x42],
      [original.length - 3, original[original.length - 3]! ^ 1],
    ] as const) {
      const bytes = Buffer.from(original);
      bytes[offset] = byte;
      await writeFile(file, bytes);
      expect(await loadSnapshot(dataDir)).toEqual({
        ok: false,
        reason: expect.stringMatching(/^corrupt snapshot \(checksum mismatch/),
        corrupt: true,
      });
    }
  });
});

describe('sameFiles', () => {
  it('compares name, size and hash, in order', () => {
    const first = FILES[0] as FileFingerprint;
    const other: FileFingerprint = { file: '000_dd735be49553672e.txt', size: 3488, sha256: 'b'.repeat(64) };
    expect(sameFiles(FILES, [{ ...first }])).toBe(true);
    expect(sameFiles(FILES, [{ ...first, sha256: 'c'.repeat(64) }])).toBe(false);
    expect(sameFiles(FILES, [{ ...first, size: 1 }])).toBe(false);
    expect(sameFiles(FILES, [...FILES, other])).toBe(false);
    expect(sameFiles([other, ...FILES], [...FILES, other])).toBe(false);
    expect(sameFiles([], [])).toBe(true);
  });
});
