// Why a document could not be fetched: a code the chat layer turns into a sentence for the admin who
// asked, and details for that sentence. Nothing was saved when one is thrown.

export type FetchErrorCode =
  | 'invalid-url' // not a URL, or one with a user name or password in it
  | 'unsupported-scheme' // not http: or https:
  | 'blocked-address' // the host is (or resolves to) a private, loopback, link-local or reserved address
  | 'dns-failed' // the host name does not resolve
  | 'unreachable' // connection refused or reset, TLS failure
  | 'timeout' // the whole fetch took longer than allowed
  | 'too-many-redirects'
  | 'too-large' // the body is over the size cap
  | 'http-status' // the server answered something other than 2xx (or a redirect without Location)
  | 'unsupported-type' // the content is not an HTML page, a PDF, a .docx or an .odt
  | 'no-article'; // an HTML page with no article text to keep

export interface FetchErrorDetails {
  url?: string;
  host?: string;
  address?: string;
  status?: number;
  limit?: number;
  contentType?: string;
}

export class FetchError extends Error {
  override readonly name = 'FetchError';

  constructor(
    readonly code: FetchErrorCode,
    message: string,
    readonly details: FetchErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
