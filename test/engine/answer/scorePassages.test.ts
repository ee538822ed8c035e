// Passage scores over small pages written here: a sentence that states another year, or another rank
// of a series, than the one asked gets no credit for the year or rank its neighbour says.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RelaisEngine } from '../../../src/engine/index.ts';

const RELEASE = `Le Lot-et-Sorre obtient de nouveaux sites de téléphonie

Cahors-sur-Sorre, le 2 février 2025. Le département du Lot-et-Sorre poursuit la résorption de ses zones blanches.

L'équipe départementale a proposé 18 nouveaux sites de téléphonie mobile à l'État pour 2025. En 2024, sept emplacements avaient été validés par l'État dans le département. Les premiers pylônes seront allumés à l'automne.
`;

const PHASES = `Fibre : le Val-de-Sorre change de lot

Villeneuve-sur-Sorre, le 3 mars 2025. Le syndicat Val-de-Sorre Numérique achève le premier lot du chantier, qui aura rendu 21.500 lignes raccordables avant l'été 2025. Le deuxième et dernier lot, avec 17.300 lignes de plus, démarrera en octobre.
`;

const SITES = `Haut-Sorre : des bornes de recharge dans les bourgs

Le syndicat d'énergie du Haut-Sorre installera 40 bornes de recharge dans les bourgs d'ici 2027.
Chaque bourg intéressé par l'accueil d'une borne doit déposer un dossier avant l'été.
Pour les premières bornes, quatre sites sont déjà choisis : Brassac, Montcorin, Le Vernet et Sauvian.
`;

const TRAINING = `Les agents de la mairie à l'école des faux courriels

Sorrac-la-Vallée, jeudi 6 mars 2025

Les 120 agents de la mairie suivront cette année une formation aux courriels frauduleux et aux mots de passe.
`;

const LAPTOPS = `Kéops équipe ses collégiens

Chaque collégien de cinquième du département de Kéops disposera d'un ordinateur portable prêté pour toute sa scolarité.

Le Département les paie sur son budget d'investissement. Il en a acheté 18 500 à un fabricant de Rochebrune, livrables en septembre.
`;

const CLIPPED = `Fibre Pro : les ateliers d'artisans raccordés

Les élus ont reconduit hier le dispositif Fibre Pro pour les artisans installés hors des grandes zones.
Le budget de l'année atteint 72 000 euros, dont 42 000 euros apportés par l'Agglo et 30 000 euros par la chambre de métiers.
Un artisan peut déposer sa demande en ligne jusqu'en novembre.
Le raccordement jusqu'à la limite de sa parcelle est entièrement couvert.
Au-delà, les travaux restent à sa charge.
Le dispositif vaut pour les artisans de Sorrac, Lanvaux, Vernay et Rochebrune.
`;

let root: string;
let engine: RelaisEngine;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'relais-score-'));
  const corpusDir = path.join(root, 'corpus');
  await mkdir(corpusDir);
  await writeFile(path.join(corpusDir, '020_sorre.txt'), RELEASE);
  await writeFile(path.join(corpusDir, '021_val-de-sorre.txt'), PHASES);
  await writeFile(path.join(corpusDir, '022_haut-sorre.txt'), SITES);
  await writeFile(path.join(corpusDir, '023_sorrac.txt'), TRAINING);
  await writeFile(path.join(corpusDir, '024_keops.txt'), LAPTOPS);
  await writeFile(path.join(corpusDir, '025_fibre-pro.txt'), CLIPPED);
  engine = await RelaisEngine.open({ corpusDir, dataDir: path.join(root, 'data'), useSnapshot: false });
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a year asked', () => {
  it('is not answered by the sentence beside it that states another year', async () => {
    const answer = await engine.ask("Combien de sites de téléphonie mobile l'État a-t-il validés en 2024 dans le Lot-et-Sorre ?");
    const cited = answer.answered ? answer.facts[0]!.excerpt : '';
    expect(cited).not.toContain('pour 2025');
    // the year's own sentence still answers
    const own = await engine.ask("Combien d'emplacements l'État a-t-il validés en 2024 dans le Lot-et-Sorre ?");
    expect(own.answered).toBe(true);
    expect(own.facts[0]!.excerpt).toContain('sept emplacements');
  });
});

describe('a rank asked', () => {
  it('is not answered by the sentence beside it that says another rank', async () => {
    const answer = await engine.ask('Combien de lignes pour le dernier lot du chantier au Val-de-Sorre ?');
    expect(answer.answered && answer.facts[0]!.excerpt).toContain('17.300 lignes de plus');
  });
});

describe('a place asked within the place a page is about', () => {
  it('is not answered by the page’s own place, which the question names itself', async () => {
    const answer = await engine.ask('Quels sites pour installer les bornes de recharge dans le Haut-Sorre ?');
    expect(answer.answered && answer.facts[0]!.excerpt).toContain('Brassac, Montcorin, Le Vernet et Sauvian');
  });
});

describe('a place asked', () => {
  it('is the place a dateline names, its day of the week written or not', async () => {
    const answer = await engine.ask('Quelles communes forment leurs agents aux courriels frauduleux ?');
    expect(answer.answered).toBe(true);
    expect(answer.facts[0]?.source).toBe('corpus/023_sorrac.txt');
  });
});

describe('a count asked', () => {
  it('is the number "en" stands before, when the sentence between speaks of the counted thing by a pronoun', async () => {
    const answer = await engine.ask("Combien d'ordinateurs ont été achetés par le Département de Kéops ?");
    expect(answer.answered && answer.facts[0]!.excerpt).toContain('18 500');
  });
});

describe('a name asked as the complement of a noun', () => {
  it('is spoken of by that noun, clipped as pages write it ("l\'Agglo" for "l\'agglomération de Rochebrune")', async () => {
    const answer = await engine.ask("Quelle part du budget de Fibre Pro vient de l'agglomération de Rochebrune ?");
    expect(answer.answered && answer.facts[0]!.excerpt).toContain("42 000 euros apportés par l'Agglo");
  });
});
