// Replies meant for one person (a rate limit, an admin refusal, an error, help) that a mention in a
// server brings: sent to that person in a DM, not to the channel. When their DMs are closed, a short
// reaction on their message says something went wrong, without a word in public.
import type { Message, MessageCreateOptions } from 'discord.js';
import { newErrorRef, type Logger } from '../../engine/index.ts';

export const UNDELIVERED_REACTION = '⚠️';

export async function deliverPrivately(message: Message, payload: MessageCreateOptions, logger: Logger): Promise<void> {
  try {
    await message.author.send(payload);
  } catch (error) {
    logger.info(
      { user: message.author.id, error: error instanceof Error ? error.message : String(error) },
      'private reply not delivered by DM',
    );
    await message.react(UNDELIVERED_REACTION).catch((second: unknown) => {
      logger.warn({ errorId: newErrorRef(), error: second instanceof Error ? second.message : String(second) }, 'could not react either');
    });
  }
}
