// add / remove / restore as commands, over a real CorpusFolder and a press site on 127.0.0.1: what is
// added (and said), what is refused (and why), and that nothing changes for non-admins.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCommand } from '../../commands/add.ts';
import { allCommands } from '../../commands/allCommands.ts';
import type { CommandDefinition, CommandOptions } from '../../commands/command.ts';
import { DocumentRefused, type IncomingFile } from '../../commands/corpusFiles.ts';
import { parseCommandText } from '../../commands/parseCommandText.ts';
import { removeCommand } from '../../commands/remove.ts';
import { replyAsPlainText, type Reply } from '../../commands/reply.ts';
import { restoreCommand } from '../../commands/restore.ts';
import { runCommand } from '../../commands/runCommand.ts';
import { silentLogger } from '../../src/engine/index.ts';
import { HAUTE_LOIRE_FILE, HAUTE_LOIRE_TITLE, openAdminCorpus, type AdminCorpus } from '../fixtures/documents/adminCorpus.ts';
import { ARDECHE, ardecheReleasePdf } from '../fixtures/documents/ardecheRelease.ts';
import { writePdf } from '../fixtures/documents/pdfWriter.ts';
import { scannedPagePng } from '../fixtures/documents/pngWriter.ts';
import { startPressSite, type PressSite } from '../fixtures/documents/pressSiteServer.ts';
import { YONNE, yonneArticleHtml } from '../fixtures/documents/yonneArticlePage.ts';

let corpus: AdminCorpus;
let site: PressSite;
let pdf: Buffer;

beforeAll(async () => {
  pdf = await ardecheReleasePdf({ title: ARDECHE.title });
  site = await startPressSite({
    article: yonneArticleHtml(),
    pdf,
    png: scannedPagePng(40, 40),
    navigationOnly: '<html><body><nav>Accueil</nav></body></html>',
  });
  corpus = await openAdminCorpus();
});
afterAll(async () => {
  await site.close();
  await corpus.close();
});

interface RunExtra {
  admin?: boolean;
  files?: IncomingFile[];
  locale?: 'fr' | 'en';
}

function run(command: CommandDefinition, options: CommandOptions, extra: RunExtra = {}): Promise<Reply> {
  return runCommand(
    command,
    {
      options,
      locale: extra.locale ?? 'fr',
      invoker: { platform: 'terminal', userId: 'u1', isAdmin: extra.admin ?? true },
      ...(extra.files ? { files: extra.files } : {}),
    },
    {
      engine: corpus.engine,
      logger: silentLogger,
      commands: allCommands,
      progress: async () => undefined,
      corpusFiles: corpus.corpusFiles,
    },
  );
}

function shared(name: string, bytes: Uint8Array, size = bytes.length): IncomingFile {
  return {
    name,
    size,
    download: async (max) => {
      if (bytes.length > max) throw new DocumentRefused('too-large', { limit: `${max}` });
      return bytes;
    },
  };
}

const files = async () => (await readdir(corpus.corpusDir)).sort();

