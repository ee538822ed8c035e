// A document's card for the `source <file>` command: its citation data and its opening sentences.
import type { IndexedDocument, SearchBackend } from '../search/searchBackend.ts';

export interface DocumentOpening {
  document: IndexedDocument;
  /** The first sentences (headings included), in order, at most OPENING_LENGTH characters in all. */
  opening: string[];
}

const OPENING_PASSAGES = 6;
export const OPENING_LENGTH = 600;

/** The indexed document a user names: its file ("002_x.txt"), its citation path ("corpus/002_x.txt"), any case. */
export function findDocument(documents: readonly IndexedDocument[], name: string): IndexedDocument | undefined {
  const wanted = name.trim().replace(/\\/g, '/').toLowerCase();
  if (!wanted) return undefined;
  return (
    documents.find((d) => d.file.toLowerCase() === wanted || d.source.toLowerCase() === wanted) ??
    documents.find((d) => d.file.toLowerCase().replace(/\.[a-z0-9]+$/, '') === wanted)
  );
}

export async function documentOpening(index: SearchBackend, name: string): Promise<DocumentOpening | undefined> {
  const document = findDocument(index.documents, name);
  if (!document) return undefined;
  const count = Math.min(OPENING_PASSAGES, document.passageCount - 1);
  const ids = Array.from({ length: Math.max(0, count) }, (_, i) => document.firstPassage + 1 + i);
  const found = await index.passagesWithTerms(ids);
  const opening: string[] = [];
  let length = 0;
  for (const id of ids) {
    const text = found.get(id)?.passage.text;
    if (!text) continue;
    if (opening.length > 0 && length + text.length > OPENING_LENGTH) break;
    opening.push(text);
    length += text.length;
  }
  return { document, opening };
}
