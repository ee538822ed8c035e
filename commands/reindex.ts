// reindex (admins): rescans the corpus folder; says at once that it started (or that one already
// runs), then what changed. Each list of files is capped, the rest counted, so a reindex of thousands
// of files stays a readable summary.
import type { ReindexSummary, SkippedFile } from '../src/engine/index.ts';
import { defineCommand } from './command.ts';
import type { Reply } from './reply.ts';

/** Files named per list in a summary; the others are counted. */
export const FILES_LISTED = 10;

function listed(names: string[], en: boolean): string {
  if (names.length === 0) return '—';
  const shown = names.slice(0, FILES_LISTED).join(', ');
  const more = names.length - FILES_LISTED;
  if (more <= 0) return shown;
  return en ? `${shown} and ${more.toLocaleString('en')} more` : `${shown} et ${more.toLocaleString('fr')} autres`;
}

const skipLine = (s: SkippedFile, en: boolean): string => `${s.file} (${en ? s.reason : s.reasonFr ?? s.reason})`;

export function summaryReply(summary: ReindexSummary, en: boolean): Reply {
  const seconds = (summary.durationMs / 1000).toFixed(1);
  return {
    ephemeral: false,
    heading: en
      ? `Reindex done in ${seconds} s: ${summary.documents} documents, ${summary.passages} passages.`
      : `Réindexation terminée en ${seconds.replace('.', ',')} s : ${summary.documents} documents, ${summary.passages} passages.`,
    sections: [
      {
        type: 'list',
        items: [
          `${en ? 'Added' : 'Ajoutés'} (${summary.added.length}) : ${listed(summary.added, en)}`,
          `${en ? 'Changed' : 'Modifiés'} (${summary.changed.length}) : ${listed(summary.changed, en)}`,
          `${en ? 'Removed' : 'Retirés'} (${summary.removed.length}) : ${listed(summary.removed, en)}`,
          `${en ? 'Skipped' : 'Ignorés'} (${summary.skipped.length}) : ${listed(summary.skipped.map((s) => skipLine(s, en)), en)}`,
        ],
      },
    ],
  };
}

export const reindexCommand = defineCommand({
  name: 'reindex',
  localizedNames: { fr: 'reindexer' },
  description: {
    fr: 'Réindexe le dossier du corpus (administrateurs).',
    en: 'Rescan the corpus folder (admins only).',
  },
  options: [],
  adminOnly: true,
  slow: true,
  async run(input, { engine, progress }) {
    const en = input.locale === 'en';
    // Whether one already runs, and starting (or joining) it, in the same tick: two admins asking at
    // once must not both hear "started" while the first is still sending its message.
    const joining = engine.status().reindexing;
    const running = engine.reindex();
    running.catch(() => undefined); // awaited below; this only keeps a failure during progress() handled
    await progress({
      ephemeral: false,
      heading: joining
        ? (en ? 'A reindex is already running; you will get its summary.' : 'Une réindexation est déjà en cours ; vous en aurez le bilan.')
        : (en ? 'Reindex started…' : 'Réindexation lancée…'),
      sections: [],
    });
    return summaryReply(await running, en);
  },
});
