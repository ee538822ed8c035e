// Conversations with Relais, for every platform: the memory of each conversation's questions (so a
// follow-up is read with them), the answers given lately (what buttons act on), the votes, and
// whether answers to slash commands are private or public by default. Adapters hold one of these;
// keys name a conversation as the adapter sees it (platform, channel, thread).
import type { AnswerVisibility, ConversationScope, FeedbackStore, GivenAnswer, Invoker } from '../../commands/command.ts';
import { clickNotice, sharedAnswer } from '../../commands/answerButtons.ts';
import type { Reply } from '../../commands/reply.ts';
import type { ActionClick } from '../../commands/replyActions.ts';
import type { Locale } from '../engine/index.ts';
import { InMemoryFeedbackStore } from './inMemoryFeedbackStore.ts';
import { ConversationMemory } from './conversationMemory.ts';
import { RecentAnswers } from './recentAnswers.ts';
import { voterHash } from './voterHash.ts';

export interface ConversationsOptions {
  memory?: ConversationMemory;
  answers?: RecentAnswers;
  /** Where votes go; default: kept in memory only. */
  votes?: FeedbackStore;
  /** Salts the voters' hashes (FEEDBACK_SALT). */
  salt?: string;
  /** Slash commands' answers: private (with a share button) or public. Default private. */
  visibility?: AnswerVisibility;
}

/** What a click comes to: a private line for the clicker, and for a share, the answer for everyone. */
export interface ClickOutcome {
  notice: Reply;
  /** The answer's language (the clicker's client's when the answer is gone). */
  locale: Locale;
  /** Set when the answer is to be posted in the channel. */
  publicReply?: Reply;
}

export class Conversations {
  readonly memory: ConversationMemory;
  readonly answers: RecentAnswers;
  readonly visibility: AnswerVisibility;
  private readonly votes: FeedbackStore;
  private readonly salt: string;

  constructor(options: ConversationsOptions = {}) {
    this.memory = options.memory ?? new ConversationMemory();
    this.answers = options.answers ?? new RecentAnswers();
    this.votes = options.votes ?? new InMemoryFeedbackStore();
    this.salt = options.salt ?? '';
    this.visibility = options.visibility ?? 'private';
  }

  /** The scope of a question asked in conversation `key` (undefined: a one-off, e.g. a slash command). */
  scope(key: string | undefined): ConversationScope {
    return {
      earlier: key === undefined ? [] : this.memory.turns(key),
      remember: (given) => {
        if (key !== undefined) this.memory.add(key, { question: given.question });
        return this.answers.add(given);
      },
    };
  }

  /** A click on an answer's button, by `invoker`, whose client speaks `locale` when the answer is gone. */
  async click(click: ActionClick, invoker: Invoker, fallbackLocale: Locale): Promise<ClickOutcome> {
    const given = this.answers.find(click.answerId);
    if (!given) return { notice: clickNotice('expired', fallbackLocale), locale: fallbackLocale };
    const { locale } = given;
    if (click.kind === 'share') {
      const mine = given.invoker.platform === invoker.platform && given.invoker.userId === invoker.userId;
      if (!mine) return { notice: clickNotice('not-yours', locale), locale };
      return { notice: clickNotice('shared', locale), publicReply: sharedAnswer(given, click.answerId), locale };
    }
    const outcome = await this.votes.vote({
      answerId: click.answerId,
      voterHash: voterHash(this.salt, invoker.platform, invoker.userId),
      vote: click.vote,
      platform: invoker.platform,
      question: given.question,
      sources: sourcesOf(given),
    });
    return { notice: clickNotice(outcome, locale), locale };
  }
}

function sourcesOf(given: GivenAnswer): string[] {
  return [...new Set(given.answer.facts.map((f) => f.source))];
}
