// The trash for documents removed from chat: DATA_DIR/trash, the same relative paths as in the corpus,
// so `restore` puts a file back where it was. Paths come only from listings of the two folders (the
// commands match what people type against them), and are checked again here before any move.
import { copyFile, mkdir, readdir, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { DocumentRefused } from '../../commands/corpusFiles.ts';

/** Every regular file under `dir`, as forward-slash paths relative to it (hidden ones left out, as the loader does). */
export async function listFiles(dir: string, under = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, under), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const relative = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(dir, relative)));
    else if (entry.isFile()) files.push(relative);
  }
  return files.sort();
}

/** `relative` as a path inside `dir`, only when it is one of the files listed there. */
async function listedPath(dir: string, relative: string): Promise<string | undefined> {
  if (!(await listFiles(dir)).includes(relative)) return undefined;
  const absolute = path.resolve(dir, ...relative.split('/'));
  return absolute.startsWith(path.resolve(dir) + path.sep) ? absolute : undefined;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Moves a file between the corpus and the trash, creating the folders it was in. */
async function move(fromDir: string, toDir: string, relative: string, missing: DocumentRefused): Promise<void> {
  const from = await listedPath(fromDir, relative);
  if (!from) throw missing;
  const to = path.resolve(toDir, ...relative.split('/'));
  if (!to.startsWith(path.resolve(toDir) + path.sep)) throw missing;
  await mkdir(path.dirname(to), { recursive: true });
  await rename(from, to).catch(async (error: { code?: string }) => {
    // DATA_DIR and CORPUS_DIR on different disks (two volumes of a container): copy, then delete.
    if (error.code !== 'EXDEV') throw error;
    await copyFile(from, to);
    await unlink(from);
  });
}

export class CorpusTrash {
  constructor(
    private readonly corpusDir: string,
    private readonly trashDir: string,
  ) {}

  /** A file removed twice replaces the copy already in the trash: the last removed is the one restored. */
  async put(relative: string): Promise<void> {
    await move(this.corpusDir, this.trashDir, relative, new DocumentRefused('not-in-corpus', { file: relative }));
  }

  async restore(relative: string): Promise<void> {
    const missing = new DocumentRefused('not-in-trash', { file: relative });
    // Only a name the trash lists is looked up in the corpus (nothing else is even tested for existence).
    if (!(await listFiles(this.trashDir)).includes(relative)) throw missing;
    if (await exists(path.resolve(this.corpusDir, ...relative.split('/'))))
      throw new DocumentRefused('already-in-corpus', { file: relative });
    await move(this.trashDir, this.corpusDir, relative, missing);
  }

  list(): Promise<string[]> {
    return listFiles(this.trashDir);
  }
}
