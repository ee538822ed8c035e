// What to suggest while someone types a command option (Discord autocomplete), from the indexed
// documents: for a `sources` filter, territories and titles; for a file, the files, named by title.
import { foldWord, type IndexedDocument } from '../src/engine/index.ts';
import { shortTitle } from './citation.ts';
import type { CommandOption } from './command.ts';

export interface Suggestion {
  /** What the list shows. */
  name: string;
  /** What the option receives. */
  value: string;
}

/** Discord shows at most 25 choices, each name and value at most 100 characters. */
export const MAX_SUGGESTIONS = 25;
const MAX_LENGTH = 100;

function matches(typed: string): (text: string) => boolean {
  const words = foldWord(typed).split(/\s+/).filter(Boolean);
  return (text) => {
    const about = foldWord(text);
    return words.every((w) => about.includes(w));
  };
}

function filterSuggestions(documents: readonly IndexedDocument[]): Suggestion[] {
  const territories = [...new Set(documents.map((d) => d.territory?.trim()).filter((t): t is string => Boolean(t)))].sort((a, b) =>
    a.localeCompare(b, 'fr'),
  );
  // A filter is matched word by word against titles: a title cut short at a word boundary still finds its document.
  const titles = documents.map((d) => shortTitle(d.title, MAX_LENGTH - 1).replace(/…$/, ''));
  const all = [...territories, ...titles].filter((t) => t.length > 0 && t.length <= MAX_LENGTH);
  return [...new Set(all)].map((t) => ({ name: t, value: t }));
}

function fileSuggestions(documents: readonly IndexedDocument[]): Suggestion[] {
  return documents
    .filter((d) => d.file.length <= MAX_LENGTH)
    .map((d) => {
      const room = MAX_LENGTH - d.file.length - 3;
      return { name: room >= 20 ? `${shortTitle(d.title, room)} · ${d.file}` : d.file, value: d.file };
    });
}

export function documentSuggestions(option: CommandOption, documents: readonly IndexedDocument[], typed: string): Suggestion[] {
  const all = option.autocomplete === 'files' ? fileSuggestions(documents) : option.autocomplete ? filterSuggestions(documents) : [];
  const wanted = matches(typed.slice(0, MAX_LENGTH));
  return all.filter((s) => wanted(s.name)).slice(0, MAX_SUGGESTIONS);
}
