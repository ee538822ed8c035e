// What each conversation asked so far, so a follow-up ("Et quand ?") is read with the questions before
// it. Keyed by platform, channel and thread (or reply chain); in memory only, each conversation
// forgotten `ttlMs` after its last question, at most `maxTurns` kept per conversation and
// `maxConversations` in all (the least recently used go first). Messages Relais posted in a
// conversation are aliases of it: a reply to one of them continues that conversation.
import type { ConversationTurn } from '../../commands/command.ts';

export interface ConversationMemoryOptions {
  /** Default 1 hour. */
  ttlMs?: number;
  /** Turns kept per conversation, the latest. Default 6. */
  maxTurns?: number;
  /** Conversations (and aliases) kept. Default 5,000. */
  maxConversations?: number;
  now?: () => number;
}

interface Conversation {
  turns: ConversationTurn[];
  expires: number;
}

export class ConversationMemory {
  private readonly conversations = new Map<string, Conversation>();
  private readonly aliases = new Map<string, { key: string; expires: number }>();
  private readonly ttlMs: number;
  private readonly maxTurns: number;
  private readonly maxConversations: number;
  private readonly now: () => number;

  constructor(options: ConversationMemoryOptions = {}) {
    this.ttlMs = options.ttlMs ?? 60 * 60_000;
    this.maxTurns = options.maxTurns ?? 6;
    this.maxConversations = options.maxConversations ?? 5_000;
    this.now = options.now ?? Date.now;
  }

  /** The conversation's questions, oldest first; empty when it is unknown or forgotten. */
  turns(key: string): readonly ConversationTurn[] {
    return this.live(key)?.turns ?? [];
  }

  /** Whether Relais has answered in this conversation (and still remembers it). */
  knows(key: string): boolean {
    return this.live(key) !== undefined;
  }

  add(key: string, turn: ConversationTurn): void {
    const conversation = this.live(key) ?? { turns: [], expires: 0 };
    conversation.turns = [...conversation.turns, turn].slice(-this.maxTurns);
    conversation.expires = this.now() + this.ttlMs;
    // Re-inserted last: Map order is then least recently used first.
    this.conversations.delete(key);
    this.conversations.set(key, conversation);
    trim(this.conversations, this.maxConversations);
  }

  /** Makes `alias` (a message Relais posted) lead to the conversation `key`. */
  link(alias: string, key: string): void {
    this.aliases.delete(alias);
    this.aliases.set(alias, { key, expires: this.now() + this.ttlMs });
    trim(this.aliases, this.maxConversations);
  }

  /** The conversation an alias leads to, while both are remembered. */
  resolve(alias: string): string | undefined {
    const entry = this.aliases.get(alias);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.aliases.delete(alias);
      return undefined;
    }
    return this.knows(entry.key) ? entry.key : undefined;
  }

  private live(key: string): Conversation | undefined {
    const conversation = this.conversations.get(key);
    if (conversation && conversation.expires <= this.now()) {
      this.conversations.delete(key);
      return undefined;
    }
    return conversation;
  }
}

/** Drops the oldest entries beyond `max`. */
function trim<V>(map: Map<string, V>, max: number): void {
  for (const key of map.keys()) {
    if (map.size <= max) return;
    map.delete(key);
  }
}
