// Reads a shipped language data file (./data/…) as tab-separated lines, gunzipping .gz files.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** Non-empty lines of data/<name>, each split on tabs. */
export function readDataRows(name: string): string[][] {
  const url = new URL(`./data/${name}`, import.meta.url);
  const bytes = readFileSync(url);
  const text = name.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  const rows: string[][] = [];
  for (const line of text.split('\n')) {
    if (line.length === 0 || line.startsWith('#')) continue;
    rows.push(line.split('\t'));
  }
  return rows;
}

/** A value computed on first call only, so a data file is read once and only if used. */
export function lazily<T>(load: () => T): () => T {
  let value: T | undefined;
  let loaded = false;
  return () => {
    if (!loaded) {
      value = load();
      loaded = true;
    }
    return value as T;
  };
}
