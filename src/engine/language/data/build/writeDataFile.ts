// Writes a builder's lines as a data file: gzip-compressed (level 9, fixed header time) when the
// name ends in .gz, so that rebuilding from the same source gives the same bytes. A table whose content
// identifies the index's analysis (the lemma table) also gets its sha256 beside it, `<name>.sha256`:
// a start-up reads those 64 characters instead of hashing megabytes.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export function writeDataFile(path: URL, lines: readonly string[], options: { digest?: boolean } = {}): number {
  const text = lines.join('\n') + '\n';
  const bytes = path.pathname.endsWith('.gz') ? gzipSync(text, { level: 9 }) : Buffer.from(text, 'utf8');
  writeFileSync(path, bytes);
  if (options.digest) writeFileSync(new URL(`${path.href}.sha256`), `${createHash('sha256').update(bytes).digest('hex')}\n`);
  return bytes.length;
}
