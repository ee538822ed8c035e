// A read-only table of "key<TAB>value" lines sorted by key, searched in place: the file is kept as one
// string with the offsets of its lines, and a look-up is a binary search. Building a Map of a quarter of
// a million entries would take half a second at every start; this takes a few milliseconds.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export class SortedTable {
  private readonly lineStarts: Uint32Array;

  private constructor(private readonly text: string) {
    const starts: number[] = [];
    for (let at = 0; at < text.length;) {
      const end = text.indexOf('\n', at);
      const next = end < 0 ? text.length : end + 1;
      // Comments and blank lines are left out of the search.
      if (end !== at && text[at] !== '#') starts.push(at);
      at = next;
    }
    this.lineStarts = Uint32Array.from(starts);
  }

  /** Reads data/<name> beside this module (gunzipped when it ends in .gz); lines must be sorted by key. */
  static read(name: string): SortedTable {
    const bytes = readFileSync(new URL(`./data/${name}`, import.meta.url));
    return new SortedTable((name.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'));
  }

  static fromLines(lines: readonly string[]): SortedTable {
    return new SortedTable(`${[...lines].sort(compareKeys).join('\n')}\n`);
  }

  get size(): number {
    return this.lineStarts.length;
  }

  private keyAt(line: number): string {
    const start = this.lineStarts[line]!;
    const tab = this.text.indexOf('\t', start);
    const end = this.text.indexOf('\n', start);
    const stop = end < 0 ? this.text.length : end;
    return this.text.slice(start, tab < 0 || tab > stop ? stop : tab);
  }

  /** Every key with its fields, in order (for checks over the whole table). */
  *entries(): Generator<[string, string[]]> {
    for (let line = 0; line < this.lineStarts.length; line++) {
      const key = this.keyAt(line);
      yield [key, this.get(key) ?? []];
    }
  }

  /** The fields after the key of the line whose key is `key`, or undefined. */
  get(key: string): string[] | undefined {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const found = this.keyAt(mid);
      if (found === key) {
        const lineStart = this.lineStarts[mid]!;
        const newline = this.text.indexOf('\n', lineStart);
        const end = newline < 0 ? this.text.length : newline;
        const start = lineStart + key.length + 1;
        return start > end ? [] : this.text.slice(start, end).split('\t');
      }
      if (found < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

/** The order tables are sorted in: by key, as JavaScript compares strings. */
export function compareKeys(a: string, b: string): number {
  const ka = a.split('\t', 1)[0]!;
  const kb = b.split('\t', 1)[0]!;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
