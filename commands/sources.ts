// sources [filter] [page]: the indexed press releases, optionally filtered by one or two words (each must
// appear in the title, file name, territory or tags), ten a page.
import { foldWord } from '../src/engine/index.ts';
import { inBothLanguages, messagesFor } from '../src/messages/catalogue.ts';
import { defineCommand } from './command.ts';

export const SOURCES_PAGE_SIZE = 10;

export const sourcesCommand = defineCommand({
  name: 'sources',
  localizedNames: { fr: 'sources' },
  description: inBothLanguages((m) => m.sources.description),
  options: [
    { name: 'filter', description: inBothLanguages((m) => m.sources.filterOption), type: 'string', required: false, maxLength: 100 },
    { name: 'page', description: inBothLanguages((m) => m.sources.pageOption), type: 'integer', required: false, minValue: 1 },
  ],
  adminOnly: false,
  slow: false,
  async run(input, { engine }) {
    const m = messagesFor(input.locale).sources;
    const filter = String(input.options.filter ?? '').trim();
    const words = foldWord(filter).split(/\s+/).filter(Boolean);
    const all = engine.documents();
    const matching = words.length > 0
      ? all.filter((d) => {
        const about = foldWord([d.title, d.file, d.territory ?? '', ...d.tags].join(' '));
        return words.every((w) => about.includes(w));
      })
      : [...all];
    const pages = Math.max(1, Math.ceil(matching.length / SOURCES_PAGE_SIZE));
    const page = Math.min(Math.max(1, Math.trunc(Number(input.options.page ?? 1)) || 1), pages);
    const shown = matching.slice((page - 1) * SOURCES_PAGE_SIZE, page * SOURCES_PAGE_SIZE);
    if (shown.length === 0) return { ephemeral: false, heading: m.none(filter), sections: [] };
    return {
      ephemeral: false,
      heading: m.count(matching.length, filter),
      sections: [
        { type: 'list', items: shown.map((d) => [d.title, d.date, d.url ?? d.source].filter(Boolean).join(' — ')) },
        ...(pages > 1 ? [{ type: 'context' as const, text: m.page(page, pages) }] : []),
      ],
    };
  },
});
