// PDF press releases through the corpus loader: reading order, running lines, hyphenation, title and
// date, and every kind of PDF that must be skipped with its reason, beside a good one that still loads.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadCorpusOptions } from '../../../src/engine/corpus/loadCorpus.ts';
import { RelaisEngine } from '../../../src/engine/relaisEngine.ts';
import type { CorpusDocument, CorpusLoadResult } from '../../../src/engine/types.ts';
import { ARDECHE, ARDECHE_PAGES, ardecheReleasePdf } from '../../fixtures/documents/ardecheRelease.ts';
import { loadFiles } from '../../fixtures/documents/corpusFolder.ts';
import { line, paragraph, writePdf } from '../../fixtures/documents/pdfWriter.ts';
import { scannedPagePng } from '../../fixtures/documents/pngWriter.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'relais-pdf-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function load(files: Record<string, Uint8Array>, options: LoadCorpusOptions = {}): Promise<CorpusLoadResult> {
  return loadFiles(work, files, options);
}

function only(result: CorpusLoadResult): CorpusDocument {
  expect(result.skipped).toEqual([]);
  expect(result.documents).toHaveLength(1);
  return result.documents[0] as CorpusDocument;
}

describe('a three-page PDF release with running lines, hyphenation and a page in two columns', () => {
  let document: CorpusDocument;
  beforeAll(async () => {
    const pdf = await ardecheReleasePdf({ title: ARDECHE.title, creationDate: new Date('2023-02-13T18:30:00+01:00') });
    document = only(await load({ 'ardeche-fibre.pdf': pdf }));
  });

  it('takes the title and date from the document properties', () => {
    expect(document.title).toBe(ARDECHE.title);
    // The PDF was made the evening before the date its text gives: the properties come first.
    expect(document.date).toBe('2023-02-13');
    expect(document.source).toMatch(/\/ardeche-fibre\.pdf$/);
  });

  it('gives the text in reading order, one block per paragraph, without header, footer or page numbers', () => {
    expect(document.blocks).toEqual([
      ARDECHE.dateLine,
      ARDECHE.opening,
      ARDECHE.hyphenatedParagraph,
      ARDECHE.closingFirstPage,
      ARDECHE.subtitle,
      ...ARDECHE.leftColumn,
      ...ARDECHE.rightColumn,
      `${ARDECHE.acrossPagesLines.join(' ')} ${ARDECHE.acrossPagesRest}`,
      ARDECHE.aboutHeading,
      ARDECHE.about,
      ARDECHE.contact,
    ]);
    const text = document.blocks.join('\n');
    expect(text).not.toContain(ARDECHE.header);
    expect(text).not.toMatch(/Page \d sur \d/);
  });

  it('mends words cut at line ends and keeps real compounds whole', () => {
    const mended = document.blocks.find((block) => block.startsWith('Le chantier mobilise')) ?? '';
    expect(mended).toContain('accélérer le déploiement,');
    expect(mended).toContain('dans l’arrière-pays,');
    expect(mended).toContain('À Saint-Agrève,');
    expect(mended).toContain('la vice-présidente chargée');
    expect(mended).not.toMatch(/dé- ?ploiement/);
  });
});

describe('a PDF without document properties', () => {
  it('takes the largest type on the first page as the title, and the date from the text', async () => {
    const document = only(await load({ 'sans-proprietes.pdf': await ardecheReleasePdf() }));
    expect(document.title).toBe(ARDECHE.title);
    expect(document.date).toBe('2023-02-14');
    expect(document.blocks[0]).toBe(ARDECHE.dateLine);
  });

  it('ignores a placeholder title written by the software', async () => {
    const document = only(await load({ 'cp.pdf': await ardecheReleasePdf({ title: 'Microsoft Word - CP_fibre_v3.docx' }) }));
    expect(document.title).toBe(ARDECHE.title);
  });
});

