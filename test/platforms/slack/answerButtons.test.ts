// The buttons under answers, clicked through signed block_actions payloads: 👍 / 👎 recorded once per
// person (changeable, not repeatable), and a private /relais answer shared in the channel with its
// question restated.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Conversations } from '../../../src/conversation/conversations.ts';
import { InMemoryFeedbackStore } from '../../../src/conversation/inMemoryFeedbackStore.ts';
import { CONVERSATION_RELEASES, HAUT_VALLON, THREE_TURNS } from '../../fixtures/conversationReleases.ts';
import { READ_PASSAGE_ACTION } from '../../../src/platforms/slack/rendering/replyActions.ts';
import type { RecordedResponse } from '../../fakes/fakeSlack.ts';
import { type Harness, responseIdOf, SIGNING_SECRET, slash, startHarness, waitForNthResponse } from './slackTestHarness.ts';

const votes = new InMemoryFeedbackStore();
let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    mode: 'http',
    extraFiles: CONVERSATION_RELEASES,
    adapter: { conversations: new Conversations({ votes, salt: 'a-salt-for-the-tests' }) },
  });
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => {
  h.fake.reset();
});

/** The action_ids of the buttons in a Slack message's blocks. */
function buttonIds(blocks: unknown): string[] {
  return (blocks as { type: string; elements?: { action_id?: string }[] }[])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => (b.elements ?? []).map((e) => e.action_id ?? ''));
}

/** Clicks a button (signed, over HTTP); resolves with the first response_url POST the click gets. */
type Clicked = { id: string; first: RecordedResponse };
async function click(actionId: string, opts: { user?: string; isEphemeral?: boolean } = {}): Promise<Clicked> {
  const payload = h.fake.blockActions({ actionId, ...opts });
  const id = decodeURIComponent(new URL(payload['response_url'] as string).pathname.split('/').pop() ?? '');
  const result = await h.fake.sendInteraction(h.adapter.url as string, SIGNING_SECRET, payload);
  expect(result.status).toBe(200);
  return { id, first: await waitForNthResponse(h.fake, id, 1) };
}

describe('answer buttons on Slack', () => {
  it('answers /relais privately with 👍 / 👎 and a share button', async () => {
    const answer = await (await slash(h, THREE_TURNS[0])).response();
    expect(answer.body['response_type']).toBe('ephemeral');
    // "Lire le passage" (the release has no link) first, then the answer's own buttons.
    const ids = buttonIds(answer.body['blocks']);
    expect(ids.map((id) => (id === READ_PASSAGE_ACTION ? id : id.slice(0, id.lastIndexOf(':'))))).toEqual([
      READ_PASSAGE_ACTION,
      'relais:vote:up',
      'relais:vote:down',
      'relais:share',
    ]);
    expect(JSON.stringify(answer.body['blocks'])).toContain('Partager dans le canal');
  });

  it('records a vote once, lets it change, and never keeps the user id', async () => {
    const mention = h.fake.appMention({ text: THREE_TURNS[0] });
    await h.fake.sendEvent(h.adapter.url as string, SIGNING_SECRET, mention);
    const post = await h.fake.waitForCall('chat.postMessage', (c) => c.body['thread_ts'] === mention['ts']);
    const ids = buttonIds(post.body['blocks']);
    const up = ids.find((id) => id.startsWith('relais:vote:up:'));
    const down = ids.find((id) => id.startsWith('relais:vote:down:'));
    expect(up).toBeDefined();
    expect(down).toBeDefined();
    expect(ids.filter((id) => id.startsWith('relais:share:'))).toEqual([]); // a mention's answer is public: no share button

    const first = await click(up as string);
    expect(first.first.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(first.first.body['text'])).toContain('Merci, votre avis est enregistré');
    expect(String((await click(up as string)).first.body['text'])).toContain('déjà donné cet avis');
    expect(String((await click(down as string)).first.body['text'])).toContain('avis est modifié');
    expect(String((await click(up as string, { user: 'U0OTHER0002' })).first.body['text'])).toContain('enregistré');

    const summary = await votes.summary();
    expect(summary).toMatchObject({ votes: 2, helpful: 1, helpfulShare: 0.5 });
    expect(summary.mostDisliked[0]).toMatchObject({ question: THREE_TURNS[0], down: 1, up: 1, sources: [`corpus/${HAUT_VALLON.file}`] });
    expect(JSON.stringify(summary)).not.toContain(h.fake.identity.userId);
  });

  it('shares a private answer in the channel with the question restated, for its asker only', async () => {
    const payload = h.fake.slashCommand({ text: THREE_TURNS[0] });
    await h.fake.sendSlashCommand(h.adapter.url as string, SIGNING_SECRET, payload);
    const answer = await waitForNthResponse(h.fake, responseIdOf(payload), 1);
    const share = buttonIds(answer.body['blocks']).find((id) => id.startsWith('relais:share:')) as string;

    const stranger = await click(share, { user: 'U0OTHER0003', isEphemeral: true });
    expect(String(stranger.first.body['text'])).toContain('Seule la personne qui a posé la question');

    const { id, first } = await click(share, { isEphemeral: true });
    expect(first.body['response_type']).toBe('in_channel');
    const shown = JSON.stringify(first.body['blocks']);
    expect(shown).toContain(`Question : « ${THREE_TURNS[0]} »`);
    expect(shown.replace(/\*/g, '')).toContain(HAUT_VALLON.president);
    // Public now: the passage and the votes, no second share button.
    const sharedIds = buttonIds(first.body['blocks']);
    expect(sharedIds.map((b) => (b === READ_PASSAGE_ACTION ? b : b.slice(0, b.lastIndexOf(':'))))).toEqual([
      READ_PASSAGE_ACTION,
      'relais:vote:up',
      'relais:vote:down',
    ]);
    expect(
      (first.body['blocks'] as { type: string; text?: { text: string } }[])
        .filter((b) => b.type === 'section')
        .every((b) => (b.text?.text ?? '') !== ''),
    ).toBe(true);
    const note = await waitForNthResponse(h.fake, id, 2);
    expect(note.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(String(note.body['text'])).toContain('partagée');
  });

  it('says a button is too old when the answer is no longer remembered', async () => {
    const { first } = await click('relais:vote:up:unknownAnswerId');
    expect(String(first.body['text'])).toContain('trop ancienne');
  });

  it('refuses unsigned button clicks, and records nothing', async () => {
    const forged = h.fake.blockActions({ actionId: 'relais:vote:up:x' });
    expect((await h.fake.sendInteraction(h.adapter.url as string, SIGNING_SECRET, forged, { badSignature: true })).status).toBe(401);
    expect(h.fake.responses).toHaveLength(0);
  });
});
