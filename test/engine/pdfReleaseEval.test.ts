// A bundled release exported as a PDF must answer the public questions as its .txt does: the corpus
// with that one file swapped gets the same scorer line. Skipped when ../shared is absent.
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/engine/corpus/loadCorpus.ts';
import { RelaisEngine } from '../../src/engine/relaisEngine.ts';
import { textAsPdf } from '../fixtures/documents/textAsPdf.ts';
import { publicEvalPresent, publicQuestions, scoreEngine } from '../fixtures/publicEval.ts';

const corpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url));
if (!publicEvalPresent) console.warn('pdfReleaseEval: skipped, no ../shared/eval next to the repo');

let work: string | undefined;
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** The bundled release the most public questions are about. */
async function mostAskedRelease(): Promise<string> {
  const counts = new Map<string, number>();
  for (const { expect: expected } of await publicQuestions()) {
    for (const doc of [...(expected?.docs ?? []), ...(expected?.docs_all ?? [])]) counts.set(doc, (counts.get(doc) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (!best) throw new Error('no public question names a release');
  return best[0];
}

describe.skipIf(!publicEvalPresent)('a bundled release as a PDF (../shared/eval)', () => {
  it('gets the same public eval line as the .txt it was made from', async () => {
    work = await mkdtemp(path.join(tmpdir(), 'relais-pdf-eval-'));
    const release = await mostAskedRelease();
    const swapped = path.join(work, 'corpus');
    await mkdir(swapped);
    for (const file of await readdir(corpusDir)) {
      if (path.basename(file, path.extname(file)) === release) {
        const text = await readFile(path.join(corpusDir, file), 'utf8');
        await writeFile(path.join(swapped, `${release}.pdf`), await textAsPdf(text, 'Communiqué de presse'));
      } else {
        await copyFile(path.join(corpusDir, file), path.join(swapped, file));
      }
    }

    // The PDF reads as the text: same title, every paragraph (a one-page PDF keeps its header line).
    const fromText = (await loadCorpus(corpusDir)).documents.find((d) => d.file.startsWith(release));
    const fromPdf = (await loadCorpus(swapped)).documents.find((d) => d.file === `${release}.pdf`);
    expect(fromPdf?.title).toBe(fromText?.title);
    expect(fromPdf?.blocks.filter((block) => fromText?.blocks.includes(block))).toEqual(fromText?.blocks);

    const asText = await RelaisEngine.open({ corpusDir, dataDir: path.join(work, 'data-text'), useSnapshot: false });
    const asPdf = await RelaisEngine.open({ corpusDir: swapped, dataDir: path.join(work, 'data-pdf'), useSnapshot: false });
    expect(asPdf.status().skipped).toEqual([]);
    expect(asPdf.status().documents).toBe(asText.status().documents);

    const textLine = await scoreEngine(asText, path.join(work, 'answers-text.jsonl'));
    const pdfLine = await scoreEngine(asPdf, path.join(work, 'answers-pdf.jsonl'));
    expect(pdfLine).toBe(textLine);
  });
});
