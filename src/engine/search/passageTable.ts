// Documents and their passages, in one table shared by every backend.
import type { CorpusDocument } from '../types.ts';
import type { IndexedDocument } from './searchBackend.ts';
import { type Passage, type PassageKind, splitPassages } from './splitPassages.ts';

export interface PassageTable {
  documents: IndexedDocument[];
  passages: Passage[];
}

export function buildPassageTable(corpus: readonly CorpusDocument[]): PassageTable {
  const documents: IndexedDocument[] = [];
  const passages: Passage[] = [];
  corpus.forEach((doc, i) => {
    const firstPassage = passages.length;
    const own = splitPassages(doc, i, firstPassage);
    for (const p of own) passages.push(p);
    documents.push(indexedDocument(doc, firstPassage, own.length));
  });
  return { documents, passages };
}

/** A document's citation data as the index's document table holds it. */
export function indexedDocument(doc: CorpusDocument, firstPassage: number, passageCount: number): IndexedDocument {
  return {
    source: doc.source,
    file: doc.file,
    title: doc.title,
    date: doc.date,
    url: doc.url,
    territory: doc.territory,
    tags: doc.tags,
    firstPassage,
    passageCount,
  };
}

/** Passage kinds by the number snapshots store for them. */
export const PASSAGE_KINDS: readonly PassageKind[] = ['title', 'heading', 'sentence'];

/** Each passage's document, kind and context as flat arrays: how snapshots store the table's shape. */
export interface PassageLayout {
  passageDoc: Uint32Array;
  passageKind: Uint8Array;
  passageContext: Int32Array;
}

/** A passage table as flat arrays (the context text is not repeated). */
export interface PassageTableParts extends PassageLayout {
  documents: IndexedDocument[];
  texts: string[];
}

export function passageLayout(passages: readonly Passage[]): PassageLayout {
  return {
    passageDoc: Uint32Array.from(passages, (p) => p.doc),
    passageKind: Uint8Array.from(passages, (p) => PASSAGE_KINDS.indexOf(p.kind)),
    passageContext: Int32Array.from(passages, (p) => p.contextId),
  };
}

export function passageTableToParts(table: PassageTable): PassageTableParts {
  return { documents: table.documents, texts: Array.from(table.passages, (p) => p.text), ...passageLayout(table.passages) };
}

export function passageTableFromParts(parts: PassageTableParts): PassageTable {
  const passages: Passage[] = new Array(parts.texts.length);
  for (let i = 0; i < parts.texts.length; i++) {
    const contextId = parts.passageContext[i] ?? -1;
    passages[i] = {
      id: i,
      doc: parts.passageDoc[i] ?? 0,
      kind: PASSAGE_KINDS[parts.passageKind[i] ?? 2] ?? 'sentence',
      text: parts.texts[i] ?? '',
      context: contextId >= 0 ? (parts.texts[contextId] ?? '') : '',
      contextId,
    };
  }
  return { documents: parts.documents, passages };
}
