// What add, remove and restore share once a file moved: indexing the change at once, and saying why a
// document was refused in the admin's language.
import type { IndexedDocument, Locale, RelaisEngine, ReindexSummary } from '../src/engine/index.ts';
import { messagesFor } from '../src/messages/catalogue.ts';
import type { DocumentRefused } from './corpusFiles.ts';
import { errorReply, type Reply } from './reply.ts';

export interface IndexedChange {
  summary: ReindexSummary;
  /** The file's document once indexed (undefined when gone, or skipped). */
  document?: IndexedDocument;
  /** Set when the loader skipped the file. */
  skipped?: { reason: string; reasonFr?: string };
}

/**
 * Reindexes so that `file` is (or is no longer) served. A reindex already running when the file moved
 * may have listed the folder before: it is joined, then run once more when it missed the change.
 */
export async function indexChange(engine: RelaisEngine, file: string, expectPresent: boolean): Promise<IndexedChange> {
  let summary = await engine.reindex();
  const seen = (): boolean => engine.documents().some((d) => d.file === file) || summary.skipped.some((s) => s.file === file);
  if (seen() !== expectPresent) summary = await engine.reindex();
  const document = engine.documents().find((d) => d.file === file);
  const skipped = summary.skipped.find((s) => s.file === file);
  return { summary, ...(document ? { document } : {}), ...(skipped ? { skipped } : {}) };
}

/** The refusal as one sentence in the admin's language. */
export function refusalText(refusal: DocumentRefused, locale: Locale): string {
  const texts = messagesFor(locale).documents.refusals;
  const { reason, ...details } = refusal.details;
  const render = texts[refusal.code] ?? (() => refusal.code);
  return render({ ...details, ...(reason ? { reason: locale === 'fr' ? (reason.fr ?? reason.en) : reason.en } : {}) });
}

/** A refusal as an ephemeral reply: the sentence, with a capital (the catalogue writes it to follow a heading). */
export function refusalReply(refusal: DocumentRefused, locale: Locale): Reply {
  const text = refusalText(refusal, locale);
  return errorReply(text.charAt(0).toUpperCase() + text.slice(1));
}
