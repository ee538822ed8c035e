// Runs in a worker thread started by pdfTextExtractor.ts, as plain JavaScript outside tsx: pdf.js loads
// here in a fraction of the time tsx's transform takes, and a slow or huge PDF never blocks answering.
// It only reads what pdf.js sees (positioned text runs, page sizes, document properties); the layout
// work happens in TypeScript on the other side.
import { createRequire } from 'node:module';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const packageRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

const OPTIONS = {
  // Errors only: pdf.js warns on the console about every oddity of real-world files.
  verbosity: 0,
  // Fonts are never drawn here, and nothing in a file is ever turned into code.
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  // Character maps and metrics for fonts a file does not embed come from the package, never the network.
  cMapUrl: `${path.join(packageRoot, 'cmaps')}/`,
  cMapPacked: true,
  standardFontDataUrl: `${path.join(packageRoot, 'standard_fonts')}/`,
};

parentPort?.on('message', async ({ id, bytes, maxPages }) => {
  try {
    parentPort?.postMessage({ id, ok: true, pdf: await read(bytes, maxPages) });
  } catch (error) {
    parentPort?.postMessage({ id, ok: false, name: error?.name ?? 'Error', message: String(error?.message ?? error) });
  }
});

async function read(bytes, maxPages) {
  const task = getDocument({ ...OPTIONS, data: bytes });
  try {
    const pdf = await task.promise;
    // Over the cap, the pages are not even opened: the caller only needs the count to say why.
    if (pdf.numPages > maxPages) return { numPages: pdf.numPages, pages: [], info: {} };
    const pages = [];
    for (let number = 1; number <= pdf.numPages; number++) pages.push(await readPage(pdf, number));
    const metadata = await pdf.getMetadata().catch(() => ({ info: {} }));
    const info = metadata.info ?? {};
    return { numPages: pdf.numPages, pages, info: { Title: info.Title, CreationDate: info.CreationDate, Keywords: info.Keywords } };
  } finally {
    await task.destroy();
  }
}

async function readPage(pdf, number) {
  const page = await pdf.getPage(number);
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items = [];
  for (const item of content.items) {
    if (typeof item.str === 'string' && item.str.trim() !== '') items.push({ text: item.str, transform: item.transform, width: item.width });
  }
  page.cleanup();
  return { height: viewport.height, viewport: viewport.transform, items };
}
