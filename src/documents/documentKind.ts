// What a file is, told by its first bytes and its structure, never by its name or a server's header:
// the one thing Relais stores from the web or from a chat upload.

export type DocumentKind = 'pdf' | 'docx' | 'odt' | 'html';

/** The extension a document of this kind is stored under. */
export const EXTENSION: Readonly<Record<DocumentKind, string>> = Object.freeze({ pdf: 'pdf', docx: 'docx', odt: 'odt', html: 'html' });

const ZIP = Buffer.from('PK\x03\x04', 'latin1');
// ODF requires the mimetype part first and stored uncompressed, so its name and value follow the header.
const ODT_MIMETYPE = Buffer.from('mimetypeapplication/vnd.oasis.opendocument.text');
// The tags the WHATWG sniffing algorithm takes as proof of HTML, after whitespace.
const HTML_START = /^\s*<(?:!doctype html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p|!--)[\s>]/i;

/** The kind of document these bytes hold, or undefined when Relais cannot read it. */
export function documentKind(bytes: Uint8Array): DocumentKind | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (buffer.subarray(0, 4).equals(ZIP)) {
    if (buffer.subarray(0, 200).includes(ODT_MIMETYPE)) return 'odt';
    if (buffer.includes('word/document.xml') && buffer.includes('[Content_Types].xml')) return 'docx';
    return undefined;
  }
  const start = buffer.subarray(0, 1024).toString('latin1');
  if (HTML_START.test(start.replace(/^\xef\xbb\xbf/, ''))) return 'html';
  // pdf.js, like Acrobat, accepts a header a little way into the file (after a mail gateway's junk).
  return start.includes('%PDF-') ? 'pdf' : undefined;
}
