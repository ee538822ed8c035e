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
    documents.push({
      source: doc.source, file: doc.file, title: doc.title, date: doc.date, url: doc.url,
      territory: doc.territory, tags: doc.tags, firstPassage, passageCount: own.length,
    });
  });
  return { documents, passages };
}

const KINDS: PassageKind[] = ['title', 'heading', 'sentence'];

/** A passage table as flat arrays: how snapshots store it (the context text is not repeated). */
export interface PassageTableParts {
  documents: IndexedDocument[];
  texts: string[];
  passageDoc: Uint32Array;
  passageKind: Uint8Array;
  passageContext: Int32Array;
}

export function passageTableToParts(table: PassageTable): PassageTableParts {
  const { documents, passages } = table;
  return {
    documents,
    texts: passages.map((p) => p.text),
    passageDoc: Uint32Array.from(passages, (p) => p.doc),
    passageKind: Uint8Array.from(passages, (p) => KINDS.indexOf(p.kind)),
    passageContext: Int32Array.from(passages, (p) => p.contextId),
  };
}

export function passageTableFromParts(parts: PassageTableParts): PassageTable {
  const passages: Passage[] = new Array(parts.texts.length);
  for (let i = 0; i < parts.texts.length; i++) {
    const contextId = parts.passageContext[i] ?? -1;
    passages[i] = {
      id: i,
      doc: parts.passageDoc[i] ?? 0,
      kind: KINDS[parts.passageKind[i] ?? 2] ?? 'sentence',
      text: parts.texts[i] ?? '',
      context: contextId >= 0 ? (parts.texts[contextId] ?? '') : '',
      contextId,
    };
  }
  return { documents: parts.documents, passages };
}
