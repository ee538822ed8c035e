// The documents a word or two point to, for `sources <words>`: a word matches a document when its
// title, file name, territory or tags contain it, or when its text uses it (the index's own terms,
// so "fibres" finds "fibre" and a release that only says it in its body is found too). Every word
// must match. Documents named in their description come first, then those whose text uses the words.
import { analyzeFrench } from './analysis/analyzeFrench.ts';
import type { IndexedDocument, SearchBackend } from './search/searchBackend.ts';
import { foldWord } from './language/foldText.ts';

/** The index terms a typed word is searched under: a hyphenated name as a whole, other words as they analyse. */
function termsOfWord(word: string): string[] {
  const tokens = analyzeFrench(word);
  const compound = tokens.find((t) => t.role === 'compound');
  return compound ? [compound.term] : [...new Set(tokens.map((t) => t.term))];
}

function describes(document: IndexedDocument, folded: string): boolean {
  return foldWord([document.title, document.file, document.territory ?? '', ...document.tags].join(' ')).includes(folded);
}

/** Positions of the documents holding `term` in at least one passage. */
async function documentsUsing(index: SearchBackend, term: string): Promise<Set<number>> {
  const passages = await index.topPassages([{ alternatives: [{ terms: [term], factor: 1 }], weight: 1 }], index.passageCount);
  const found = new Set<number>();
  let doc = 0;
  for (const id of [...passages].sort((a, b) => a - b)) {
    while (doc < index.documents.length && id >= index.documents[doc]!.firstPassage + index.documents[doc]!.passageCount) doc++;
    if (doc < index.documents.length && id >= index.documents[doc]!.firstPassage) found.add(doc);
  }
  return found;
}

/** Positions of the documents whose text uses every term of the word (none when it has no term: "de"). */
async function documentsUsingWord(index: SearchBackend, word: string): Promise<Set<number>> {
  const terms = termsOfWord(word);
  if (terms.length === 0) return new Set();
  let found: Set<number> | undefined;
  for (const term of terms) {
    const using = await documentsUsing(index, term);
    found = found ? new Set([...found].filter((d) => using.has(d))) : using;
  }
  return found ?? new Set();
}

export async function findDocuments(index: SearchBackend, text: string): Promise<IndexedDocument[]> {
  const words = text.split(/\s+/).filter(Boolean);
  const documents = index.documents;
  if (words.length === 0) return [...documents];
  const described: IndexedDocument[] = [];
  const used: IndexedDocument[] = [];
  const inText = await Promise.all(words.map((w) => documentsUsingWord(index, w)));
  documents.forEach((document, position) => {
    const each = words.map((w, k) => ({ named: describes(document, foldWord(w)), used: inText[k]!.has(position) }));
    if (each.every((m) => m.named)) described.push(document);
    else if (each.every((m) => m.named || m.used)) used.push(document);
  });
  return [...described, ...used];
}
