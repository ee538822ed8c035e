// reindex (admins): rescans the corpus folder; says at once that it started (or that one already
// runs), then what changed. Each list of files is capped, the rest counted, so a reindex of thousands
// of files stays a readable summary.
import type { Locale, ReindexSummary, SkippedFile } from '../src/engine/index.ts';
import { inBothLanguages, messagesFor } from '../src/messages/catalogue.ts';
import { defineCommand } from './command.ts';
import type { Reply } from './reply.ts';

/** Files named per list in a summary; the others are counted. */
export const FILES_LISTED = 10;

function listed(names: string[], locale: Locale): string {
  if (names.length === 0) return '—';
  const shown = names.slice(0, FILES_LISTED).join(', ');
  const more = names.length - FILES_LISTED;
  return more <= 0 ? shown : messagesFor(locale).reindex.more(shown, more);
}

const skipLine = (s: SkippedFile, locale: Locale): string => `${s.file} (${locale === 'en' ? s.reason : (s.reasonFr ?? s.reason)})`;

export function summaryReply(summary: ReindexSummary, locale: Locale): Reply {
  const m = messagesFor(locale).reindex;
  const line = (label: string, names: string[]) => `${label} (${names.length}) : ${listed(names, locale)}`;
  return {
    ephemeral: false,
    heading: m.done(summary.durationMs / 1000, summary.documents, summary.passages),
    sections: [
      {
        type: 'list',
        items: [
          line(m.added, summary.added),
          line(m.changed, summary.changed),
          line(m.removed, summary.removed),
          line(
            m.skipped,
            summary.skipped.map((s) => skipLine(s, locale)),
          ),
        ],
      },
    ],
  };
}

export const reindexCommand = defineCommand({
  name: 'reindex',
  localizedNames: { fr: 'reindexer' },
  description: inBothLanguages((m) => m.reindex.description),
  options: [],
  preconditions: ['admin'],
  slow: true,
  async run(input, { engine, progress }) {
    const m = messagesFor(input.locale).reindex;
    // Whether one already runs, and starting (or joining) it, in the same tick: two admins asking at
    // once must not both hear "started" while the first is still sending its message.
    const joining = engine.status().reindexing;
    const running = engine.reindex();
    running.catch(() => undefined); // awaited below; this only keeps a failure during progress() handled
    await progress({ ephemeral: false, heading: joining ? m.alreadyRunning : m.started, sections: [] });
    return summaryReply(await running, input.locale);
  },
});
