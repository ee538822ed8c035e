// Why the Slack adapter could not start, as one line naming the setting and what to do. "Slack could
// not be reached" (network, DNS, proxy, SLACK_API_URL) is told apart from "Slack did not accept the
// token" (SLACK_BOT_TOKEN at auth.test, SLACK_APP_TOKEN when opening the Socket Mode connection) and
// from Slack answering with an HTTP error. No token ever appears in the line.
import { errorCode, isUnreachable, listenFailure, StartupError } from '../../startupError.ts';
import { describeError } from './slackErrors.ts';

export class SlackStartError extends StartupError {
  override readonly name: string = 'SlackStartError';
}

/** Slack's answers meaning "this token is not valid for this call". */
const TOKEN_REFUSED = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
  'invalid_token',
  'missing_scope',
  'no_permission',
  'ekm_access_denied',
]);

const TOKEN_HELP = {
  SLACK_BOT_TOKEN: "copy the Bot User OAuth Token (xoxb-…) from the app's Install App page into .env",
  SLACK_APP_TOKEN: 'generate an app-level token with the connections:write scope (Basic Information → App-Level Tokens) and put it in .env',
} as const;

export interface SlackStartStep {
  /** What was being done: checking the bot token, opening the Socket Mode connection, or listening over HTTP. */
  step: 'auth.test' | 'apps.connections.open' | 'listen';
  apiUrl?: string;
  port?: number;
}

export function slackStartFailure(error: unknown, { step, apiUrl, port }: SlackStartStep): SlackStartError {
  if (step === 'listen') {
    const failure = listenFailure(error, { port: 'PORT' }, { port: port ?? 0, host: 'every interface' });
    return new SlackStartError(`Slack over HTTP could not start: ${failure.message}`, { cause: error });
  }
  const details = describeError(error);
  const setting = step === 'auth.test' ? 'SLACK_BOT_TOKEN' : 'SLACK_APP_TOKEN';
  const api = apiUrl ?? 'https://slack.com/api/';
  if (details.slackError !== undefined) {
    const refusal = TOKEN_REFUSED.has(details.slackError) ? `: ${TOKEN_HELP[setting]}` : '';
    return new SlackStartError(
      `Slack did not accept ${setting} (${step} failed: ${details.slackError})${refusal || `: check ${setting} in .env`}.`,
      { cause: error },
    );
  }
  if (details.statusCode !== undefined) {
    return new SlackStartError(
      `Slack answered ${step} with HTTP ${details.statusCode} at ${api}: Slack is having trouble (see status.slack.com) or SLACK_API_URL is wrong; try again later.`,
      { cause: error },
    );
  }
  if (details.code === 'slack_webapi_request_error' || isUnreachable(error)) {
    return new SlackStartError(
      `Slack could not be reached at ${api} (${errorCode(error) ?? details.message}): check the network, a proxy${apiUrl ? ', or SLACK_API_URL' : ''}; the tokens were not checked.`,
      { cause: error },
    );
  }
  return new SlackStartError(
    `Slack adapter could not start (${step}: ${details.message}); check ${setting}${apiUrl ? ' and SLACK_API_URL' : ''}.`,
    { cause: error },
  );
}
