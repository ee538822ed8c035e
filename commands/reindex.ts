// reindex (admins): rescans the corpus folder; says at once that it started, then what changed.
import type { ReindexSummary } from '../src/engine/relaisEngine.ts';
import { defineCommand } from './command.ts';
import type { Reply } from './reply.ts';

export function summaryReply(summary: ReindexSummary, en: boolean): Reply {
  const seconds = (summary.durationMs / 1000).toFixed(1);
  const list = (files: string[]) => (files.length > 0 ? files.join(', ') : '—');
  return {
    ephemeral: false,
    heading: en
      ? `Reindex done in ${seconds} s: ${summary.documents} documents, ${summary.passages} passages.`
      : `Réindexation terminée en ${seconds} s : ${summary.documents} documents, ${summary.passages} passages.`,
    sections: [
      {
        type: 'list',
        items: [
          `${en ? 'Added' : 'Ajoutés'} (${summary.added.length}) : ${list(summary.added)}`,
          `${en ? 'Changed' : 'Modifiés'} (${summary.changed.length}) : ${list(summary.changed)}`,
          `${en ? 'Removed' : 'Retirés'} (${summary.removed.length}) : ${list(summary.removed)}`,
          `${en ? 'Skipped' : 'Ignorés'} (${summary.skipped.length}) : ${summary.skipped.length > 0 ? summary.skipped.map((s) => `${s.file} (${s.reason})`).join(', ') : '—'}`,
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
    const joining = engine.status().reindexing;
    await progress({
      ephemeral: false,
      heading: joining
        ? (en ? 'A reindex is already running; you will get its summary.' : 'Une réindexation est déjà en cours ; vous en aurez le bilan.')
        : (en ? 'Reindex started…' : 'Réindexation lancée…'),
      sections: [],
    });
    return summaryReply(await engine.reindex(), en);
  },
});
