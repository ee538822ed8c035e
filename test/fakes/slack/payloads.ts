/**
 * Realistic Slack payload builders and request signing, used by FakeSlack (see ../fakeSlack.ts).
 * Shapes follow what Slack really sends (slash-command form fields, Events API `event_callback`
 * envelopes) so the real @slack/bolt parses them exactly as in production.
 */
import { createHmac, randomUUID } from 'node:crypto';

/** The workspace / app identity the fake pretends to be. Every id can be overridden in FakeSlack.start(). */
export interface SlackIdentity {
  teamId: string;
  teamDomain: string;
  appId: string;
  botUserId: string;
  botId: string;
  /** The human who talks to the bot by default. */
  userId: string;
  userName: string;
  /** A public channel (ids starting with C). */
  channelId: string;
  channelName: string;
  /** The DM channel between `userId` and the bot (ids starting with D). */
  dmChannelId: string;
}

export const DEFAULT_IDENTITY: SlackIdentity = {
  teamId: 'T0RELAIS01',
  teamDomain: 'relais-test',
  appId: 'A0RELAIS01',
  botUserId: 'U0RELAISBOT',
  botId: 'B0RELAISBOT',
  userId: 'U0HUMAN001',
  userName: 'marie',
  channelId: 'C0GENERAL1',
  channelName: 'general',
  dmChannelId: 'D0DMHUMAN1',
};

let counter = 0;
let lastTsMicros = 0;

/** A unique, strictly increasing Slack message timestamp such as "1718000000.000123". */
export function nextTs(): string {
  const nowMicros = Date.now() * 1000;
  lastTsMicros = Math.max(nowMicros, lastTsMicros + 1);
  const sec = Math.floor(lastTsMicros / 1_000_000);
  const micros = lastTsMicros % 1_000_000;
  return `${sec}.${String(micros).padStart(6, '0')}`;
}

