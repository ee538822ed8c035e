// OpenDocument press releases through the corpus loader, and every kind of .odt that must be skipped.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusLoadResult } from '../../../src/engine/types.ts';
import { loadFiles, reasonFor } from '../../fixtures/documents/corpusFolder.ts';
import { CORREZE, correzeContentXml, correzeOdt } from '../../fixtures/documents/correzeRelease.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'relais-odt-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('an .odt release with headings, a list, a table, a footnote, a comment and a tracked deletion', () => {
  let result: CorpusLoadResult;
  beforeAll(async () => {
    result = await loadFiles(work, {
      'correze.odt': correzeOdt({ metaTitle: CORREZE.title, created: '2022-09-20T17:30:00.123456789' }),
      'sans-meta.odt': correzeOdt(),
    });
  });

  it('reads the body in order, table rows as blocks, the footnote after the body; no header, comment or deleted text', () => {
    expect(result.skipped).toEqual([]);
    const document = result.documents.find((d) => d.file === 'correze.odt');
    expect(document?.blocks).toEqual([
      CORREZE.dateLine,
      CORREZE.opening,
      CORREZE.sectionHeading,
      CORREZE.training.join(''),
      ...CORREZE.listItems,
      ...CORREZE.table.map((row) => row.join(' | ')),
      CORREZE.footnote,
    ]);
    const text = document?.blocks.join('\n') ?? '';
    for (const absent of [CORREZE.header, CORREZE.deleted, CORREZE.comment]) expect(text).not.toContain(absent);
    expect(document?.tags).toEqual(['inclusion numérique', 'Corrèze']);
  });

  it('takes the title and date from meta.xml first', () => {
    const document = result.documents.find((d) => d.file === 'correze.odt');
    expect(document).toMatchObject({ title: CORREZE.title, date: '2022-09-20' });
  });

  it('without them, takes the first level-1 heading and the date in the text', () => {
    const document = result.documents.find((d) => d.file === 'sans-meta.odt');
    expect(document).toMatchObject({ title: CORREZE.title, date: '2022-09-21' });
  });
});

describe('.odt files that are skipped with a reason, beside a good one', () => {
  let result: CorpusLoadResult;
  beforeAll(async () => {
    const good = correzeOdt();
    result = await loadFiles(
      work,
      {
        'bon.odt': good,
        'protege.odt': correzeOdt({ encrypted: true }),
        'tableur.odt': correzeOdt({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet' }),
        'tronque.odt': good.subarray(0, Math.floor(good.length / 2)),
        'texte.odt': Buffer.from('Ceci n’est pas un document OpenDocument.'),
        'bombe.odt': correzeOdt({}, correzeContentXml().replace('<office:text>', `<office:text>${' '.repeat(3 * 1024 * 1024)}`)),
      },
      { maxUnpackedBytes: 1024 * 1024 },
    );
  });

  it('still loads the good one', () => {
    expect(result.documents.map((document) => document.file)).toEqual(['bon.odt']);
  });

  it('says why each bad one was skipped', () => {
    expect(reasonFor(result, 'protege.odt')).toBe('encrypted OpenDocument file (password-protected)');
    expect(reasonFor(result, 'tableur.odt')).toBe('not an OpenDocument text (application/vnd.oasis.opendocument.spreadsheet)');
    expect(reasonFor(result, 'tronque.odt')).toBe('not a valid .odt (damaged, truncated or another kind of file)');
    expect(reasonFor(result, 'texte.odt')).toBe('not a valid .odt (damaged, truncated or another kind of file)');
    expect(reasonFor(result, 'bombe.odt')).toBe('unpacks to more than 1 MiB');
  });
});
