import { describe, expect, it } from 'vitest';
import { documentKind } from '../../src/documents/documentKind.ts';
import { ardecheReleasePdf } from '../fixtures/documents/ardecheRelease.ts';
import { correzeOdt } from '../fixtures/documents/correzeRelease.ts';
import { morbihanDocx } from '../fixtures/documents/morbihanRelease.ts';
import { scannedPagePng } from '../fixtures/documents/pngWriter.ts';
import { yonneArticleHtml } from '../fixtures/documents/yonneArticlePage.ts';
import { writeZip } from '../fixtures/documents/zipWriter.ts';

describe('documentKind', () => {
  it('tells each readable kind by its bytes', async () => {
    expect(documentKind(await ardecheReleasePdf())).toBe('pdf');
    expect(documentKind(morbihanDocx())).toBe('docx');
    expect(documentKind(correzeOdt())).toBe('odt');
    expect(documentKind(Buffer.from(yonneArticleHtml()))).toBe('html');
    expect(documentKind(Buffer.from('\uFEFF  <html><body><p>Communiqué</p></body></html>'))).toBe('html');
  });

  it('finds a PDF header after some junk, but not in a page that talks about PDFs', () => {
    expect(documentKind(Buffer.concat([Buffer.from('\r\n\r\n'), Buffer.from('%PDF-1.7\n')]))).toBe('pdf');
    expect(documentKind(Buffer.from('<!DOCTYPE html><title>%PDF-1.7 expliqué</title>'))).toBe('html');
  });

  it('knows nothing else, whatever it claims to be', () => {
    expect(documentKind(scannedPagePng(10, 10))).toBeUndefined();
    expect(
      documentKind(
        writeZip([
          { name: 'xl/workbook.xml', content: '<workbook/>' },
          { name: '[Content_Types].xml', content: '<Types/>' },
        ]),
      ),
    ).toBeUndefined();
    expect(documentKind(Buffer.from('Communiqué de presse en texte brut.'))).toBeUndefined();
    expect(documentKind(Buffer.from('{"title": "json"}'))).toBeUndefined();
    expect(documentKind(Buffer.alloc(0))).toBeUndefined();
  });
});