/** A unique Slack-looking id with the given prefix (uppercase alphanumerics), e.g. uniqueId('Ev'). */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36).toUpperCase()}${counter.toString(36).toUpperCase().padStart(4, '0')}`;
}

/** `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<rawBody>`, exactly as Slack signs requests. */
export function slackSignature(signingSecret: string, timestampSec: number, rawBody: string): string {
  const hmac = createHmac('sha256', signingSecret).update(`v0:${timestampSec}:${rawBody}`).digest('hex');
  return `v0=${hmac}`;
}

/** Form fields of a slash command, as Slack posts them (all strings). */
export interface SlashCommandFields {
  token: string;
  team_id: string;
  team_domain: string;
  channel_id: string;
  channel_name: string;
  user_id: string;
  user_name: string;
  command: string;
  text: string;
  api_app_id: string;
  is_enterprise_install: string;
  response_url: string;
  trigger_id: string;
  [extra: string]: string;
}

export function buildSlashCommand(id: SlackIdentity, responseUrl: string, fields: Partial<SlashCommandFields> = {}): SlashCommandFields {
  return {
    token: 'fake-verification-token',
    team_id: id.teamId,
    team_domain: id.teamDomain,
    channel_id: id.channelId,
    channel_name: id.channelName,
    user_id: id.userId,
    user_name: id.userName,
    command: '/relais',
    text: '',
    api_app_id: id.appId,
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: `${Date.now()}.${uniqueId('')}.${randomUUID().replace(/-/g, '').slice(0, 32)}`,
    ...fields,
  } as SlashCommandFields;
}

export type SlackEvent = Record<string, unknown> & { type: string };

export interface MessageOptions {
  text?: string;
  user?: string;
  channel?: string;
  ts?: string;
  thread_ts?: string;
  /** Extra fields merged last into the event. */
  extra?: Record<string, unknown>;
}

/** An `app_mention` event in a public channel: text defaults to `<@BOT> hello`. */
export function buildAppMention(id: SlackIdentity, opts: MessageOptions = {}): SlackEvent {
  const ts = opts.ts ?? nextTs();
  const text = opts.text ?? 'hello';
  return {
    type: 'app_mention',
    client_msg_id: randomUUID(),
    user: opts.user ?? id.userId,
    text: text.includes(`<@${id.botUserId}>`) ? text : `<@${id.botUserId}> ${text}`,
    ts,
    team: id.teamId,
    channel: opts.channel ?? id.channelId,
    event_ts: ts,
    ...(opts.thread_ts !== undefined ? { thread_ts: opts.thread_ts } : {}),
    ...opts.extra,
  };
}

/** A `message` event from a human: what a DM and a channel message share. */
function humanMessage(
  id: SlackIdentity,
  opts: MessageOptions,
  channel: string,
  channelType: 'im' | 'channel',
  thread: Record<string, unknown>,
): SlackEvent {
  const ts = opts.ts ?? nextTs();
  return {
    type: 'message',
    client_msg_id: randomUUID(),
    user: opts.user ?? id.userId,
    text: opts.text ?? 'hello',
    ts,
    team: id.teamId,
    channel: opts.channel ?? channel,
    event_ts: ts,
    channel_type: channelType,
    ...(opts.thread_ts !== undefined ? { thread_ts: opts.thread_ts, ...thread } : {}),
    ...opts.extra,
  };
}

/** A `message` event from a human in the DM with the bot (channel_type 'im'). */
export function buildDirectMessage(id: SlackIdentity, opts: MessageOptions = {}): SlackEvent {
  return humanMessage(id, opts, id.dmChannelId, 'im', {});
}

export interface BotMessageOptions extends MessageOptions {
  /** Defaults to another bot ('B0OTHERBOT'); pass the fake's own botId to simulate the bot's own echo. */
  botId?: string;
  channelType?: 'channel' | 'im' | 'group' | 'mpim';
  /** 'bot_message' for legacy/webhook bots; omitted by default (modern bots post without subtype). */
  subtype?: 'bot_message';
}

/** A `message` event posted by a bot (bot_id set). */
export function buildBotMessage(id: SlackIdentity, opts: BotMessageOptions = {}): SlackEvent {
  const ts = opts.ts ?? nextTs();
  const botId = opts.botId ?? 'B0OTHERBOT';
  return {
    type: 'message',
    ...(opts.subtype !== undefined ? { subtype: opts.subtype } : {}),
    user: opts.user ?? (botId === id.botId ? id.botUserId : 'U0OTHERBOT'),
    bot_id: botId,
    app_id: botId === id.botId ? id.appId : 'A0OTHERAPP',
    text: opts.text ?? 'beep',
    ts,
    team: id.teamId,
    channel: opts.channel ?? id.channelId,
    event_ts: ts,
    channel_type: opts.channelType ?? 'channel',
    ...(opts.thread_ts !== undefined ? { thread_ts: opts.thread_ts } : {}),
    ...opts.extra,
  };
}

/** The Events API outer envelope (`type: 'event_callback'`) around an inner event, with a unique event_id. */
export interface EventCallbackBody {
  token: string;
  team_id: string;
  context_team_id: string;
  api_app_id: string;
  event: SlackEvent;
  type: 'event_callback';
  event_id: string;
  event_time: number;
  authorizations: Array<Record<string, unknown>>;
  is_ext_shared_channel: boolean;
  event_context: string;
  [extra: string]: unknown;
}

export function buildEventCallback(id: SlackIdentity, event: SlackEvent): EventCallbackBody {
  return {
    token: 'fake-verification-token',
    team_id: id.teamId,
    context_team_id: id.teamId,
    api_app_id: id.appId,
    event,
    type: 'event_callback',
    event_id: uniqueId('Ev'),
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: id.teamId, user_id: id.botUserId, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event_context: `4-${Buffer.from(randomUUID()).toString('base64url')}`,
  };
}

/** A `message` event from a human in a channel (channel_type 'channel'): a thread reply when `thread_ts` is given. */
export function buildChannelMessage(id: SlackIdentity, opts: MessageOptions = {}): SlackEvent {
  return humanMessage(id, opts, id.channelId, 'channel', { parent_user_id: id.botUserId });
}

export interface BlockActionOptions {
  /** The clicked button's action_id (and value). */
  actionId: string;
  value?: string;
  user?: string;
  channel?: string;
  /** Where Slack lets the app answer the click (FakeSlack: a URL of its own). */
  responseUrl: string;
  /** The message the button is on: ephemeral messages have no ts Slack shares. */
  messageTs?: string;
  isEphemeral?: boolean;
  /** The message holding the button (its text and blocks, as the app posted them). */
  message?: { text?: string; blocks?: unknown[] };
}

/** A `block_actions` interaction payload for one button click, as Slack posts it (payload=<json>). */
export function buildBlockActions(id: SlackIdentity, opts: BlockActionOptions): Record<string, unknown> {
  const channel = opts.channel ?? id.channelId;
  const ts = opts.messageTs ?? nextTs();
  return {
    type: 'block_actions',
    user: { id: opts.user ?? id.userId, username: id.userName, name: id.userName, team_id: id.teamId },
    api_app_id: id.appId,
    token: 'fake-verification-token',
    container: { type: 'message', message_ts: ts, channel_id: channel, is_ephemeral: opts.isEphemeral ?? false },
    trigger_id: `${Date.now()}.${uniqueId('')}`,
    team: { id: id.teamId, domain: id.teamDomain },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channel, name: channel === id.channelId ? id.channelName : channel.toLowerCase() },
    ...(opts.isEphemeral
      ? {}
      : {
          message: {
            type: 'message',
            user: id.botUserId,
            bot_id: id.botId,
            ts,
            text: opts.message?.text ?? '',
            blocks: opts.message?.blocks ?? [],
          },
        }),
    state: { values: {} },
    response_url: opts.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: opts.actionId,
        block_id: 'relais-actions',
        text: { type: 'plain_text', text: 'button', emoji: true },
        value: opts.value ?? '',
        action_ts: nextTs(),
      },
    ],
  };
}
