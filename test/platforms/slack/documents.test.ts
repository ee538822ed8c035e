// add / remove / restore on Slack: the real Bolt app (SlackAdapter, HTTP mode) against FakeSlack, which
// keeps shared files and serves them only with the bot token. A file shared in a DM with "ajouter", in
// the message or thread of an @mention, just before /relais add; a web address; the confirmation
// button clicked by a member and by an admin.
import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SlackAdapter } from '../../../src/platforms/slack/slackAdapter.ts';
import { FakeSlack, replies, type SlackEvent } from '../../fakes/fakeSlack.ts';
import { HAUTE_LOIRE_FILE, HAUTE_LOIRE_TITLE, openAdminCorpus, type AdminCorpus } from '../../fixtures/documents/adminCorpus.ts';
import { startFileServer, type FileServer } from '../../fixtures/documents/fileServer.ts';
import { writePdf } from '../../fixtures/documents/pdfWriter.ts';
import { startPressSite, type PressSite } from '../../fixtures/documents/pressSiteServer.ts';
import { scannedPagePng } from '../../fixtures/documents/pngWriter.ts';
import { YONNE, yonneArticleHtml } from '../../fixtures/documents/yonneArticlePage.ts';
import {
  ADMIN_USER_ID,
  BOT_TOKEN,
  recordingLogger,
  responseIdOf,
  SIGNING_SECRET,
  TEST_RETRY,
  waitForNthResponse,
} from './slackTestHarness.ts';

const MEMBER = 'U0MEMBER01';
let fake: FakeSlack;
let adapter: SlackAdapter;
let corpus: AdminCorpus;
let site: PressSite;
let elsewhere: FileServer;
let millau: Buffer;

async function release(town: string, date: string): Promise<Buffer> {
  return writePdf({}, (doc) =>
    doc
      .text(`${town} ouvre un espace numérique`, 50, 50)
      .text(`${town}, le ${date}. L’espace prête des ordinateurs et accompagne les démarches en ligne des habitants.`, 50, 90),
  );
}

beforeAll(async () => {
  corpus = await openAdminCorpus();
  millau = await release('Millau', '8 janvier 2024');
  site = await startPressSite({
    article: yonneArticleHtml(),
    pdf: Buffer.from('%PDF-'),
    png: scannedPagePng(20, 20),
    navigationOnly: '<html></html>',
  });
  elsewhere = await startFileServer();
  fake = await FakeSlack.start({ botToken: BOT_TOKEN });
  adapter = await SlackAdapter.start({
    config: { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, adminUserIds: [ADMIN_USER_ID], apiUrl: fake.apiUrl, port: 0 },
    engine: corpus.engine,
    logger: recordingLogger(),
    retry: TEST_RETRY,
    corpusFiles: corpus.corpusFiles,
  });
});
afterAll(async () => {
  await adapter?.stop();
  await fake?.stop();
  await site?.close();
  await elsewhere?.close();
  await corpus?.close();
});
beforeEach(() => {
  fake.reset();
});

const send = (event: SlackEvent) => fake.sendEvent(adapter.url as string, SIGNING_SECRET, event);
const corpusFiles = async () => (await readdir(corpus.corpusDir)).sort();
const posted = (channel: string) => fake.waitForCall('chat.postMessage', (c) => c.body['channel'] === channel);
const visible = (body: Record<string, unknown>) => JSON.stringify({ text: body['text'], blocks: body['blocks'] });

async function slash(text: string, user: string, channel = fake.identity.channelId) {
  const payload = fake.slashCommand({ text, user_id: user, channel_id: channel });
  await fake.sendSlashCommand(adapter.url as string, SIGNING_SECRET, payload);
  return (nth = 1) => waitForNthResponse(fake, responseIdOf(payload), nth);
}

