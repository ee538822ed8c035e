// ask <question>: the answer first (the lead fact, its source under it), further facts after, or a plain
// "the corpus doesn't say".
import type { Answer, Fact, Locale } from '../src/engine/index.ts';
import { inBothLanguages, messagesFor } from '../src/messages/catalogue.ts';
import { citationLine } from './reply.ts';
import { replyCitation } from './citation.ts';
import { type AnswerVisibility, defineCommand } from './command.ts';
import { presentFacts, withoutStrayQuotes } from './presentFacts.ts';
import type { Reply, ReplySection } from './reply.ts';
import type { ReplyAction } from './replyActions.ts';

const MAX_QUESTION_LENGTH = 500;

/** A fact as a reply shows it: only the answer itself emphasised (none when the question asks for no one thing). */
function factSection(fact: Fact, locale: Locale, lead: boolean, emphasise = true): ReplySection {
  const emphasis = emphasise ? fact.answerSpan : undefined;
  return { type: 'fact', excerpt: fact.excerpt, highlights: emphasis ? [emphasis] : [], citation: replyCitation(fact, locale), lead };
}

/** "Lire le passage" for a fact whose document has no link to follow. */
function readPassageAction(fact: Fact | undefined, locale: Locale): ReplyAction[] {
  if (!fact?.passage || fact.url) return [];
  return [{ kind: 'read-passage', label: messagesFor(locale).ask.readPassage, passage: fact.passage }];
}

function refusal(answer: Answer): Reply {
  const locale = answer.language;
  const m = messagesFor(locale).ask;
  const missing = answer.unanswered?.reason === 'unknown-terms' ? answer.unanswered.missing : [];
  const sections: ReplySection[] = [];
  // Unsure is not nothing: the closest passage, shown as such, lets the asker judge.
  const closest = answer.unanswered?.reason === 'weak-match' && answer.facts[0] ? withoutStrayQuotes(answer.facts[0]) : undefined;
  if (closest) sections.push({ type: 'text', text: m.closestPassage }, factSection(closest, locale, false, false));
  if (answer.related.length > 0) {
    sections.push({ type: 'text', text: m.closestDocuments });
    sections.push({ type: 'list', items: answer.related.map((r) => citationLine(replyCitation(r, locale))) });
  }
  const actions = readPassageAction(closest, locale);
  const heading = closest ? m.noSureAnswer : m.noAnswer(missing);
  return { ephemeral: false, heading, sections, ...(actions.length > 0 ? { actions } : {}) };
}

/** Answer first: the lead fact opens the reply, its citation under it; further facts follow, compact. */
function render(answer: Answer): Reply {
  const shown = presentFacts(answer);
  if (!answer.answered || shown.length === 0) return refusal(answer);
  const locale = answer.language;
  const [lead, ...further] = shown;
  const sections: ReplySection[] = [factSection(lead!, locale, true)];
  if (further.length > 0) {
    sections.push({ type: 'context', text: messagesFor(locale).ask.also });
    sections.push(...further.map((f) => factSection(f, locale, false)));
  }
  const actions = readPassageAction(lead, locale);
  return { ephemeral: false, heading: '', sections, ...(actions.length > 0 ? { actions } : {}) };
}

/**
 * The reply as the asker sees it: feedback buttons when the answer was kept, and when it is private,
 * only the asker sees it, with a button to share it in the channel.
 */
function withButtons(reply: Reply, answerId: string | undefined, visibility: AnswerVisibility): Reply {
  const ephemeral = visibility === 'private';
  if (answerId === undefined) return { ...reply, ephemeral };
  const actions: ReplyAction[] = [...(reply.actions ?? []), { kind: 'feedback', answerId }];
  if (ephemeral) actions.push({ kind: 'share', answerId });
  return { ...reply, ephemeral, actions };
}

export const askCommand = defineCommand({
  name: 'ask',
  localizedNames: { fr: 'question' },
  description: inBothLanguages((m) => m.ask.description),
  options: [
    {
      name: 'question',
      description: inBothLanguages((m) => m.ask.questionOption),
      type: 'string',
      required: true,
      maxLength: MAX_QUESTION_LENGTH,
      prose: true,
    },
  ],
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
