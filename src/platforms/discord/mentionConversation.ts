// Which conversation a Discord message belongs to, and whether Relais should hear it without a
// mention. A thread is one conversation; in a channel, a mention starts one and every reply to a
// message Relais posted in it continues it; a DM is one. Without a mention, Relais answers only a
// reply to one of its own messages in a conversation it remembers: Discord gives the content of such
// replies without the privileged Message Content intent, not of other messages in a channel or thread.
import type { Message } from 'discord.js';
import type { ConversationMemory } from '../../conversation/conversationMemory.ts';

/** The alias under which a message Relais posted leads to its conversation. */
export function postedMessageAlias(messageId: string): string {
  return `discord:message:${messageId}`;
}

/** The conversation this message continues or starts. */
export function conversationKeyFor(message: Message, memory: ConversationMemory): string {
  if (!message.inGuild()) return `discord:dm:${message.channelId}`;
  if (message.channel.isThread()) return `discord:thread:${message.channelId}`;
  return continuedConversation(message, memory) ?? `discord:${message.channelId}:${message.id}`;
}

/** The remembered conversation a reply to Relais's message continues, if it is one. */
export function continuedConversation(message: Message, memory: ConversationMemory): string | undefined {
  const replied = message.reference?.messageId;
  return replied === undefined ? undefined : memory.resolve(postedMessageAlias(replied));
}
