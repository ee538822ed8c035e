// The fake Discord REST API (v10): the routes discord.js calls, validated as Discord validates them,
// every request recorded, any answer replaceable by a canned one (respondWith).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InteractionType, MessageFlags, MessageType } from 'discord.js';
import type { APIApplicationCommand, APIDMChannel, APIMessage, APITextChannel } from 'discord.js';
import { CannedResponses } from '../kernel/cannedResponses.ts';
import { readBody, readMultipart } from '../kernel/httpServer.ts';
import type { FakeGateway } from './gateway.ts';
import { baseMessage, makeUser, snowflake } from './payloads.ts';
import { type DiscordState, partialMember } from './state.ts';
import {
  discordError,
  json,
  JSON_HEADERS,
  notFound,
  type FakeHooks,
  type FakeResponse,
  type InteractionState,
  type RecordedRequest,
} from './types.ts';
import { validateCommands, validateMessageBody } from './validate.ts';

const CallbackType = {
  Pong: 1,
  ChannelMessageWithSource: 4,
  DeferredChannelMessageWithSource: 5,
  DeferredMessageUpdate: 6,
  UpdateMessage: 7,
  ApplicationCommandAutocompleteResult: 8,
  Modal: 9,
  LaunchActivity: 12,
} as const;

export interface RestHooks extends FakeHooks {
  stopped(): boolean;
}

export class FakeRest {
  readonly requests: RecordedRequest[] = [];
  readonly canned = new CannedResponses<RecordedRequest, FakeResponse>();

