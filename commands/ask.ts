// ask <question>: the matched facts with their sources, or a plain "the corpus doesn't say".
import type { Answer } from '../src/engine/index.ts';
import { inBothLanguages, messagesFor } from '../src/messages/catalogue.ts';
import { type AnswerVisibility, defineCommand } from './command.ts';
import type { Reply, ReplySection } from './reply.ts';
import type { ReplyAction } from './replyActions.ts';

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

/**
 * The reply as the asker sees it: feedback buttons when the answer was kept, and when it is private,
 * only the asker sees it, with a button to share it in the channel.
 */
function withButtons(reply: Reply, answerId: string | undefined, visibility: AnswerVisibility): Reply {
  const ephemeral = visibility === 'private';
  if (answerId === undefined) return { ...reply, ephemeral };
  const actions: ReplyAction[] = [{ kind: 'feedback', answerId }];
  if (ephemeral) actions.push({ kind: 'share', answerId });
  return { ...reply, ephemeral, actions };
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
  async run(input, { engine, report, conversation }) {
    const question = String(input.options.question ?? '');
    // The adapter read the asker's language once; the engine reads the question in it, with the
    // conversation's earlier questions when it has some ("Et quand ?" after a question on a town).
    const earlier = conversation?.earlier ?? [];
    const answer = await engine.ask(question, { locale: input.locale, ...(earlier.length > 0 ? { context: earlier } : {}) });
    report?.(answer);
    const reply = render(answer);
    const answerId = conversation?.remember({ question, answer, reply, locale: input.locale, invoker: input.invoker });
    return withButtons(reply, answerId, input.visibility ?? 'public');
  },
});
