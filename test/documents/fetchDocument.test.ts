// Fetching documents for `add <url>` against a press site on 127.0.0.1 (allowed by FETCH_ALLOW_HOSTS,
// as an intranet server would be): what is fetched and kept, and every refusal with its code.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchDocument, type FetchDocumentOptions } from '../../src/documents/fetchDocument.ts';
import { FetchError, type FetchErrorCode } from '../../src/documents/fetchError.ts';
import { saveToCorpus } from '../../src/documents/saveToCorpus.ts';
import { loadCorpus } from '../../src/engine/index.ts';
import { ARDECHE, ardecheReleasePdf } from '../fixtures/documents/ardecheRelease.ts';
import { scannedPagePng } from '../fixtures/documents/pngWriter.ts';
import { startPressSite, type PressSite } from '../fixtures/documents/pressSiteServer.ts';
import { YONNE, yonneArticleHtml } from '../fixtures/documents/yonneArticlePage.ts';

let site: PressSite;
let pdf: Buffer;
let work: string;
const options = (overrides: Partial<FetchDocumentOptions> = {}): FetchDocumentOptions => ({
  allowHosts: ['127.0.0.1'],
  timeoutMs: 5_000,
  maxBytes: 1024 * 1024,
  maxRedirects: 3,
  ...overrides,
});

beforeAll(async () => {
  pdf = await ardecheReleasePdf({ title: ARDECHE.title });
  const navigationOnly = `<!DOCTYPE html><html><head><title>Accueil</title></head><body><nav><ul>${YONNE.navigation.map((item) => `<li><a href="/">${item}</a></li>`).join('')}</ul></nav></body></html>`;
  site = await startPressSite({ article: yonneArticleHtml(), pdf, png: scannedPagePng(40, 40), navigationOnly });
  work = await mkdtemp(path.join(tmpdir(), 'relais-fetch-'));
});
afterAll(async () => {
  await site.close();
  await rm(work, { recursive: true, force: true });
});

async function refusal(address: string, overrides: Partial<FetchDocumentOptions> = {}): Promise<FetchError> {
  const error = await fetchDocument(address, options(overrides)).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof FetchError)) throw new Error(`expected a FetchError for ${address}, got ${String(error)}`);
  return error;
}

function frontMatter(markdown: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  return parseYaml(match?.[1] ?? '') as Record<string, unknown>;
}

describe('fetching an article page', () => {
  it('keeps the article as Markdown with title, date and url, without menu, cookie banner, "read also" or footer', async () => {
    const fetched = await fetchDocument(`${site.origin}/actualites/wifi-public`, options());
    expect(fetched).toMatchObject({ kind: 'article', title: YONNE.title, date: YONNE.date, url: `${site.origin}/actualites/wifi-public` });
    expect(fetched.fileName).toMatch(/^l-yonne-deploie-le-wifi-public-dans-quarante-bourgs-[0-9a-f]{12}\.md$/);
    const markdown = fetched.bytes.toString('utf8');
    expect(frontMatter(markdown)).toEqual({ title: YONNE.title, date: YONNE.date, url: `${site.origin}/actualites/wifi-public` });
    for (const kept of [YONNE.lead, ...YONNE.paragraphs, YONNE.afterSubheading]) expect(markdown).toContain(kept);
    expect(markdown).toContain(`## ${YONNE.subheading}`);
    for (const dropped of [YONNE.cookieBanner, YONNE.readAlso, YONNE.footer, 'Faits divers', 'window.dataLayer'])
      expect(markdown).not.toContain(dropped);
  });

  it('is saved under its safe name and read by the corpus loader with its link, once however often it is added', async () => {
    const corpus = await mkdtemp(path.join(work, 'corpus-'));
    const fetched = await fetchDocument(`${site.origin}/actualites/wifi-public`, options());
    expect(await saveToCorpus(corpus, fetched.fileName, fetched.bytes)).toEqual({ file: fetched.fileName, alreadyPresent: false });
    const again = await fetchDocument(`${site.origin}/actualites/wifi-public`, options());
    expect(await saveToCorpus(corpus, again.fileName, again.bytes)).toEqual({ file: fetched.fileName, alreadyPresent: true });
    expect((await readdir(corpus)).filter((file) => !file.startsWith('.'))).toEqual([fetched.fileName]);

    const { documents, skipped } = await loadCorpus(corpus);
    expect(skipped).toEqual([]);
    expect(documents[0]).toMatchObject({ title: YONNE.title, date: YONNE.date, url: `${site.origin}/actualites/wifi-public` });
    expect(documents[0]?.blocks).toContain(YONNE.paragraphs[1]);
  });

  it('reads a compressed page', async () => {
    const fetched = await fetchDocument(`${site.origin}/actualites/wifi-public-gzip`, options());
    expect(fetched.title).toBe(YONNE.title);
    expect(fetched.bytes.toString('utf8')).toContain(YONNE.paragraphs[0]);
  });

  it('follows a redirect on the same allowed host', async () => {
    const fetched = await fetchDocument(`${site.origin}/ancienne-adresse`, options());
    expect(fetched.url).toBe(`${site.origin}/actualites/wifi-public`);
  });
});

