// Reply → Discord message (pure). Facts become embeds, in the reply's order: the excerpt with the
// answer in bold, the document's short title as the embed title (a link when it has one), the date in
// the footer; further facts are cut shorter. Buttons become an action row. Everything stays within
// Discord's limits, corpus text is markdown-escaped, and mass or user mentions are neutralised in the
// text itself (a zero-width space after the @), as a second line of defence behind allowed_mentions.
import { escapeMarkdown, type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIEmbed } from 'discord.js';
import type { Span } from '../../engine/index.ts';
import { citationLine, citationName, replyAsPlainText, type Reply, type ReplySection } from '../../../commands/reply.ts';
import { replyActionRows } from './replyActions.ts';
import { labelMatchesLink } from '../linkLabel.ts';
import type { Locale } from '../../engine/index.ts';

export const DiscordLimits = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Sum of titles, descriptions, field names and values, footers and authors over all embeds of a message. */
  embedTotal: 6000,
} as const;

export interface DiscordMessagePayload {
  content: string;
  embeds: APIEmbed[];
  /** The reply's buttons (read the passage, feedback, share): empty when it has none. */
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
}

export interface RenderOptions {
  /** false when the bot may not embed links in the channel: everything goes into content. */
  embeds?: boolean;
  /** The language of the buttons' labels. Default French. */
  locale?: Locale;
}

/** Relais's colour: a calm blue. */
const COLOUR = 0x2b6cb0;
const ZWSP = '\u200b';
const ELLIPSIS = '…';

/** Breaks @everyone, @here and <@…> (users, roles) so they can never ping, whatever allowed_mentions says. */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<@/g, `<@${ZWSP}`);
}

/**
 * Discord renders `[text](url)` as a link that shows only `text`. Every `[` of corpus or user text is
 * escaped, so such a link shows as typed, address included. (discord.js's own maskedLink escaping
 * escapes only the first of several links on a line.) Apply after escapeMarkdown, which has already
 * escaped the backslashes, so `\[` in the text cannot undo this.
 */
export function escapeMaskedLinks(markdown: string): string {
  return markdown.replace(/\[/g, '\\[');
}

/** Corpus or user text shown where Discord renders markdown. */
export function safeText(text: string): string {
  return neutraliseMentions(escapeMaskedLinks(escapeMarkdown(text)));
}

/**
 * The first `max` + 1 UTF-16 units of `text` (never ending inside a surrogate pair): enough to know it
 * must be cut, without escaping more. discord.js's escapeMarkdown takes time quadratic in the length
 * (about 0.5 s for 32 KB), so text is capped before it is escaped; escaping only lengthens text, so
 * the escaped cap still overflows `max` and is truncated with an ellipsis as before.
 */
export function capBeforeEscaping(text: string, max: number): string {
  if (max < 0) return '';
  if (text.length <= max + 1) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max] ?? '') ? max : max + 1;
  return text.slice(0, end);
}

/** Cuts `text` to at most `max` UTF-16 units (never inside a surrogate pair), with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max - ELLIPSIS.length) break;
    out += ch;
  }
  return out + ELLIPSIS;
}

/** `i`, moved back to the start of the character it falls inside (a position between two halves of a surrogate pair is none). */
function atCharacter(text: string, i: number): number {
  return i > 0 && i < text.length && /[\uDC00-\uDFFF]/.test(text[i]!) && /[\uD800-\uDBFF]/.test(text[i - 1]!) ? i - 1 : i;
}

/** Renders of an excerpt tried before the last one is cut to fit. */
const MAX_RENDER_TRIES = 6;

