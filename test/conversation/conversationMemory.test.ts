// The memory of conversations: turns per key, forgotten after the time limit, capped in turns and in
// conversations, and aliases (messages Relais posted) leading to their conversation.
import { describe, expect, it } from 'vitest';
import { ConversationMemory } from '../../src/conversation/conversationMemory.ts';

function clock(start = 0) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('ConversationMemory', () => {
  it("keeps each conversation's questions, oldest first", () => {
    const memory = new ConversationMemory();
    memory.add('slack:C1:1', { question: 'Qui préside ?' });
    memory.add('slack:C1:1', { question: 'Et quand ?' });
    memory.add('slack:C1:2', { question: 'Autre chose ?' });
    expect(memory.turns('slack:C1:1').map((t) => t.question)).toEqual(['Qui préside ?', 'Et quand ?']);
    expect(memory.turns('slack:C9:9')).toEqual([]);
    expect(memory.knows('slack:C1:2')).toBe(true);
  });

  it('forgets a conversation once the time limit passes after its last question', () => {
    const time = clock();
    const memory = new ConversationMemory({ ttlMs: 1_000, now: time.now });
    memory.add('k', { question: 'a' });
    time.advance(900);
    memory.add('k', { question: 'b' });
    time.advance(900);
    expect(memory.turns('k')).toHaveLength(2);
    time.advance(200);
    expect(memory.knows('k')).toBe(false);
  });

  it('keeps the latest turns only, and the most recently used conversations', () => {
    const memory = new ConversationMemory({ maxTurns: 2, maxConversations: 2 });
    for (const q of ['1', '2', '3']) memory.add('a', { question: q });
    expect(memory.turns('a').map((t) => t.question)).toEqual(['2', '3']);
    memory.add('b', { question: 'x' });
    memory.add('a', { question: '4' });
    memory.add('c', { question: 'y' });
    expect(memory.knows('b')).toBe(false);
    expect(memory.knows('a')).toBe(true);
    expect(memory.knows('c')).toBe(true);
  });

  it('resolves an alias to its conversation while both are remembered', () => {
    const time = clock();
    const memory = new ConversationMemory({ ttlMs: 1_000, now: time.now });
    memory.link('discord:message:9', 'k');
    expect(memory.resolve('discord:message:9')).toBeUndefined(); // nothing asked there yet
    memory.add('k', { question: 'a' });
    expect(memory.resolve('discord:message:9')).toBe('k');
    time.advance(1_000);
    expect(memory.resolve('discord:message:9')).toBeUndefined();
  });
});
