// The parts of an office file (.docx and .odt are zip archives), read with yauzl under one budget of
// unpacked bytes: yauzl checks that no part unpacks to more than its declared size, so a zip bomb is
// stopped at the budget instead of filling the memory.
import type { Entry, ZipFile } from 'yauzl';
import { formatFileSize } from './fileSize.ts';
import { UnparsableFileError } from './parsedDocument.ts';
import { type SkipReason, skipReasons } from './skipReasons.ts';

export class ZipParts {
  private unpackedLeft: number;

  private constructor(
    private readonly zip: ZipFile,
    private readonly entries: ReadonlyMap<string, Entry>,
    private readonly maxUnpackedBytes: number,
    private readonly kind: string,
  ) {
    this.unpackedLeft = maxUnpackedBytes;
  }

  /** `kind` names the format in reasons (".docx"); an archive that cannot be opened is an UnparsableFileError. */
  static async open(bytes: Uint8Array, maxUnpackedBytes: number, kind: string): Promise<ZipParts> {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Loaded on the first office file: a corpus without any does not pay for it at start-up.
    const { fromBufferPromise } = await import('yauzl');
    try {
      const zip = await fromBufferPromise(buffer, { lazyEntries: true, autoClose: false, strictFileNames: false });
      const entries = new Map<string, Entry>();
      for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
      return new ZipParts(zip, entries, maxUnpackedBytes, kind);
    } catch (error) {
      throw new UnparsableFileError(skipReasons.invalid(kind), { cause: error });
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The part's bytes, or undefined when the archive has no such part. */
  async bytes(name: string): Promise<Buffer | undefined> {
    const entry = this.entries.get(name);
    if (entry === undefined) return undefined;
    if (entry.isEncrypted()) throw new UnparsableFileError(skipReasons.encrypted(this.kind));
    if (entry.uncompressedSize > this.unpackedLeft) throw this.tooBig();
    this.unpackedLeft -= entry.uncompressedSize;
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of await this.zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    } catch (error) {
      throw new UnparsableFileError(skipReasons.damaged(this.kind, `${name} cannot be unpacked`), { cause: error });
    }
    return Buffer.concat(chunks);
  }

  /** The part as UTF-8 text (XML), or undefined when the archive has no such part. */
  async text(name: string): Promise<string | undefined> {
    return (await this.bytes(name))?.toString('utf8');
  }

  private tooBig(): UnparsableFileError {
    return new UnparsableFileError(skipReasons.unpacksTooLarge(formatFileSize(this.maxUnpackedBytes, false)));
  }
}
