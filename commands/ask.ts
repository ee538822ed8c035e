// ask <question>: the matched facts with their sources, or a plain "the corpus doesn't say".
import type { Answer } from '../src/engine/index.ts';
import { inBothLanguages, messagesFor } from '../src/messages/catalogue.ts';
import { defineCommand } from './command.ts';
import type { Reply, ReplySection } from './reply.ts';

const MAX_QUESTION_LENGTH = 500;

function factSection(fact: Answer['facts'][number]): ReplySection {
  return { type: 'fact', excerpt: fact.excerpt, highlights: fact.highlights, citation: { source: fact.source, title: fact.title, date: fact.date, url: fact.url } };
}

function render(answer: Answer): Reply {
  const m = messagesFor(answer.language).ask;
  if (!answer.answered) {
    const missing = answer.unanswered?.reason === 'unknown-terms' ? answer.unanswered.missing : [];
    const sections: ReplySection[] = [];
    // Unsure is not nothing: the closest passage, shown as such, lets the asker judge.
    const closest = answer.unanswered?.reason === 'weak-match' ? answer.facts[0] : undefined;
    if (closest) sections.push({ type: 'text', text: m.closestPassage }, factSection(closest));
    if (answer.related.length > 0) {
      sections.push({ type: 'text', text: m.closestDocuments });
      sections.push({ type: 'list', items: answer.related.map((r) => [r.title, r.date, r.url ?? r.source].filter(Boolean).join(' — ')) });
    }
    return { ephemeral: false, heading: closest ? m.noSureAnswer : m.noAnswer(missing), sections };
  }
  return { ephemeral: false, heading: m.facts(answer.facts.length), sections: answer.facts.map(factSection) };
}

export const askCommand = defineCommand({
  name: 'ask',
  localizedNames: { fr: 'question' },
  description: inBothLanguages((m) => m.ask.description),
  options: [{
    name: 'question',
    description: inBothLanguages((m) => m.ask.questionOption),
    type: 'string',
    required: true,
    maxLength: MAX_QUESTION_LENGTH,
    prose: true,
  }],
  preconditions: ['fairUse'],
  slow: false,
  // "ask <question>": the rest of the line is the question ("ask" alone asks nothing, and says how to ask).
  parse: (args) => ({ question: args.join(' ') }),
  async run(input, { engine, report }) {
    // The adapter read the asker's language once; the engine reads the question in it.
    const answer = await engine.ask(String(input.options.question ?? ''), { locale: input.locale });
    report?.(answer);
    return render(answer);
  },
});
