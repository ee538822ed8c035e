// A shared file's kind, by its content only.
import { describe, expect, it } from 'vitest';
import { textExtension, uploadedKind } from '../../src/documents/uploadedKind.ts';
import { scannedPagePng } from '../fixtures/documents/pngWriter.ts';

describe('uploadedKind', () => {
  it('tells text from binaries whatever the name', () => {
    expect(uploadedKind(Buffer.from('Le Tarn équipe ses mairies.\r\n\tDeux cents postes.\f'))).toBe('text');
    expect(uploadedKind(Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(uploadedKind(Buffer.from('<!DOCTYPE html><html><body><p>Bonjour</p></body></html>'))).toBe('html');
    expect(uploadedKind(scannedPagePng(10, 10))).toBeUndefined();
    expect(uploadedKind(Buffer.from([0xc3, 0x28, 0x41]))).toBeUndefined(); // not UTF-8
    expect(uploadedKind(Buffer.from('texte\u0000binaire'))).toBeUndefined();
    expect(uploadedKind(Buffer.from('12 345 678'))).toBeUndefined(); // no word at all
    expect(uploadedKind(new Uint8Array())).toBeUndefined();
  });

  it('keeps text with front-matter as Markdown, other text as .txt', () => {
    expect(textExtension(Buffer.from('---\ntitle: Le Tarn\n---\n\nTexte'))).toBe('md');
    expect(textExtension(Buffer.from('\ufeff---\r\ntitle: x\r\n---'))).toBe('md');
    expect(textExtension(Buffer.from('Le Tarn équipe ses mairies'))).toBe('txt');
  });
});
