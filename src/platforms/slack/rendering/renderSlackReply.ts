// A command's Reply as a Slack message: Block Kit for people, a plain-text `text` for notifications,
// screen readers and clients without blocks. Pure: no Slack calls, no state.
//
// Layout: the heading in bold (none when the reply opens with its answer); the lead fact as a section
// (the excerpt with the answer in bold) followed by a context line citing it (link <url|title> when the
// source has an http(s) URL, the title otherwise — the file only when there is no title — and the
// date); further facts compact, excerpt and citation in one context block; text and lists as
// sections; context as a context block; the reply's buttons last, as an actions block.
// Slack's limits are kept: 3,000 characters per section or context text, 50 blocks a message
// (facts beyond that are counted in a closing line), 40,000 characters of `text`.
// Every string from the corpus or a question goes through ./mrkdwn.ts: nothing can mention, link or format.
import type { Span } from '../../../engine/index.ts';
import type { Locale } from '../../../../commands/command.ts';
import { citationName, replyAsPlainText, type Reply, type ReplyCitation, type ReplySection } from '../../../../commands/reply.ts';
import { labelMatchesLink } from '../../linkLabel.ts';
import { messagesFor } from '../../../messages/catalogue.ts';
import { escapeCode, escapedPieces, escapeMrkdwnWithin, mrkdwnLink } from './mrkdwn.ts';
import { replyActionBlocks, type SlackActionsBlock } from './replyActions.ts';

export const SLACK_LIMITS = {
  /** Characters in a section's text (and, here, a context element's text). */
  sectionText: 3000,
  blocksPerMessage: 50,
  /** Slack truncates `text` beyond this. */
  messageText: 40_000,
} as const;

export interface MrkdwnText {
  type: 'mrkdwn';
  text: string;
}
export interface SlackSectionBlock {
  type: 'section';
  text: MrkdwnText;
}
export interface SlackContextBlock {
  type: 'context';
  elements: MrkdwnText[];
}
export type SlackBlock = SlackSectionBlock | SlackContextBlock | SlackActionsBlock;

export interface SlackMessage {
  /** Plain-text fallback, escaped like the blocks. */
  text: string;
  blocks: SlackBlock[];
}

const section = (text: string): SlackSectionBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
const context = (text: string): SlackContextBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] });

/** The excerpt as mrkdwn with `highlights` in *bold*, at most `limit` characters, cut with … */
export function highlightedMrkdwn(excerpt: string, highlights: readonly Span[], limit: number): string {
  // Which characters are highlighted (spans are UTF-16 offsets; whitespace is never bolded, Slack
  // would not read "* word*" as bold).
  const chars = Array.from(excerpt);
  const pieces = escapedPieces(excerpt);
  const bold: boolean[] = [];
  let offset = 0;
  for (const c of chars) {
    bold.push(highlights.some((h) => offset >= h.start && offset < h.end));
    offset += c.length;
  }
  trimBoldEdges(chars, bold);

  let out = '';
  let open = false;
  for (let i = 0; i < chars.length; i++) {
    const wantBold = bold[i] === true;
    const piece = pieces[i] ?? '';
    const opening = wantBold && !open ? '*' : '';
    const closing = !wantBold && open ? '*' : '';
    // Room for this piece, a closing * if bold stays open, and the … if more follows.
    const reserve = (wantBold ? 1 : 0) + (i < chars.length - 1 ? 1 : 0);
    if (out.length + closing.length + opening.length + piece.length + reserve > limit) {
      if (open) out += '*';
      return `${out}…`;
    }
    out += closing + opening + piece;
    open = wantBold;
  }
  return open ? `${out}*` : out;
}

/** Un-bolds whitespace at the edges of each bold run. */
function trimBoldEdges(chars: readonly string[], bold: boolean[]): void {
  const blank = (i: number) => /\s/u.test(chars[i] ?? '');
  for (let i = 0; i < chars.length; i++) {
    if (bold[i] && blank(i) && (i === 0 || !bold[i - 1])) bold[i] = false;
  }
  for (let i = chars.length - 1; i >= 0; i--) {
    if (bold[i] && blank(i) && (i === chars.length - 1 || !bold[i + 1])) bold[i] = false;
  }
}

