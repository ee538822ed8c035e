// What the buttons under an answer reply: a private word to whoever clicked (vote counted, changed,
// already given; answer too old), or, for "share", the answer for the whole channel with the
// question restated above it, so the channel knows what was asked.
import type { Locale } from '../src/engine/index.ts';
import { messagesFor } from '../src/messages/catalogue.ts';
import type { GivenAnswer, VoteOutcome } from './command.ts';
import type { Reply } from './reply.ts';

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

/** A private answer made public: the question first, then the answer as the asker saw it, with its feedback buttons. */
export function sharedAnswer(given: GivenAnswer, answerId: string): Reply {
  const m = messagesFor(given.locale).conversation;
  return {
    ephemeral: false,
    heading: m.sharedQuestion(given.question),
    sections: [{ type: 'text', text: given.reply.heading }, ...given.reply.sections],
    actions: [{ kind: 'feedback', answerId }],
  };
}