describe('PDFs that are skipped with a reason, beside a good one', () => {
  let result: CorpusLoadResult;
  const good = 'ardeche.pdf';

  beforeAll(async () => {
    const release = await ardecheReleasePdf();
    const scanned = await writePdf({}, (doc) => {
      doc.image(scannedPagePng(400, 560), 40, 40, { width: 515 });
      doc.addPage();
      doc.image(scannedPagePng(400, 560), 40, 40, { width: 515 });
    });
    const locked = await writePdf({ userPassword: 'presse2023', ownerPassword: 'service' }, (doc) => {
      paragraph(doc, ARDECHE.opening, 56, 90, 483);
    });
    result = await load(
      {
        [good]: release,
        'scan.pdf': scanned,
        'protege.pdf': locked,
        'tronque.pdf': release.subarray(0, Math.floor(release.length / 2)),
        'pas-un-pdf.pdf': Buffer.from('<html><body>Communiqué</body></html>'),
        'vide.pdf': Buffer.alloc(0),
      },
    );
  });

  function reasonFor(file: string): string | undefined {
    return result.skipped.find((skipped) => skipped.file === file)?.reason;
  }

  it('still loads the good one', () => {
    expect(result.documents.map((document) => document.file)).toEqual([good]);
  });

  it('says why each bad one was skipped', () => {
    expect(reasonFor('scan.pdf')).toBe('no text layer (a scanned or image-only PDF: run OCR on it first)');
    expect(reasonFor('protege.pdf')).toBe('encrypted PDF (password-protected)');
    expect(reasonFor('tronque.pdf')).toBe('not a valid PDF (damaged, truncated or another kind of file)');
    expect(reasonFor('pas-un-pdf.pdf')).toBe('not a valid PDF (damaged, truncated or another kind of file)');
    expect(reasonFor('vide.pdf')).toBe('empty');
  });

  it('fingerprints the binary files like any other', () => {
    for (const file of [good, 'scan.pdf', 'protege.pdf', 'tronque.pdf']) {
      expect(result.files.find((fingerprint) => fingerprint.file === file)?.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});

describe('PDF caps', () => {
  let release: Buffer;
  beforeAll(async () => {
    release = await ardecheReleasePdf();
  });

  it('skips a PDF over the page cap', async () => {
    const result = await load({ 'rapport.pdf': release }, { maxPdfPages: ARDECHE_PAGES - 1 });
    expect(result.skipped).toEqual([{ file: 'rapport.pdf', reason: `more than ${ARDECHE_PAGES - 1} pages (${ARDECHE_PAGES})`, reasonFr: `plus de ${ARDECHE_PAGES - 1} pages (${ARDECHE_PAGES})` }]);
  });

  it('skips a PDF over the size cap for documents, not the one for text files', async () => {
    const result = await load({ 'lourd.pdf': release }, { maxDocumentBytes: 1000, maxFileBytes: 10 * 1024 * 1024 });
    expect(result.skipped[0]?.reason).toMatch(/^larger than 1000 bytes \(\d+\.\d KiB\)$/);
    const textCapOnly = await load({ 'leger.pdf': release }, { maxFileBytes: 1000 });
    expect(textCapOnly.documents).toHaveLength(1);
  });

  it('gives up a PDF that takes longer than allowed, and reads the next one', async () => {
    const slow = await load({ 'lent.pdf': release }, { pdfTimeoutMs: 1 });
    expect(slow.skipped[0]?.reason).toMatch(/^took longer than 1 ms to read/);
    expect((await load({ 'suivant.pdf': release })).documents).toHaveLength(1);
  });

  it('reads a PDF protected only against changes (no password to open it)', async () => {
    const restricted = await writePdf({ ownerPassword: 'service', title: ARDECHE.title }, (doc) => {
      line(doc, ARDECHE.dateLine, 56, 90);
      paragraph(doc, ARDECHE.opening, 56, 120, 483);
    });
    const document = only(await load({ 'restreint.pdf': restricted }));
    expect(document.blocks).toEqual([ARDECHE.dateLine, ARDECHE.opening]);
  });
});

describe('the index snapshot over a corpus with a PDF', () => {
  it('is reused while the PDF is unchanged, and rebuilt when it changes', async () => {
    const corpus = path.join(work, 'snapshot-corpus');
    const data = path.join(work, 'snapshot-data');
    await mkdir(corpus);
    await writeFile(path.join(corpus, 'ardeche.pdf'), await ardecheReleasePdf());
    expect((await RelaisEngine.open({ corpusDir: corpus, dataDir: data })).status()).toMatchObject({ loadedFrom: 'build', documents: 1 });
    expect((await RelaisEngine.open({ corpusDir: corpus, dataDir: data })).status()).toMatchObject({ loadedFrom: 'snapshot', documents: 1 });
    await writeFile(path.join(corpus, 'ardeche.pdf'), await ardecheReleasePdf({ title: ARDECHE.title }));
    const rebuilt = await RelaisEngine.open({ corpusDir: corpus, dataDir: data });
    expect(rebuilt.status()).toMatchObject({ loadedFrom: 'build', documents: 1 });
    expect((await rebuilt.ask('Combien de techniciens mobilise le chantier en Ardèche ?')).facts[0]?.source).toBe('snapshot-corpus/ardeche.pdf');
  });
});
