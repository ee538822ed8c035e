// add [url] (admins): a press release into the corpus from a web address or a file shared with the
// command; checked, saved under a safe name, indexed at once. The reply names what was added (title,
// date, passages), says when the same content was already there, or why it was not added.
import type { Locale, RelaisEngine } from '../src/engine/index.ts';
import { inBothLanguages, messagesFor } from '../src/messages/catalogue.ts';
import { type CommandOptions, defineCommand } from './command.ts';
import { indexChange, refusalText } from './corpusChange.ts';
import { type CorpusFiles, DocumentRefused, type IncomingFile, type SavedFile } from './corpusFiles.ts';
import { documentLine } from './documentLine.ts';
import { errorReply, type Reply } from './reply.ts';

/** Slack writes links as <https://…> or <https://…|label>; people paste them bare. */
function plainUrl(word: string): string {
  return word.replace(/^<([^|>]+)(?:\|[^>]*)?>$/, '$1');
}

/** `add` alone (a file comes with it) or `add <one address>`; anything else is a question. */
function parseAddArguments(args: readonly string[]): CommandOptions | undefined {
  if (args.length === 0 || (args.length === 1 && args[0] === '')) return {};
  if (args.length !== 1) return undefined;
  const url = plainUrl(args[0] ?? '');
  if (/^www\.\S+\.\S+$/i.test(url)) return { url: `https://${url}` };
  return /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(url) ? { url } : undefined;
}

type Outcome = { saved: SavedFile; line: string; passages?: string } | { refused: string };

async function addOne(source: () => Promise<SavedFile>, engine: RelaisEngine, corpus: CorpusFiles, locale: Locale): Promise<Outcome> {
  const m = messagesFor(locale).documents;
  try {
    const saved = await source();
    const indexed =
      saved.alreadyPresent && engine.documents().some((d) => d.file === saved.file)
        ? { document: engine.documents().find((d) => d.file === saved.file) }
        : await indexChange(engine, saved.file, true);
    if (!indexed.document) {
      // Not readable after all (a scanned PDF, an encrypted file): it never serves, so it does not stay.
      await corpus.discard(saved.file);
      await indexChange(engine, saved.file, false);
      const skipped = 'skipped' in indexed ? indexed.skipped : undefined;
      const reason = { en: skipped?.reason ?? 'not indexed', ...(skipped?.reasonFr ? { fr: skipped.reasonFr } : {}) };
      return { refused: refusalText(new DocumentRefused('unreadable', { reason }), locale) };
    }
    const { document } = indexed;
    return { saved, line: documentLine(document, locale), passages: m.passages(document.passageCount, document.file) };
  } catch (error) {
    if (error instanceof DocumentRefused) return { refused: refusalText(error, locale) };
    throw error;
  }
}

function outcomeReply(outcomes: readonly Outcome[], locale: Locale): Reply {
  const m = messagesFor(locale).documents;
  const added = outcomes.filter((o): o is Extract<Outcome, { saved: SavedFile }> => 'saved' in o && !o.saved.alreadyPresent);
  const present = outcomes.filter((o): o is Extract<Outcome, { saved: SavedFile }> => 'saved' in o && o.saved.alreadyPresent);
  const refused = outcomes.filter((o): o is Extract<Outcome, { refused: string }> => 'refused' in o);
  const sections: Reply['sections'] = [];
  if (added.length > 0) sections.push({ type: 'list', items: added.map((o) => `${o.line} (${o.passages})`) });
  if (present.length > 0) sections.push({ type: 'text', text: m.alreadyPresent }, { type: 'list', items: present.map((o) => o.line) });
  if (refused.length > 0) sections.push({ type: 'text', text: m.notAdded }, { type: 'list', items: refused.map((o) => o.refused) });
  const heading = added.length > 0 ? m.added(added.length) : present.length > 0 ? m.alreadyPresent : m.notAdded;
  // The heading already says it when there is one kind of outcome only.
  if (sections.length === 2 && sections[0]?.type === 'text') sections.shift();
  return { ephemeral: added.length === 0, heading, sections };
}

export const addCommand = defineCommand({
  name: 'add',
  localizedNames: { fr: 'ajouter' },
  description: inBothLanguages((m) => m.documents.addDescription),
  options: [
    { name: 'url', description: inBothLanguages((m) => m.documents.urlOption), type: 'string', required: false, maxLength: 2000 },
    { name: 'file', description: inBothLanguages((m) => m.documents.fileOption), type: 'attachment', required: false },
  ],
  preconditions: ['admin'],
  slow: true,
  parse: (args) => parseAddArguments(args),
  async run(input, { engine, corpusFiles }) {
    const m = messagesFor(input.locale).documents;
    if (!corpusFiles) return errorReply(m.unavailable);
    const url = typeof input.options.url === 'string' ? plainUrl(input.options.url.trim()) : '';
    const sources: Array<() => Promise<SavedFile>> = [
      ...(url ? [() => corpusFiles.addFromUrl(url)] : []),
      ...(input.files ?? []).map((file: IncomingFile) => () => corpusFiles.addUpload(file)),
    ];
    if (sources.length === 0) return errorReply(m.addUsage);
    const outcomes: Outcome[] = [];
    // One at a time: each is indexed before the next is checked against the corpus.
    for (const source of sources) outcomes.push(await addOne(source, engine, corpusFiles, input.locale));
    return outcomeReply(outcomes, input.locale);
  },
});
