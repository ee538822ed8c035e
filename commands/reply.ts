// The platform-neutral reply every command returns. Adapters render it (Block Kit, embeds, terminal
// text); they never see the engine's answer shape. All strings are plain text: adapters escape them.
import type { Span } from '../src/engine/index.ts';
import type { ReplyAction } from './replyActions.ts';

/** A document as a reply cites it: title already shortened, date already written for the reader. */
export interface ReplyCitation {
  /** Short title; empty when the document has none (the file is shown instead). */
  title: string;
  /** Citation path, e.g. "corpus/000_x.txt": shown only when there is no title. */
  source: string;
  /** "6 avril 2018", "April 6, 2018". */
  date?: string;
  url?: string;
}

export type ReplySection =
  /** A paragraph of plain text. */
  | { type: 'text'; text: string }
  /**
   * A cited fact: the excerpt with the spans to emphasise (the answer itself) and where it comes from.
   * The lead fact opens the reply; further ones are shown compactly after it.
   */
  | { type: 'fact'; excerpt: string; highlights: Span[]; citation: ReplyCitation; lead?: boolean }
  /** A list of short lines. */
  | { type: 'list'; items: string[] }
  /** Secondary information (document counts, hints), shown small where the platform can. */
  | { type: 'context'; text: string };

export interface Reply {
  /** Only the asker sees it (errors, refusals) where the platform allows. */
  ephemeral: boolean;
  /** A title line, plain text; empty when the reply opens with its answer. */
  heading: string;
  sections: ReplySection[];
  /** Buttons under the reply. */
  actions?: ReplyAction[];
}

/** What names the document: its title, or its file when it has none. */
export function citationName(citation: ReplyCitation): string {
  return citation.title.trim() || citation.source;
}

/** Renders a citation as one plain line: title (or file), date, then link. */
export function citationLine(citation: ReplyCitation): string {
  return [citationName(citation), citation.date, citation.url].filter(Boolean).join(' — ');
}

/** The whole reply as plain text: the fallback every platform gets, and the terminal's output. */
export function replyAsPlainText(reply: Reply): string {
  const lines = reply.heading.trim() ? [reply.heading] : [];
  for (const s of reply.sections) {
    if (s.type === 'text' || s.type === 'context') lines.push(s.text);
    else if (s.type === 'list') lines.push(...s.items.map((i) => `• ${i}`));
    else lines.push(`${s.lead === false ? '• ' : ''}« ${s.excerpt} »`, `   ${citationLine(s.citation)}`);
  }
  return lines.join('\n');
}

export function errorReply(message: string): Reply {
  return { ephemeral: true, heading: message, sections: [] };
}
