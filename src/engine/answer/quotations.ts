// Quotations that run over several sentences ("« Nous ne voulions pas… Les habitants… », a insisté X"):
// their sentences belong together — the speaker is named only in the last one — so each counts the
// others as its neighbours, and an excerpt quotes the whole quotation with its speaker when it fits.

/** The longest quotation read as one: beyond, a quote mark was probably left unclosed. */
const MAX_QUOTATION_SENTENCES = 6;

const OPENING = new Set([0xab /* « */, 0x201c /* “ */]);
const CLOSING = new Set([0xbb /* » */, 0x201d /* ” */]);
const ANY_QUOTE_MARK = /[«»“”]/;

function balance(text: string): number {
  if (!ANY_QUOTE_MARK.test(text)) return 0; // most sentences quote nobody
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (OPENING.has(code)) depth++;
    else if (CLOSING.has(code)) depth--;
  }
  return depth;
}

/**
 * For each passage (in reading order), the index of the first sentence of the quotation it belongs to,
 * or -1 when it stands alone. Sentences of one quotation share the index.
 */
export function quotationGroups(texts: readonly string[]): Int32Array {
  const group = new Int32Array(texts.length).fill(-1);
  let open = -1;
  let depth = 0;
  texts.forEach((text, k) => {
    if (open >= 0) group[k] = open;
    depth += balance(text);
    if (open < 0 && depth > 0) {
      open = k;
      group[k] = k;
    }
    if (depth <= 0 || (open >= 0 && k - open + 1 >= MAX_QUOTATION_SENTENCES)) {
      depth = 0;
      open = -1;
    }
  });
  // A group of one sentence is no group.
  for (let k = 0; k < group.length; k++) {
    const g = group[k]!;
    if (g >= 0 && group[k + 1] !== g && (k === 0 || group[k - 1] !== g) && g === k) group[k] = -1;
  }
  return group;
}

/** Indexes of the passages in the same quotation as passage `k` (empty when it stands alone). */
export function quotationMembers(group: Int32Array, k: number): number[] {
  const g = group[k]!;
  if (g < 0) return [];
  const out: number[] = [];
  for (let i = g; i < group.length && group[i] === g; i++) out.push(i);
  return out;
}
