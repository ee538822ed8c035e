/**
 * Smoke test of the fake Discord with the REAL discord.js Client (no mocks): login, slash-command
 * interactions (defer + edit, ephemeral reply), guild mentions and DMs, command registration via
 * @discordjs/rest, rate limits / errors, gateway resume and re-identify, clean shutdown.
 */
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ChannelType,
  Client,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  HTTPError,
  MessageFlags,
  Partials,
  PermissionFlagsBits,
  REST,
  Routes,
  type ChatInputCommandInteraction,
  type Message,
} from 'discord.js';
import { FakeDiscord, type RecordedRequest } from './fakeDiscord.ts';

interface SeenInteraction {
  id: string;
  commandName: string;
  commandId: string;
  question: string | null;
  isAdmin: boolean | undefined;
  roles: string[];
  inGuild: boolean;
}

describe('FakeDiscord + real discord.js Client', () => {
  let fake: FakeDiscord;
  let client: Client;
  const seenInteractions: SeenInteraction[] = [];
  const seenMessages: Message[] = [];
  const handlerErrors: unknown[] = [];
  const withResponse: { messageId?: string; content?: string }[] = [];

  beforeAll(async () => {
    fake = await FakeDiscord.start({ heartbeatIntervalMs: 300 });
    client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
      partials: [Partials.Channel], // DMs: the DM channel is not cached, so discord.js drops them without it
      rest: { api: fake.apiUrl, retries: 0 },
      // Only to make the re-IDENTIFY test fast: the default throttler waits ~5 s between identifies.
      ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => undefined }) },
    });

    client.on(Events.InteractionCreate, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const i: ChatInputCommandInteraction = interaction;
      seenInteractions.push({
        id: i.id,
        commandName: i.commandName,
        commandId: i.commandId,
        question: i.options.getString('question'),
        isAdmin: i.memberPermissions?.has(PermissionFlagsBits.Administrator),
        roles: i.inCachedGuild() ? [...i.member.roles.cache.keys()] : [],
        inGuild: i.inGuild(),
      });
      try {
        if (i.commandName === 'with-response') {
          const response = await i.reply({ content: 'Avec réponse', withResponse: true });
          withResponse.push({ messageId: response.resource?.message?.id, content: response.resource?.message?.content });
        } else if (i.commandName === 'ephemeral') {
          await i.reply({ content: 'Réponse privée', flags: MessageFlags.Ephemeral });
        } else {
          await i.deferReply();
          await i.editReply({
            content: `Réponse à : ${i.options.getString('question') ?? '?'}`,
            embeds: [new EmbedBuilder().setTitle('Sources').setDescription('[1] Communiqué, 2024')],
            allowedMentions: { parse: [] },
          });
        }
      } catch (err) {
        handlerErrors.push(err);
      }
    });

    client.on(Events.MessageCreate, async (message) => {
      seenMessages.push(message);
      if (message.author.bot) return;
      try {
        if (message.channel.type === ChannelType.DM) await message.reply('Bonjour en DM');
        else if (client.user && message.mentions.has(client.user))
          await message.reply({ content: 'Bien reçu', allowedMentions: { repliedUser: false } });
      } catch (err) {
        handlerErrors.push(err);
      }
    });
  });

  afterAll(async () => {
    await client?.destroy();
    await fake?.stop();
  });

  const callbackOf = (id: string, token: string) => (r: RecordedRequest) =>
    r.method === 'POST' && r.path === `/interactions/${id}/${token}/callback`;

  it('(a) logs in and reaches clientReady quickly, with the guild and its channels cached', async () => {
    const started = Date.now();
    const ready = once(client, Events.ClientReady);
    await client.login(fake.token);
    await ready;
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(client.user?.id).toBe(fake.bot.id);
    const guild = client.guilds.cache.get(fake.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.channels.cache.get(fake.channelId)?.type).toBe(ChannelType.GuildText);
    expect(guild?.roles.cache.find((r) => r.name === 'admin')).toBeDefined();
    expect(guild?.members.me?.id).toBe(fake.bot.id);
    const identify = await fake.waitForIdentify(1);
    expect(identify.token).toBe(fake.token);
    expect(identify.intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages);
    expect(fake.requests.some((r) => r.method === 'GET' && r.path === '/gateway/bot')).toBe(true);
  });

  it('(b) deferReply + editReply reach the callback and the PATCH of @original', async () => {
    const sent = fake.interactionCreate({ commandName: 'ask', options: { question: 'Quel programme ?' }, user: fake.users.alice });

    const callback = await fake.waitForRequest(callbackOf(sent.id, sent.token));
    expect(callback.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(callback.headers.authorization).toBeUndefined();
    expect(callback.query.with_response).toBe('false');
    expect(callback.status).toBe(204);

    const patch = await fake.waitForRequest(
      (r) => r.method === 'PATCH' && r.path === `/webhooks/${fake.applicationId}/${sent.token}/messages/@original`,
    );
    expect(patch.rawPath).toContain('%40original');
    expect(patch.body).toMatchObject({
      content: 'Réponse à : Quel programme ?',
      embeds: [{ title: 'Sources', description: '[1] Communiqué, 2024' }],
      allowed_mentions: { parse: [] },
    });
    expect(patch.status).toBe(200);

    const seen = seenInteractions.find((s) => s.id === sent.id);
    expect(seen).toMatchObject({ commandName: 'ask', question: 'Quel programme ?', isAdmin: true, inGuild: true });
    expect(seen?.roles).toContain(fake.guild.roles.admin.id);
    expect(fake.interactions.get(sent.id)?.original?.content).toBe('Réponse à : Quel programme ?');
    expect(handlerErrors).toEqual([]);
  });

  it('(b) an ephemeral reply reaches the callback with flags 64', async () => {
    const sent = fake.interactionCreate({ commandName: 'ephemeral', user: fake.users.bob });
    const callback = await fake.waitForRequest(callbackOf(sent.id, sent.token));
    expect(callback.body).toMatchObject({ type: 4, data: { content: 'Réponse privée', flags: MessageFlags.Ephemeral } });
    expect(seenInteractions.find((s) => s.id === sent.id)?.isAdmin).toBe(false);
    expect(fake.interactions.get(sent.id)?.original?.flags).toBe(MessageFlags.Ephemeral);

    // A second answer to the same interaction is refused like on Discord.
    const res = await fetch(`${fake.apiUrl}/v10/interactions/${sent.id}/${sent.token}/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 4, data: { content: 'encore' } }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 40060 });
  });

  it('(b) reply({ withResponse: true }) gets an interaction callback response discord.js can parse', async () => {
    const sent = fake.interactionCreate({ commandName: 'with-response' });
    const callback = await fake.waitForRequest(callbackOf(sent.id, sent.token));
    expect(callback.query.with_response).toBe('true');
    expect(callback.status).toBe(200);
    const got = await fake.waitFor(() => withResponse[0]);
    expect(got).toEqual({ messageId: fake.interactions.get(sent.id)?.original?.id, content: 'Avec réponse' });
  });

  it('(b) a DM interaction carries user instead of member', async () => {
    const sent = fake.interactionCreate({ commandName: 'ask', options: { question: 'En privé ?' }, user: fake.users.bob, dm: true });
    await fake.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith(`${sent.token}/messages/@original`));
    expect(sent.user?.id).toBe(fake.users.bob.id);
    expect(seenInteractions.find((s) => s.id === sent.id)).toMatchObject({ inGuild: false, question: 'En privé ?' });
  });

  it('(c) a guild message mentioning the bot is received and message.reply() reaches POST /channels/:id/messages', async () => {
    const sent = fake.messageCreate({ content: `<@${fake.bot.id}> où en est le THD ?`, author: fake.users.bob });
    const post = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${fake.channelId}/messages`);
    expect(post.body).toMatchObject({
      content: 'Bien reçu',
      message_reference: { message_id: sent.id },
      allowed_mentions: { replied_user: false },
    });
    expect(post.headers.authorization).toBe(`Bot ${fake.token}`);
    const received = seenMessages.find((m) => m.id === sent.id);
    expect(received?.content).toBe(`<@${fake.bot.id}> où en est le THD ?`);
    expect(received?.guildId).toBe(fake.guildId);
    // Discord echoes the bot's own message back on the gateway.
    await fake.waitFor(() => seenMessages.find((m) => m.author.id === fake.bot.id));
  });

  it('(c) without MessageContent, a guild message that does not mention the bot arrives with empty content', async () => {
    const sent = fake.messageCreate({ content: 'discussion entre humains', author: fake.users.alice });
    const received = await fake.waitFor(() => seenMessages.find((m) => m.id === sent.id));
    expect(received.content).toBe('');
  });

  it('(c) a DM is received (partials: Channel) and answered in the DM channel', async () => {
    const sent = fake.messageCreate({ content: 'salut', author: fake.users.bob, dm: true });
    const dm = fake.dmChannelFor(fake.users.bob);
    const post = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${dm.id}/messages`);
    expect(post.body).toMatchObject({ content: 'Bonjour en DM', message_reference: { message_id: sent.id } });
    const received = seenMessages.find((m) => m.id === sent.id);
    expect(received?.channel.type).toBe(ChannelType.DM);
    expect(received?.content).toBe('salut');
    expect(received?.inGuild()).toBe(false);
  });

  it('(d) @discordjs/rest registers guild commands, survives a 429, surfaces errors', async () => {
    const rest = new REST({ api: fake.apiUrl, retries: 0 }).setToken(fake.token);
    const route = Routes.applicationGuildCommands(fake.applicationId, fake.guildId);
    const isPut = (r: RecordedRequest) => r.method === 'PUT' && r.path === route;
    fake.respondWith(isPut, FakeDiscord.rateLimited(0.05), { times: 1 });

    const body = [
      {
        name: 'ask',
        description: 'Pose une question',
        options: [{ type: 3, name: 'question', description: 'La question', required: true }],
      },
    ];
    const result = (await rest.put(route, { body })) as { id: string; name: string; guild_id: string }[];
    expect(result[0]).toMatchObject({ name: 'ask', guild_id: fake.guildId });
    expect(fake.requests.filter(isPut).map((r) => r.status)).toEqual([429, 200]);
    expect(fake.registeredCommands.guilds[fake.guildId]?.map((c) => c.name)).toEqual(['ask']);

    // Interactions for a registered command carry its id.
    const sent = fake.interactionCreate({ commandName: 'ask', options: { question: 'id ?' } });
    await fake.waitForRequest(callbackOf(sent.id, sent.token));
    expect(seenInteractions.find((s) => s.id === sent.id)?.commandId).toBe(result[0]!.id);

    await expect(rest.put(route, { body: [{ name: 'Bad Name', description: 'x' }] })).rejects.toMatchObject({
      code: 50035,
    });
    await expect(rest.put(route, { body: [{ name: 'Bad Name', description: 'x' }] })).rejects.toBeInstanceOf(DiscordAPIError);
    fake.respondWith(isPut, FakeDiscord.serverError(), { times: 1 });
    await expect(rest.put(route, { body })).rejects.toBeInstanceOf(HTTPError);
  });

  it('(e) closeGateway(4000) → the client resumes, replays what it missed, and handles later interactions', async () => {
    const identifiesBefore = fake.identifies.length;
    await fake.closeGateway(4000);
    // Dispatched while the client is disconnected: replayed on RESUME.
    const missed = fake.interactionCreate({ commandName: 'ask', options: { question: 'pendant la coupure' } });
    await fake.waitForGatewayReady();
    expect(fake.resumes.at(-1)?.accepted).toBe(true);
    expect(fake.identifies.length).toBe(identifiesBefore);
    await fake.waitForRequest(callbackOf(missed.id, missed.token));

    const later = fake.interactionCreate({ commandName: 'ask', options: { question: 'après' } });
    await fake.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith(`${later.token}/messages/@original`));
    expect(fake.connectionCount).toBe(2);
  });

  it('(e) an invalid session → the client re-identifies and keeps working', async () => {
    const identifiesBefore = fake.identifies.length;
    fake.invalidateSession(false);
    await fake.waitForIdentify(identifiesBefore + 1);
    await fake.waitForGatewayReady();
    const sent = fake.interactionCreate({ commandName: 'ephemeral' });
    await fake.waitForRequest(callbackOf(sent.id, sent.token));
    // discord.js sends its first heartbeat after a random share of the interval: wait for it rather
    // than assume the earlier tests took long enough.
    await fake.waitFor(() => (fake.heartbeatCount > 0 ? true : undefined), undefined, 'a heartbeat');
    expect(handlerErrors).toEqual([]);
  });

  it('(f) client.destroy() and fake.stop() leave no open sockets or servers', async () => {
    await client.destroy();
    await fake.stop();
    // Handles are released as their close callbacks run: wait until none is left (a busy machine
    // only makes that slower), giving up after five seconds so a leak still fails.
    const tcp = () => process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap' || r === 'TCPServerWrap');
    for (let i = 0; i < 500 && tcp().length > 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(tcp()).toEqual([]);
  });
});