/** The excerpt with its highlighted spans in bold, escaped, within `max`. */
export function renderHighlighted(fullExcerpt: string, highlights: readonly Span[], max: number): string {
  const excerpt = capBeforeEscaping(fullExcerpt, max);
  const spans = [...highlights].filter((s) => s.end > s.start && s.start >= 0).sort((a, b) => a.start - b.start);
  const render = (limit: number): string => {
    const text = excerpt.length > limit ? excerpt.slice(0, atCharacter(excerpt, limit)) : excerpt;
    let out = '';
    let at = 0;
    for (const span of spans) {
      // Spans come in UTF-16 units: one may end inside an emoji, which must not be split into lone halves.
      const start = Math.max(atCharacter(text, span.start), at);
      const end = atCharacter(text, Math.min(span.end, text.length));
      if (start >= end) continue;
      out += safeText(text.slice(at, start));
      const inner = text.slice(start, end).trim();
      // "** word**" does not render as bold: keep the surrounding spaces outside the markers.
      const lead = text.slice(start, end).match(/^\s*/)![0];
      const trail = inner ? text.slice(start, end).match(/\s*$/)![0] : '';
      out += inner ? `${lead}**${safeText(inner)}**${trail}` : safeText(text.slice(start, end));
      at = end;
    }
    out += safeText(text.slice(at));
    return text.length < excerpt.length ? out + ELLIPSIS : out;
  };
  let limit = excerpt.length;
  let out = render(limit);
  // Escaping and bold markers lengthen the text: shorten the source until the result fits — a few
  // times at most (each render escapes again, and escaping is quadratic), then cut what is left.
  for (let tries = 0; out.length > max && limit > 0 && tries < MAX_RENDER_TRIES; tries++) {
    limit = Math.min(limit - 1, Math.floor(limit * Math.min(0.95, max / out.length)));
    out = render(Math.max(0, limit));
  }
  return out.length > max ? truncate(out, max) : out;
}

const isHttpUrl = (url: string | undefined): url is string =>
  typeof url === 'string' && /^https?:\/\/\S+$/i.test(url) && url.length <= 2048;

/** The embed title links to the release only when the title does not name another address. */
const titleLink = (title: string, url: string | undefined): url is string => isHttpUrl(url) && labelMatchesLink(title, url);

