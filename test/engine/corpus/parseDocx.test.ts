// Word press releases through the corpus loader, and every kind of .docx that must be skipped.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusLoadResult } from '../../../src/engine/types.ts';
import { loadFiles, reasonFor } from '../../fixtures/documents/corpusFolder.ts';
import { MORBIHAN, morbihanDocumentXml, morbihanDocx } from '../../fixtures/documents/morbihanRelease.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'relais-docx-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('a .docx release with headings, a table, a running header and footer', () => {
  let result: CorpusLoadResult;
  beforeAll(async () => {
    result = await loadFiles(work, {
      'morbihan.docx': morbihanDocx({ coreTitle: MORBIHAN.title, created: '2023-05-08T16:20:00Z' }),
      'sans-proprietes.docx': morbihanDocx(),
    });
  });

  it('reads paragraphs, headings and one block per table row, in order, without header or footer', () => {
    expect(result.skipped).toEqual([]);
    const document = result.documents.find((d) => d.file === 'morbihan.docx');
    expect(document?.blocks).toEqual([
      MORBIHAN.opening,
      MORBIHAN.firstHeading,
      MORBIHAN.advisers,
      MORBIHAN.budget.join(''),
      MORBIHAN.secondHeading,
      ...MORBIHAN.table.map((row) => row.join(' | ')),
      MORBIHAN.contact,
    ]);
    expect(document?.tags).toEqual(['inclusion numérique', 'Morbihan']);
  });

  it('takes the title and date from the core properties first', () => {
    const document = result.documents.find((d) => d.file === 'morbihan.docx');
    expect(document?.title).toBe(MORBIHAN.title);
    expect(document?.date).toBe('2023-05-08');
  });

  it('without them, takes the paragraph in the Title style and the date in the text', () => {
    const document = result.documents.find((d) => d.file === 'sans-proprietes.docx');
    expect(document?.title).toBe(MORBIHAN.title);
    expect(document?.date).toBe('2023-05-09');
    expect(document?.blocks[0]).toBe(MORBIHAN.opening);
  });
});

describe('.docx files that are skipped with a reason, beside a good one', () => {
  let result: CorpusLoadResult;
  beforeAll(async () => {
    const good = morbihanDocx();
    // What Word saves with a password: an OLE compound file holding an EncryptionInfo stream.
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const encrypted = Buffer.concat([header, Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(1024)]);
    const oldDoc = Buffer.concat([header, Buffer.alloc(2048)]);
    // 3 MiB of paragraphs that zip down to a few KiB.
    const bomb = morbihanDocx({}, morbihanDocumentXml().replace('<w:body>', `<w:body>${'<w:p/>'.repeat(500_000)}`));
    const lying = withDeclaredSize(bomb, 'word/document.xml', 2000);
    result = await loadFiles(
      work,
      {
        'bon.docx': good,
        'protege.docx': encrypted,
        'ancien.docx': oldDoc,
        'tronque.docx': good.subarray(0, Math.floor(good.length * 0.6)),
        'bombe.docx': bomb,
        'menteur.docx': lying,
        'pas-word.docx': withRenamedPart(good, 'word/document.xml', 'word/documenT.xml'),
      },
      { maxUnpackedBytes: 1024 * 1024 },
    );
  });

  it('still loads the good one', () => {
    expect(result.documents.map((document) => document.file)).toEqual(['bon.docx']);
  });

  it('says why each bad one was skipped', () => {
    expect(reasonFor(result, 'protege.docx')).toBe('encrypted Word document (password-protected)');
    expect(reasonFor(result, 'ancien.docx')).toBe('an old Word .doc file, not a .docx (save it as .docx)');
    expect(reasonFor(result, 'tronque.docx')).toBe('not a valid .docx (damaged, truncated or another kind of file)');
    expect(reasonFor(result, 'bombe.docx')).toBe('unpacks to more than 1 MiB');
    expect(reasonFor(result, 'menteur.docx')).toBe('damaged .docx: word/document.xml cannot be unpacked');
    expect(reasonFor(result, 'pas-word.docx')).toBe('not a Word document (no word/document.xml)');
  });
});

/** The archive with `name`'s declared unpacked size rewritten, as a hostile zip would lie about it. */
function withDeclaredSize(zip: Buffer, name: string, size: number): Buffer {
  const patched = Buffer.from(zip);
  const fileName = Buffer.from(name);
  // Local header (size at +22, name at +30) and central directory entry (size at +24, name at +46).
  for (const [signature, sizeAt, nameAt] of [[0x04034b50, 22, 30], [0x02014b50, 24, 46]] as const) {
    for (let offset = 0; offset < patched.length - 4; offset++) {
      if (patched.readUInt32LE(offset) !== signature) continue;
      if (!patched.subarray(offset + nameAt, offset + nameAt + fileName.length).equals(fileName)) continue;
      patched.writeUInt32LE(size, offset + sizeAt);
    }
  }
  return patched;
}

/** The archive with a part renamed (same length), e.g. to make a zip that is not a Word document. */
function withRenamedPart(zip: Buffer, from: string, to: string): Buffer {
  const patched = Buffer.from(zip);
  const source = Buffer.from(from);
  for (let offset = patched.indexOf(source); offset !== -1; offset = patched.indexOf(source, offset + 1)) {
    Buffer.from(to).copy(patched, offset);
  }
  return patched;
}
