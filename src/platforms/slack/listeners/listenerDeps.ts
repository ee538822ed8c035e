// What every listener gets from the adapter.
import type { Conversations } from '../../../conversation/conversations.ts';
import type { RecentKeys } from '../recentKeys.ts';
import type { SlackFiles } from '../slackFiles.ts';
import type { SlackCommandDeps } from '../runSlackCommand.ts';
import type { HttpRetryPolicy } from '../slackRetryPolicy.ts';

export interface ListenerDeps extends SlackCommandDeps {
  /** Messages already answered (channel:ts), so redeliveries are not answered twice. */
  answeredMessages: RecentKeys;
  responseUrlPolicy: HttpRetryPolicy;
  /** Files shared with a command, downloaded with the bot token. */
  slackFiles: SlackFiles;
  /** Each thread's questions, the answers' buttons and votes, the default visibility of /relais answers. */
  conversations: Conversations;
  /** Registers work still running after the acknowledgement, so stop() can let it finish. */
  track<T>(work: Promise<T>): Promise<T>;
}
