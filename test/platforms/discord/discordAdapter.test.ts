/**
 * The Discord adapter end to end: the real discord.js Client (through DiscordAdapter) against
 * FakeDiscord on 127.0.0.1, the real engine over a temp copy of the corpus. No mocks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Events, MessageFlags } from 'discord.js';
import { RelaisEngine, silentLogger } from '../../../src/engine/index.ts';
import { DiscordAdapter } from '../../../src/platforms/discord/discordAdapter.ts';
import { DiscordStartError } from '../../../src/platforms/discord/discordStartFailure.ts';
import { freePort } from '../../fakes/fakeSlack.ts';
import { makeRole } from '../../fakes/discord/payloads.ts';
import { FakeDiscord, snowflake } from '../../fakes/fakeDiscord.ts';
import {
  discordConfig,
  drain,
  fastClientOptions,
  hasUnescapedBracket,
  MENTION_FILE,
  isCallback,
  isPatchOriginal,
  messageBodies,
  startHarness,
  tempCorpus,
  type Harness,
} from './helpers.ts';

const GERS = 'Combien de personnes sont mobilisées sur les chantiers de fibre du Gers ?';

describe('DiscordAdapter against FakeDiscord', () => {
  let h: Harness;
  const moderatorRoleId = snowflake();

  beforeAll(async () => {
    h = await startHarness({ config: { adminRoleIds: [moderatorRoleId] }, extraFiles: [MENTION_FILE] });
    // A "Modérateurs" role without Manage Server, listed in DISCORD_ADMIN_ROLE_IDS.
    h.fake.dispatch('GUILD_ROLE_CREATE', {
      guild_id: h.fake.guildId,
      role: makeRole({ id: moderatorRoleId, name: 'Modérateurs', permissions: 0n, position: 1 }),
    });
  });

  afterAll(async () => {
    await h?.stop();
  });

  it('identifies with Guilds, GuildMessages and DirectMessages only (no privileged intent)', () => {
    expect(h.fake.identifies[0]?.intents).toBe((1 << 0) | (1 << 9) | (1 << 12));
  });

  it('/ask is deferred privately (ANSWER_VISIBILITY=private), then edited with an embed carrying the cited fact', async () => {
    const sent = h.fake.interactionCreate({ commandName: 'ask', options: { question: GERS }, user: h.fake.users.bob });
    const callback = await h.fake.waitForRequest(isCallback(sent.id));
    expect(callback.body).toMatchObject({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    const patch = await h.fake.waitForRequest(isPatchOriginal(sent.token));
    expect(patch.status).toBe(200);
    const [embed] = patch.body.embeds;
    expect(embed.description).toMatch(/\*\*163\*\* personnes/);
    expect(embed.title).toContain('Gers numérique');
    // Answer first: no heading; cited by title, never by file; the passage one click away.
    expect(JSON.stringify(embed)).not.toContain('corpus/002_dc55de66c2507726.txt');
    expect(patch.body.content).toBe('');
    expect(patch.body.components[0].components[0]).toMatchObject({ type: 2, label: 'Lire le passage' });
    expect(patch.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const labels = patch.body.components[0].components.map((c: { label: string }) => c.label);
    // The passage first, then the answer's own buttons: 👍 / 👎, and share since the answer is private.
    expect(labels).toEqual(['Lire le passage', 'Utile', 'Pas utile', 'Partager dans le canal']);
  });

  it('/ask in English gets the English heading; an empty question gets an ephemeral error', async () => {
    const sent = h.fake.interactionCreate({ commandName: 'ask', options: { question: '???' }, locale: 'en-US' });
    const edit = await h.fake.waitForRequest(isPatchOriginal(sent.token));
    expect(edit.body.content).toMatch(/question/i);
    // The "thinking…" message was private from the start, so the error stays private.
    expect((h.fake.interactions.get(sent.id)?.original?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it('/sources lists the press releases and /help answers (ephemeral)', async () => {
    const sources = h.fake.interactionCreate({ commandName: 'sources', options: { filter: 'gers' } });
    const patch = await h.fake.waitForRequest(isPatchOriginal(sources.token));
    expect(patch.body.content).toMatch(/communiqué/);
    expect(patch.body.embeds[0].description).toContain('Gers numérique');

    const help = h.fake.interactionCreate({ commandName: 'help', locale: 'en-GB' });
    const callback = await h.fake.waitForRequest(isCallback(help.id));
    expect(callback.body).toMatchObject({ type: 4, data: { flags: MessageFlags.Ephemeral } });
    expect(callback.body.data.content).toMatch(/Relais answers from 6 press releases/);
    expect(callback.body.data.embeds[0].description).toContain('ask <question>');
  });

  it('/sources echoes a masked link typed as its filter as plain text, not as a link (issue 14, item 6)', async () => {
    const filter = '[cliquez ici](https://exemple-piege.net/connexion)';
    const sources = h.fake.interactionCreate({ commandName: 'sources', options: { filter } });
    const patch = await h.fake.waitForRequest(isPatchOriginal(sources.token));
    expect(patch.body.content).toContain('« \\[cliquez ici](https://exemple-piege.net/connexion) »');
    expect(hasUnescapedBracket(patch.body.content)).toBe(false);
  });

  it('a guild message mentioning the bot is answered as a reply; one without a mention is ignored', async () => {
    const ignored = h.fake.messageCreate({ content: GERS, author: h.fake.users.bob });
    const asked = h.fake.messageCreate({ content: `<@${h.fake.bot.id}> ${GERS}`, author: h.fake.users.bob });
    const post = await h.fake.waitForRequest((r) => r.method === 'POST' && r.body?.message_reference?.message_id === asked.id);
    expect(post.path).toBe(`/channels/${h.fake.channelId}/messages`);
    expect(post.body.embeds[0].description).toMatch(/\*\*163\*\* personnes/);
    expect(post.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    // A question deleted meanwhile still gets its answer (without the reply link).
    expect(post.body.message_reference.fail_if_not_exists).toBe(false);
    // The reply pinged nobody, not even the asker.
    expect(h.fake.botMessages.find((m) => m.id === (post.response as { id: string }).id)?.mentions).toEqual([]);
    await drain(h.fake);
    expect(h.fake.requests.some((r) => r.body?.message_reference?.message_id === ignored.id)).toBe(false);
  });

  it('a DM is answered, and bot messages (its own echoes included) are ignored', async () => {
    const dm = h.fake.messageCreate({ content: 'sources manche', author: h.fake.users.bob, dm: true });
    const post = await h.fake.waitForRequest((r) => r.method === 'POST' && r.body?.message_reference?.message_id === dm.id);
    expect(post.path).toBe(`/channels/${h.fake.dmChannelFor(h.fake.users.bob).id}/messages`);
    expect(post.body.embeds[0].description).toMatch(/Manche/);

    const otherBot = { ...h.fake.users.bob, id: snowflake(), username: 'autre-bot', bot: true };
    const fromBot = h.fake.messageCreate({ content: `<@${h.fake.bot.id}> ${GERS}`, author: otherBot });
    await drain(h.fake);
    expect(h.fake.requests.some((r) => r.body?.message_reference?.message_id === fromBot.id)).toBe(false);
    // Our own replies come back as MESSAGE_CREATE: none was answered.
    const ownIds = new Set(h.fake.botMessages.map((m) => m.id));
    expect(h.fake.requests.some((r) => ownIds.has(r.body?.message_reference?.message_id))).toBe(false);
  });

  it("a non-admin's /reindex is refused ephemerally and changes nothing", async () => {
    const before = h.engine.status().indexedAt;
    const sent = h.fake.interactionCreate({ commandName: 'reindex', user: h.fake.users.bob });
    const callback = await h.fake.waitForRequest(isCallback(sent.id));
    expect(callback.body).toMatchObject({ type: 4, data: { flags: MessageFlags.Ephemeral } });
    expect(callback.body.data.content).toMatch(/administrateurs/);
    await drain(h.fake);
    expect(h.engine.status().indexedAt).toBe(before);
    expect(h.fake.requests.filter((r) => r.path.includes(sent.token) && r.method !== 'POST')).toEqual([]);
    // A "reindex" mention from a non-admin is refused as well, by DM rather than in the channel.
    const since = h.fake.requests.length;
    h.fake.messageCreate({ content: `<@${h.fake.bot.id}> reindex`, author: h.fake.users.bob });
    const dm = h.fake.dmChannelFor(h.fake.users.bob).id;
    const post = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${dm}/messages` && h.fake.requests.indexOf(r) >= since,
    );
    expect(post.body.content).toMatch(/administrateurs/);
    expect(h.engine.status().indexedAt).toBe(before);
  });

  it("an admin's /reindex (Manage Server) reports started, then its summary", async () => {
    const before = h.engine.status().indexedAt;
    const sent = h.fake.interactionCreate({ commandName: 'reindex', user: h.fake.users.alice });
    expect((await h.fake.waitForRequest(isCallback(sent.id))).body).toMatchObject({ type: 5 });
    const started = await h.fake.waitForRequest(isPatchOriginal(sent.token));
    expect(started.body.content).toMatch(/Réindexation lancée/);
    const summary = await h.fake.waitForRequest((r) => r.method === 'POST' && r.path.endsWith(`/${sent.token}`));
    expect(summary.body.content).toMatch(/Réindexation terminée en [\d.,]+ s : 6 documents/);
    expect(summary.body.flags ?? 0).toBe(0);
    expect(h.engine.status().indexedAt).not.toBe(before);
  });

  it('a member with a role in DISCORD_ADMIN_ROLE_IDS may reindex too', async () => {
    const before = h.engine.status().indexedAt;
    const sent = h.fake.interactionCreate({
      commandName: 'reindex',
      user: h.fake.users.bob,
      member: { roles: [moderatorRoleId] },
      locale: 'en-US',
    });
    const summary = await h.fake.waitForRequest((r) => r.method === 'POST' && r.path.endsWith(`/${sent.token}`));
    expect(summary.body.content).toMatch(/Reindex done in [\d.]+ s: 6 documents/);
    expect(h.engine.status().indexedAt).not.toBe(before);
  });

  it('a corpus sentence with @everyone and <@123> pings nobody: allowed_mentions empty on every message', async () => {
    const sent = h.fake.interactionCreate({
      commandName: 'ask',
      options: { question: 'Quand ouvrira le télécentre de Trifouillis-les-Oies ?' },
    });
    const patch = await h.fake.waitForRequest(isPatchOriginal(sent.token));
    const description: string = patch.body.embeds[0].description;
    expect(description).toContain('@\u200beveryone');
    expect(description).toContain('<@\u200b123>');
    expect(description).not.toMatch(/@everyone|@here|<@\d/);
    const mention = h.fake.messageCreate({
      content: `<@${h.fake.bot.id}> Quand ouvrira le télécentre de Trifouillis-les-Oies ?`,
      author: h.fake.users.bob,
    });
    const post = await h.fake.waitForRequest((r) => r.body?.message_reference?.message_id === mention.id);
    expect(post.body.embeds[0].description).toContain('@\u200beveryone');

    const bodies = messageBodies(h.fake);
    expect(bodies.length).toBeGreaterThan(10);
    for (const { req, data } of bodies) {
      expect(data.allowed_mentions, `${req.method} ${req.path}`).toEqual({ parse: [], replied_user: false });
    }
    expect(h.fake.botMessages.every((m) => m.mentions.length === 0 && !m.mention_everyone)).toBe(true);
  });

  it('the gateway closing (4000): the bot resumes and keeps answering', async () => {
    const identifies = h.fake.identifies.length;
    await h.fake.closeGateway(4000);
    const during = h.fake.interactionCreate({ commandName: 'ask', options: { question: GERS } });
    await h.fake.waitForGatewayReady();
    await h.fake.waitForRequest(isPatchOriginal(during.token));
    expect(h.fake.resumes.at(-1)?.accepted).toBe(true);
    expect(h.fake.identifies.length).toBe(identifies);
  });

  it('a non-resumable close (invalid session): the bot identifies again and keeps answering', async () => {
    const identifies = h.fake.identifies.length;
    h.fake.invalidateSession(false);
    await h.fake.waitForIdentify(identifies + 1);
    await h.fake.waitForGatewayReady();
    const after = h.fake.interactionCreate({ commandName: 'ask', options: { question: GERS } });
    const patch = await h.fake.waitForRequest(isPatchOriginal(after.token));
    expect(patch.body.embeds[0].description).toMatch(/163/);
  });

  it('a close with 1000 (session ended): the bot reconnects and keeps answering', async () => {
    const connections = h.fake.connectionCount;
    await h.fake.closeGateway(1000);
    await h.fake.waitFor(() => (h.fake.connectionCount > connections ? true : undefined));
    await h.fake.waitForGatewayReady();
    const after = h.fake.messageCreate({ content: `<@${h.fake.bot.id}> ${GERS}`, author: h.fake.users.bob });
    await h.fake.waitForRequest((r) => r.body?.message_reference?.message_id === after.id);
    expect(h.logs.filter((l) => l.level === 'error')).toEqual([]);
    // /healthz follows the gateway: connected again once it answers.
    expect(h.adapter.isConnected()).toBe(true);
  });
});

describe('DiscordAdapter when Discord goes away after start-up (issue 14, item 5)', () => {
  it('retries until Discord is back, logs the loss once, and answers again', async () => {
    const corpus = await tempCorpus();
    const engine = await RelaisEngine.open({ corpusDir: corpus.corpusDir, dataDir: corpus.dataDir, useSnapshot: false });
    const first = await FakeDiscord.start();
    const port = Number(new URL(first.apiUrl).port);
    const logs: { level: string; message?: string }[] = [];
    const record = (level: string) => (_details: object, message?: string) => void logs.push({ level, message });
    const logger = { ...silentLogger, info: record('info'), warn: record('warn'), error: record('error') };
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const adapter = await DiscordAdapter.start({ config: discordConfig(first), engine, logger, clientOptions: fastClientOptions });
    let second: FakeDiscord | undefined;
    try {
      // Discord disappears: several reconnection attempts fail.
      let attempts = 0;
      const severalAttempts = new Promise<void>((resolve) =>
        adapter.client.on(Events.ShardReconnecting, () => {
          if (++attempts === 3) resolve();
        }),
      );
      await first.stop();
      await severalAttempts;
      expect(adapter.isConnected()).toBe(false);

      // Discord is back on the same address, with the same bot.
      const ready = new Promise<void>((resolve) => adapter.client.once(Events.ShardReady, () => resolve()));
      second = await FakeDiscord.start({ port, token: first.token });
      await second.waitForIdentify(1, 30_000);
      await ready;
      expect(adapter.isConnected()).toBe(true);
      expect(logs.filter((l) => l.message === 'discord gateway connection lost; reconnecting')).toHaveLength(1);

      const sent = second.interactionCreate({ commandName: 'ask', options: { question: GERS }, user: second.users.bob });
      const patch = await second.waitForRequest(isPatchOriginal(sent.token));
      expect(patch.body.embeds[0].description).toMatch(/163/);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await adapter.stop();
      await second?.stop();
      await corpus.cleanup();
    }
  });
});

describe('DiscordAdapter start-up failures (issue 14, item 5)', () => {
  it('tells a refused DISCORD_TOKEN from a Discord that cannot be reached', async () => {
    const corpus = await tempCorpus();
    const engine = await RelaisEngine.open({ corpusDir: corpus.corpusDir, dataDir: corpus.dataDir, useSnapshot: false });
    const fake = await FakeDiscord.start({ token: 'the-right-token' });
    try {
      const start = (config: Parameters<typeof discordConfig>[1]) =>
        DiscordAdapter.start({ config: discordConfig(fake, config), engine, logger: silentLogger, clientOptions: fastClientOptions }).then(
          async (adapter) => {
            await adapter.stop();
            throw new Error('started');
          },
          (error: unknown) => error as Error,
        );
      const refused = await start({ token: 'un-jeton-perime' });
      expect(refused).toBeInstanceOf(DiscordStartError);
      expect(refused.message).toMatch(/^Discord did not accept DISCORD_TOKEN \(401 Unauthorized\)/);
      const port = await freePort();
      const unreachable = await start({ apiUrl: `http://127.0.0.1:${port}/api` });
      expect(unreachable).toBeInstanceOf(DiscordStartError);
      expect(unreachable.message).toMatch(
        /^Discord could not be reached at http:\/\/127\.0\.0\.1:\d+\/api \(ECONNREFUSED\): check the network, a proxy, or DISCORD_API_URL/,
      );
      for (const e of [refused, unreachable]) expect(e.message).not.toContain('un-jeton-perime');
    } finally {
      await fake.stop();
      await corpus.cleanup();
    }
  });
});
