// Finds the documents that may answer, and reads them whole: a sentence often answers through its
// document ("L'opérateur y consacrera 40 millions" names neither the operator nor the place), so every
// sentence of a likely document is a candidate, not only those that repeat the question's words.
import { lastStartingAtOrBefore } from '../search/passageRuns.ts';
import type { IndexedDocument, PassageWithTerms, SearchBackend } from '../search/searchBackend.ts';
import type { ResolvedConcept } from './resolveConcepts.ts';

export interface DocumentView {
  /** Position in the index's document table. */
  doc: number;
  document: IndexedDocument;
  /** Its passages in reading order, the title first. */
  passages: PassageWithTerms[];
}

/** Passages searched for the documents they belong to: enough to reach past a few long documents. */
const SEARCHED_PASSAGES = 100;
/** Passages ranked first per document wanted; SEARCHED_PASSAGES only when they name too few documents. */
const FIRST_PASSAGES_PER_DOCUMENT = 3;
/** Ways of saying a concept below this factor are not searched for (see likelyDocuments). */
const MIN_SEARCHED_FACTOR = 0.7;
/**
 * Documents read whole for a question: its answer is nearly always in one of its five likeliest (on the
 * development sets, reading eight found no further right answer). Reading costs most of a question's time.
 */
export const DOCUMENTS_READ = 5;
/** For a list question (one fact per document), and for a second look before refusing. */
export const DOCUMENTS_READ_WIDE = 8;
/** A very long page is read up to this many passages. */
const MAX_PASSAGES_PER_DOCUMENT = 400;

/** The document a passage belongs to (documents hold consecutive passages, in order). */
export function documentOfPassage(documents: readonly IndexedDocument[], id: number): number | undefined {
  const k = lastStartingAtOrBefore(documents, id);
  const d = documents[k];
  return d && id >= d.firstPassage && id < d.firstPassage + d.passageCount ? k : undefined;
}

/** The documents most likely to answer (positions in the index's table), at most `limit`, in order of their best passage. */
export async function likelyDocuments(
  index: SearchBackend,
  concepts: readonly ResolvedConcept[],
  limit: number,
  searchedPassages = SEARCHED_PASSAGES,
): Promise<number[]> {
  // The index is searched with the surer ways of saying each concept; thesaurus synonyms, loose and many,
  // only score the sentences of the documents found (scanning their postings would cost more than the rest).
  // A concept the corpus knows only through a thesaurus synonym ("système" as "logique") is not searched:
  // a rare loose synonym would find documents about something else.
  const searched = Array.from(
    concepts.filter((c) => c.present && c.alternatives.some((a) => a.factor >= MIN_SEARCHED_FACTOR)),
    (c) => ({
      alternatives: c.alternatives.filter((a) => a.factor >= MIN_SEARCHED_FACTOR),
      weight: c.weight,
    }),
  );
  if (searched.length === 0) return [];
  // The first passages of a ranking are the first of a longer one (best first, ties by id): when a few
  // per document already name enough documents, they are the same documents, found for less — the
  // ranking can stop taking passages in sooner, the fewer it keeps.
  const few = Math.min(searchedPassages, FIRST_PASSAGES_PER_DOCUMENT * limit);
  const top = await index.topPassages(searched, few);
  const docs = documentsOf(index, top, limit);
  if (docs.length >= limit || top.length < few || few === searchedPassages) return docs;
  return documentsOf(index, await index.topPassages(searched, searchedPassages), limit);
}

/** The documents of the passages, each once, in order of its first passage; at most `limit`. */
function documentsOf(index: SearchBackend, passages: readonly number[], limit: number): number[] {
  const docs: number[] = [];
  const seen = new Set<number>();
  for (const id of passages) {
    const doc = documentOfPassage(index.documents, id);
    if (doc === undefined || seen.has(doc)) continue;
    seen.add(doc);
    docs.push(doc);
    if (docs.length >= limit) break;
  }
  return docs;
}

/** The documents, each with all its passages (up to a long page's cap). */
export async function readDocuments(index: SearchBackend, docs: readonly number[]): Promise<DocumentView[]> {
  const ids: number[] = [];
  for (const doc of docs) {
    const d = index.documents[doc]!;
    for (let k = 0; k < Math.min(d.passageCount, MAX_PASSAGES_PER_DOCUMENT); k++) ids.push(d.firstPassage + k);
  }
  const loaded = await index.passagesWithTerms(ids);
  return Array.from(docs, (doc) => {
    const document = index.documents[doc]!;
    const passages: PassageWithTerms[] = [];
    for (let k = 0; k < Math.min(document.passageCount, MAX_PASSAGES_PER_DOCUMENT); k++) {
      const p = loaded.get(document.firstPassage + k);
      if (p) passages.push(p);
    }
    return { doc, document, passages };
  });
}
