// Whether a link may show `label` and lead to `url` without deceiving: a label that reads as a web
// address ("impots.gouv.fr", "https://www.service-public.fr/…") must name the host the link goes to.
// Otherwise the platforms show the label as plain text and the address beside it.
// Linear in the label's length (no backtracking regular expression): labels come from the corpus.

const withoutWww = (host: string): string => host.toLowerCase().replace(/^www\./, '');

/** The host a word of the label names, if it reads as an address ("gers.fr", "https://a.b/c"). */
function namedHost(word: string): string | undefined {
  const host =
    word
      .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
      .split(/[/:?#]/)[0]
      ?.replace(/\.$/, '') ?? '';
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((l) => /^[\p{L}\p{N}-]+$/u.test(l))) return undefined;
  return /^\p{L}{2,}$/u.test(labels.at(-1) ?? '') ? withoutWww(host) : undefined;
}

export function labelMatchesLink(label: string, url: string): boolean {
  let host: string;
  try {
    host = withoutWww(new URL(url).hostname);
  } catch {
    return false;
  }
  for (const word of label.split(/[^\p{L}\p{N}.:/?#-]+/u)) {
    const named = namedHost(word);
    if (named !== undefined && named !== host && !host.endsWith(`.${named}`)) return false;
  }
  return true;
}
