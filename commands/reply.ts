// The platform-neutral reply every command returns. Adapters render it (Block Kit, embeds, terminal
// text); they never see the engine's answer shape. All strings are plain text: adapters escape them.
import type { Citation, Span } from '../src/engine/index.ts';
import type { ReplyAction } from './replyActions.ts';

export type ReplySection =
  /** A paragraph of plain text. */
  | { type: 'text'; text: string }
  /** A matched fact: the excerpt with the spans to emphasise, and where it comes from. */
  | { type: 'fact'; excerpt: string; highlights: Span[]; citation: Citation }
  /** A list of short lines. */
  | { type: 'list'; items: string[] }
  /** Secondary information (document counts, hints), shown small where the platform can. */
  | { type: 'context'; text: string };

export interface Reply {
  /** Only the asker sees it (errors, refusals) where the platform allows. */
  ephemeral: boolean;
  /** A title line, plain text. */
  heading: string;
  sections: ReplySection[];
  /** Buttons under the reply (where the platform has them). */
  actions?: ReplyAction[];
}

/** Renders a citation as one plain line: title, date, then link or file. */
export function citationLine(citation: Citation): string {
  const parts = [citation.title];
  if (citation.date) parts.push(citation.date);
  parts.push(citation.url ?? citation.source);
  return parts.join(' — ');
}

/** The whole reply as plain text: the fallback every platform gets, and the terminal's output. */
export function replyAsPlainText(reply: Reply): string {
  const lines = [reply.heading];
  for (const s of reply.sections) {
    if (s.type === 'text' || s.type === 'context') lines.push(s.text);
    else if (s.type === 'list') lines.push(...s.items.map((i) => `• ${i}`));
    else lines.push(`« ${s.excerpt} »`, `   ${citationLine(s.citation)}`);
  }
  return lines.join('\n');
}

export function errorReply(message: string): Reply {
  return { ephemeral: true, heading: message, sections: [] };
}
