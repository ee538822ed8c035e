// ask <question>: the matched facts with their sources, or a plain "the corpus doesn't say".
import type { Answer } from '../src/engine/index.ts';
import { defineCommand } from './command.ts';
import type { Reply, ReplySection } from './reply.ts';

const MAX_QUESTION_LENGTH = 500;

function render(answer: Answer): Reply {
  const en = answer.language === 'en';
  if (!answer.answered) {
    const missing = answer.unanswered?.reason === 'unknown-terms' && answer.unanswered.missing.length > 0
      ? (en ? ` (it never mentions ${answer.unanswered.missing.join(', ')})` : ` (il ne mentionne jamais ${answer.unanswered.missing.join(', ')})`)
      : '';
    const sections: ReplySection[] = [];
    // Unsure is not nothing: the closest passage, shown as such, lets the asker judge.
    const closest = answer.unanswered?.reason === 'weak-match' ? answer.facts[0] : undefined;
    if (closest) {
      sections.push({ type: 'text', text: en ? 'The closest passage:' : 'Le passage le plus proche :' });
      sections.push({ type: 'fact', excerpt: closest.excerpt, highlights: closest.highlights, citation: { source: closest.source, title: closest.title, date: closest.date, url: closest.url } });
    }
    if (answer.related.length > 0) {
      sections.push({ type: 'text', text: en ? 'Closest documents:' : 'Documents les plus proches :' });
      sections.push({ type: 'list', items: answer.related.map((r) => [r.title, r.date, r.url ?? r.source].filter(Boolean).join(' — ')) });
    }
    const heading = closest
      ? (en ? 'I find no sure answer in the corpus.' : 'Je ne trouve pas de réponse sûre dans le corpus.')
      : (en ? `The corpus doesn't answer this question${missing}.` : `Le corpus ne répond pas à cette question${missing}.`);
    return { ephemeral: false, heading, sections };
  }
  const sections: ReplySection[] = answer.facts.map((f) => ({
    type: 'fact',
    excerpt: f.excerpt,
    highlights: f.highlights,
    citation: { source: f.source, title: f.title, date: f.date, url: f.url },
  }));
  const count = answer.facts.length;
  return {
    ephemeral: false,
    heading: en
      ? `${count === 1 ? 'One matching fact' : `${count} matching facts`}, best first:`
      : `${count === 1 ? 'Un fait trouvé' : `${count} faits trouvés`}, le plus pertinent d'abord :`,
    sections,
  };
}

export const askCommand = defineCommand({
  name: 'ask',
  localizedNames: { fr: 'question' },
  description: {
    fr: 'Pose une question au corpus de communiqués ; réponse citée ou « le corpus ne le dit pas ».',
    en: 'Ask the press-release corpus; a cited answer or "the corpus does not say".',
  },
  options: [{
    name: 'question',
    description: { fr: 'Votre question, en français ou en anglais', en: 'Your question, in French or English' },
    type: 'string',
    required: true,
    maxLength: MAX_QUESTION_LENGTH,
  }],
  adminOnly: false,
  slow: false,
  async run(input, { engine, questions }) {
    const question = String(input.options.question ?? '');
    const ask = (q: string) => engine.ask(q);
    return render(await (questions ? questions.answer(question, input.invoker, input.locale, ask) : ask(question)));
  },
});