describe('add <url>', () => {
  it('keeps an article page with its title, date and address, indexes it at once, and says so', async () => {
    const reply = await run(addCommand, { url: `${site.origin}/actualites/wifi-public` });
    const text = replyAsPlainText(reply);
    expect(reply.heading).toBe('Document ajouté au corpus :');
    expect(text).toContain(`${YONNE.title} — 12 juin 2023 — Markdown — ${site.origin}/actualites/wifi-public`);
    expect(text).toMatch(/\d+ passages indexés · fichier l-yonne-deploie-le-wifi-public-dans-quarante-bourgs-[0-9a-f]{12}\.md/);
    const answer = await corpus.engine.ask('Combien coûte le marché des bornes wifi de l’Yonne ?');
    expect(answer.facts[0]?.url).toBe(`${site.origin}/actualites/wifi-public`);
  });

  it('recognises the same content added again, and writes nothing', async () => {
    const before = await files();
    const reply = await run(addCommand, { url: `${site.origin}/actualites/wifi-public` });
    expect(reply.heading).toBe('Ce document est déjà dans le corpus (même contenu) :');
    expect(replyAsPlainText(reply)).toContain(YONNE.title);
    expect(await files()).toEqual(before);
  });

  it('keeps a PDF as the Markdown of its text, with the address its citations link to', async () => {
    const reply = await run(addCommand, { url: `${site.origin}/telecharger/communique` });
    expect(replyAsPlainText(reply)).toContain(`${ARDECHE.title} — 14 février 2023 — Markdown — ${site.origin}/telecharger/communique`);
    const stored = (await files()).find((f) => f.startsWith('l-ardeche'));
    const markdown = await readFile(path.join(corpus.corpusDir, stored ?? ''), 'utf8');
    expect(markdown).toMatch(
      new RegExp(`^---\\ntitle: ${ARDECHE.title}\\ndate: 2023-02-14\\nurl: ${site.origin}/telecharger/communique\\n---`),
    );
    expect(markdown).not.toContain('Page 2 sur 3');
    const answer = await corpus.engine.ask('Combien de techniciens mobilise le chantier en Ardèche ?');
    expect(answer.facts[0]?.url).toBe(`${site.origin}/telecharger/communique`);
  });

  it.each([
    ['/vers-metadonnees', /169\.254\.169\.254 est privée ou réservée/],
    ['/vers-localhost', /localhost est privée ou réservée/],
    ['/gros-declare', /dépasse la taille permise \(1 MiB\)/],
    ['/gros-en-flux', /dépasse la taille permise \(1 MiB\)/],
    ['/introuvable', /le serveur a répondu 404/],
    ['/photo', /ni un PDF, ni un \.docx/],
    ['/menu-seul', /pas d’article à garder/],
  ])('refuses %s with the reason, and changes nothing', async (route, reason) => {
    const before = await files();
    const reply = await run(addCommand, { url: `${site.origin}${route}` });
    expect(reply.ephemeral).toBe(true);
    expect(reply.heading).toBe('Document non ajouté :');
    expect(replyAsPlainText(reply)).toMatch(reason);
    expect(await files()).toEqual(before);
  });

  it('refuses what is not http(s)', async () => {
    expect(replyAsPlainText(await run(addCommand, { url: 'file:///etc/passwd' }))).toMatch(/seules les adresses http/);
  });

  it('says how to add when given nothing, and is refused to non-admins without fetching anything', async () => {
    expect((await run(addCommand, {})).heading).toMatch(/Pour ajouter un document/);
    const asked = site.requests.length;
    const refused = await run(addCommand, { url: `${site.origin}/actualites/wifi-public` }, { admin: false });
    expect(refused.heading).toMatch(/Seuls les administrateurs/);
    expect(site.requests.length).toBe(asked);
  });
});

