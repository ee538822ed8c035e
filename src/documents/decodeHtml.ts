// The text of an HTML page: the charset the server declares, else the page's own <meta>, else UTF-8
// (windows-1252 when the bytes are not valid UTF-8, as old French sites often are).

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

export function decodeHtml(bytes: Uint8Array, contentType: string | undefined): string {
  const declared =
    /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ??
    META_CHARSET.exec(Buffer.from(bytes.subarray(0, 2048)).toString('latin1'))?.[1];
  const decoder = declared ? decoderFor(declared) : undefined;
  if (decoder) return decoder.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label.toLowerCase());
  } catch {
    return undefined; // a label no browser knows: fall back as if none were given
  }
}
