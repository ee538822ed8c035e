// A read-only table of "key<TAB>value" lines sorted by key, searched in place: the file's bytes are
// kept as read, and a look-up is a binary search over them, each probe widened to the line around it
// (as look(1) searches a sorted file). Building a Map of a quarter of a million entries would take half
// a second at every start, and even decoding the file to a string or indexing its lines costs tens of
// milliseconds before the first answer; this costs nothing until a key is looked up. UTF-8 bytes sort
// as JavaScript sorts strings of the Basic Multilingual Plane, which holds every French word.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { readWholeFile } from './readWholeFile.ts';

const NEWLINE = 0x0a;
const TAB = 0x09;

/** Tables read ahead (`readAhead`) and not yet opened; names asked for either way. */
const readAheadBytes = new Map<string, Buffer>();
const asked = new Set<string>();
const opened = new Set<string>();

function dataFile(name: string): URL {
  return new URL(`./data/${name}`, import.meta.url);
}

/**
 * Look-ups remembered per table: a search costs a few microseconds, and reading one question looks up
 * its words, their forms and their relations a few hundred times, mostly the same common words. When
 * full, the memory starts again (the words in use come back at once).
 */
const LOOKUPS_KEPT = 8192;

export class SortedTable {
  private lineCount: number | undefined;
  private readonly looked = new Map<string, readonly string[] | null>();

  private constructor(private readonly bytes: Buffer) {}

  /**
   * Reads data/<name> beside this module (gunzipped when it ends in .gz); lines must be sorted by key.
   * Takes the bytes `readAhead` brought in, when they are there.
   */
  static read(name: string): SortedTable {
    asked.add(name);
    opened.add(name);
    const ahead = readAheadBytes.get(name);
    readAheadBytes.delete(name);
    const bytes = ahead ?? readFileSync(dataFile(name));
    return new SortedTable(name.endsWith('.gz') ? gunzipSync(bytes) : bytes);
  }

  /**
   * Starts reading data/<name> in the background (the thread pool, possibly another core), for the
   * first `read` to take: the lemma table's 7 MB cost ~30 ms of the first answer after a start. Does
   * nothing for a table already asked for; a failed read leaves `read` to read (and report) it.
   * Resolves when the bytes are in; never rejects.
   */
  static async readAhead(name: string): Promise<void> {
    if (asked.has(name)) return;
    asked.add(name);
    await readWholeFile(dataFile(name)).then(
      (bytes) => {
        if (!opened.has(name)) readAheadBytes.set(name, bytes);
      },
      () => undefined,
    );
  }

  static fromLines(lines: readonly string[]): SortedTable {
    return new SortedTable(Buffer.from(`${[...lines].sort(compareKeys).join('\n')}\n`, 'utf8'));
  }

  /** Lines with a key (comments and blank lines left out). */
  get size(): number {
    this.lineCount ??= [...this.lineStarts()].length;
    return this.lineCount;
  }

  private *lineStarts(): Generator<number> {
    for (let at = 0; at < this.bytes.length;) {
      const end = this.lineEnd(at);
      if (end !== at && this.bytes[at] !== 0x23 /* # */) yield at;
      at = end + 1;
    }
  }

  private lineEnd(start: number): number {
    const newline = this.bytes.indexOf(NEWLINE, start);
    return newline < 0 ? this.bytes.length : newline;
  }

  /** Where the key of the line [start, end) ends: at its first tab, or with the line. */
  private keyEnd(start: number, end: number): number {
    const tab = this.bytes.indexOf(TAB, start);
    return tab < 0 || tab > end ? end : tab;
  }

  /** Every key with its fields, in order (for checks over the whole table). */
  *entries(): Generator<[string, readonly string[]]> {
    for (const start of this.lineStarts()) {
      const key = this.bytes.toString('utf8', start, this.keyEnd(start, this.lineEnd(start)));
      yield [key, this.get(key) ?? []];
    }
  }

  /**
   * The fields after the key of the line whose key is `key`, or undefined. A comment line ("# …", at the
   * top of a file) sorts before every key, so the search passes over it like any line before the key.
   */
  get(key: string): readonly string[] | undefined {
    const kept = this.looked.get(key);
    if (kept !== undefined) return kept ?? undefined;
    const found = this.search(key);
    if (this.looked.size >= LOOKUPS_KEPT) this.looked.clear();
    this.looked.set(key, found ?? null);
    return found;
  }

  /**
   * The lines whose key starts with `prefix`, in order: a binary search to the first such line, then a
   * walk over the next ones, as far as the caller reads.
   */
  *startingWith(prefix: string): Generator<[string, readonly string[]]> {
    if (prefix === '') return;
    const wanted = Buffer.from(prefix, 'utf8');
    for (let at = this.firstLineFrom(wanted); at < this.bytes.length; at = this.lineEnd(at) + 1) {
      const end = this.lineEnd(at);
      const keyEnd = this.keyEnd(at, end);
      if (keyEnd - at < wanted.length || this.bytes.compare(wanted, 0, wanted.length, at, at + wanted.length) !== 0) return;
      yield [this.bytes.toString('utf8', at, keyEnd), this.fieldsAfter(keyEnd, end)];
    }
  }

  private search(key: string): string[] | undefined {
    if (key === '') return undefined;
    const wanted = Buffer.from(key, 'utf8');
    const at = this.firstLineFrom(wanted);
    if (at >= this.bytes.length) return undefined;
    const end = this.lineEnd(at);
    const keyEnd = this.keyEnd(at, end);
    return this.bytes.compare(wanted, 0, wanted.length, at, keyEnd) === 0 ? this.fieldsAfter(keyEnd, end) : undefined;
  }

  /**
   * Where the first line whose key does not sort before `wanted` starts (the length of the table when
   * none). A comment line ("# …", at the top of a file) and a blank line sort before every key.
   */
  private firstLineFrom(wanted: Buffer): number {
    let lo = 0;
    let hi = this.bytes.length;
    // Invariant: lo is a line start, and every line before it has a key sorting before the one wanted.
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = mid === 0 ? 0 : this.bytes.lastIndexOf(NEWLINE, mid - 1) + 1;
      const end = this.lineEnd(start);
      // (negative when the line's key sorts before the one wanted)
      if (start === end || this.bytes.compare(wanted, 0, wanted.length, start, this.keyEnd(start, end)) < 0) lo = end + 1;
      else hi = start;
    }
    return lo;
  }

  private fieldsAfter(keyEnd: number, end: number): string[] {
    return keyEnd >= end ? [] : this.bytes.toString('utf8', keyEnd + 1, end).split('\t');
  }
}

/** The order tables are sorted in: by key, as JavaScript compares strings. */
export function compareKeys(a: string, b: string): number {
  const ka = a.split('\t', 1)[0]!;
  const kb = b.split('\t', 1)[0]!;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