describe('add with a shared file', () => {
  it('saves a PDF under a safe name made from nothing but a label and its hash', async () => {
    const scanned = await writePdf({}, (doc) =>
      doc
        .text('Le Cantal ouvre quatre maisons France services', 50, 50)
        .text('Aurillac, le 2 octobre 2023. Quatre maisons France services ouvrent dans les bourgs du département.', 50, 90),
    );
    const reply = await run(addCommand, {}, { files: [shared('../../../etc/Cantal services.pdf', scanned)] });
    expect(reply.heading).toBe('Document ajouté au corpus :');
    expect((await files()).filter((f) => f.endsWith('.pdf'))).toEqual([expect.stringMatching(/^etc-cantal-services-[0-9a-f]{12}\.pdf$/)]);
    expect(replyAsPlainText(reply)).toContain('2 octobre 2023 — PDF');
  });

  it('tells the kind by content: a text file is kept, a picture named .pdf is not', async () => {
    const note = Buffer.from(
      'Le Jura relie ses gares au très haut débit\n\nLons-le-Saunier, le 5 avril 2024. Les douze gares du département sont raccordées.',
    );
    expect((await run(addCommand, {}, { files: [shared('note.docx', note)] })).heading).toBe('Document ajouté au corpus :');
    expect((await files()).some((f) => /^note-[0-9a-f]{12}\.txt$/.test(f))).toBe(true);
    const before = await files();
    const picture = await run(addCommand, {}, { files: [shared('communique.pdf', scannedPagePng(20, 20))] });
    expect(replyAsPlainText(picture)).toMatch(/ni un PDF, ni un \.docx/);
    expect(await files()).toEqual(before);
  });

  it('refuses a file over the cap before downloading it, and a scanned PDF after reading it, keeping neither', async () => {
    const before = await files();
    let downloaded = false;
    const huge: IncomingFile = {
      name: 'gros.pdf',
      size: 50 * 1024 * 1024,
      download: async () => {
        downloaded = true;
        return pdf;
      },
    };
    expect(replyAsPlainText(await run(addCommand, {}, { files: [huge] }))).toMatch(/dépasse la taille permise \(1 MiB\)/);
    expect(downloaded).toBe(false);
    const scan = await writePdf({}, (doc) => doc.image(scannedPagePng(200, 280), 40, 40, { width: 515 }));
    const reply = await run(addCommand, {}, { files: [shared('scan.pdf', scan)] });
    expect(replyAsPlainText(reply)).toMatch(/il ne se lit pas \(.*OCR/);
    expect(await files()).toEqual(before);
    expect(corpus.engine.status().skipped).toEqual([]);
  });
});

describe('remove and restore', () => {
  it('asks for confirmation with a button, then moves the file to the trash and reindexes', async () => {
    const ask = await run(removeCommand, { file: HAUTE_LOIRE_FILE });
    expect(ask.heading).toBe(`Retirer « ${HAUTE_LOIRE_TITLE} » du corpus ?`);
    expect(ask.actions).toEqual([
      { kind: 'confirm', label: 'Retirer', command: 'remove', options: { file: HAUTE_LOIRE_FILE, confirmed: 'yes' } },
    ]);
    expect(await files()).toContain(HAUTE_LOIRE_FILE);

    const done = await run(removeCommand, { file: HAUTE_LOIRE_FILE, confirmed: 'yes' });
    expect(done.heading).toBe(`Retiré du corpus : « ${HAUTE_LOIRE_TITLE} ».`);
    expect(await files()).not.toContain(HAUTE_LOIRE_FILE);
    expect(await readdir(path.join(corpus.dataDir, 'trash'))).toEqual([HAUTE_LOIRE_FILE]);
    expect(corpus.engine.documents().some((d) => d.file === HAUTE_LOIRE_FILE)).toBe(false);
  });

  it('restore lists the trash, then brings the file back and indexes it', async () => {
    expect(replyAsPlainText(await run(restoreCommand, {}))).toContain(HAUTE_LOIRE_FILE);
    const back = await run(restoreCommand, { file: HAUTE_LOIRE_FILE });
    expect(back.heading).toBe(`Remis dans le corpus : « ${HAUTE_LOIRE_TITLE} ».`);
    expect(replyAsPlainText(back)).toContain('3 mai 2022 — texte');
    expect(await files()).toContain(HAUTE_LOIRE_FILE);
    expect(corpus.engine.documents().some((d) => d.file === HAUTE_LOIRE_FILE)).toBe(true);
    expect((await run(restoreCommand, {})).heading).toBe('La corbeille est vide.');
  });

  it('names no file it does not list: paths and unknown names are refused', async () => {
    for (const typed of ['../../etc/passwd', '/etc/hosts', 'inconnu.txt', `../corpus/${HAUTE_LOIRE_FILE}x`]) {
      expect(replyAsPlainText(await run(removeCommand, { file: typed, confirmed: 'yes' }))).toMatch(/Aucun fichier/);
      expect(replyAsPlainText(await run(restoreCommand, { file: typed }))).toMatch(/Aucun fichier/);
    }
    expect(await files()).toContain(HAUTE_LOIRE_FILE);
  });

  it('refuses non-admins, even with the confirmation, and changes nothing', async () => {
    const reply = await run(removeCommand, { file: HAUTE_LOIRE_FILE, confirmed: 'yes' }, { admin: false });
    expect(reply.heading).toMatch(/Seuls les administrateurs de Relais peuvent lancer remove/);
    expect(await files()).toContain(HAUTE_LOIRE_FILE);
  });
});

describe('typed lines', () => {
  it.each([
    ['add https://www.example.fr/cp.pdf', 'add', { url: 'https://www.example.fr/cp.pdf' }],
    ['ajouter <https://www.example.fr/cp|www.example.fr/cp>', 'add', { url: 'https://www.example.fr/cp' }],
    ['add www.example.fr/page', 'add', { url: 'https://www.example.fr/page' }],
    ['ajouter', 'add', {}],
    ['remove cp-2023.pdf', 'remove', { file: 'cp-2023.pdf' }],
    ['retirer cp-2023.pdf oui', 'remove', { file: 'cp-2023.pdf', confirmed: 'yes' }],
    ['restore', 'restore', {}],
    ['restaurer 2024/note.md', 'restore', { file: '2024/note.md' }],
    ['ajouter la fibre au Gers ?', 'ask', { question: 'ajouter la fibre au Gers ?' }],
    ['retirer les déchets électroniques', 'ask', { question: 'retirer les déchets électroniques' }],
  ])('%s', (line, command, options) => {
    const parsed = parseCommandText(line);
    expect(parsed.command.name).toBe(command);
    expect(parsed.options).toEqual(options);
  });
});
