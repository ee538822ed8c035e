// stats (admins): what people ask and what the corpus cannot answer — questions asked, share
// answered, median answer time, the most frequent unanswered questions grouped by their key terms,
// and the documents cited most. Read from the question stats kept in DATA_DIR (src/operations).
import { defineCommand } from './command.ts';
import type { ReplySection } from './reply.ts';

export const statsCommand = defineCommand({
  name: 'stats',
  localizedNames: { fr: 'statistiques' },
  description: {
    fr: 'Questions posées, part de réponses, questions sans réponse les plus fréquentes (administrateurs).',
    en: 'Questions asked, share answered, most frequent unanswered questions (admins only).',
  },
  options: [],
  adminOnly: true,
  slow: false,
  async run(input, { questions }) {
    const en = input.locale === 'en';
    const stats = questions?.stats();
    if (!stats || stats.questions === 0) {
      return {
        ephemeral: true,
        heading: en ? 'No questions recorded yet.' : 'Aucune question enregistrée pour le moment.',
        sections: stats ? [] : [{ type: 'context', text: en ? 'Question stats are kept while Relais serves Slack or Discord (npm start).' : 'Les statistiques sont tenues quand Relais sert Slack ou Discord (npm start).' }],
      };
    }
    const percent = `${Math.round(stats.answeredShare * 100)} %`;
    const median = stats.medianLatencyMs !== undefined ? `${Math.round(stats.medianLatencyMs)} ms` : '—';
    const since = stats.since ? stats.since.slice(0, 10) : '—';
    const sections: ReplySection[] = [
      {
        type: 'text',
        text: en
          ? `${stats.questions} questions since ${since}: ${stats.answered} answered (${percent}); median answer time ${median}.`
          : `${stats.questions} questions depuis le ${since} : ${stats.answered} avec réponse (${percent}) ; temps de réponse médian ${median}.`,
      },
    ];
    if (stats.topUnanswered.length > 0) {
      sections.push({ type: 'text', text: en ? 'Most frequent unanswered questions (by key terms):' : 'Questions sans réponse les plus fréquentes (par termes clés) :' });
      sections.push({
        type: 'list',
        items: stats.topUnanswered.map((g) => `${g.count} × ${g.terms.length > 0 ? `[${g.terms.join(', ')}]` : '—'} « ${g.example} »`),
      });
    }
    if (stats.topCited.length > 0) {
      sections.push({ type: 'text', text: en ? 'Documents cited most:' : 'Documents les plus cités :' });
      sections.push({ type: 'list', items: stats.topCited.map((c) => `${c.count} × ${c.title} — ${c.source}`) });
    }
    return {
      ephemeral: true,
      heading: en ? 'What people ask Relais' : 'Ce que l’on demande à Relais',
      sections,
    };
  },
});