describe('adding a file shared in Slack', () => {
  it('a DM with a PDF and "ajouter": files.info, download with the bot token, saved, indexed, said', async () => {
    const file = fake.addFile({ name: 'CP espace Millau.pdf', bytes: millau, user: ADMIN_USER_ID, channel: fake.identity.dmChannelId });
    await send(fake.fileShare([file], { text: 'ajouter', user: ADMIN_USER_ID }));
    const post = await posted(fake.identity.dmChannelId);
    expect(post.body['text']).toContain('Document ajouté au corpus');
    expect(post.body['text']).toContain('Millau ouvre un espace numérique — 8 janvier 2024 — PDF');
    expect(fake.callsTo('files.info')[0]?.body['file']).toBe(file.id);
    expect(fake.files.downloads).toEqual([{ fileId: file.id, token: BOT_TOKEN, served: true }]);
    expect((await corpusFiles()).some((f) => /^cp-espace-millau-[0-9a-f]{12}\.pdf$/.test(f))).toBe(true);
  });

  it('the same file again is recognised and not saved twice', async () => {
    const file = fake.addFile({ name: 'copie.pdf', bytes: millau, user: ADMIN_USER_ID });
    const before = await corpusFiles();
    await send(fake.fileShare([file], { text: 'ajouter', user: ADMIN_USER_ID }));
    expect((await posted(fake.identity.dmChannelId)).body['text']).toContain('déjà dans le corpus');
    expect(await corpusFiles()).toEqual(before);
  });

  it('a member sharing a file with "ajouter" is refused; Slack is not even asked for the file', async () => {
    const file = fake.addFile({ name: 'cp.pdf', bytes: await release('Rodez', '3 février 2024'), user: MEMBER });
    const before = await corpusFiles();
    await send(fake.fileShare([file], { text: 'ajouter', user: MEMBER }));
    expect((await posted(fake.identity.dmChannelId)).body['text']).toMatch(/Seuls les administrateurs de Relais peuvent lancer add/);
    expect(fake.callsTo('files.info')).toEqual([]);
    expect(fake.files.downloads).toEqual([]);
    expect(await corpusFiles()).toEqual(before);
  });

  it('a file shared in a DM without "ajouter" is not added', async () => {
    const file = fake.addFile({ name: 'photo.pdf', bytes: await release('Albi', '4 mars 2024'), user: ADMIN_USER_ID });
    await send(fake.fileShare([file], { text: 'Qui finance l’espace numérique d’Albi ?', user: ADMIN_USER_ID }));
    await posted(fake.identity.dmChannelId);
    expect(fake.files.downloads).toEqual([]);
  });

  it('a file shared in a DM without a word is left alone', async () => {
    const file = fake.addFile({ name: 'sans-mot.pdf', bytes: millau, user: ADMIN_USER_ID });
    await send(fake.fileShare([file], { text: '', user: ADMIN_USER_ID }));
    await send(fake.directMessage({ text: 'help', user: ADMIN_USER_ID }));
    await posted(fake.identity.dmChannelId);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(fake.callsTo('chat.postMessage')[0]?.body['text']).toMatch(/Relais répond/);
  });

  it('@Relais add with the file in the same message, answered in its thread', async () => {
    const file = fake.addFile({ name: 'Cahors.pdf', bytes: await release('Cahors', '12 avril 2024'), user: ADMIN_USER_ID });
    const mention = fake.appMention({ text: 'add', user: ADMIN_USER_ID, extra: { files: [file] } });
    await send(mention);
    const post = await posted(fake.identity.channelId);
    expect(post.body['thread_ts']).toBe(mention['ts']);
    expect(post.body['text']).toContain('Cahors ouvre un espace numérique — 12 avril 2024 — PDF');
  });

  it('@Relais ajouter in a thread takes the file shared earlier in that thread', async () => {
    const file = fake.addFile({ name: 'Figeac.pdf', bytes: await release('Figeac', '2 mai 2024'), user: MEMBER });
    const threadTs = '1700000000.000200';
    fake.respondWith(
      'conversations.replies',
      replies.ok({
        messages: [
          { type: 'message', user: MEMBER, text: 'Le communiqué de Figeac', ts: threadTs, files: [file] },
          {
            type: 'message',
            user: ADMIN_USER_ID,
            text: `<@${fake.identity.botUserId}> ajouter`,
            ts: '1700000000.000300',
            thread_ts: threadTs,
          },
        ],
      }),
    );
    await send(fake.appMention({ text: 'ajouter', user: ADMIN_USER_ID, thread_ts: threadTs, ts: '1700000000.000300' }));
    const post = await posted(fake.identity.channelId);
    expect(fake.callsTo('conversations.replies')[0]?.body).toMatchObject({ channel: fake.identity.channelId, ts: threadTs });
    expect(post.body['text']).toContain('Figeac ouvre un espace numérique');
  });

  it("/relais add takes the asker's latest share in the channel (files.list)", async () => {
    fake.addFile({ name: 'Lodeve.pdf', bytes: await release('Lodève', '6 juin 2024'), user: ADMIN_USER_ID });
    const response = await slash('add', ADMIN_USER_ID);
    const answer = await response();
    expect(fake.callsTo('files.list')[0]?.body).toMatchObject({ channel: fake.identity.channelId, user: ADMIN_USER_ID, count: '1' });
    expect(answer.body['response_type']).toBe('in_channel');
    expect(answer.body['text']).toContain('Lodève ouvre un espace numérique — 6 juin 2024 — PDF');
  });

  it('/relais add with nothing shared says how to add', async () => {
    const answer = await (await slash('add', ADMIN_USER_ID, 'C0AUTRE001'))();
    expect(answer.body['response_type']).toBe('ephemeral');
    expect(answer.body['text']).toMatch(/Pour ajouter un document/);
  });

  it('never sends the bot token anywhere but Slack: a file whose address is elsewhere is not downloaded', async () => {
    elsewhere.put('piege.pdf', await release('Piège', '1er juillet 2024'));
    const file = fake.addFile({ name: 'piege.pdf', bytes: Buffer.from('x'), user: ADMIN_USER_ID });
    fake.respondWith('files.info', replies.ok({ file: { ...file, url_private_download: elsewhere.url('piege.pdf') } }));
    await send(fake.fileShare([file], { text: 'ajouter', user: ADMIN_USER_ID }));
    expect((await posted(fake.identity.dmChannelId)).body['text']).toMatch(/n’a pas pu être téléchargé/);
    expect(elsewhere.requests).toEqual([]);
  });
});

