import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/engine/corpus/loadCorpus.ts';
import type { CorpusDocument, CorpusLoadResult } from '../../../src/engine/types.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const corpusDir = path.join(repoRoot, 'corpus');
const formatsDir = path.join(repoRoot, 'test/fixtures/corpus/formats');

function byFile(result: CorpusLoadResult, file: string): CorpusDocument {
  const document = result.documents.find((candidate) => candidate.file === file);
  if (!document) throw new Error(`${file} was not loaded; skipped: ${JSON.stringify(result.skipped)}`);
  return document;
}

describe('loadCorpus on the shipped corpus', () => {
  let result: CorpusLoadResult;
  beforeAll(async () => {
    result = await loadCorpus(corpusDir);
  });

  it('loads the five press releases, in file order, with nothing skipped', () => {
    expect(result.skipped).toEqual([]);
    expect(result.documents.map((document) => document.source)).toEqual([
      'corpus/000_dd735be49553672e.txt',
      'corpus/001_f9e0d76738ee284f.txt',
      'corpus/002_dc55de66c2507726.txt',
      'corpus/003_b0a59d27816c901e.txt',
      'corpus/004_e2f5720054723137.txt',
    ]);
  });

  it('takes the first line as the title', () => {
    expect(byFile(result, '000_dd735be49553672e.txt').title).toBe(
      "Fort-de-France Smart City: La Ville et Orange s'engagent!",
    );
    expect(byFile(result, '001_f9e0d76738ee284f.txt').title).toBe('Paris incube la fibre optique d’Orange');
    expect(byFile(result, '003_b0a59d27816c901e.txt').title).toBe(
      'La Manche signe un partenariat historique avec la ville de Séoul',
    );
  });

  it('dates 000 from "vendredi 6 avril 2018" and leaves undated releases undated', () => {
    expect(byFile(result, '000_dd735be49553672e.txt').date).toBe('2018-04-06');
    // 001 only says "octobre 2012", 004 "le 10 septembre dernier": no full date.
    expect(byFile(result, '001_f9e0d76738ee284f.txt').date).toBeUndefined();
    expect(byFile(result, '004_e2f5720054723137.txt').date).toBeUndefined();
  });

  it('counts the repeated title of 002 once and drops the picture name left in it', () => {
    const gers = byFile(result, '002_dc55de66c2507726.txt');
    expect(gers.title).toMatch(/^Gers numérique : Philippe Martin et Jean-Pierre Salers ont reçu Jérôme Barré/);
    expect(gers.blocks).not.toContain(gers.title);
    expect(gers.blocks).not.toContain('DSCF0049.jpg');
    expect(gers.blocks.some((block) => block.includes('DSCF0049'))).toBe(false);
    expect(gers.blocks.at(-1)).toBe('Mme le maire, Sandrine Rodolfi de Zan, fait apprécier le panorama.');
  });

  it('keeps one clean block per non-empty line, in reading order', async () => {
    for (const document of result.documents) {
      const raw = await readFile(path.join(corpusDir, document.file), 'utf8');
      const nonEmptyLines = raw.split(/\r?\n/).filter((line) => line.trim() !== '').length;
      expect(document.blocks.length).toBeGreaterThan(3);
      expect(document.blocks.length).toBeLessThan(nonEmptyLines);
      for (const block of document.blocks) {
        expect(block).toBe(block.trim());
        expect(block).not.toMatch(/[ \t\n\r]{2,}|[\n\r]/);
      }
    }
    const fortDeFrance = byFile(result, '000_dd735be49553672e.txt');
    expect(fortDeFrance.blocks[0]).toMatch(/^La Ville de Fort-de-France a signé ce vendredi 6 avril 2018/);
    expect(fortDeFrance.blocks.at(-1)).toBe('Alicia Bellance alicia.bellance@orange.com 0696260135');
  });

  it('fingerprints every file with its size and the sha256 of its bytes', async () => {
    expect(result.files.map((fingerprint) => fingerprint.file)).toEqual(
      result.documents.map((document) => document.file),
    );
    for (const fingerprint of result.files) {
      const bytes = await readFile(path.join(corpusDir, fingerprint.file));
      expect(fingerprint.size).toBe(bytes.length);
      expect(fingerprint.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('gives the same result twice', async () => {
    expect(await loadCorpus(corpusDir)).toEqual(result);
  });
});

describe('loadCorpus with bad files beside good ones', () => {
  let dir: string;
  let result: CorpusLoadResult;
  // Root (as in many CI containers) reads a chmod 000 file anyway; the permission case only runs where it bites.
  let permissionsApply = true;
  const french = 'La Communauté de communes a inauguré le réseau très haut débit le 3 mars 2021.\n';

  beforeAll(async () => {
    dir = path.join(await mkdtemp(path.join(tmpdir(), 'relais-corpus-')), 'presse');
    await mkdir(path.join(dir, 'archives'), { recursive: true });
    await copyFile(path.join(corpusDir, '000_dd735be49553672e.txt'), path.join(dir, '000_dd735be49553672e.txt'));
    await copyFile(path.join(formatsDir, 'fibre-paris.html'), path.join(dir, 'archives/fibre-paris.html'));
    await copyFile(path.join(formatsDir, 'afnum-ateliers.md'), path.join(dir, 'archives/afnum-ateliers.md'));

    await writeFile(path.join(dir, 'vide.txt'), '');
    await writeFile(path.join(dir, 'blanc.txt'), ' \n\r\n\t  \n');
    // The start of a JPEG saved with a .txt name.
    await writeFile(path.join(dir, 'photo.txt'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]));
    await writeFile(path.join(dir, 'controle.txt'), Buffer.from('\x01\x02\x03\x04abc\x05\x06\x07\x08\x0e\x0f'));
    await writeFile(path.join(dir, 'latin1.txt'), Buffer.from(french, 'latin1'));
    await writeFile(path.join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(french, 'utf16le')]));
    await writeFile(path.join(dir, 'enorme.txt'), Buffer.alloc(Math.round(3.1 * 1024 * 1024), 'Très haut débit. '));
    await writeFile(path.join(dir, 'rapport.pdf'), '%PDF-1.4\n%âãÏÓ\n');
    await writeFile(path.join(dir, 'budget.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
    await writeFile(path.join(dir, 'LISEZMOI'), french);
    await writeFile(path.join(dir, 'bom-crlf.txt'), `\uFEFFLe Gers raccorde ses entreprises\r\n\r\n${french.trim()}\r\nDeux Gersois sur trois seront raccordés.\r\n`);
    await writeFile(path.join(dir, 'scripts.html'), '<html><head><script>var a = 1;</script></head><body><nav>Accueil</nav></body></html>');
    await writeFile(path.join(dir, 'titre-seul.txt'), 'Communiqué de presse\n\n');
    await writeFile(path.join(dir, 'yaml-casse.md'), '---\ntitle: "Séoul\ndate: [2019\n---\n\nLa Manche et Séoul.\n');
    // Hidden entries are neither loaded, skipped nor fingerprinted.
    await writeFile(path.join(dir, '.DS_Store'), Buffer.from([0, 0, 0, 1]));
    await mkdir(path.join(dir, '.git'));
    await writeFile(path.join(dir, '.git/HEAD'), 'ref: refs/heads/main\n');
    // A link whose target is gone: a file that vanished between listing and reading.
    await symlink(path.join(dir, 'supprime.txt'), path.join(dir, 'disparu.txt'));
    execFileSync('mkfifo', [path.join(dir, 'tube.txt')]);
    await writeFile(path.join(dir, 'interdit.txt'), `Accès réservé\n${french}`);
    await chmod(path.join(dir, 'interdit.txt'), 0o000);
    permissionsApply = await readFile(path.join(dir, 'interdit.txt')).then(() => false, () => true);

    result = await loadCorpus(dir);
  });

  afterAll(async () => {
    await chmod(path.join(dir, 'interdit.txt'), 0o644).catch(() => undefined);
    await rm(path.dirname(dir), { recursive: true, force: true });
  });

  function reasonFor(file: string): string | undefined {
    return result.skipped.find((skipped) => skipped.file === file)?.reason;
  }

  it('still loads the good files, with sources named after the folder', () => {
    expect(result.documents.map((document) => document.source)).toEqual([
      'presse/000_dd735be49553672e.txt',
      'presse/archives/afnum-ateliers.md',
      'presse/archives/fibre-paris.html',
      'presse/bom-crlf.txt',
      ...(permissionsApply ? [] : ['presse/interdit.txt']),
    ]);
  });

  it('says in plain words why each bad file was skipped', () => {
    expect(reasonFor('vide.txt')).toBe('empty');
    expect(reasonFor('blanc.txt')).toMatch(/^empty/);
    expect(reasonFor('photo.txt')).toBe('binary content');
    expect(reasonFor('controle.txt')).toBe('binary content');
    expect(reasonFor('latin1.txt')).toBe('not UTF-8 text (probably Latin-1 or Windows-1252): save it as UTF-8');
    expect(reasonFor('utf16.txt')).toMatch(/^not UTF-8 text.*save it as UTF-8/);
    expect(reasonFor('enorme.txt')).toBe('larger than 2 MiB (3.1 MiB)');
    expect(reasonFor('rapport.pdf')).toBe('not a valid PDF (damaged, truncated or another kind of file)');
    expect(reasonFor('budget.xlsx')).toBe('unsupported file type .xlsx');
    expect(reasonFor('LISEZMOI')).toBe('unsupported file type (no extension)');
    expect(reasonFor('scripts.html')).toBe('no text content');
    expect(reasonFor('titre-seul.txt')).toBe('no text content besides the title');
    expect(reasonFor('yaml-casse.md')).toMatch(/^invalid YAML front-matter/);
    expect(reasonFor('disparu.txt')).toBe('unreadable: ENOENT');
    expect(reasonFor('tube.txt')).toBe('not a regular file');
  });

  it('says each reason in French too (issue 14, item 9)', () => {
    const fr = (file: string) => result.skipped.find((skipped) => skipped.file === file)?.reasonFr;
    expect(result.skipped.every((skipped) => typeof skipped.reasonFr === 'string' && skipped.reasonFr !== skipped.reason)).toBe(true);
    expect(fr('enorme.txt')).toBe('plus de 2 Mio (3,1 Mio)');
    expect(fr('latin1.txt')).toBe('pas du texte UTF-8 (sans doute Latin-1 ou Windows-1252) : enregistrez-le en UTF-8');
    expect(fr('rapport.pdf')).toBe('PDF non valide (abîmé, tronqué ou d’un autre type)');
    expect(fr('yaml-casse.md')).toMatch(/^en-tête YAML invalide : /);
  });

  it('skips a file it has no permission to read', (context) => {
    if (!permissionsApply) context.skip('running as root: chmod 000 does not stop reads');
    expect(reasonFor('interdit.txt')).toBe('unreadable: EACCES');
  });

  it('lists skipped files sorted, and ignores hidden ones', () => {
    const skippedFiles = result.skipped.map((skipped) => skipped.file);
    expect(skippedFiles).toEqual([...skippedFiles].sort());
    expect(skippedFiles.some((file) => file.startsWith('.'))).toBe(false);
  });

  it('fingerprints loaded and skipped files alike, but not hidden or unreadable ones', async () => {
    const fingerprinted = result.files.map((fingerprint) => fingerprint.file);
    expect(fingerprinted).toEqual([...fingerprinted].sort());
    for (const file of ['vide.txt', 'photo.txt', 'latin1.txt', 'enorme.txt', 'rapport.pdf', 'budget.xlsx', 'LISEZMOI', 'archives/fibre-paris.html']) {
      expect(fingerprinted).toContain(file);
    }
    for (const file of ['.DS_Store', '.git/HEAD', 'disparu.txt', 'tube.txt']) {
      expect(fingerprinted).not.toContain(file);
    }
    const big = result.files.find((fingerprint) => fingerprint.file === 'enorme.txt');
    const bytes = await readFile(path.join(dir, 'enorme.txt'));
    expect(big).toMatchObject({ file: 'enorme.txt', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(result.files.find((fingerprint) => fingerprint.file === 'vide.txt')?.size).toBe(0);
  });

  it('strips the BOM and handles CRLF line ends', () => {
    const gers = byFile(result, 'bom-crlf.txt');
    expect(gers.title).toBe('Le Gers raccorde ses entreprises');
    expect(gers.blocks).toEqual([french.trim(), 'Deux Gersois sur trois seront raccordés.']);
    expect(gers.date).toBe('2021-03-03');
  });

  it('honours a smaller size cap', async () => {
    const capped = await loadCorpus(dir, { maxFileBytes: 1000 });
    expect(capped.skipped.find((skipped) => skipped.file === '000_dd735be49553672e.txt')?.reason).toBe(
      'larger than 1000 bytes (3.4 KiB)',
    );
    expect(capped.documents.map((document) => document.file)).toContain('bom-crlf.txt');
  });
});

describe('loadCorpus and symbolic links (issue 14, item 3)', () => {
  let work: string;
  let result: CorpusLoadResult;
  const privateNote = 'Notes privées du directeur\nLe budget secret du projet Kestrel est de 9 millions.\n';

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'relais-links-'));
    const dir = path.join(work, 'corpus');
    await mkdir(path.join(dir, 'archives'), { recursive: true });
    await mkdir(path.join(work, 'notes-privees'));
    await writeFile(path.join(work, 'notes-privees/budget.txt'), privateNote);
    await writeFile(path.join(work, 'secret.txt'), privateNote);
    await copyFile(path.join(corpusDir, '000_dd735be49553672e.txt'), path.join(dir, 'archives/fort-de-france.txt'));
    // Out of the corpus folder: a folder, a file, a system folder full of text.
    await symlink(path.join(work, 'notes-privees'), path.join(dir, 'notes'));
    await symlink('../secret.txt', path.join(dir, 'secret.txt'));
    await symlink('/usr/share', path.join(dir, 'partage'));
    // Inside it: still followed.
    await symlink('archives/fort-de-france.txt', path.join(dir, 'lien-interne.txt'));
    await symlink('archives', path.join(dir, 'dossier-interne'));
    result = await loadCorpus(dir);
  });

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('skips every link leading out of the corpus folder, with its reason, and reads nothing behind it', async () => {
    expect(result.documents.map((d) => d.file)).toEqual(['archives/fort-de-france.txt', 'dossier-interne/fort-de-france.txt', 'lien-interne.txt']);
    expect(result.documents.some((d) => d.blocks.join(' ').includes('Kestrel'))).toBe(false);
    expect(result.skipped).toEqual([
      expect.objectContaining({ file: 'notes/', reason: 'link to outside the corpus folder' }),
      expect.objectContaining({ file: 'partage/', reason: 'link to outside the corpus folder' }),
      expect.objectContaining({ file: 'secret.txt', reason: 'link to outside the corpus folder' }),
    ]);
    const { fingerprintCorpus } = await import('../../../src/engine/corpus/loadCorpus.ts');
    expect((await fingerprintCorpus(path.join(work, 'corpus'))).map((f) => f.file)).toEqual(result.documents.map((d) => d.file));
  });
});

describe('loadCorpus and document urls (issue 14, item 6)', () => {
  it('keeps a url only when it is an absolute http(s) address without user name or password', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'relais-urls-'));
    const dir = path.join(work, 'corpus');
    await mkdir(dir);
    const urls: Record<string, string> = {
      'a-https.md': 'https://www.gers.fr/actualites/fibre',
      'b-http.md': 'http://exemple.org',
      'c-javascript.md': 'javascript:alert(document.cookie)',
      'd-identifiants.md': 'https://impots.gouv.fr@exemple-piege.net/connexion',
      'e-relatif.md': '/actualites/fibre',
      'f-data.md': 'data:text/html,<script>alert(1)</script>',
      'g-ftp.md': 'ftp://exemple.org/communique.pdf',
    };
    for (const [file, url] of Object.entries(urls)) {
      await writeFile(path.join(dir, file), `---\ntitle: Le Gers raccorde ses communes\nurl: "${url}"\n---\n\nLe département a raccordé 120 communes à la fibre en 2023.\n`);
    }
    await writeFile(path.join(dir, 'h-canonique.html'), '<html><head><title>Fibre</title><link rel="canonical" href="javascript:void(0)"></head><body><p>Le réseau compte 4 000 prises.</p></body></html>');
    try {
      const result = await loadCorpus(dir);
      expect(Object.fromEntries(result.documents.map((d) => [d.file, d.url]))).toEqual({
        'a-https.md': 'https://www.gers.fr/actualites/fibre',
        'b-http.md': 'http://exemple.org/',
        'c-javascript.md': undefined,
        'd-identifiants.md': undefined,
        'e-relatif.md': undefined,
        'f-data.md': undefined,
        'g-ftp.md': undefined,
        'h-canonique.html': undefined,
      });
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});

describe('loadCorpus and text encodings (issue 14, item 8)', () => {
  let work: string;
  let result: CorpusLoadResult;
  const page = (charset: string) =>
    `<html><head>${charset}<title>Très haut débit à Chambéry</title></head><body><p>L’opérateur a déployé 2 400 prises en zone moins dense ; cœur de réseau rénové.</p></body></html>`;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'relais-encodings-'));
    const dir = path.join(work, 'corpus');
    await mkdir(dir);
    const latin1 = (text: string) => Buffer.from(text.replace('’', "'").replace('œ', 'oe'), 'latin1');
    await writeFile(path.join(dir, 'iso-8859-1.html'), latin1(page('<meta charset="iso-8859-1">')));
    // windows-1252 has ’ (0x92) and œ (0x9C), which Latin-1 lacks.
    await writeFile(path.join(dir, 'windows-1252.html'), Buffer.from(encodeWindows1252(page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'))));
    // Re-saved as UTF-8 by an editor that kept the old declaration.
    await writeFile(path.join(dir, 'declare-latin1-mais-utf8.html'), page('<meta charset="ISO-8859-1">'));
    await writeFile(path.join(dir, 'latin1-sans-declaration.html'), latin1(page('')));
    await writeFile(path.join(dir, 'inconnu.html'), latin1(page('<meta charset="x-klingon">')));
    await writeFile(path.join(dir, 'notes-latin1.txt'), latin1('Réunion du syndicat\nLe débit montera à 1 Gbit/s en été.\n'));
    result = await loadCorpus(dir);
  });

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  function reasonFor(file: string): string | undefined {
    return result.skipped.find((s) => s.file === file)?.reason;
  }

  it('decodes an HTML page as the encoding it declares', () => {
    expect(byFile(result, 'iso-8859-1.html').title).toBe('Très haut débit à Chambéry');
    expect(byFile(result, 'iso-8859-1.html').blocks.join(' ')).toContain("L'opérateur a déployé 2 400 prises");
    expect(byFile(result, 'windows-1252.html').blocks.join(' ')).toContain('L’opérateur a déployé 2 400 prises en zone moins dense ; cœur de réseau');
  });

  it('reads as UTF-8 a page declared Latin-1 whose bytes are valid UTF-8', () => {
    expect(byFile(result, 'declare-latin1-mais-utf8.html').title).toBe('Très haut débit à Chambéry');
  });

  it('skips what is not UTF-8 and declares nothing (or nothing known), saying to save it as UTF-8', () => {
    expect(reasonFor('notes-latin1.txt')).toBe('not UTF-8 text (probably Latin-1 or Windows-1252): save it as UTF-8');
    expect(reasonFor('latin1-sans-declaration.html')).toMatch(/save it as UTF-8, or declare its encoding \(<meta charset="windows-1252">\)$/);
    expect(reasonFor('inconnu.html')).toBe('declares the unknown encoding "x-klingon": save it as UTF-8');
  });
});

