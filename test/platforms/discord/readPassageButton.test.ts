// "Lire le passage" on Discord, through the real discord.js against FakeDiscord: the answer to a mention
// carries the button; a click gets the paragraph around the fact as an ephemeral reply to that click.
import type { APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_PASSAGE_PREFIX } from '../../../src/platforms/discord/replyActions.ts';
import { MAYENNE_ANSWER, MAYENNE_FILE, MAYENNE_QUESTION, MAYENNE_TEXT } from '../../fixtures/mayenneRelease.ts';
import { type Harness, isCallback, startHarness } from './helpers.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ extraFiles: [{ name: MAYENNE_FILE, text: MAYENNE_TEXT }] });
});
afterAll(async () => {
  await h?.stop();
});

async function answeredMessage(): Promise<APIMessage> {
  const asked = h.fake.messageCreate({ content: `<@${h.fake.bot.id}> ${MAYENNE_QUESTION}`, author: h.fake.users.bob });
  const post = await h.fake.waitForRequest((r) => r.method === 'POST' && r.body?.message_reference?.message_id === asked.id);
  return post.response as APIMessage;
}

describe('Lire le passage (Discord)', () => {
  it('the answer carries the button; a click shows the paragraph around the fact, privately', async () => {
    const message = await answeredMessage();
    const row = message.components?.[0] as { components: { custom_id: string; label: string }[] } | undefined;
    const button = row?.components[0];
    expect(button?.label).toBe('Lire le passage');
    expect(button?.custom_id.startsWith(READ_PASSAGE_PREFIX)).toBe(true);
    expect(button!.custom_id.length).toBeLessThanOrEqual(100);

    const click = h.fake.buttonClick({ customId: button!.custom_id, message, user: h.fake.users.alice });
    const callback = await h.fake.waitForRequest(isCallback(click.id));
    expect(callback.status).toBeLessThan(300);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags & 64).toBe(64);
    const [embed] = callback.body.data.embeds;
    // The cited sentence in bold, with the sentences around it.
    expect(embed.description).toContain(`**${MAYENNE_ANSWER}**`);
    expect(embed.description).toContain('Les premières écoles seront raccordées en janvier.');
    expect(embed.title).toContain('La Mayenne raccorde ses écoles rurales');
    expect(embed.footer.text).toBe('4 octobre 2022');
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("a button naming a passage no longer in the corpus gets a clear message, in the clicker's language", async () => {
    const message = await answeredMessage();
    const click = h.fake.buttonClick({ customId: `${READ_PASSAGE_PREFIX}AAAAAAAAAA.3.BBBBBBBB`, message, locale: 'en-US' });
    const callback = await h.fake.waitForRequest(isCallback(click.id));
    expect(callback.body.data.flags & 64).toBe(64);
    expect(callback.body.data.content).toMatch(/no longer in the corpus/);
  });
});
