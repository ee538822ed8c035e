// sources [filter] [page]: the indexed press releases, optionally filtered by one or two words (each must
// appear in the title, file name, territory or tags), ten a page.
import { foldWord } from '../src/engine/index.ts';
import { defineCommand } from './command.ts';

export const SOURCES_PAGE_SIZE = 10;

export const sourcesCommand = defineCommand({
  name: 'sources',
  localizedNames: { fr: 'sources' },
  description: {
    fr: 'Liste les communiqués indexés (titre, date, fichier), filtrés par un ou deux mots.',
    en: 'List the indexed press releases (title, date, file), filtered by one or two words.',
  },
  options: [
    { name: 'filter', description: { fr: 'Un mot du titre, du fichier ou du territoire', en: 'A word of the title, file or territory' }, type: 'string', required: false, maxLength: 100 },
    { name: 'page', description: { fr: 'Numéro de page', en: 'Page number' }, type: 'integer', required: false, minValue: 1 },
  ],
  adminOnly: false,
  slow: false,
  async run(input, { engine }) {
    const en = input.locale === 'en';
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
    const about = filter ? (en ? ` matching “${filter}”` : ` contenant « ${filter} »`) : '';
    if (shown.length === 0) {
      return { ephemeral: false, heading: en ? `No press release${about}.` : `Aucun communiqué${about}.`, sections: [] };
    }
    return {
      ephemeral: false,
      heading: en ? `${matching.length} press release(s)${about}:` : `${matching.length} communiqué(s)${about} :`,
      sections: [
        { type: 'list', items: shown.map((d) => [d.title, d.date, d.url ?? d.source].filter(Boolean).join(' — ')) },
        ...(pages > 1 ? [{ type: 'context' as const, text: en ? `Page ${page} of ${pages}` : `Page ${page} sur ${pages}` }] : []),
      ],
    };
  },
});
