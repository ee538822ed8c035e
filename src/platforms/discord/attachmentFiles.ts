// The files attached to a slash command's attachment options, for `add`: named and sized as Discord
// says, downloaded from the address Discord gives only when the command runs.
import type { ChatInputCommandInteraction } from 'discord.js';
import type { CommandDefinition } from '../../../commands/command.ts';
import type { IncomingFile } from '../../../commands/corpusFiles.ts';
import { downloadFile } from '../../documents/downloadFile.ts';

/** Long enough for a large PDF over a slow link; the size cap stops a big one sooner. */
export const ATTACHMENT_DOWNLOAD_TIMEOUT_MS = 60_000;

export function attachmentFiles(command: CommandDefinition, interaction: ChatInputCommandInteraction): IncomingFile[] {
  const files: IncomingFile[] = [];
  for (const option of command.options) {
    if (option.type !== 'attachment') continue;
    const attachment = interaction.options.getAttachment(option.name);
    if (!attachment) continue;
    files.push({
      name: attachment.name,
      size: attachment.size,
      // No token travels: Discord's attachment addresses are signed.
      download: (maxBytes) => downloadFile(attachment.url, { maxBytes, timeoutMs: ATTACHMENT_DOWNLOAD_TIMEOUT_MS }),
    });
  }
  return files;
}
