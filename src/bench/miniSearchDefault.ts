// The anchor: MiniSearch with its default options, as a developer would first use it. One document per
// file (title = first line, text = the rest), read with plain fs; the query is search(question) with
// default search options; the snapshot is JSON.stringify(miniSearch), restored with MiniSearch.loadJSON.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import MiniSearch from 'minisearch';
import type { BenchSystem, SystemUnderTest } from './systems.ts';

const OPTIONS = { fields: ['title', 'text'], storeFields: ['title'] };
const SNAPSHOT = 'minisearch.json';
const EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);
const CONCURRENT_READS = 16;

interface FileDocument {
  id: string;
  title: string;
  text: string;
}

/** Every supported file under `dir` (hidden entries skipped), in code-unit order of their paths. */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await listFiles(dir, relative)));
    else if (entry.isFile() && EXTENSIONS.has(path.extname(entry.name).toLowerCase())) files.push(relative);
  }
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export async function readDocuments(corpusDir: string): Promise<FileDocument[]> {
  const files = await listFiles(corpusDir);
  const documents = new Array<FileDocument>(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      const file = files[i] as string;
      const content = await readFile(path.join(corpusDir, file), 'utf8');
      const newline = content.indexOf('\n');
      documents[i] =
        newline < 0
          ? { id: file, title: content.trim(), text: '' }
          : { id: file, title: content.slice(0, newline).trim(), text: content.slice(newline + 1) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_READS, files.length) }, worker));
  return documents;
}

function wrap(miniSearch: MiniSearch): SystemUnderTest {
  return {
    documents: miniSearch.documentCount,
    ask: (question) => miniSearch.search(question).length,
  };
}

const miniSearchDefault: BenchSystem = {
  async build({ corpusDir, dataDir }) {
    const miniSearch = new MiniSearch<FileDocument>(OPTIONS);
    miniSearch.addAll(await readDocuments(corpusDir));
    await writeFile(path.join(dataDir, SNAPSHOT), JSON.stringify(miniSearch));
    return wrap(miniSearch);
  },
  async open({ dataDir }) {
    const started = performance.now();
    const json = await readFile(path.join(dataDir, SNAPSHOT), 'utf8');
    const miniSearch = MiniSearch.loadJSON<FileDocument>(json, OPTIONS);
    return { system: wrap(miniSearch), loadMs: performance.now() - started };
  },
};

export default miniSearchDefault;
