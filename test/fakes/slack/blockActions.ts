// A `block_actions` payload as Slack posts it when someone clicks a Block Kit button in a message:
// who clicked, where, the message the button sits in, the action (action_id, value) and a
// response_url that answers the clicker (ephemeral) or the channel.
import { randomUUID } from 'node:crypto';
import { nextTs, type SlackIdentity, uniqueId } from './payloads.ts';

export interface BlockActionOptions {
  actionId: string;
  value: string;
  /** The message holding the button (its text and blocks, as the app posted them). */
  message?: { text?: string; blocks?: unknown[]; ts?: string };
  user?: string;
  channel?: string;
  /** Where the click came from: a message in a channel (default) or an ephemeral message. */
  container?: 'message' | 'ephemeral';
}

export function buildBlockActions(id: SlackIdentity, responseUrl: string, opts: BlockActionOptions): Record<string, unknown> {
  const channel = opts.channel ?? id.channelId;
  const ts = opts.message?.ts ?? nextTs();
  return {
    type: 'block_actions',
    user: { id: opts.user ?? id.userId, username: id.userName, name: id.userName, team_id: id.teamId },
    api_app_id: id.appId,
    token: 'fake-verification-token',
    container: { type: 'message', message_ts: ts, channel_id: channel, is_ephemeral: opts.container === 'ephemeral' },
    trigger_id: `${Date.now()}.${uniqueId('')}.${randomUUID().replace(/-/g, '').slice(0, 32)}`,
    team: { id: id.teamId, domain: id.teamDomain },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channel, name: id.channelName },
    message: { type: 'message', user: id.botUserId, bot_id: id.botId, ts, text: opts.message?.text ?? '', blocks: opts.message?.blocks ?? [] },
    state: { values: {} },
    response_url: responseUrl,
    actions: [{
      type: 'button',
      action_id: opts.actionId,
      block_id: uniqueId('B'),
      text: { type: 'plain_text', text: 'button', emoji: false },
      value: opts.value,
      action_ts: nextTs(),
    }],
  };
}