function embedSize(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

type FactSection = Extract<ReplySection, { type: 'fact' }>;

/** Further facts back the lead one up: their excerpts are cut to this. */
const FURTHER_DESCRIPTION = 500;

function factEmbed(fact: FactSection, descriptionMax: number): APIEmbed {
  const c = fact.citation;
  const name = citationName(c);
  const linked = titleLink(name, c.url);
  // Footers do not render markdown: show the citation as it is, only defused. The address is shown
  // there only when the title may not carry it.
  const footer = [c.date, linked ? undefined : c.url].filter(Boolean).join(' · ');
  const maxDescription = fact.lead === false ? Math.min(FURTHER_DESCRIPTION, descriptionMax) : descriptionMax;
  return {
    color: COLOUR,
    title: truncate(safeText(capBeforeEscaping(name, DiscordLimits.title)), DiscordLimits.title),
    ...(linked ? { url: c.url } : {}),
    description: renderHighlighted(fact.excerpt, fact.highlights, maxDescription),
    ...(footer ? { footer: { text: truncate(neutraliseMentions(footer), DiscordLimits.footer) } } : {}),
  };
}

/** Text, list and context sections in one embed: paragraphs and bullets in the description, context in the footer. */
function bodyEmbed(sections: ReplySection[]): APIEmbed | undefined {
  const lines: string[] = [];
  const context: string[] = [];
  // Escape only what can still be shown: stop once the description is certain to be cut.
  let length = 0;
  const add = (line: string) => {
    if (length > DiscordLimits.description) return;
    const escaped = line === '' ? '' : safeText(capBeforeEscaping(line, DiscordLimits.description));
    lines.push(escaped);
    length += escaped.length + 1;
  };
  for (const s of sections) {
    if (s.type === 'text') add(s.text);
    else if (s.type === 'list') for (const i of s.items) add(`• ${i}`);
    else if (s.type === 'context') context.push(neutraliseMentions(capBeforeEscaping(s.text, DiscordLimits.footer)));
  }
  if (lines.length === 0 && context.length === 0) return undefined;
  return {
    color: COLOUR,
    ...(lines.length > 0 ? { description: truncate(lines.join('\n'), DiscordLimits.description) } : {}),
    ...(context.length > 0 ? { footer: { text: truncate(context.join(' · '), DiscordLimits.footer) } } : {}),
  };
}

/** The whole reply as text within 2,000 characters: for channels where the bot may not embed. */
export function renderPlainText(reply: Reply): string {
  return truncate(safeText(capBeforeEscaping(replyAsPlainText(reply), DiscordLimits.content)), DiscordLimits.content);
}

/** Whether group `i` is only a small line introducing the fact after it ("Également :"): it heads that fact's embed. */
function introducesFact(groups: readonly (FactSection | ReplySection[])[], i: number): boolean {
  const group = groups[i];
  const next = groups[i + 1];
  return Array.isArray(group) && group.every((s) => s.type === 'context') && next !== undefined && !Array.isArray(next);
}

/** Consecutive sections in the reply's order: each fact alone, the others grouped into one body. */
function inOrder(sections: readonly ReplySection[]): (FactSection | ReplySection[])[] {
  const groups: (FactSection | ReplySection[])[] = [];
  for (const s of sections) {
    const last = groups.at(-1);
    if (s.type === 'fact') groups.push(s);
    else if (Array.isArray(last)) last.push(s);
    else groups.push([s]);
  }
  return groups;
}

export function renderDiscordReply(reply: Reply, options: RenderOptions = {}): DiscordMessagePayload {
  const components = replyActionRows(reply.actions, options.locale ?? 'fr');
  if (options.embeds === false) return { content: renderPlainText(reply), embeds: [], components };

  const heading = safeText(capBeforeEscaping(reply.heading, DiscordLimits.content));
  const facts = reply.sections.filter((s): s is FactSection => s.type === 'fact');
  const embeds: APIEmbed[] = [];
  let total = 0;
  const push = (embed: APIEmbed): boolean => {
    const size = embedSize(embed);
    if (embeds.length >= DiscordLimits.embeds || total + size > DiscordLimits.embedTotal) return false;
    embeds.push(embed);
    total += size;
    return true;
  };

  // One embed per fact, best first, as many as the limits allow; the rest are listed as text.
  const omitted: FactSection[] = [];
  const groups = inOrder(reply.sections);
  for (const [i, group] of groups.entries()) {
    if (Array.isArray(group)) {
      const body = introducesFact(groups, i) ? undefined : bodyEmbed(group);
      if (body && omitted.length === 0) push(body);
      continue;
    }
    const intro = introducesFact(groups, i - 1) ? (groups[i - 1] as ReplySection[]).map((s) => ('text' in s ? s.text : '')).join(' ') : '';
    // The label is cut first: a long one must not leave the description a negative room.
    const label = intro ? truncate(neutraliseMentions(capBeforeEscaping(intro, DiscordLimits.title)), DiscordLimits.title) : '';
    const room = DiscordLimits.embedTotal - total - 300 - label.length; // title + footer + label
    const descriptionMax = Math.min(DiscordLimits.description, room);
    if (omitted.length > 0 || descriptionMax < 200) {
      omitted.push(group);
      continue;
    }
    const embed = factEmbed(group, descriptionMax);
    if (label) embed.author = { name: label };
    if (!push(embed)) omitted.push(group);
  }

  let content = heading;
  if (omitted.length > 0) {
    const more = `${heading ? '\n' : ''}+${omitted.length} :`;
    const lines = omitted.slice(0, 50).map((f) => `• ${safeText(capBeforeEscaping(citationLine(f.citation), DiscordLimits.content))}`);
    content = `${heading}${more}\n${lines.join('\n')}`;
  }
  if (embeds.length === 0 && facts.length === 0 && reply.sections.length > 0) {
    // Nothing fitted in an embed (should not happen): fall back to text.
    content = renderPlainText(reply);
  }
  return { content: truncate(content, DiscordLimits.content), embeds, components };
}