  constructor(
    private readonly state: DiscordState,
    private readonly gateway: FakeGateway,
    private readonly options: { echoBotMessages: boolean },
    private readonly hooks: RestHooks,
  ) {}

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    const match = /^\/api(?:\/v(\d+))?(\/.*)$/.exec(url.pathname);
    const rawRoute = match?.[2] ?? url.pathname;
    const path = rawRoute
      .split('/')
      .map((seg) => {
        try {
          return decodeURIComponent(seg);
        } catch {
          return seg;
        }
      })
      .join('/');
    const recorded: RecordedRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path,
      rawPath: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      files: [],
      headers: req.headers,
      at: Date.now(),
    };
    let response: FakeResponse;
    try {
      await parseBody(recorded, raw, req.headers['content-type'] ?? '');
      this.requests.push(recorded);
      this.hooks.log(`REST ${recorded.method} ${recorded.path}`);
      if (match && match[1] !== undefined && match[1] !== '10') {
        response = discordError(400, 50041, 'Invalid API version');
      } else {
        response = (await this.canned.answer(recorded)) ?? this.route(recorded);
      }
    } catch (err) {
      if (!this.requests.includes(recorded)) this.requests.push(recorded);
      response = json(500, { message: `FakeDiscord error: ${(err as Error).message}`, code: 0 });
    }
    recorded.status = response.status;
    recorded.response = response.body;
    if (response.status >= 400)
      this.hooks.log(`REST ${recorded.method} ${recorded.path} → ${response.status} ${JSON.stringify(response.body)}`);
    const headers: Record<string, string> = { ...(response.body === undefined ? {} : JSON_HEADERS), ...(response.headers ?? {}) };
    res.writeHead(response.status, headers);
    res.end(response.body === undefined ? undefined : JSON.stringify(response.body));
    this.hooks.notify();
  }

  private authorized(req: RecordedRequest): boolean {
    const header = req.headers.authorization;
    return typeof header === 'string' && header === `Bot ${this.state.token}`;
  }

  private route(req: RecordedRequest): FakeResponse {
    const { method, path } = req;
    const seg = path.split('/').filter(Boolean);

    // --- unauthenticated routes: interaction callbacks & interaction webhooks, GET /gateway
    if (seg[0] === 'interactions' && seg.length === 4 && seg[3] === 'callback' && method === 'POST') {
      return this.interactionCallback(seg[1]!, seg[2]!, req);
    }
    if (seg[0] === 'webhooks' && seg.length >= 3) {
      return this.webhookRoute(seg[1]!, seg[2]!, seg.slice(3), req);
    }
    if (method === 'GET' && path === '/gateway') return json(200, { url: this.gateway.gatewayUrl });

    if (!this.authorized(req)) return discordError(401, 0, '401: Unauthorized');

    if (method === 'GET' && path === '/gateway/bot') {
      return json(200, {
        url: this.gateway.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000 - this.gateway.identifies.length, reset_after: 86_400_000, max_concurrency: 1 },
      });
    }
    if (seg[0] === 'users') {
      if (method === 'GET' && seg[1] === '@me' && seg.length === 2) return json(200, this.state.bot);
      if (method === 'POST' && seg[1] === '@me' && seg[2] === 'channels' && seg.length === 3) {
        const recipientId = String(req.body?.recipient_id ?? '');
        if (!/^\d+$/.test(recipientId))
          return json(400, {
            message: 'Invalid Form Body',
            code: 50035,
            errors: { recipient_id: { _errors: [{ code: 'NUMBER_TYPE_COERCE', message: `Value "${recipientId}" is not snowflake.` }] } },
          });
        const user = this.state.knownUsers.get(recipientId) ?? makeUser({ id: recipientId, username: `user${recipientId.slice(-4)}` });
        return json(200, this.state.dmChannelFor(user));
      }
      if (method === 'GET' && seg.length === 2) {
        const user = this.state.knownUsers.get(seg[1]!);
        return user ? json(200, user) : discordError(404, 10013, 'Unknown User');
      }
    }
    if (seg[0] === 'applications') {
      if (method === 'GET' && seg[1] === '@me' && seg.length === 2) return json(200, this.state.application);
      const appId = seg[1];
      if (appId && appId !== '@me') {
        if (appId !== this.state.applicationId) return discordError(403, 50001, 'Missing Access');
        if (seg.length === 3 && seg[2] === 'commands') return this.commandsRoute(req, undefined);
        if (seg.length === 5 && seg[2] === 'guilds' && seg[4] === 'commands') {
          if (seg[3] !== this.state.guildId) return discordError(403, 50001, 'Missing Access');
          return this.commandsRoute(req, seg[3]!);
        }
      }
    }
    if (seg[0] === 'channels' && seg[1]) {
      const channel = this.state.findChannel(seg[1]);
      if (!channel) return discordError(404, 10003, 'Unknown Channel');
      if (seg.length === 2 && method === 'GET') return json(200, channel);
      if (seg.length === 3 && seg[2] === 'typing' && method === 'POST') return { status: 204 };
      // PUT / DELETE /channels/:id/messages/:id/reactions/:emoji/@me: the bot's own reaction.
      if (
        seg.length === 7 &&
        seg[2] === 'messages' &&
        seg[4] === 'reactions' &&
        seg[6] === '@me' &&
        (method === 'PUT' || method === 'DELETE')
      ) {
        return this.state.knownMessages.has(seg[3]!) ? { status: 204 } : discordError(404, 10008, 'Unknown Message');
      }
      if (seg.length === 3 && seg[2] === 'messages' && method === 'POST') return this.createChannelMessage(channel, req);
      if (seg.length === 4 && seg[2] === 'messages' && method === 'GET') {
        const message = this.state.knownMessages.get(seg[3]!);
        return message && message.channel_id === channel.id ? json(200, message) : discordError(404, 10008, 'Unknown Message');
      }
    }
    return notFound();
  }

  private commandsRoute(req: RecordedRequest, guildId: string | undefined): FakeResponse {
    const current = guildId ? (this.state.registeredCommands.guilds[guildId] ?? []) : this.state.registeredCommands.global;
    if (req.method === 'GET') return json(200, current);
    if (req.method !== 'PUT') return notFound();
    const invalid = validateCommands(req.body);
    if (invalid) return invalid;
    const stored = (req.body as Record<string, any>[]).map((cmd) => {
      const type = cmd.type ?? 1;
      const previous = current.find((c) => c.name === cmd.name && c.type === type);
      return {
        id: previous?.id ?? snowflake(),
        application_id: this.state.applicationId,
        version: snowflake(),
        type,
        name: cmd.name,
        name_localizations: cmd.name_localizations ?? null,
        description: cmd.description ?? '',
        description_localizations: cmd.description_localizations ?? null,
        ...(cmd.options ? { options: cmd.options } : {}),
        default_member_permissions: cmd.default_member_permissions ?? null,
        dm_permission: cmd.dm_permission ?? true,
        nsfw: cmd.nsfw ?? false,
        contexts: cmd.contexts ?? null,
        integration_types: cmd.integration_types ?? [0],
        ...(guildId ? { guild_id: guildId } : {}),
      } as APIApplicationCommand;
    });
    if (guildId) this.state.registeredCommands.guilds[guildId] = stored;
    else {
      this.state.registeredCommands.global.length = 0;
      this.state.registeredCommands.global.push(...stored);
    }
    return json(200, stored);
  }

  private createChannelMessage(channel: APITextChannel | APIDMChannel, req: RecordedRequest): FakeResponse {
    const invalid = validateMessageBody(req.body, { requireContent: true, hasFiles: req.files.length > 0 });
    if (invalid) return invalid;
    const body = (req.body ?? {}) as Record<string, any>;
    const guildId = 'guild_id' in channel ? channel.guild_id : undefined;
    const message: APIMessage & Record<string, unknown> = {
      ...baseMessage({
        channelId: channel.id,
        author: this.state.bot,
        content: body.content ?? '',
        embeds: body.embeds,
        flags: body.flags ?? 0,
      }),
      ...(body.components ? { components: body.components } : {}),
      ...(body.nonce !== undefined ? { nonce: body.nonce } : {}),
      attachments: req.files.map((f) => ({
        id: snowflake(),
        filename: f.name,
        size: f.size,
        url: `https://cdn.invalid/${f.name}`,
        proxy_url: `https://cdn.invalid/${f.name}`,
        content_type: f.contentType,
      })),
      mentions: this.state.allowedMentionUsers(body.content ?? '', body.allowed_mentions, guildId),
    };
    if (guildId) {
      message.guild_id = guildId;
      const member = this.state.memberOf(this.state.bot.id, guildId);
      if (member) message.member = partialMember(member);
    }
    type Reference = { message_id?: string; channel_id?: string; guild_id?: string; fail_if_not_exists?: boolean };
    const ref = body.message_reference as Reference | undefined;
    if (ref?.message_id) {
      const referenced = this.state.knownMessages.get(ref.message_id);
      if (!referenced && ref.fail_if_not_exists !== false) {
        return json(400, {
          message: 'Invalid Form Body',
          code: 50035,
          errors: { message_reference: { _errors: [{ code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }] } },
        });
      }
      message.type = MessageType.Reply;
      message.message_reference = {
        type: 0,
        message_id: ref.message_id,
        channel_id: ref.channel_id ?? channel.id,
        ...(guildId ? { guild_id: guildId } : {}),
      };
      message.referenced_message = referenced ?? null;
      const repliedUser = referenced?.author;
      if (repliedUser && body.allowed_mentions?.replied_user !== false && !message.mentions.some((u) => u.id === repliedUser.id)) {
        message.mentions.push(repliedUser);
      }
    }
    this.state.knownMessages.set(message.id, message);
    this.state.botMessages.push(message);
    if (this.options.echoBotMessages) {
      // Discord echoes the bot's own messages on the gateway; deliver after the HTTP answer like Discord does.
      setImmediate(() => {
        if (!this.hooks.stopped() && this.gateway.currentSession) this.gateway.deliverMessage(message, guildId !== undefined);
      });
    }
    return json(200, message);
  }

  private interactionMessage(state: InteractionState, data: Record<string, any>, flags: number): APIMessage {
    const p = state.payload;
    const user = (p.member?.user ?? p.user)!;
    const message: APIMessage & Record<string, unknown> = {
      ...baseMessage({
        channelId: p.channel?.id ?? p.channel_id ?? '0',
        author: this.state.bot,
        content: data.content ?? '',
        embeds: data.embeds,
        type: MessageType.ChatInputCommand,
        flags,
      }),
      ...(data.components ? { components: data.components } : {}),
      webhook_id: this.state.applicationId,
      application_id: this.state.applicationId,
      interaction_metadata: {
        id: p.id,
        type: InteractionType.ApplicationCommand,
        user,
        authorizing_integration_owners: p.authorizing_integration_owners,
      },
      interaction: { id: p.id, type: p.type, name: p.data.name, user },
      mentions: this.state.allowedMentionUsers(data.content ?? '', data.allowed_mentions, p.guild_id),
    };
    if (p.guild_id) message.guild_id = p.guild_id;
    return message;
  }

  /** UPDATE_MESSAGE: the message the clicked button is on takes the new content, embeds and components. */
  private interactionCallback(id: string, token: string, req: RecordedRequest): FakeResponse {
    const state = this.state.interactions.get(id);
    if (!state || state.payload.token !== token) return discordError(404, 10062, 'Unknown interaction');
    if (state.acknowledged) return discordError(400, 40060, 'Interaction has already been acknowledged.');
    const body = (req.body ?? {}) as { type?: number; data?: Record<string, any> };
    const data = body.data ?? {};
    const type = body.type;
    let created: APIMessage | undefined;
    switch (type) {
      case CallbackType.ChannelMessageWithSource: {
        const invalid = validateMessageBody(data, { requireContent: true, hasFiles: req.files.length > 0 });
        if (invalid) return invalid;
        created = this.interactionMessage(state, data, Number(data.flags ?? 0));
        break;
      }
      case CallbackType.DeferredChannelMessageWithSource:
        created = this.interactionMessage(state, {}, Number(data.flags ?? 0) | MessageFlags.Loading);
        break;
      case CallbackType.Modal:
      case CallbackType.ApplicationCommandAutocompleteResult:
      case CallbackType.LaunchActivity:
        break;
      case CallbackType.DeferredMessageUpdate:
      case CallbackType.UpdateMessage: {
        // Only a component's interaction updates the message it is on (which becomes its @original).
        const source = (state.payload as unknown as { message?: APIMessage }).message;
        if ((state.payload.type as number) !== InteractionType.MessageComponent || !source) {
          return json(400, { message: 'Interaction callback type is not valid for this interaction', code: 50035 });
        }
        const current = this.state.botMessages.find((m) => m.id === source.id) ?? source;
        state.original =
          type === CallbackType.UpdateMessage
            ? {
                ...current,
                ...('content' in data ? { content: data.content ?? '' } : {}),
                ...('embeds' in data ? { embeds: data.embeds ?? [] } : {}),
                ...('components' in data ? { components: data.components ?? [] } : {}),
              }
            : current;
        break;
      }
      default:
        return json(400, {
          message: 'Invalid Form Body',
          code: 50035,
          errors: { type: { _errors: [{ code: 'BASE_TYPE_CHOICES', message: `Value must be one of {1, 4, 5, 6, 7, 8, 9, 10, 12}.` }] } },
        });
    }
    state.acknowledged = true;
    state.responseType = type;
    if (type === CallbackType.UpdateMessage && state.original) {
      this.state.knownMessages.set(state.original.id, state.original);
      const index = this.state.botMessages.findIndex((m) => m.id === state.original?.id);
      if (index >= 0) this.state.botMessages[index] = state.original;
    }
    if (created) {
      state.original = created;
      this.state.knownMessages.set(created.id, created);
      this.state.botMessages.push(created);
    }
    if (req.query.with_response !== 'true') return { status: 204 };
    const flags = created?.flags ?? 0;
    return json(200, {
      interaction: {
        id,
        type: InteractionType.ApplicationCommand,
        ...(created
          ? {
              response_message_id: created.id,
              response_message_loading: Boolean(flags & MessageFlags.Loading),
              response_message_ephemeral: Boolean(flags & MessageFlags.Ephemeral),
            }
          : {}),
      },
      resource: { type, ...(created && type === CallbackType.ChannelMessageWithSource ? { message: created } : {}) },
    });
  }

  private webhookRoute(appId: string, token: string, rest: string[], req: RecordedRequest): FakeResponse {
    const state = [...this.state.interactions.values()].find((s) => s.payload.token === token);
    if (!state || appId !== this.state.applicationId) return discordError(404, 10015, 'Unknown Webhook');
    if (!state.acknowledged) return discordError(404, 10015, 'Unknown Webhook');
    const { method } = req;
    if (rest.length === 0 && method === 'POST') {
      const invalid = validateMessageBody(req.body, { requireContent: true, hasFiles: req.files.length > 0 });
      if (invalid) return invalid;
      const data = (req.body ?? {}) as Record<string, any>;
      const message = this.interactionMessage(state, data, Number(data.flags ?? 0));
      state.followups.push(message);
      this.state.knownMessages.set(message.id, message);
      this.state.botMessages.push(message);
      return req.query.wait === 'true' ? json(200, message) : { status: 204 };
    }
    if (rest.length === 2 && rest[0] === 'messages') {
      const messageId = rest[1]!;
      const isOriginal = messageId === '@original' || messageId === state.original?.id;
      const current = isOriginal ? (state.originalDeleted ? undefined : state.original) : state.followups.find((m) => m.id === messageId);
      if (!current) return discordError(404, 10008, 'Unknown Message');
      if (method === 'GET') return json(200, current);
      if (method === 'DELETE') {
        if (isOriginal) state.originalDeleted = true;
        else state.followups.splice(state.followups.indexOf(current), 1);
        return { status: 204 };
      }
      if (method === 'PATCH') {
        const invalid = validateMessageBody(req.body, { requireContent: false, hasFiles: req.files.length > 0 });
        if (invalid) return invalid;
        const data = (req.body ?? {}) as Record<string, any>;
        const wasLoading = Boolean((current.flags ?? 0) & MessageFlags.Loading);
        const updated: APIMessage = {
          ...current,
          ...('content' in data ? { content: data.content ?? '' } : {}),
          ...('embeds' in data ? { embeds: data.embeds ?? [] } : {}),
          ...('components' in data ? { components: data.components ?? [] } : {}),
          ...('content' in data
            ? { mentions: this.state.allowedMentionUsers(data.content ?? '', data.allowed_mentions, state.payload.guild_id) }
            : {}),
          flags: (current.flags ?? 0) & ~MessageFlags.Loading,
          edited_timestamp: wasLoading ? null : new Date().toISOString(),
        };
        const empty = !updated.content && updated.embeds.length === 0 && !updated.components?.length && req.files.length === 0;
        if (empty) return discordError(400, 50006, 'Cannot send an empty message');
        if (isOriginal) state.original = updated;
        else state.followups[state.followups.indexOf(current)] = updated;
        this.state.knownMessages.set(updated.id, updated);
        const index = this.state.botMessages.findIndex((m) => m.id === updated.id);
        if (index >= 0) this.state.botMessages[index] = updated;
        else this.state.botMessages.push(updated);
        return json(200, updated);
      }
    }
    return notFound();
  }
}

async function parseBody(recorded: RecordedRequest, raw: Buffer, contentType: string): Promise<void> {
  if (raw.length === 0) return;
  if (contentType.startsWith('application/json')) {
    recorded.body = JSON.parse(raw.toString('utf8'));
    return;
  }
  if (contentType.startsWith('multipart/form-data')) {
    const fields: Record<string, unknown> = {};
    for (const [field, value] of await readMultipart(raw, contentType)) {
      if (typeof value === 'string') {
        if (field === 'payload_json') recorded.body = JSON.parse(value);
        else fields[field] = value;
      } else {
        recorded.files.push({ field, name: value.name, contentType: value.type, size: value.size });
      }
    }
    if (recorded.body === undefined && Object.keys(fields).length) recorded.body = fields;
    return;
  }
  recorded.body = raw.toString('utf8');
}