describe('add <url> from Slack', () => {
  it('/relais add <link> keeps the article; a redirect to a private address is refused', async () => {
    const added = await (await slash(`add <${site.origin}/actualites/wifi-public>`, ADMIN_USER_ID))();
    expect(added.body['text']).toContain(`${YONNE.title} — 12 juin 2023 — Markdown`);
    const refused = await (await slash(`add ${site.origin}/vers-metadonnees`, ADMIN_USER_ID))();
    expect(refused.body['response_type']).toBe('ephemeral');
    expect(refused.body['text']).toMatch(/169\.254\.169\.254 est privée ou réservée/);
  });
});

describe('remove and restore from Slack', () => {
  function click(value: string, user: string, responseId: string): Promise<unknown> {
    return fake.sendInteraction(adapter.url as string, SIGNING_SECRET, {
      type: 'block_actions',
      user: { id: user, team_id: fake.identity.teamId },
      api_app_id: fake.identity.appId,
      token: 'verification',
      container: { type: 'message', message_ts: '1700000000.000900', channel_id: fake.identity.channelId, is_ephemeral: true },
      trigger_id: '123.456.abc',
      team: { id: fake.identity.teamId, domain: fake.identity.teamDomain },
      channel: { id: fake.identity.channelId, name: fake.identity.channelName },
      response_url: fake.responseUrl(responseId),
      actions: [
        {
          action_id: 'relais_confirm',
          block_id: 'b1',
          type: 'button',
          value,
          text: { type: 'plain_text', text: 'Retirer' },
          action_ts: '1700000001.0',
        },
      ],
    });
  }

  it("/relais remove asks with a button; a member's click is refused to them, an admin's removes; restore brings it back", async () => {
    const asked = await (await slash(`remove ${HAUTE_LOIRE_FILE}`, ADMIN_USER_ID))();
    expect(asked.body['response_type']).toBe('ephemeral');
    expect(asked.body['text']).toContain(`Retirer « ${HAUTE_LOIRE_TITLE} » du corpus ?`);
    const actions = (asked.body['blocks'] as Array<Record<string, any>>).find((b) => b['type'] === 'actions');
    const button = actions?.['elements'][0];
    expect(button).toMatchObject({ type: 'button', action_id: 'relais_confirm', style: 'danger', text: { text: 'Retirer' } });

    await click(button.value, MEMBER, 'click-member');
    const refused = await waitForNthResponse(fake, 'click-member', 1);
    expect(refused.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(refused.body['text']).toMatch(/Seuls les administrateurs/);
    expect(await corpusFiles()).toContain(HAUTE_LOIRE_FILE);

    await click(button.value, ADMIN_USER_ID, 'click-admin');
    const done = await waitForNthResponse(fake, 'click-admin', 1);
    expect(done.body).toMatchObject({ replace_original: true });
    expect(done.body['text']).toContain(`Retiré du corpus : « ${HAUTE_LOIRE_TITLE} »`);
    expect(await corpusFiles()).not.toContain(HAUTE_LOIRE_FILE);

    const listed = await (await slash('restore', ADMIN_USER_ID))();
    expect(listed.body['text']).toContain(HAUTE_LOIRE_FILE);
    const back = await (await slash(`restore ${HAUTE_LOIRE_FILE}`, ADMIN_USER_ID))();
    expect(back.body['text']).toContain(`Remis dans le corpus : « ${HAUTE_LOIRE_TITLE} »`);
    expect(corpus.engine.documents().some((d) => d.file === HAUTE_LOIRE_FILE)).toBe(true);
  });

  it("a member's /relais remove is refused and changes nothing", async () => {
    const refused = await (await slash(`remove ${HAUTE_LOIRE_FILE} oui`, MEMBER))();
    expect(refused.body['text']).toMatch(/Seuls les administrateurs de Relais peuvent lancer remove/);
    expect(await corpusFiles()).toContain(HAUTE_LOIRE_FILE);
  });
});

describe('what is posted', () => {
  it('never carries the bot token', () => {
    for (const call of fake.calls) expect(visible(call.body)).not.toContain(BOT_TOKEN);
  });
});
