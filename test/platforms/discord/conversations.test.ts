// Conversations on Discord through the real discord.js against FakeDiscord: replies to Relais's
// answers continue their conversation (no mention, no privileged intent), the typing indicator while
// Relais works, the buttons under answers (component interactions), and replies meant for one
// person kept out of the channel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageFlags, type APIMessage } from 'discord.js';
import { silentLogger } from '../../../src/engine/index.ts';
import { QuestionGate } from '../../../src/operations/questionGate.ts';
import { READ_PASSAGE_PREFIX } from '../../../src/platforms/discord/replyActions.ts';
import { CONVERSATION_RELEASES, HAUT_VALLON, MORVELLE, THREE_TURNS } from '../../fixtures/conversationReleases.ts';
import type { RecordedRequest } from '../../fakes/fakeDiscord.ts';
import { drain, isCallback, isPatchOriginal, startHarness, type Harness } from './helpers.ts';

const RELEASES = Object.entries(CONVERSATION_RELEASES).map(([name, text]) => ({ name, text }));

/** The answer Relais posted to a message (its reply), once it is there. */
async function answerTo(h: Harness, messageId: string): Promise<APIMessage> {
  const post = await h.fake.waitForRequest((r) => r.method === 'POST' && r.body?.message_reference?.message_id === messageId);
  return post.response as APIMessage;
}
/** The answer's first fact: the first embed. */
const firstFact = (answer: APIMessage) => JSON.stringify(answer.embeds[0] ?? {}).replace(/\*/g, '');
type Rows = { components: { custom_id: string }[] }[];
const customIds = (message: { components?: unknown[] }) =>
  ((message.components as Rows | undefined) ?? []).flatMap((row) => row.components.map((c) => c.custom_id));

describe('Discord conversations', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ extraFiles: RELEASES });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('answers a three-turn conversation of replies, the third answer right only with the context', async () => {
    const mention = h.fake.messageCreate({ content: `<@${h.fake.bot.id}> ${THREE_TURNS[0]}`, author: h.fake.users.bob });
    const first = await answerTo(h, mention.id);
    expect(firstFact(first)).toContain(HAUT_VALLON.president);

    // Replies to Relais's answers, without a mention (the reply pings Relais, as Discord's client does by default).
    const second = h.fake.messageCreate({ content: THREE_TURNS[1], author: h.fake.users.bob, replyTo: first.id });
    const secondAnswer = await answerTo(h, second.id);
    expect(firstFact(secondAnswer)).toContain(HAUT_VALLON.sockets);

    const third = h.fake.messageCreate({ content: THREE_TURNS[2], author: h.fake.users.bob, replyTo: secondAnswer.id });
    const thirdAnswer = await answerTo(h, third.id);
    expect(firstFact(thirdAnswer)).toContain(HAUT_VALLON.end);
    expect(JSON.stringify(thirdAnswer.embeds)).not.toContain(MORVELLE.end);

    // Asked alone, in a new mention, the same question finds the other territory's date.
    const alone = h.fake.messageCreate({ content: `<@${h.fake.bot.id}> ${THREE_TURNS[2]}`, author: h.fake.users.bob });
    expect(firstFact(await answerTo(h, alone.id))).toContain(MORVELLE.end);
  });

  it('shows the typing indicator before answering a mention', async () => {
    const since = h.fake.requests.length;
    const mention = h.fake.messageCreate({ content: `<@${h.fake.bot.id}> ${THREE_TURNS[0]}` });
    await answerTo(h, mention.id);
    const paths = h.fake.requests
      .slice(since)
      .filter((r) => r.method === 'POST')
      .map((r) => r.path);
    expect(paths.indexOf(`/channels/${h.fake.channelId}/typing`)).toBeGreaterThanOrEqual(0);
    expect(paths.indexOf(`/channels/${h.fake.channelId}/typing`)).toBeLessThan(paths.indexOf(`/channels/${h.fake.channelId}/messages`));
  });

  it('answers a reply to its answer without the ping too, and leaves alone replies to other people', async () => {
    const other = h.fake.messageCreate({ content: 'Une remarque', author: h.fake.users.alice });
    const reply = h.fake.messageCreate({ content: THREE_TURNS[1], author: h.fake.users.bob, replyTo: other.id });
    const mention = h.fake.messageCreate({ content: `<@${h.fake.bot.id}> ${THREE_TURNS[0]}`, author: h.fake.users.bob });
    const answer = await answerTo(h, mention.id);
    // Discord gives the content of replies to the app's messages without Message Content, ping or not.
    const unpinged = h.fake.messageCreate({ content: THREE_TURNS[1], author: h.fake.users.bob, replyTo: answer.id, replyPing: false });
    expect(firstFact(await answerTo(h, unpinged.id))).toContain(HAUT_VALLON.sockets);
    await drain(h.fake);
    expect(h.fake.requests.filter((r) => r.body?.message_reference?.message_id === reply.id)).toEqual([]);
  });

  it("puts 👍 / 👎 under a mention's answer; a vote counts once, and can change", async () => {
    const mention = h.fake.messageCreate({ content: `<@${h.fake.bot.id}> ${THREE_TURNS[0]}`, author: h.fake.users.bob });
    const answer = await answerTo(h, mention.id);
    const ids = customIds(answer);
    const up = ids.find((id) => id.startsWith('relais:vote:up:'));
    const down = ids.find((id) => id.startsWith('relais:vote:down:'));
    expect(up).toBeDefined();
    expect(down).toBeDefined();
    expect(ids.filter((id) => id.startsWith('relais:share:'))).toEqual([]); // a mention's answer is public: no share button
    const clickWith = async (customId: string) => {
      const click = h.fake.buttonClick({ message: answer, customId, user: h.fake.users.bob });
      return (await h.fake.waitForRequest(isCallback(click['id'] as string))).body;
    };
    const first = await clickWith(up as string);
    expect(first).toMatchObject({ type: 4, data: { flags: MessageFlags.Ephemeral } });
    expect(first.data.content).toContain('Merci, votre avis est enregistré');
    expect((await clickWith(up as string)).data.content).toContain('déjà donné cet avis');
    expect((await clickWith(down as string)).data.content).toContain('avis est modifié');
  });

  it('answers /ask privately and shares it in the channel, the question restated, for its asker only', async () => {
    const sent = h.fake.interactionCreate({ commandName: 'ask', options: { question: THREE_TURNS[0] }, user: h.fake.users.bob });
    await h.fake.waitForRequest(isPatchOriginal(sent.token));
    const original = h.fake.interactions.get(sent.id)?.original as APIMessage;
    expect((original.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const share = customIds(original).find((id) => id.startsWith('relais:share:')) as string;

    const stranger = h.fake.buttonClick({ message: original, customId: share, user: h.fake.users.alice });
    expect((await h.fake.waitForRequest(isCallback(stranger['id'] as string))).body.data.content).toContain('Seule la personne');

    const click = h.fake.buttonClick({ message: original, customId: share, user: h.fake.users.bob });
    const callback = (await h.fake.waitForRequest(isCallback(click['id'] as string))).body;
    expect(callback.type).toBe(4);
    expect(callback.data.flags ?? 0).toBe(0);
    expect(callback.data.content).toContain(`Question : « ${THREE_TURNS[0]} »`);
    expect(JSON.stringify(callback.data.embeds).replace(/\*/g, '')).toContain(HAUT_VALLON.president);
    // Public now: the passage and the votes, no second share button.
    const sharedIds = customIds(callback.data);
    expect(sharedIds.some((id) => id.startsWith(READ_PASSAGE_PREFIX))).toBe(true);
    expect(sharedIds.filter((id) => !id.startsWith(READ_PASSAGE_PREFIX)).map((id) => id.slice(0, id.lastIndexOf(':')))).toEqual([
      'relais:vote:up',
      'relais:vote:down',
    ]);
    const note = await h.fake.waitForRequest(
      (r: RecordedRequest) => r.method === 'POST' && r.path.endsWith(`/${click['token'] as string}`),
    );
    expect(note.body).toMatchObject({ flags: MessageFlags.Ephemeral });
    expect(note.body.content).toContain('partagée');
  });
});

