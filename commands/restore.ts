// restore [file] (admins): lists the trash, or moves a file back into the corpus and reindexes.
import { inBothLanguages, messagesFor } from '../src/messages/catalogue.ts';
import { defineCommand } from './command.ts';
import { indexChange, refusalReply } from './corpusChange.ts';
import { DocumentRefused } from './corpusFiles.ts';
import { documentLine } from './documentLine.ts';
import { matchFile, parseFileArguments } from './fileArgument.ts';
import { errorReply } from './reply.ts';

/** Trash lists longer than this are cut (the rest counted). */
const LISTED = 20;

export const restoreCommand = defineCommand({
  name: 'restore',
  localizedNames: { fr: 'restaurer' },
  description: inBothLanguages((m) => m.documents.restoreDescription),
  options: [
    { name: 'file', description: inBothLanguages((m) => m.documents.fileNameOption), type: 'string', required: false, maxLength: 300 },
  ],
  preconditions: ['admin'],
  slow: true,
  parse: (args) => {
    const parsed = parseFileArguments(args);
    return parsed && parsed.confirmed === undefined ? parsed : undefined;
  },
  async run(input, { engine, corpusFiles }) {
    const m = messagesFor(input.locale).documents;
    if (!corpusFiles) return errorReply(m.unavailable);
    const trashed = await corpusFiles.trashed();
    const typed = String(input.options.file ?? '').trim();
    if (!typed) {
      if (trashed.length === 0) return { ephemeral: true, heading: m.trashEmpty, sections: [] };
      const more = trashed.length > LISTED ? [`… +${trashed.length - LISTED}`] : [];
      return {
        ephemeral: true,
        heading: m.trashHeading(trashed.length),
        sections: [{ type: 'list', items: [...trashed.slice(0, LISTED), ...more] }],
      };
    }
    const file = matchFile(typed, trashed, '');
    if (!file) return refusalReply(new DocumentRefused('not-in-trash', { file: typed.slice(0, 200) }), input.locale);
    try {
      await corpusFiles.restoreFromTrash(file);
    } catch (error) {
      if (error instanceof DocumentRefused) return refusalReply(error, input.locale);
      throw error;
    }
    const { document, skipped } = await indexChange(engine, file, true);
    const reason = skipped ? (input.locale === 'fr' ? (skipped.reasonFr ?? skipped.reason) : skipped.reason) : undefined;
    return {
      ephemeral: false,
      heading: m.restored(document?.title ?? file),
      sections: [{ type: 'list', items: [document ? documentLine(document, input.locale) : `${file} (${reason ?? '—'})`] }],
    };
  },
});
