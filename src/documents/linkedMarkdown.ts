// A PDF, .docx or .odt fetched from the web, kept as Markdown with front-matter (title, date, url):
// read as the corpus loader reads it (same parsers, same caps, same reasons to refuse it), so what is
// stored is what would be indexed, and its citations link to the address it came from.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type CorpusDocument, loadCorpus, type LoadCorpusOptions, type SkippedFile } from '../engine/index.ts';
import { yamlFrontMatter } from './frontMatter.ts';

export type LinkedMarkdown = { title: string; date?: string; markdown: string } | { skipped: SkippedFile };

// A paragraph the Markdown parser would read as something else (heading, list, quote, table, rule).
const MARKDOWN_START = /^(\s*)([#>*+|-]|\d+[.)]|=+$|`{3})/;

function escapeBlock(block: string): string {
  return block
    .replace(/\r?\n/g, ' ')
    .replace(MARKDOWN_START, '$1\\$2')
    .replace(/([_*`[\]<])/g, '\\$1');
}

export async function readAsLinkedMarkdown(
  bytes: Uint8Array,
  extension: string,
  url: string,
  caps: LoadCorpusOptions,
): Promise<LinkedMarkdown> {
  const folder = await mkdtemp(path.join(tmpdir(), 'relais-fetched-'));
  try {
    await writeFile(path.join(folder, `document.${extension}`), bytes);
    const { documents, skipped } = await loadCorpus(folder, caps);
    const document: CorpusDocument | undefined = documents[0];
    if (!document) return { skipped: skipped[0] ?? { file: `document.${extension}`, reason: 'no text', reasonFr: 'pas de texte' } };
    const { title, date } = document;
    const frontMatter = await yamlFrontMatter({ title, ...(date !== undefined ? { date } : {}), url });
    const body = document.blocks.map(escapeBlock).join('\n\n');
    return { title, ...(date !== undefined ? { date } : {}), markdown: `---\n${frontMatter}---\n\n# ${escapeBlock(title)}\n\n${body}\n` };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
