// Puts a fetched or uploaded document into the corpus folder: under a name from safeFileName only,
// written whole or not at all (a hidden temporary file, then a hard link: a reindex running meanwhile
// never reads half a file), and recognised when the same content is already there under any title.
import { randomBytes } from 'node:crypto';
import { link, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentTag, SAFE_FILE_NAME } from './safeFileName.ts';

export interface SavedDocument {
  /** The file's name in the corpus folder. */
  file: string;
  /** The same bytes were already in the corpus (this is that file); nothing was written. */
  alreadyPresent: boolean;
}

export async function saveToCorpus(corpusDir: string, fileName: string, bytes: Uint8Array): Promise<SavedDocument> {
  if (!SAFE_FILE_NAME.test(fileName)) throw new Error(`refusing to save under an unsafe name: ${JSON.stringify(fileName)}`);
  const same = await sameContent(corpusDir, fileName, bytes);
  if (same !== undefined) return { file: same, alreadyPresent: true };

  // Hidden: the corpus walk ignores it until it is complete.
  const temporary = path.join(corpusDir, `.relais-${randomBytes(6).toString('hex')}.tmp`);
  await writeFile(temporary, bytes, { flag: 'wx' });
  try {
    await link(temporary, path.join(corpusDir, fileName));
    return { file: fileName, alreadyPresent: false };
  } catch (error) {
    // Saved meanwhile by another request for the same document.
    if ((error as { code?: string }).code === 'EEXIST') return { file: fileName, alreadyPresent: true };
    throw error;
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

/**
 * A file at the corpus root with the same bytes: first one whose name carries the same content hash (a
 * file Relais saved), then any file of the same size (one copied in by hand, a bundled release). Only
 * files of exactly that size are read.
 */
async function sameContent(corpusDir: string, fileName: string, bytes: Uint8Array): Promise<string | undefined> {
  const suffix = `-${contentTag(bytes)}${path.extname(fileName)}`;
  const names = await readdir(corpusDir);
  const tagged = names.filter((name) => name.endsWith(suffix));
  for (const candidate of [...tagged, ...names.filter((name) => !name.endsWith(suffix) && !name.startsWith('.'))]) {
    const file = path.join(corpusDir, candidate);
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile() || info.size !== bytes.byteLength) continue;
    const existing = await readFile(file).catch(() => undefined);
    if (existing?.equals(bytes)) return candidate;
  }
  return undefined;
}
