// Downloading a platform's file: the bytes, the size cap counted as they arrive, no redirect followed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentRefused } from '../../commands/corpusFiles.ts';
import { downloadFile } from '../../src/documents/downloadFile.ts';

let server: Server;
let origin: string;
const seen: Array<string | undefined> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers.authorization);
    if (req.url === '/petit') res.end('Le Gers raccorde ses villages.');
    else if (req.url === '/gros-annonce') res.writeHead(200, { 'content-length': String(5000) }).end(Buffer.alloc(5000, 'a'));
    else if (req.url === '/gros-en-flux') {
      res.writeHead(200);
      for (let i = 0; i < 10; i++) res.write(Buffer.alloc(1000, 'b'));
      res.end();
    } else if (req.url === '/ailleurs') res.writeHead(302, { location: 'http://169.254.169.254/' }).end();
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const refusal = (url: string, maxBytes = 2000) =>
  downloadFile(url, { maxBytes, timeoutMs: 5_000 }).then(
    () => undefined,
    (e: unknown) => e,
  );

describe('downloadFile', () => {
  it('returns the bytes, with the headers given', async () => {
    const bytes = await downloadFile(`${origin}/petit`, { headers: { authorization: 'Bearer xoxb-t' }, maxBytes: 2000, timeoutMs: 5_000 });
    expect(Buffer.from(bytes).toString()).toBe('Le Gers raccorde ses villages.');
    expect(seen.at(-1)).toBe('Bearer xoxb-t');
  });

  it('refuses a body over the cap, declared or streamed', async () => {
    expect(await refusal(`${origin}/gros-annonce`)).toMatchObject({ code: 'too-large', details: { limit: '2 KiB' } });
    expect(await refusal(`${origin}/gros-en-flux`)).toMatchObject({ code: 'too-large' });
  });

  it('follows no redirect and says the download failed', async () => {
    const error = await refusal(`${origin}/ailleurs`);
    expect(error).toBeInstanceOf(DocumentRefused);
    expect(error).toMatchObject({ code: 'download-failed', details: { status: 302 } });
    expect(await refusal(`${origin}/absent`)).toMatchObject({ code: 'download-failed', details: { status: 404 } });
    expect(await refusal('http://127.0.0.1:1/')).toMatchObject({ code: 'download-failed' });
  });
});
