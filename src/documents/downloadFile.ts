// Downloads a file a chat platform holds (a Slack share with the bot token, a Discord attachment from
// its CDN): addresses the platform's own API gave, so not the safe fetch for people's links, but the
// same caps — a deadline, and the body counted as it arrives, stopped past the size allowed.
import { formatFileSize } from '../engine/index.ts';
import { DocumentRefused } from '../../commands/corpusFiles.ts';

export interface DownloadOptions {
  headers?: Record<string, string>;
  maxBytes: number;
  timeoutMs: number;
}

export async function downloadFile(url: string, options: DownloadOptions): Promise<Uint8Array> {
  const tooLarge = (): DocumentRefused => new DocumentRefused('too-large', { limit: formatFileSize(options.maxBytes, false) });
  const deadline = AbortSignal.timeout(options.timeoutMs);
  let response: Response;
  try {
    // Redirects are not followed: a platform serves its files where its API says.
    response = await fetch(url, { headers: options.headers ?? {}, signal: deadline, redirect: 'manual' });
  } catch (error) {
    throw new DocumentRefused('download-failed', {}, { cause: error });
  }
  if (response.status !== 200 || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    throw new DocumentRefused('download-failed', { status: response.status });
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    await response.body.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      size += chunk.value.byteLength;
      if (size > options.maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(chunk.value);
    }
  } catch (error) {
    if (error instanceof DocumentRefused) throw error;
    throw new DocumentRefused('download-failed', {}, { cause: error });
  }
  return Buffer.concat(chunks);
}