/** Windows-1252 bytes of `text` (Latin-1 plus the 0x80–0x9F punctuation and letters). */
function encodeWindows1252(text: string): Uint8Array {
  const extra: Record<string, number> = { '’': 0x92, 'œ': 0x9c, '€': 0x80, '«': 0xab, '»': 0xbb };
  return Uint8Array.from(Array.from(text, (c) => extra[c] ?? c.charCodeAt(0)));
}

describe('loadCorpus on a folder that does not exist', () => {
  it('rejects, since there is no corpus to index at all', async () => {
    await expect(loadCorpus(path.join(tmpdir(), 'relais-absent-corpus'))).rejects.toThrow(/ENOENT/);
  });
});

describe('fingerprintCorpus', () => {
  it('reuses a known hash when size and modification time are unchanged, and rehashes otherwise', async () => {
    const { fingerprintCorpus } = await import('../../../src/engine/corpus/loadCorpus.ts');
    const { mkdtemp, writeFile, utimes } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const pathModule = await import('node:path');
    const dir = await mkdtemp(pathModule.join(tmpdir(), 'relais-fingerprint-'));
    const file = pathModule.join(dir, 'note.txt');
    await writeFile(file, 'Le Gers déploie la fibre optique.\n\nDeux Gersois sur trois seront raccordés.\n');
    const [first] = await fingerprintCorpus(dir);
    expect(first?.mtimeMs).toBeGreaterThan(0);
    // A stale hash with the same size and time is trusted: proof that the file was not read again.
    const [reused] = await fingerprintCorpus(dir, [{ ...first!, sha256: 'trusted' }]);
    expect(reused?.sha256).toBe('trusted');
    // Touching the file (same size, new time) makes it read and hashed again.
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    const [rehashed] = await fingerprintCorpus(dir, [{ ...first!, sha256: 'trusted' }]);
    expect(rehashed?.sha256).toBe(first?.sha256);
  });
});

describe('loadCorpus: a page dated by its publication line', () => {
  it('dates a page from "Rédigé le 14/03/2021" near its top, before any date its text gives', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'relais-dated-'));
    await writeFile(
      path.join(dir, 'antenne.txt'),
      'Une nouvelle antenne pour le plateau\n\nRédigé le 14/03/2021\n\nLe pylône sera mis en service le 2 juin 2021 au lieu-dit Les Granges.\n',
    );
    const result = await loadCorpus(dir);
    expect(byFile(result, 'antenne.txt').date).toBe('2021-03-14');
    await rm(dir, { recursive: true, force: true });
  });
});
