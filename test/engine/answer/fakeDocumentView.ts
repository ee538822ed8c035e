// A document as the answerer reads it (a DocumentView), made from the texts of its passages: the small
// shared fake of the tests that read documents without an index.
import { analyzeFrenchTerms } from '../../../src/engine/analysis/analyzeFrench.ts';
import type { DocumentView } from '../../../src/engine/answer/gatherCandidates.ts';

/**
 * Each text a passage, in order; with a `title`, the first is the title passage (which, as the index
 * makes it, may add words of its own after the document's title).
 */
export function fakeDocumentView(texts: readonly string[], options: { title?: string; file?: string } = {}): DocumentView {
  const passages = texts.map((text, id) => ({
    passage: { id, doc: 0, kind: options.title !== undefined && id === 0 ? 'title' : 'sentence', text, context: '', contextId: -1 },
    terms: new Set(analyzeFrenchTerms(text)),
  }));
  const file = options.file ?? 'page.txt';
  const document = {
    source: `essai/${file}`,
    file,
    title: options.title ?? 'Page',
    tags: [],
    firstPassage: 0,
    passageCount: passages.length,
  };
  return { doc: 0, document, passages } as unknown as DocumentView;
}
