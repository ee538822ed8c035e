// remove <file> (admins): asks for confirmation with a button, then moves the file to the trash in
// DATA_DIR and reindexes; `restore <file>` brings it back. Typed on a platform without buttons,
// "remove <file> oui" confirms on the line.
import path from 'node:path';
import { inBothLanguages, messagesFor } from '../src/messages/catalogue.ts';
import { defineCommand } from './command.ts';
import { indexChange, refusalReply } from './corpusChange.ts';
import { DocumentRefused } from './corpusFiles.ts';
import { documentLine } from './documentLine.ts';
import { matchFile, parseFileArguments } from './fileArgument.ts';
import { errorReply } from './reply.ts';

export const removeCommand = defineCommand({
  name: 'remove',
  localizedNames: { fr: 'retirer' },
  description: inBothLanguages((m) => m.documents.removeDescription),
  options: [
    { name: 'file', description: inBothLanguages((m) => m.documents.fileNameOption), type: 'string', required: true, maxLength: 300 },
  ],
  preconditions: ['admin'],
  slow: true,
  parse: parseFileArguments,
  async run(input, { engine, corpusFiles }) {
    const m = messagesFor(input.locale).documents;
    if (!corpusFiles) return errorReply(m.unavailable);
    const typed = String(input.options.file ?? '').trim();
    if (!typed) return errorReply(m.removeUsage);
    const status = engine.status();
    const known = [...engine.documents().map((d) => d.file), ...status.skipped.map((s) => s.file)];
    const file = matchFile(typed, known, path.basename(status.corpusDir));
    if (!file) return refusalReply(new DocumentRefused('not-in-corpus', { file: typed.slice(0, 200) }), input.locale);
    const document = engine.documents().find((d) => d.file === file);
    const title = document?.title ?? file;
    if (input.options.confirmed !== 'yes') {
      return {
        ephemeral: true,
        heading: m.confirmRemove(title),
        sections: [
          ...(document ? [{ type: 'list' as const, items: [documentLine(document, input.locale)] }] : []),
          { type: 'context', text: m.removeHint(file) },
        ],
        actions: [{ kind: 'confirm', label: m.confirmLabel, command: 'remove', options: { file, confirmed: 'yes' } }],
      };
    }
    try {
      await corpusFiles.moveToTrash(file);
    } catch (error) {
      if (error instanceof DocumentRefused) return refusalReply(error, input.locale);
      throw error;
    }
    const { summary } = await indexChange(engine, file, false);
    return {
      ephemeral: false,
      heading: m.removed(title),
      sections: [{ type: 'context', text: `${m.restoreHint(file)} · ${summary.documents} documents, ${summary.passages} passages` }],
    };
  },
});
