// The benchmark's corpora: ../shared/bench/gen-corpus.mjs output, generated once into a cache folder
// (one sub-folder per size: c1k, c10k, c100k…) and reused while complete.
import { spawn } from 'node:child_process';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from './measureSystem.ts';

export const DEFAULT_CORPUS_CACHE = '/tmp/relais-bench-corpora';
export const GENERATOR = path.resolve(REPO_ROOT, '../shared/bench/gen-corpus.mjs');

export function corpusFolderName(size: number): string {
  return size % 1000 === 0 ? `c${size / 1000}k` : `c${size}`;
}

const fileName = (i: number): string => `syn_${String(i).padStart(6, '0')}.txt`;

/** Whether `dir` holds exactly the `size` files the generator writes, the last one whole. */
export async function isCompleteCorpus(dir: string, size: number): Promise<boolean> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return false;
  }
  const generated = names.filter((n) => /^syn_\d{6,}\.txt$/.test(n));
  if (generated.length !== size || names.some((n) => !n.startsWith('.') && !/^syn_\d{6,}\.txt$/.test(n))) return false;
  try {
    const last = path.join(dir, fileName(size - 1));
    return (await stat(last)).size > 0 && (await readFile(last, 'utf8')).endsWith('\n');
  } catch {
    return false;
  }
}

/** The folder of the `size`-document corpus, generated first when missing or incomplete. */
export async function ensureCorpus(
  size: number,
  cacheDir = DEFAULT_CORPUS_CACHE,
  log: (line: string) => void = () => undefined,
): Promise<string> {
  if (!Number.isInteger(size) || size < 1) throw new Error(`corpus size must be a positive integer, not ${size}`);
  const dir = path.resolve(cacheDir, corpusFolderName(size));
  if (await isCompleteCorpus(dir, size)) return dir;
  log(`generating ${size} documents into ${dir}…`);
  // Only the sub-folder this cache owns is cleared, so a half-written corpus never lingers.
  await rm(dir, { recursive: true, force: true });
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [GENERATOR, String(size), dir], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`gen-corpus.mjs exited with ${signal ?? `code ${code}`}`)),
    );
  });
  if (!(await isCompleteCorpus(dir, size))) throw new Error(`gen-corpus.mjs did not write ${size} documents into ${dir}`);
  return dir;
}
