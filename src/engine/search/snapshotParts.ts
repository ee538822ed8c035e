// Reading a backend's parts back from a snapshot with their types checked, field by field: a snapshot
// whose blocks are missing or of another kind is refused here (the engine then rebuilds), so a backend
// receives exactly the typed parts it saved.
import type { SnapshotParts } from './indexSnapshot.ts';
import type { IndexedDocument } from './searchBackend.ts';

export class SnapshotPartsError extends Error {
  override readonly name = 'SnapshotPartsError';
}

function isIndexedDocument(value: unknown): value is IndexedDocument {
  if (typeof value !== 'object' || value === null) return false;
  return (
    'source' in value &&
    typeof value.source === 'string' &&
    'file' in value &&
    typeof value.file === 'string' &&
    'title' in value &&
    typeof value.title === 'string' &&
    'tags' in value &&
    Array.isArray(value.tags) &&
    'firstPassage' in value &&
    typeof value.firstPassage === 'number' &&
    'passageCount' in value &&
    typeof value.passageCount === 'number'
  );
}

const isString = (value: unknown): value is string => typeof value === 'string';

function isTermCount(value: unknown): value is [string, number] {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'number';
}

/** Typed access to the parts of one snapshot; every getter throws SnapshotPartsError on a wrong part. */
export class SnapshotPartsReader {
  constructor(private readonly parts: SnapshotParts) {}

  u8(name: string): Uint8Array {
    return this.checked(name, (v): v is Uint8Array => v instanceof Uint8Array, 'bytes');
  }

  u32(name: string): Uint32Array {
    return this.checked(name, (v): v is Uint32Array => v instanceof Uint32Array, 'a Uint32Array');
  }

  i32(name: string): Int32Array {
    return this.checked(name, (v): v is Int32Array => v instanceof Int32Array, 'an Int32Array');
  }

  string(name: string): string {
    return this.checked(name, isString, 'a string');
  }

  strings(name: string): string[] {
    return this.checked(name, (v): v is string[] => Array.isArray(v) && v.every(isString), 'a list of strings');
  }

  documents(name: string): IndexedDocument[] {
    return this.checked(name, (v): v is IndexedDocument[] => Array.isArray(v) && v.every(isIndexedDocument), 'a list of documents');
  }

  termCounts(name: string): Array<[string, number]> {
    return this.checked(name, (v): v is Array<[string, number]> => Array.isArray(v) && v.every(isTermCount), 'a list of [term, count]');
  }

  private checked<T>(name: string, is: (value: unknown) => value is T, kind: string): T {
    const value = this.parts[name];
    if (!is(value)) throw new SnapshotPartsError(`snapshot part ${name} is not ${kind}`);
    return value;
  }
}
