// A web page reduced to its article (Mozilla's Readability over a linkedom DOM: navigation, cookie
// banners, "read also" boxes and footers dropped) and written as Markdown with YAML front-matter
// (title, date, url), the form the corpus loader reads and cites with a link.
import { dateFromMetadata, readHtmlPage } from '../engine/index.ts';
import { FetchError } from './fetchError.ts';
import { yamlFrontMatter } from './frontMatter.ts';

export interface ArticleFile {
  title: string;
  date?: string;
  /** The Markdown file's content. */
  markdown: string;
}

// Below this, what Readability kept is a teaser or an error page, not a press release.
const MIN_ARTICLE_CHARACTERS = 100;

type Libraries = {
  Readability: typeof import('@mozilla/readability').Readability;
  parseHTML: typeof import('linkedom').parseHTML;
  TurndownService: typeof import('turndown');
};

let libraries: Promise<Libraries> | undefined;

/** Loaded on the first page fetched: a bot that never fetches never pays for them. */
function loadLibraries(): Promise<Libraries> {
  libraries ??= Promise.all([import('@mozilla/readability'), import('linkedom'), import('turndown')]).then(
    ([readability, linkedom, turndown]) => ({
      Readability: readability.Readability,
      parseHTML: linkedom.parseHTML,
      TurndownService: turndown.default,
    }),
  );
  return libraries;
}

/** `url`: where the page came from (its citations link there); undefined for a page shared as a file. */
export async function articleAsMarkdown(html: string, url: URL | undefined): Promise<ArticleFile> {
  const { Readability, parseHTML, TurndownService } = await loadLibraries();
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  if (!article?.content || (article.textContent ?? '').trim().length < MIN_ARTICLE_CHARACTERS) {
    throw new FetchError('no-article', 'the page has no article text to keep', url ? { url: url.href } : {});
  }
  const page = await readHtmlPage(html);
  const title = oneLine(article.title) || oneLine(page.title) || url?.hostname || 'Document';
  const date = dateFromMetadata(article.publishedTime) ?? page.date;
  const markdown = markdownConverter(TurndownService);
  const frontMatter = await yamlFrontMatter({ title, ...(date !== undefined ? { date } : {}), ...(url ? { url: url.href } : {}) });
  const body = markdown.turndown(article.content);
  return { title, ...(date !== undefined ? { date } : {}), markdown: `---\n${frontMatter}---\n\n# ${markdown.escape(title)}\n\n${body}\n` };
}

function oneLine(text: string | null | undefined): string {
  // Control characters have no place in a title, least of all in YAML.
  return (text ?? '')
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function markdownConverter(TurndownService: Libraries['TurndownService']): InstanceType<Libraries['TurndownService']> {
  const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '_' });
  service.remove(['script', 'style', 'noscript', 'iframe', 'form', 'button', 'img', 'picture', 'video', 'audio', 'canvas']);
  // Links keep their words only: a citation links to the page itself, never to where its links led.
  service.addRule('linkText', { filter: 'a', replacement: (content) => content });
  // Table rows as Markdown rows, which the loader reads one block per row.
  service.addRule('tableCell', {
    filter: ['th', 'td'],
    replacement: (content) => ` ${content.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')} |`,
  });
  service.addRule('tableRow', { filter: 'tr', replacement: (content) => `\n|${content}\n` });
  service.addRule('table', { filter: 'table', replacement: (content) => `\n\n${content}\n\n` });
  return service;
}