describe('fetching a PDF', () => {
  it('keeps the PDF as it came, known by its bytes whatever the server calls it', async () => {
    const fetched = await fetchDocument(`${site.origin}/telecharger/communique`, options());
    expect(fetched.kind).toBe('pdf');
    expect(fetched.bytes.equals(pdf)).toBe(true);
    expect(fetched.fileName).toMatch(/^communique-[0-9a-f]{12}\.pdf$/);
    const corpus = await mkdtemp(path.join(work, 'corpus-'));
    await saveToCorpus(corpus, fetched.fileName, fetched.bytes);
    expect((await loadCorpus(corpus)).documents[0]?.title).toBe(ARDECHE.title);
  });
});

describe('refusals, each with its code', () => {
  it.each<[string, string, FetchErrorCode]>([
    ['a redirect to localhost (a name for a loopback address)', '/vers-localhost', 'blocked-address'],
    ['a redirect to the cloud metadata address', '/vers-metadonnees', 'blocked-address'],
    ['a redirect to an IPv4-mapped IPv6 loopback', '/vers-ipv6-mappee', 'blocked-address'],
    ['a redirect to file:', '/vers-fichier', 'unsupported-scheme'],
    ['a redirect loop', '/boucle', 'too-many-redirects'],
    ['a body declared too large', '/gros-declare', 'too-large'],
    ['a body streamed past the cap', '/gros-en-flux', 'too-large'],
    ['a small gzip that inflates past the cap', '/bombe-gzip', 'too-large'],
    ['a 404', '/introuvable', 'http-status'],
    ['a picture served as HTML', '/photo', 'unsupported-type'],
    ['a page with no article', '/menu-seul', 'no-article'],
  ])('%s', async (_, route, code) => {
    const error = await refusal(`${site.origin}${route}`);
    expect(error.code, error.message).toBe(code);
  });

  it('gives up a server that does not answer in time', async () => {
    const started = Date.now();
    const error = await refusal(`${site.origin}/muet`, { timeoutMs: 300 });
    expect(error.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it.each(['file:///etc/passwd', 'ftp://presse.example/cp.pdf', 'javascript:alert(1)', 'data:text/html,<p>x</p>'])(
    'refuses the scheme of %s',
    async (address) => {
      expect((await refusal(address)).code).toBe('unsupported-scheme');
    },
  );

  it('refuses what is not a web address, or carries a password', async () => {
    expect((await refusal('pas une adresse')).code).toBe('invalid-url');
    expect((await refusal(`http://admin:secret@127.0.0.1:${site.port}/actualites/wifi-public`)).code).toBe('invalid-url');
  });

  it('never connects to a private address the allow list does not name', async () => {
    const before = site.requests.length;
    for (const address of [
      `${site.origin}/actualites/wifi-public`,
      `http://[::1]:${site.port}/`,
      `http://0x7f.1:${site.port}/`,
      `http://2130706433:${site.port}/`,
    ]) {
      expect((await refusal(address, { allowHosts: [] })).code, address).toBe('blocked-address');
    }
    expect(site.requests.length).toBe(before);
  });

  it('checks every address a name resolves to, and connects to the one it checked', async () => {
    const mixed = await refusal('http://presse.example/cp', {
      allowHosts: [],
      resolve: () =>
        Promise.resolve([
          { address: '203.0.114.10', family: 4 },
          { address: '10.1.2.3', family: 4 },
        ]),
    });
    expect(mixed).toMatchObject({ code: 'blocked-address', details: { address: '10.1.2.3' } });

    // Allowed by name: the connection goes to the address resolved and checked here, with the name as Host.
    const fetched = await fetchDocument(
      `http://presse.example:${site.port}/actualites/wifi-public`,
      options({
        allowHosts: ['presse.example'],
        resolve: () => Promise.resolve([{ address: '127.0.0.1', family: 4 }]),
      }),
    );
    expect(fetched.title).toBe(YONNE.title);
    expect(site.requests.at(-1)?.host).toBe(`presse.example:${site.port}`);
  });

  it('says a name does not resolve', async () => {
    const error = await refusal('http://inconnu.invalid/cp', {
      resolve: () => Promise.reject(Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' })),
    });
    expect(error.code).toBe('dns-failed');
  });
});
