// A document's url (front-matter `url`, HTML canonical or og:url) becomes the link of its citations,
// so it is kept only when it is an absolute http(s) address without a user name or password
// (`https://impots.gouv.fr@exemple.net/` shows one site and opens another). Anything else —
// javascript:, data:, a relative path, a typo — is dropped, and the file is cited instead.

const MAX_URL_LENGTH = 2048;

export function documentUrl(candidate: string | undefined): string | undefined {
  const text = candidate?.trim();
  if (!text || text.length > MAX_URL_LENGTH) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return undefined;
  return url.href;
}
