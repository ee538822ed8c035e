// GET over http(s) with the checks a server fetching URLs given by people needs: only http and https;
// every host resolved and its addresses checked before connecting, and the connection made to those
// very addresses (a second DNS answer cannot swap in a private one); redirects followed by hand, each
// new URL checked like the first; one deadline for everything; the body capped after decompression.
import type { LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { formatFileSize } from '../engine/index.ts';
import { FetchError } from './fetchError.ts';
import { resolveAllowedAddresses, systemResolver, type Resolver } from './resolveHost.ts';

export interface SafeGetOptions {
  /** Hosts that may resolve to private addresses (FETCH_ALLOW_HOSTS). */
  allowHosts: readonly string[];
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** The system resolver unless a test gives its own. */
  resolve?: Resolver;
}

export interface HttpBody {
  /** Where the body came from, after redirects. */
  url: URL;
  contentType?: string;
  bytes: Buffer;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HEADERS = {
  'user-agent': 'Relais/0.1 (indexes press releases, fetched at the request of an administrator)',
  accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5',
  'accept-language': 'fr,en;q=0.5',
  'accept-encoding': 'gzip, deflate, br',
};

export async function safeGet(input: string, options: SafeGetOptions): Promise<HttpBody> {
  let url = parseUrl(input);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), options.timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      checkUrl(url);
      const addresses = await beforeDeadline(
        resolveAllowedAddresses(url.hostname, options.allowHosts, options.resolve ?? systemResolver),
        deadline.signal,
      );
      const response = await request(url, addresses, deadline.signal);
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status)) {
        response.destroy();
        if (redirects >= options.maxRedirects) {
          throw new FetchError('too-many-redirects', `more than ${options.maxRedirects} redirects`, {
            url: url.href,
            limit: options.maxRedirects,
          });
        }
        url = redirectTarget(response, url);
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        throw new FetchError('http-status', `the server answered ${status}`, { url: url.href, status });
      }
      const bytes = await readBody(response, options.maxBytes, url);
      return { url, bytes, ...(response.headers['content-type'] ? { contentType: response.headers['content-type'] } : {}) };
    }
  } catch (error) {
    if (deadline.signal.aborted) {
      throw new FetchError('timeout', `no complete answer within ${Math.round(options.timeoutMs / 100) / 10} s`, {
        url: url.href,
        limit: options.timeoutMs,
      });
    }
    if (error instanceof FetchError) throw error;
    throw new FetchError(
      'unreachable',
      `${url.host} could not be reached (${errorCode(error)})`,
      { url: url.href, host: url.hostname },
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
  }
}

function parseUrl(input: string): URL {
  try {
    return new URL(input.trim());
  } catch {
    throw new FetchError('invalid-url', 'not a web address', {});
  }
}

function checkUrl(url: URL): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('unsupported-scheme', `only http and https addresses can be fetched, not ${url.protocol}`, { url: url.href });
  }
  if (url.username !== '' || url.password !== '') {
    throw new FetchError('invalid-url', 'a web address with a user name or password is not fetched', {});
  }
}

function redirectTarget(response: IncomingMessage, from: URL): URL {
  const location = response.headers.location;
  if (!location)
    throw new FetchError('http-status', `the server answered ${response.statusCode} without saying where to`, {
      url: from.href,
      status: response.statusCode ?? 0,
    });
  try {
    return new URL(location, from);
  } catch {
    throw new FetchError('invalid-url', 'the server redirected to an address that is not valid', { url: from.href });
  }
}

/** Connects only to the addresses already checked, whatever a new DNS answer would say. */
function pinnedLookup(addresses: readonly LookupAddress[]): LookupFunction {
  return (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) {
      (callback as (error: null, addresses: LookupAddress[]) => void)(null, [...addresses]);
      return;
    }
    const first = addresses[0] as LookupAddress;
    callback(null, first.address, first.family);
  };
}

function request(url: URL, addresses: readonly LookupAddress[], signal: AbortSignal): Promise<IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const outgoing = client.request(
      url,
      { method: 'GET', agent: false, signal, lookup: pinnedLookup(addresses), headers: HEADERS },
      resolve,
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

async function readBody(response: IncomingMessage, maxBytes: number, url: URL): Promise<Buffer> {
  const tooLarge = (): FetchError =>
    new FetchError('too-large', `larger than ${formatFileSize(maxBytes, false)}`, { url: url.href, limit: maxBytes });
  const declared = Number(response.headers['content-length']);
  if (!response.headers['content-encoding'] && Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const body = decoded(response, url);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    // Counted after decompression: a small gzip that inflates to gigabytes stops here.
    if (size > maxBytes) {
      body.destroy();
      response.destroy();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function decoded(response: IncomingMessage, url: URL): Readable {
  const encoding = String(response.headers['content-encoding'] ?? 'identity')
    .trim()
    .toLowerCase();
  if (encoding === 'identity' || encoding === '') return response;
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : undefined;
  if (decoder === undefined) {
    response.destroy();
    throw new FetchError('unsupported-type', `content encoded as ${encoding.slice(0, 40)}`, { url: url.href });
  }
  response.on('error', (error) => decoder.destroy(error));
  return response.pipe(decoder);
}

/** The promise, or a rejection as soon as the deadline passes (a DNS look-up cannot be cancelled). */
function beforeDeadline<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error('deadline passed'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new Error('deadline passed'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}
