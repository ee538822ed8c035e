/**
 * /add, /remove, /restore on Discord: the real discord.js Client (DiscordAdapter) against FakeDiscord,
 * attachments served by a local file server as Discord's CDN serves them, addresses by a local press
 * site; admins (Manage Server) and members, the confirmation button clicked by each.
 */
import { readdir } from 'node:fs/promises';
import { MessageFlags, type APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/engine/index.ts';
import { DiscordAdapter } from '../../../src/platforms/discord/discordAdapter.ts';
import { buildDiscordCommands } from '../../../src/platforms/discord/discordCommands.ts';
import { FakeDiscord } from '../../fakes/fakeDiscord.ts';
import { HAUTE_LOIRE_FILE, HAUTE_LOIRE_TITLE, openAdminCorpus, type AdminCorpus } from '../../fixtures/documents/adminCorpus.ts';
import { startFileServer, type FileServer } from '../../fixtures/documents/fileServer.ts';
import { writePdf } from '../../fixtures/documents/pdfWriter.ts';
import { startPressSite, type PressSite } from '../../fixtures/documents/pressSiteServer.ts';
import { scannedPagePng } from '../../fixtures/documents/pngWriter.ts';
import { YONNE, yonneArticleHtml } from '../../fixtures/documents/yonneArticlePage.ts';
import { discordConfig, drain, fastClientOptions, isCallback, isPatchOriginal } from './helpers.ts';

let fake: FakeDiscord;
let adapter: DiscordAdapter;
let corpus: AdminCorpus;
let cdn: FileServer;
let site: PressSite;
let release: Buffer;

beforeAll(async () => {
  corpus = await openAdminCorpus();
  cdn = await startFileServer();
  site = await startPressSite({
    article: yonneArticleHtml(),
    pdf: Buffer.from('%PDF-'),
    png: scannedPagePng(20, 20),
    navigationOnly: '<html></html>',
  });
  release = await writePdf({}, (doc) =>
    doc
      .text('La Creuse ouvre un fablab à Guéret', 50, 50)
      .text('Guéret, le 21 mars 2024. Le fablab prête imprimantes et découpeuses aux associations du département.', 50, 90),
  );
  cdn.put('CP fablab.pdf', release);
  fake = await FakeDiscord.start();
  adapter = await DiscordAdapter.start({
    config: discordConfig(fake),
    engine: corpus.engine,
    logger: silentLogger,
    clientOptions: fastClientOptions,
    corpusFiles: corpus.corpusFiles,
  });
});
afterAll(async () => {
  await adapter?.stop();
  await fake?.stop();
  await cdn?.close();
  await site?.close();
  await corpus?.close();
});

const corpusFiles = async () => (await readdir(corpus.corpusDir)).sort();
const attachment = (name: string) => ({ file: { filename: name, url: cdn.url(name), size: 2000, contentType: 'application/pdf' } });

describe('/add', () => {
  it('is registered with a file (attachment) option and a url option, in French too', () => {
    const add = buildDiscordCommands().find((c) => c.name === 'add');
    expect(add?.name_localizations).toEqual({ fr: 'ajouter' });
    expect(add?.options?.map((o) => [o.name, o.type])).toEqual([
      ['url', 3],
      ['file', 11],
    ]);
    expect(add?.default_member_permissions).not.toBeNull();
  });

  it('an admin attaches a PDF: downloaded, saved, indexed, and the reply names it', async () => {
    const sent = fake.interactionCreate({ commandName: 'add', attachments: attachment('CP fablab.pdf'), user: fake.users.alice });
    expect((await fake.waitForRequest(isCallback(sent.id))).body).toMatchObject({ type: 5 });
    const patch = await fake.waitForRequest(isPatchOriginal(sent.token));
    expect(patch.body.content).toBe('Document ajouté au corpus :');
    expect(patch.body.embeds[0].description).toContain('La Creuse ouvre un fablab à Guéret — 21 mars 2024 — PDF');
    expect((await corpusFiles()).some((f) => /^cp-fablab-[0-9a-f]{12}\.pdf$/.test(f))).toBe(true);
    expect(corpus.engine.documents().some((d) => d.title === 'La Creuse ouvre un fablab à Guéret')).toBe(true);
  });

  it('a member attaching a file is refused privately; nothing is downloaded or saved', async () => {
    cdn.put('autre.pdf', release);
    const before = await corpusFiles();
    const sent = fake.interactionCreate({ commandName: 'add', attachments: attachment('autre.pdf'), user: fake.users.bob });
    const callback = await fake.waitForRequest(isCallback(sent.id));
    expect(callback.body).toMatchObject({ type: 4, data: { flags: MessageFlags.Ephemeral } });
    expect(callback.body.data.content).toMatch(/Seuls les administrateurs de Relais peuvent lancer add/);
    await drain(fake);
    expect(cdn.requests).not.toContain('autre.pdf');
    expect(await corpusFiles()).toEqual(before);
  });

  it('url:<link> fetches the page; a private address is refused with the reason', async () => {
    const sent = fake.interactionCreate({ commandName: 'add', options: { url: `${site.origin}/actualites/wifi-public` } });
    const patch = await fake.waitForRequest(isPatchOriginal(sent.token));
    expect(patch.body.embeds[0].description).toContain(`${YONNE.title} — 12 juin 2023 — Markdown`);

    const refused = fake.interactionCreate({ commandName: 'add', options: { url: `${site.origin}/vers-metadonnees` } });
    const follow = await fake.waitForRequest((r) => r.method === 'POST' && r.path.endsWith(`/${refused.token}`));
    expect(follow.body.flags).toBe(MessageFlags.Ephemeral);
    expect(follow.body.content).toMatch(/Document non ajouté/);
    expect(JSON.stringify(follow.body)).toMatch(/169\.254\.169\.254 est privée ou réservée/);
  });

  it('an attachment that is a picture named .pdf is refused, whatever its name', async () => {
    cdn.put('photo.pdf', scannedPagePng(20, 20));
    const before = await corpusFiles();
    const sent = fake.interactionCreate({ commandName: 'add', attachments: attachment('photo.pdf') });
    const follow = await fake.waitForRequest((r) => r.method === 'POST' && r.path.endsWith(`/${sent.token}`));
    expect(JSON.stringify(follow.body)).toMatch(/ni un PDF, ni un \.docx/);
    expect(await corpusFiles()).toEqual(before);
  });
});

describe('/remove and /restore', () => {
  async function confirmationMessage(token: string): Promise<APIMessage> {
    const follow = await fake.waitForRequest((r) => r.method === 'POST' && r.path.endsWith(`/${token}`) && Boolean(r.body?.components));
    expect(follow.body.flags).toBe(MessageFlags.Ephemeral);
    return fake.waitFor(() => fake.botMessages.find((m) => m.content === follow.body.content && (m.components?.length ?? 0) > 0));
  }

  it('asks with a button; a member clicking it is refused privately, the file stays', async () => {
    const sent = fake.interactionCreate({ commandName: 'remove', options: { file: HAUTE_LOIRE_FILE }, user: fake.users.alice });
    const message = await confirmationMessage(sent.token);
    expect(message.content).toBe(`Retirer « ${HAUTE_LOIRE_TITLE} » du corpus ?`);
    const button = (message.components?.[0] as { components: Array<{ custom_id: string; label: string }> }).components[0]!;
    expect(button.label).toBe('Retirer');
    expect(button.custom_id.length).toBeLessThanOrEqual(100);

    const click = fake.buttonClick({ customId: button.custom_id, message, user: fake.users.bob });
    const refusal = await fake.waitForRequest(isCallback(click.id));
    expect(refusal.body).toMatchObject({ type: 4, data: { flags: MessageFlags.Ephemeral } });
    expect(refusal.body.data.content).toMatch(/Seuls les administrateurs/);
    expect(await corpusFiles()).toContain(HAUTE_LOIRE_FILE);

    const confirmed = fake.buttonClick({ customId: button.custom_id, message, user: fake.users.alice });
    expect((await fake.waitForRequest(isCallback(confirmed.id))).body).toMatchObject({ type: 6 });
    const done = await fake.waitForRequest(isPatchOriginal(confirmed.token));
    expect(done.body.content).toBe(`Retiré du corpus : « ${HAUTE_LOIRE_TITLE} ».`);
    expect(done.body.components).toEqual([]);
    expect(await corpusFiles()).not.toContain(HAUTE_LOIRE_FILE);
    expect(corpus.engine.documents().some((d) => d.file === HAUTE_LOIRE_FILE)).toBe(false);
  });

  it('a button Relais no longer knows says the confirmation expired', async () => {
    const message = fake.botMessages.at(-1)!;
    const click = fake.buttonClick({ customId: 'relais:confirm:0000', message, user: fake.users.alice });
    const reply = await fake.waitForRequest(isCallback(click.id));
    expect(reply.body.data.content).toMatch(/expiré/);
  });

  it('/restore puts the file back and indexes it', async () => {
    const sent = fake.interactionCreate({ commandName: 'restore', options: { file: HAUTE_LOIRE_FILE }, user: fake.users.alice });
    const patch = await fake.waitForRequest(isPatchOriginal(sent.token));
    expect(patch.body.content).toBe(`Remis dans le corpus : « ${HAUTE_LOIRE_TITLE} ».`);
    expect(await corpusFiles()).toContain(HAUTE_LOIRE_FILE);
    expect(corpus.engine.documents().some((d) => d.file === HAUTE_LOIRE_FILE)).toBe(true);
  });
});
