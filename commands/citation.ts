// How a reply cites a document: a title short enough to read at a glance, the date as people write it,
// the link when there is one. The file path is only shown when the document has no title.
import type { Citation } from '../src/engine/index.ts';
import type { Locale } from './command.ts';
import { formatDate } from './formatDate.ts';
import type { ReplyCitation } from './reply.ts';

/** Titles longer than this are cut at a word boundary (some are a whole first line of text). */
export const MAX_TITLE_LENGTH = 80;

/** `title` within `max` characters, cut after a whole word with an ellipsis, trailing punctuation dropped. */
export function shortTitle(title: string, max = MAX_TITLE_LENGTH): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const chars = Array.from(clean);
  const head = chars.slice(0, max).join('');
  const boundary = head.lastIndexOf(' ');
  // A title that is one long word is cut where it must (by characters, never inside a surrogate pair).
  const cut = boundary >= max / 2 ? head.slice(0, boundary) : chars.slice(0, max - 1).join('');
  return `${cut.replace(/[\s,;:.!?–—-]+$/u, '')}…`;
}

export function replyCitation(citation: Citation, locale: Locale): ReplyCitation {
  const title = shortTitle(citation.title);
  return {
    title,
    source: citation.source,
    ...(citation.date ? { date: formatDate(citation.date, locale) } : {}),
    ...(citation.url ? { url: citation.url } : {}),
  };
}
