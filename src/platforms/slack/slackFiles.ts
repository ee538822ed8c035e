// Files shared in Slack, for `add`: found where the command was typed (its message, its thread, or
// the asker's latest share in the channel before a /relais add), described by files.info, and
// downloaded from url_private_download with the bot token — sent only to Slack's own hosts (or the
// SLACK_API_URL a test or proxy gives), never to an address a file object could point elsewhere.
import type { webApi } from '@slack/bolt';
import { DocumentRefused, type IncomingFile } from '../../../commands/corpusFiles.ts';
import { downloadFile } from '../../documents/downloadFile.ts';
import { formatFileSize } from '../../engine/index.ts';

/** A file as a message event or files.list names it. */
export interface SlackFileRef {
  id: string;
  name?: string;
  size?: number;
}

/** Slack's file objects (in events, conversations.replies, files.list) as references. */
export function fileRefs(files: ReadonlyArray<{ id?: string; name?: string | null; size?: number }> | undefined): SlackFileRef[] {
  return (files ?? []).flatMap((f) =>
    f.id ? [{ id: f.id, ...(f.name ? { name: f.name } : {}), ...(f.size !== undefined ? { size: f.size } : {}) }] : [],
  );
}

/** How recent a share must be for `/relais add` to take it (a slash command carries no file). */
export const RECENT_SHARE_MS = 15 * 60 * 1000;
const DOWNLOAD_TIMEOUT_MS = 60_000;
const THREAD_MESSAGES_READ = 100;

export class SlackFiles {
  constructor(
    private readonly botToken: string,
    /** SLACK_API_URL, when set: its origin may serve files too. */
    private readonly apiUrl: string | undefined,
  ) {}

  /** Only Slack (over https) or the configured API origin gets the token. */
  private trusted(address: string): boolean {
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      return false;
    }
    if (this.apiUrl !== undefined && url.origin === new URL(this.apiUrl).origin) return true;
    return url.protocol === 'https:' && (url.hostname === 'slack.com' || url.hostname.endsWith('.slack.com'));
  }

  incoming(client: webApi.WebClient, ref: SlackFileRef): IncomingFile {
    return {
      name: ref.name ?? 'document',
      ...(ref.size !== undefined ? { size: ref.size } : {}),
      download: async (maxBytes) => {
        const info = await client.files.info({ file: ref.id }).catch((error: unknown) => {
          throw new DocumentRefused('download-failed', {}, { cause: error });
        });
        const address = info.file?.url_private_download ?? info.file?.url_private;
        if (!address || !this.trusted(address)) throw new DocumentRefused('download-failed');
        if ((info.file?.size ?? 0) > maxBytes) throw new DocumentRefused('too-large', { limit: formatFileSize(maxBytes, false) });
        return downloadFile(address, { headers: { authorization: `Bearer ${this.botToken}` }, maxBytes, timeoutMs: DOWNLOAD_TIMEOUT_MS });
      },
    };
  }

  /** The files of the latest message in the thread that has some (the file the admin is talking about). */
  async inThread(client: webApi.WebClient, channel: string, threadTs: string): Promise<SlackFileRef[]> {
    const replies = await client.conversations.replies({ channel, ts: threadTs, limit: THREAD_MESSAGES_READ });
    const withFiles = (replies.messages ?? []).filter((m) => (m.files ?? []).length > 0).at(-1);
    return fileRefs(withFiles?.files);
  }

  /** The asker's latest file shared in the channel within RECENT_SHARE_MS. */
  async recentShare(client: webApi.WebClient, channel: string, user: string): Promise<SlackFileRef[]> {
    const since = Math.floor((Date.now() - RECENT_SHARE_MS) / 1000);
    const listed = await client.files.list({ channel, user, ts_from: String(since), count: 1 });
    return fileRefs(listed.files).slice(0, 1);
  }
}
