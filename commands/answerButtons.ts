// What the buttons under an answer reply: a private word to whoever clicked (vote counted, changed,
// already given; answer too old), or, for "share", the answer for the whole channel with the
// question restated above it, so the channel knows what was asked.
import type { Locale } from '../src/engine/index.ts';
import { messagesFor } from '../src/messages/catalogue.ts';
import type { GivenAnswer, VoteOutcome } from './command.ts';
import type { Reply, ReplySection } from './reply.ts';

export type ClickNotice = VoteOutcome | 'expired' | 'not-yours' | 'shared';

/** The private line answering a click. */
export function clickNotice(notice: ClickNotice, locale: Locale): Reply {
  const m = messagesFor(locale).conversation;
  const texts: Record<ClickNotice, string> = {
    recorded: m.voteRecorded,
    changed: m.voteChanged,
    unchanged: m.voteUnchanged,
    expired: m.expired,
    'not-yours': m.notYours,
    shared: m.shared,
  };
  return { ephemeral: true, heading: texts[notice], sections: [] };
}

/**
 * A private answer made public: the question first, then the answer as the asker saw it, with its
 * "Lire le passage" and feedback buttons (a public answer, as a mention's is; no second share button).
 */
export function sharedAnswer(given: GivenAnswer, answerId: string): Reply {
  const m = messagesFor(given.locale).conversation;
  // An answer that opens with its fact has no heading: no empty paragraph for it (Slack refuses an empty section).
  const heading: ReplySection[] = given.reply.heading.trim() ? [{ type: 'text', text: given.reply.heading }] : [];
  const readPassage = (given.reply.actions ?? []).filter((a) => a.kind === 'read-passage');
  return {
    ephemeral: false,
    heading: m.sharedQuestion(given.question),
    sections: [...heading, ...given.reply.sections],
    actions: [...readPassage, { kind: 'feedback', answerId }],
  };
}
