// sources [filter] [page]: the indexed press releases, optionally filtered by one or two words (each must
// appear in the title, file name, territory or tags, or in the text: the engine's findDocuments), ten a
// page, each with its title, date, format and link.
//
// Typed, its arguments are `[filter] [page]`: a filter is one or two words naming something (not a
// sentence: no question mark, no function word such as "de", "pour", "the", no elided "l'", "d'"), a
// page a number of up to three digits (a longer one, such as a year, is a filter). "sources 2" is
// page 2; "Sources de financement de la fibre" is a question.
import { isFunctionWord, normalizeApostrophes } from '../src/engine/index.ts';
import { inBothLanguages, messagesFor } from '../src/messages/catalogue.ts';
import { type CommandOptions, defineCommand } from './command.ts';
import { documentLine } from './documentLine.ts';

export const SOURCES_PAGE_SIZE = 10;

/** A word of a name: letters and digits, joined by hyphens or apostrophes inside it ("Côtes-d'Armor"). */
const NAME_WORD = /^[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*$/u;
const ELIDED = /^(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)'/i;
const PAGE = /^[1-9]\d{0,2}$/;
const MAX_FILTER_WORDS = 2;

function isNameWord(word: string): boolean {
  const w = normalizeApostrophes(word);
  return NAME_WORD.test(w) && !ELIDED.test(w) && !isFunctionWord(w);
}

/** `[filter] [page]`, or undefined when the words read as a sentence. */
function parseSourcesArguments(args: readonly string[], text: string): CommandOptions | undefined {
  if (/[?？]/u.test(text)) return undefined;
  const last = args.at(-1) ?? '';
  const page = PAGE.test(last) ? Number(last) : undefined;
  const filterWords = page === undefined ? args : args.slice(0, -1);
  if (filterWords.length > MAX_FILTER_WORDS || !filterWords.every(isNameWord)) return undefined;
  return { filter: filterWords.length > 0 ? filterWords.join(' ') : undefined, page };
}

export const sourcesCommand = defineCommand({
  name: 'sources',
  localizedNames: { fr: 'sources' },
  description: inBothLanguages((m) => m.sources.description),
  options: [
    {
      name: 'filter',
      description: inBothLanguages((m) => m.sources.filterOption),
      type: 'string',
      required: false,
      maxLength: 100,
      autocomplete: 'titles-and-territories',
    },
    { name: 'page', description: inBothLanguages((m) => m.sources.pageOption), type: 'integer', required: false, minValue: 1 },
  ],
  preconditions: [],
  slow: false,
  parse: parseSourcesArguments,
  async run(input, { engine }) {
    const m = messagesFor(input.locale).sources;
    const filter = String(input.options.filter ?? '').trim();
    const matching = await engine.findDocuments(filter);
    const pages = Math.max(1, Math.ceil(matching.length / SOURCES_PAGE_SIZE));
    const page = Math.min(Math.max(1, Math.trunc(Number(input.options.page ?? 1)) || 1), pages);
    const shown = matching.slice((page - 1) * SOURCES_PAGE_SIZE, page * SOURCES_PAGE_SIZE);
    if (shown.length === 0) return { ephemeral: false, heading: m.none(filter), sections: [] };
    return {
      ephemeral: false,
      heading: m.count(matching.length, filter),
      sections: [
        { type: 'list', items: shown.map((d) => documentLine(d, input.locale)) },
        ...(pages > 1 ? [{ type: 'context' as const, text: m.page(page, pages) }] : []),
      ],
    };
  },
});
