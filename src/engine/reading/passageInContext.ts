// The paragraph around a cited passage, for "Lire le passage": the sentence with up to two before and
// two after it in the same document, never across a heading (the index keeps sentences, not the
// paragraphs they came in, so a heading is the surest edge it knows).
import type { Span } from '../answer/buildExcerpt.ts';
import type { IndexedDocument, SearchBackend } from '../search/searchBackend.ts';
import type { Passage } from '../search/splitPassages.ts';
import { fileKey, readPassageReference, textKey } from './passageReference.ts';

export interface PassageInContext {
  document: IndexedDocument;
  /** The sentences, joined by spaces. */
  text: string;
  /** Where the cited sentence sits in `text`. */
  passage: Span;
}

const AROUND = 2;
/** Longest paragraph shown: the neighbours are dropped, farthest first, beyond this. */
export const MAX_PARAGRAPH_LENGTH = 1500;

async function documentPassages(index: SearchBackend, doc: IndexedDocument, from: number, to: number): Promise<Passage[]> {
  const first = Math.max(0, from);
  const last = Math.min(doc.passageCount - 1, to);
  const ids = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => doc.firstPassage + first + i);
  const found = await index.passagesWithTerms(ids);
  return Array.from(ids, (id) => found.get(id)?.passage).filter((p): p is Passage => p !== undefined);
}

/** The cited passage: where the reference says, or, if the document changed, wherever its text now is. */
async function findPassage(index: SearchBackend, doc: IndexedDocument, offset: number, key: string): Promise<Passage | undefined> {
  const [atOffset] = await documentPassages(index, doc, offset, offset);
  if (atOffset && textKey(atOffset.text) === key) return atOffset;
  const all = await documentPassages(index, doc, 0, doc.passageCount - 1);
  return all.find((p) => textKey(p.text) === key);
}

function withinSection(passages: readonly Passage[], at: number): Passage[] {
  const kept: Passage[] = [passages[at]!];
  for (let i = at - 1; i >= 0 && passages[i]!.kind === 'sentence'; i--) kept.unshift(passages[i]!);
  for (let i = at + 1; i < passages.length && passages[i]!.kind === 'sentence'; i++) kept.push(passages[i]!);
  return kept;
}

function joinAround(sentences: Passage[], cited: Passage): PassageInContext['passage'] & { text: string } {
  const parts = [...sentences];
  const position = () => parts.findIndex((p) => p.id === cited.id);
  const length = () => parts.reduce((n, p) => n + p.text.length + 1, 0);
  // Drop the farthest neighbour until it fits; the cited sentence always stays.
  while (parts.length > 1 && length() > MAX_PARAGRAPH_LENGTH) {
    const at = position();
    if (at >= parts.length - 1 - at) parts.shift();
    else parts.pop();
  }
  const before = Array.from(parts.slice(0, position()), (p) => p.text);
  const start = before.length > 0 ? before.join(' ').length + 1 : 0;
  return { text: Array.from(parts, (p) => p.text).join(' '), start, end: start + cited.text.length };
}

/** The paragraph a reference points to, or undefined when it is malformed or no longer in the corpus. */
export async function passageInContext(index: SearchBackend, reference: string): Promise<PassageInContext | undefined> {
  const ref = readPassageReference(reference);
  if (!ref) return undefined;
  const document = index.documents.find((d) => fileKey(d.file) === ref.fileKey);
  if (!document) return undefined;
  const cited = await findPassage(index, document, ref.offset, ref.textKey);
  if (!cited) return undefined;
  const offset = cited.id - document.firstPassage;
  const near = await documentPassages(index, document, offset - AROUND, offset + AROUND);
  const at = near.findIndex((p) => p.id === cited.id);
  if (at < 0) return undefined;
  const { text, start, end } = joinAround(withinSection(near, at), cited);
  return { document, text, passage: { start, end } };
}
