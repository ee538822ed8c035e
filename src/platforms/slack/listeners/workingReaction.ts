// The waiting cue on Slack: a 👀 reaction on the question while Relais works on it, removed once the
// answer is posted (reactions:write). A cue only: if Slack refuses it, the answer still comes.
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../../engine/index.ts';
import { describeError } from '../slackErrors.ts';

export const WORKING_REACTION = 'eyes';

/** Adds the reaction; resolves to the function that removes it. */
export async function showWorking(
  client: webApi.WebClient,
  message: { channel: string; ts: string },
  logger: Logger,
): Promise<() => Promise<void>> {
  const target = { channel: message.channel, timestamp: message.ts, name: WORKING_REACTION };
  try {
    await client.reactions.add(target);
  } catch (error) {
    logger.debug({ ...target, error: describeError(error) }, 'working reaction not added');
    return async () => undefined;
  }
  return async () => {
    await client.reactions.remove(target).catch((error: unknown) => {
      logger.debug({ ...target, error: describeError(error) }, 'working reaction not removed');
    });
  };
}
