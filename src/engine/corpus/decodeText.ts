// A corpus file's bytes as text, or why they are not usable text. Files are UTF-8 (a BOM is
// dropped), except HTML pages that declare another encoding in their first 1,024 bytes
// (<meta charset="iso-8859-1">, <meta http-equiv="Content-Type" content="text/html; charset=windows-1252">,
// an XML declaration): those are decoded as declared, with the WHATWG decoders TextDecoder provides.
// A page declared Latin-1 but whose bytes are valid UTF-8 with accents was re-saved by an editor that
// kept the old declaration: it is read as UTF-8. Anything else that is not UTF-8 is refused with a
// hint to save it as UTF-8.

import { type SkipReason, skipReasons } from './skipReasons.ts';

export type Decoded = { text: string } | { refused: SkipReason };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

const isHtml = (extension: string): boolean => extension === '.html' || extension === '.htm';

export function decodeText(bytes: Uint8Array, extension: string): Decoded {
  const refused = refusedUnread(bytes);
  if (refused) return { refused };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const declared = !hasBom && isHtml(extension) ? declaredCharset(bytes) : undefined;
  const decoded = decodeAs(bytes, declared, extension);
  if ('refused' in decoded) return decoded;
  if (decoded.text.trim() === '') return { refused: skipReasons.blank() };
  return decoded;
}

/** Empty, UTF-16 or binary: refused before any decoding. */
function refusedUnread(bytes: Uint8Array): SkipReason | undefined {
  if (bytes.length === 0) return skipReasons.empty();
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return skipReasons.utf16();
  if (looksBinary(bytes)) return skipReasons.binary();
  return undefined;
}

/** UTF-8, unless the page declares another encoding and its bytes are not UTF-8 with accents. */
function decodeAs(bytes: Uint8Array, declared: string | undefined, extension: string): Decoded {
  const asUtf8 = tryUtf8(bytes);
  if (declared === undefined || UTF8_LABELS.has(declared)) {
    return asUtf8 === undefined ? { refused: skipReasons.notUtf8(declared === undefined && isHtml(extension)) } : { text: asUtf8 };
  }
  if (asUtf8 !== undefined && /[^\u0000-\u007f]/.test(asUtf8)) return { text: asUtf8 };
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared);
  } catch {
    return { refused: skipReasons.unknownEncoding(declared) };
  }
  return { text: decoder.encoding === 'windows-1252' ? windows1252(decoder.decode(bytes)) : decoder.decode(bytes) };
}

// Node 20's TextDecoder decodes windows-1252 (the encoding the HTML standard uses for the labels
// iso-8859-1, latin1 and ascii too) as Latin-1: bytes 0x80–0x9F come out as C1 control characters
// instead of ’ œ € … . These are the standard's code points for them (0x81, 0x8D, 0x8F, 0x90 and 0x9D
// stay as they are).
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(latin1: string): string {
  return latin1.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes); // drops a leading UTF-8 BOM
  } catch {
    return undefined;
  }
}

/** The encoding an HTML page declares in its first 1,024 bytes (the HTML standard's prescan window), lowercase. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head)
    ?? /<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)/i.exec(head);
  return meta?.[1]?.toLowerCase();
}

/** NUL bytes, or more than 10% control characters other than tab, line feed, form feed and carriage return. */
function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) {
      controls++;
    }
  }
  return controls > bytes.length * 0.1;
}