/** One context line for a citation: the title (a link when the document has one), then the date. */
export function citationMrkdwn(citation: ReplyCitation): string {
  const titleRoom = 1000;
  const name = citationName(citation);
  const title = name.length > titleRoom ? `${cutUnits(name, titleRoom - 1)}…` : name;
  // A title naming another address than the link's is not made the link's label: it would deceive.
  const link = citation.url !== undefined && labelMatchesLink(title, citation.url) ? mrkdwnLink(citation.url, title) : undefined;
  const shown = citation.title.trim() ? escapeMrkdwnWithin(title, titleRoom + 200) : `\`${escapeCode(cutUnits(citation.source, 500))}\``;
  const parts =
    link !== undefined
      ? [link]
      : [shown, mrkdwnLink(citation.url, cutUnits(citation.url ?? '', 300))].filter((p): p is string => p !== undefined);
  if (citation.date) parts.push(escapeMrkdwnWithin(citation.date, 100));
  return parts.join(' · ');
}

/** Excerpts of further facts are cut to this: the lead fact is the answer, the others back it up. */
const FURTHER_EXCERPT = 500;

/** The first `max` UTF-16 units of `text`, one fewer rather than half a surrogate pair. */
function cutUnits(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max);
}

/** The blocks of one reply section; kept together when the message is cut to 50 blocks. */
function sectionBlocks(s: ReplySection): SlackBlock[] {
  const limit = SLACK_LIMITS.sectionText;
  switch (s.type) {
    case 'text':
      return [section(escapeMrkdwnWithin(s.text, limit))];
    case 'context':
      return [context(escapeMrkdwnWithin(s.text, limit))];
    case 'fact':
      if (s.lead === false)
        return [context(`${highlightedMrkdwn(s.excerpt, s.highlights, FURTHER_EXCERPT)}\n${citationMrkdwn(s.citation)}`)];
      return [section(highlightedMrkdwn(s.excerpt, s.highlights, limit)), context(citationMrkdwn(s.citation))];
    case 'list': {
      // Items one per line, as many sections as needed, each under the limit.
      const blocks: SlackBlock[] = [];
      let current = '';
      for (const item of s.items) {
        const line = `• ${escapeMrkdwnWithin(item, limit - 2)}`;
        if (current !== '' && current.length + 1 + line.length > limit) {
          blocks.push(section(current));
          current = '';
        }
        current = current === '' ? line : `${current}\n${line}`;
      }
      if (current !== '') blocks.push(section(current));
      return blocks;
    }
  }
}

/** Counts what a cut-off section held, for the closing line. */
function itemsIn(s: ReplySection): number {
  return s.type === 'list' ? s.items.length : 1;
}

export function renderSlackReply(reply: Reply, options: { locale?: Locale } = {}): SlackMessage {
  const locale = options.locale ?? 'fr';
  const heading = reply.heading.trim();
  const blocks: SlackBlock[] = heading === '' ? [] : [section(`*${escapeMrkdwnWithin(heading, SLACK_LIMITS.sectionText - 2)}*`)];
  const actionBlocks = replyActionBlocks(reply.actions, locale);
  const max = SLACK_LIMITS.blocksPerMessage - actionBlocks.length;
  let notShown = 0;
  const groups = reply.sections.map(sectionBlocks);
  const total = blocks.length + groups.reduce((n, g) => n + g.length, 0);
  for (const [i, group] of groups.entries()) {
    // When everything does not fit, keep one block for the "… N more" line.
    const room = (total <= max ? max : max - 1) - blocks.length;
    if (notShown === 0 && group.length <= room) {
      blocks.push(...group);
    } else {
      notShown += itemsIn(reply.sections[i] as ReplySection);
    }
  }
  if (notShown > 0) blocks.push(context(escapeMrkdwnWithin(messagesFor(locale).slack.moreNotShown(notShown), SLACK_LIMITS.sectionText)));
  blocks.push(...actionBlocks);
  const text = escapeMrkdwnWithin(replyAsPlainText(reply).trim(), SLACK_LIMITS.messageText);
  return { text: text === '' ? '…' : text, blocks };
}