describe('Discord mentions: replies meant for one person stay out of the channel', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      extraFiles: RELEASES,
      questions: new QuestionGate({ logger: silentLogger, rateLimitPerMinute: 1, maxInFlight: 4 }),
    });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('sends a rate-limit notice by DM, and reacts when DMs are closed', async () => {
    const dm = h.fake.dmChannelFor(h.fake.users.bob).id;
    const asked = h.fake.messageCreate({ content: `<@${h.fake.bot.id}> ${THREE_TURNS[0]}`, author: h.fake.users.bob });
    await answerTo(h, asked.id);

    const since = h.fake.requests.length;
    const limited = h.fake.messageCreate({ content: `<@${h.fake.bot.id}> ${THREE_TURNS[1]}`, author: h.fake.users.bob });
    const notice = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${dm}/messages` && h.fake.requests.indexOf(r) >= since,
    );
    expect(notice.body.content).toMatch(/beaucoup de questions/);

    h.fake.respondWith((r) => r.method === 'POST' && r.path === `/channels/${dm}/messages`, {
      status: 403,
      body: { message: 'Cannot send messages to this user', code: 50007 },
    });
    const closed = h.fake.messageCreate({ content: `<@${h.fake.bot.id}> ${THREE_TURNS[2]}`, author: h.fake.users.bob });
    const reaction = await h.fake.waitForRequest((r) => r.method === 'PUT' && r.path.includes(`/messages/${closed.id}/reactions/`));
    expect(reaction.path).toContain('⚠️');
    await drain(h.fake);
    const inChannel = h.fake.requests.filter((r) => [limited.id, closed.id].includes(r.body?.message_reference?.message_id));
    expect(inChannel).toEqual([]);
  });
});

describe('Discord threads', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ extraFiles: RELEASES });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("gives a mention in a thread the thread's earlier questions as context", async () => {
    const thread = h.fake.threadCreate({ name: 'Fibre au Haut-Vallon' });
    await h.fake.waitFor(() => h.adapter.client.channels.cache.get(thread.id), 5_000, 'the thread in the cache');
    const first = h.fake.messageCreate({ content: `<@${h.fake.bot.id}> ${THREE_TURNS[0]}`, channelId: thread.id });
    expect(firstFact(await answerTo(h, first.id))).toContain(HAUT_VALLON.president);
    const third = h.fake.messageCreate({ content: `<@${h.fake.bot.id}> ${THREE_TURNS[2]}`, channelId: thread.id });
    const answer = await answerTo(h, third.id);
    expect(answer.channel_id).toBe(thread.id);
    expect(firstFact(answer)).toContain(HAUT_VALLON.end);
    // A plain message in the thread reaches Relais empty (no Message Content intent): it is left alone.
    const plain = h.fake.messageCreate({ content: THREE_TURNS[1], channelId: thread.id });
    await drain(h.fake);
    expect(h.fake.requests.filter((r) => r.body?.message_reference?.message_id === plain.id)).toEqual([]);
  });
});
