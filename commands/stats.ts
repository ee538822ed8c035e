// stats (admins): what people ask and what the corpus cannot answer — questions asked, share
// answered, median answer time, the most frequent unanswered questions grouped by their key terms,
// and the documents cited most. Read from the question stats kept by src/operations (DATA_DIR, or
// PostgreSQL with that backend: the same from every instance).
import { inBothLanguages, messagesFor } from '../src/messages/catalogue.ts';
import { defineCommand } from './command.ts';
import type { FeedbackSummary, Locale } from './command.ts';
import type { ReplySection } from './reply.ts';

/** The votes: share of helpful answers, then the answers judged not helpful most, with their sources. */
function feedbackSections(feedback: FeedbackSummary | undefined, locale: Locale): ReplySection[] {
  if (!feedback || feedback.votes === 0) return [];
  const m = messagesFor(locale).conversation;
  const sections: ReplySection[] = [
    { type: 'text', text: m.feedbackSummary(feedback.votes, `${Math.round(feedback.helpfulShare * 100)} %`) },
  ];
  if (feedback.mostDisliked.length > 0) {
    sections.push({ type: 'text', text: m.mostDisliked });
    sections.push({
      type: 'list',
      items: feedback.mostDisliked.map((d) => `${d.down} 👎 / ${d.up} 👍 « ${d.question} » — ${d.sources.join(', ') || '—'}`),
    });
  }
  return sections;
}

export const statsCommand = defineCommand({
  name: 'stats',
  localizedNames: { fr: 'statistiques' },
  description: inBothLanguages((m) => m.stats.description),
  options: [],
  preconditions: ['admin'],
  slow: false,
  async run(input, { questions }) {
    const m = messagesFor(input.locale).stats;
    const stats = await questions?.stats();
    if (!stats || stats.questions === 0) {
      return { ephemeral: true, heading: m.nothingYet, sections: stats ? [] : [{ type: 'context', text: m.keptWhileServing }] };
    }
    const percent = `${Math.round(stats.answeredShare * 100)} %`;
    const median = stats.medianLatencyMs !== undefined ? `${Math.round(stats.medianLatencyMs)} ms` : '—';
    const since = stats.since ? stats.since.slice(0, 10) : '—';
    const sections: ReplySection[] = [{ type: 'text', text: m.summary(stats.questions, since, stats.answered, percent, median) }];
    if (stats.topUnanswered.length > 0) {
      sections.push({ type: 'text', text: m.topUnanswered });
      sections.push({
        type: 'list',
        items: stats.topUnanswered.map((g) => `${g.count} × ${g.terms.length > 0 ? `[${g.terms.join(', ')}]` : '—'} « ${g.example} »`),
      });
    }
    sections.push(...feedbackSections(stats.feedback, input.locale));
    if (stats.topCited.length > 0) {
      sections.push({ type: 'text', text: m.topCited });
      sections.push({ type: 'list', items: stats.topCited.map((c) => `${c.count} × ${c.title} — ${c.source}`) });
    }
    return { ephemeral: true, heading: m.heading, sections };
  },
});
