// Writes a builder's lines as a data file: gzip-compressed (level 9, fixed header time) when the
// name ends in .gz, so that rebuilding from the same source gives the same bytes.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export function writeDataFile(path: URL, lines: readonly string[]): number {
  const text = lines.join('\n') + '\n';
  const bytes = path.pathname.endsWith('.gz') ? gzipSync(text, { level: 9 }) : Buffer.from(text, 'utf8');
  writeFileSync(path, bytes);
  return bytes.length;
}
