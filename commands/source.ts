// source <file>: one document's card — its title, date, link and opening lines — to check what a
// citation stands on. A file Relais has not indexed gets a clear message.
import type { DocumentOpening, Locale } from '../src/engine/index.ts';
import { inBothLanguages, messagesFor } from '../src/messages/catalogue.ts';
import { type CommandOptions, defineCommand } from './command.ts';
import { formatDate } from './formatDate.ts';
import { errorReply, type Reply } from './reply.ts';

/** A file name as typed ("002_x.txt", "corpus/2024/note.md"): one word ending in an extension. */
const FILE_NAME = /^[\p{L}\p{N}_./\\-]+\.[a-z0-9]{1,5}$/iu;
const MAX_FILE_LENGTH = 300;

function parseSourceArguments(args: readonly string[]): CommandOptions | undefined {
  if (args.length === 0) return {};
  return args.length === 1 && FILE_NAME.test(args[0] ?? '') ? { file: args[0] } : undefined;
}

function documentCard({ document, opening }: DocumentOpening, locale: Locale): Reply {
  const m = messagesFor(locale).source;
  const facts = [
    `${m.file} : ${document.file}`,
    `${m.date} : ${document.date ? formatDate(document.date, locale) : m.unknown}`,
    `${m.link} : ${document.url ?? m.none}`,
    ...(document.territory ? [`${m.territory} : ${document.territory}`] : []),
  ];
  return {
    ephemeral: false,
    heading: document.title,
    sections: [
      { type: 'list', items: facts },
      ...(opening.length > 0
        ? [
            { type: 'text' as const, text: m.opening },
            { type: 'text' as const, text: opening.join(' ') },
          ]
        : []),
      { type: 'context', text: m.passages(document.passageCount) },
    ],
  };
}

export const sourceCommand = defineCommand({
  name: 'source',
  localizedNames: { fr: 'source' },
  description: inBothLanguages((m) => m.source.description),
  options: [
    {
      name: 'file',
      description: inBothLanguages((m) => m.source.fileOption),
      type: 'string',
      required: true,
      maxLength: MAX_FILE_LENGTH,
      autocomplete: 'files',
    },
  ],
  preconditions: [],
  slow: false,
  parse: parseSourceArguments,
  async run(input, { engine }) {
    const m = messagesFor(input.locale).source;
    const file = String(input.options.file ?? '').trim();
    if (!file) return errorReply(m.usage);
    const found = await engine.readDocument(file.slice(0, MAX_FILE_LENGTH));
    return found ? documentCard(found, input.locale) : errorReply(m.notFound(file.slice(0, 100)));
  },
});
