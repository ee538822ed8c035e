// File names for documents added from outside: built from nothing the user typed but a label reduced to
// ASCII letters, digits and hyphens, and the content's own hash, so no path, dot-dot, control
// character or reserved name can reach the file system, and the same content always gets the same name.
import { createHash } from 'node:crypto';

const EXTENSIONS = new Set(['md', 'txt', 'pdf', 'docx', 'odt']);
/** What every name made here looks like (checked again before writing). */
export const SAFE_FILE_NAME = /^[a-z0-9][a-z0-9-]{0,80}-[0-9a-f]{12}\.(?:md|txt|pdf|docx|odt)$/;

/** The content's hash as it appears at the end of a name: the same bytes, the same 12 hex digits. */
export function contentTag(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}

/** "le-gers-raccorde-ses-villages-3f9a0c2b71d4.md" from a title (or a URL's last segment), the extension and the bytes. */
export function safeFileName(label: string | undefined, extension: string, bytes: Uint8Array): string {
  if (!EXTENSIONS.has(extension)) throw new Error(`no safe name for a .${extension} file`);
  const slug = (label ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'document'}-${contentTag(bytes)}.${extension}`;
}
