// Turning untrusted plain text (corpus excerpts, titles, questions) into Slack mrkdwn that shows
// exactly that text: nothing in it can become a mention (<!channel>, <!here>, <!everyone>, <@U…>),
// a link, or formatting that pairs with Relais's own bold markers.
//
// Slack's rules (https://api.slack.com/reference/surfaces/formatting#escaping): only &, < and > need
// escaping, as &amp; &lt; &gt;. Mentions exist only inside <…>, so once < is escaped, "@everyone" typed
// as text stays text (Relais never sends link_names). Formatting markers (* _ ~ `) only format at a
// word boundary; there is no backslash escape, so a marker at a boundary is replaced by a look-alike
// that Slack does not read as a marker (∗ ＿ ∼ ˋ). Markers inside a word (file_name_2024.txt) are kept.

// Maps, looked up with each character of untrusted text: never a property of Object.prototype.
const ENTITIES: ReadonlyMap<string, string> = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
]);
const MARKER_LOOKALIKES: ReadonlyMap<string, string> = new Map([
  ['*', '\u2217'],
  ['_', '\uFF3F'],
  ['~', '\u223C'],
  ['`', '\u02CB'],
]);
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Escapes &, < and > only: for text that must not be reformatted (inside `code`, link targets). */
export function escapeEntities(text: string): string {
  return text.replace(/[&<>]/g, (c) => ENTITIES.get(c) ?? c);
}

/**
 * The escaped form of each character of `text`, one string per UTF-16 unit position that starts a
 * character, so callers can cut on character boundaries without splitting an entity.
 */
export function escapedPieces(text: string): string[] {
  const chars = Array.from(text);
  return chars.map((c, i) => {
    const entity = ENTITIES.get(c);
    if (entity !== undefined) return entity;
    const lookalike = MARKER_LOOKALIKES.get(c);
    if (lookalike === undefined) return c;
    const inWord = WORD_CHAR.test(chars[i - 1] ?? '') && WORD_CHAR.test(chars[i + 1] ?? '');
    return inWord ? c : lookalike;
  });
}

/** Plain text as mrkdwn that shows the same text: entities escaped, boundary markers neutralised. */
export function escapeMrkdwn(text: string): string {
  return escapedPieces(text).join('');
}

/** Text for inside `backticks`: entities escaped, backticks replaced (code spans cannot hold them). */
export function escapeCode(text: string): string {
  return escapeEntities(text.replace(/`/g, '\u02CB'));
}

/**
 * A Slack link `<url|label>` when `url` is an absolute http(s) URL, else undefined. The URL is
 * normalised (spaces and the like percent-encoded) and `|` encoded so it cannot end the target early;
 * the label is escaped mrkdwn.
 */
export function mrkdwnLink(url: string | undefined, label: string): string | undefined {
  if (url === undefined) return undefined;
  let href: string;
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    href = parsed.href;
  } catch {
    return undefined;
  }
  href = escapeEntities(href.replace(/\|/g, '%7C'));
  return `<${href}|${escapeMrkdwn(label)}>`;
}

/** Cuts already-escaped pieces to fit `limit` characters, ending with … when cut. */
export function joinWithin(pieces: readonly string[], limit: number): string {
  let length = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] ?? '';
    if (length + piece.length > limit) return `${takePieces(pieces, i, limit - 1)}…`;
    length += piece.length;
  }
  return pieces.join('');
}

function takePieces(pieces: readonly string[], upTo: number, limit: number): string {
  let out = '';
  for (let i = 0; i < upTo; i++) {
    const piece = pieces[i] ?? '';
    if (out.length + piece.length > limit) break;
    out += piece;
  }
  return out;
}

/** Escaped mrkdwn of `text`, at most `limit` characters. */
export function escapeMrkdwnWithin(text: string, limit: number): string {
  // Beyond limit + 2 characters nothing is shown (or looked at, for word boundaries): do not escape it.
  // 2 × limit + 4 UTF-16 units hold at least limit + 2 characters.
  return joinWithin(escapedPieces(text.length > 2 * limit + 4 ? text.slice(0, 2 * limit + 4) : text), limit);
}
