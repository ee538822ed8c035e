// Files shared in the fake Slack workspace, as Slack keeps them: `files.info` and `files.list` answer
// with their objects, and their url_private_download serves the bytes only to a request with a bot
// token in `Authorization: Bearer` — any other gets Slack's sign-in page (HTML, status 200), which is
// why a client must check what it downloaded. Downloads are recorded with the token they came with.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SlackIdentity } from './payloads.ts';
import { nextTs, uniqueId } from './payloads.ts';

export interface FakeFileOptions {
  name: string;
  bytes: Uint8Array;
  /** Who shared it (default: the fake's human). */
  user?: string;
  /** Where it was shared (default: the fake's public channel). */
  channel?: string;
  mimetype?: string;
}

/** A file object as the Web API returns it. */
export type SlackFileObject = Record<string, unknown> & { id: string; name: string; size: number; url_private_download: string };

export interface RecordedDownload {
  fileId: string;
  /** The bearer token it came with (undefined: none). */
  token: string | undefined;
  served: boolean;
}

const SIGN_IN_PAGE =
  '<!DOCTYPE html><html><head><title>Slack</title></head><body><h1>Connectez-vous à votre espace de travail</h1></body></html>';

export class FakeFileStore {
  readonly downloads: RecordedDownload[] = [];
  private readonly files = new Map<string, { object: SlackFileObject; bytes: Uint8Array; order: number }>();

  constructor(
    private readonly identity: SlackIdentity,
    private readonly baseUrl: () => string,
    /** Only this token downloads (when set); otherwise any bot token (xoxb-…). */
    private readonly botToken: string | undefined,
  ) {}

  add(options: FakeFileOptions): SlackFileObject {
    const id = uniqueId('F');
    const created = Math.floor(Number(nextTs()));
    const path = `/files-pri/${this.identity.teamId}-${id}`;
    const object: SlackFileObject = {
      id,
      created,
      timestamp: created,
      name: options.name,
      title: options.name,
      mimetype: options.mimetype ?? 'application/octet-stream',
      filetype: options.name.split('.').pop() ?? 'binary',
      user: options.user ?? this.identity.userId,
      size: options.bytes.length,
      mode: 'hosted',
      is_external: false,
      url_private: `${this.baseUrl()}${path}/${encodeURIComponent(options.name)}`,
      url_private_download: `${this.baseUrl()}${path}/download/${encodeURIComponent(options.name)}`,
      permalink: `https://${this.identity.teamDomain}.slack.com/files/${options.user ?? this.identity.userId}/${id}/${encodeURIComponent(options.name)}`,
      channels: [options.channel ?? this.identity.channelId],
    };
    this.files.set(id, { object, bytes: options.bytes, order: this.files.size });
    return object;
  }

  /** files.info: the file, or `file_not_found`. */
  info(body: Record<string, unknown>): { ok: boolean; error?: string; file?: SlackFileObject } {
    const file = this.files.get(String(body['file'] ?? ''));
    return file ? { ok: true, file: file.object } : { ok: false, error: 'file_not_found' };
  }

  /** files.list: newest first, filtered by channel, user and ts_from, as Slack does. */
  list(body: Record<string, unknown>): { ok: true; files: SlackFileObject[]; paging: Record<string, number> } {
    const since = Number(body['ts_from'] ?? 0);
    // Newest first; shares within the same second in the order they were made.
    const files = [...this.files.values()]
      .filter(({ object: f }) => body['channel'] === undefined || (f['channels'] as string[]).includes(String(body['channel'])))
      .filter(({ object: f }) => body['user'] === undefined || f['user'] === body['user'])
      .filter(({ object: f }) => Number(f['created']) >= since)
      .sort((a, b) => Number(b.object['created']) - Number(a.object['created']) || b.order - a.order)
      .slice(0, Number(body['count'] ?? 100))
      .map((f) => f.object);
    return { ok: true, files, paging: { count: files.length, total: files.length, page: 1, pages: 1 } };
  }

  /** GET /files-pri/<team>-<id>/…: the bytes for a bot token, the sign-in page otherwise. */
  serve(req: IncomingMessage, res: ServerResponse, path: string): void {
    const id = /^\/files-pri\/[A-Z0-9]+-([A-Z0-9]+)\//.exec(path)?.[1] ?? '';
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length) : undefined;
    const file = this.files.get(id);
    const allowed = token !== undefined && (this.botToken === undefined ? token.startsWith('xoxb-') : token === this.botToken);
    this.downloads.push({ fileId: id, token, served: Boolean(file && allowed) });
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<html><body>Introuvable</body></html>');
    } else if (!allowed) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(SIGN_IN_PAGE);
    } else {
      res.writeHead(200, { 'content-type': String(file.object['mimetype']), 'content-length': String(file.bytes.length) }).end(file.bytes);
    }
  }
}
