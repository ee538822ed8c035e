import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/engine/corpus/loadCorpus.ts';
import { parseMarkdown } from '../../../src/engine/corpus/parseMarkdown.ts';
import { UnparsableFileError } from '../../../src/engine/corpus/parsedDocument.ts';

const formatsDir = fileURLToPath(new URL('../../fixtures/corpus/formats', import.meta.url));

describe('Markdown press releases', () => {
  it('reads title, date, url, territory and tags from the front-matter', async () => {
    const { documents } = await loadCorpus(formatsDir);
    const seoul = documents.find((document) => document.file === '2019/manche-seoul.md');
    expect(seoul).toMatchObject({
      source: 'formats/2019/manche-seoul.md',
      title: 'La Manche signe un partenariat historique avec la ville de Séoul',
      date: '2019-06-17',
      url: 'https://www.manchenumerique.fr/actualites/partenariat-seoul',
      territory: 'Manche',
      tags: ['coopération internationale', 'smart city'],
    });
    // The "# title" heading repeats the front-matter title: it counts once.
    expect(seoul?.blocks).toEqual([
      'Séoul, capitale de la République de Corée, a été consacrée, depuis 2003, par ses pairs comme la meilleure ubiquitous-city en matière de gouvernance électronique.',
      'En quoi consiste concrètement ce partenariat ?',
      "D'une durée de 2 ans, l'accord se déclinera en plusieurs points :",
      'transférer des projets qui fonctionnent sur chacun des territoires ;',
      "permettre aux acteurs locaux d'échanger sur les projets ;",
      'développer des projets qui se prêtent à un travail en commun.',
      'La Manche accueillera deux « émissaires » coréens du 17 au 19 juin.',
    ]);
  });

  it('without front-matter, takes the first heading as title and strips the Markdown syntax', async () => {
    const { documents } = await loadCorpus(formatsDir);
    const afnum = documents.find((document) => document.file === 'afnum-ateliers.md');
    expect(afnum).toMatchObject({
      title: 'L’Afnum co-organisateur de la première édition des Ateliers des Territoires Connectés',
      tags: [],
    });
    expect(afnum?.date).toBeUndefined();
    expect(afnum?.url).toBeUndefined();
    expect(afnum?.blocks).toEqual([
      'Le 10 septembre dernier se tenait à Angers la première étape du tour de France des Ateliers des Territoires Connectés, en présence de Cédric O, secrétaire d’État chargé du numérique.',
      'Près de 300 participants, élus et représentants de collectivités, ont été réunis autour de la thématique « Territoires connectés : pour l’accélération des usages ».',
      '« Les industriels sont là pour expliquer, accompagner et servir les collectivités territoriales. »',
      'Plus d’informations sur https://www.afnum.fr ou le site des Ateliers.',
    ]);
  });

  it('accepts tags as a comma-separated string, a French date, and capitalised keys', async () => {
    const parsed = await parseMarkdown(
      '---\nTitle: Gers numérique\ndate: "vendredi 15 mars 2019"\ntags: fibre, Gers ,  entreprises\n---\nLe Gers raccorde ses entreprises.\n',
    );
    expect(parsed).toMatchObject({ title: 'Gers numérique', date: '2019-03-15', tags: ['fibre', 'Gers', 'entreprises'] });
  });

  it('ignores a date it cannot read, so the text date is used instead', async () => {
    expect((await parseMarkdown('---\ndate: bientôt\n---\nTexte.\n')).date).toBeUndefined();
    expect((await parseMarkdown('---\ndate: 2019-02-30\n---\nTexte.\n')).date).toBeUndefined();
    // a month alone stays a month
    expect((await parseMarkdown('---\ndate: 2019-02\n---\nTexte.\n')).date).toBe('2019-02');
  });

  it('keeps emphasis marks that are part of words, escapes and numbered items', async () => {
    const { blocks } = await parseMarkdown(
      [
        'Le fichier plan_numerique_2020 est en ligne, note \\*importante\\*.',
        '',
        '1) Transférer des projets',
        '2) Développer des **projets communs**',
        '',
        '| Commune | Prises |',
        '|---------|-------:|',
        '| Auch    | 13 000 |',
        '',
        '```',
        'code brut',
        '```',
      ].join('\n'),
    );
    expect(blocks).toEqual([
      'Le fichier plan_numerique_2020 est en ligne, note *importante*.',
      '1) Transférer des projets',
      '2) Développer des projets communs',
      'Commune | Prises',
      'Auch | 13 000',
      'code brut',
    ]);
  });

  it('refuses front-matter that is not valid YAML, with the reason', async () => {
    await expect(parseMarkdown('---\ntitle: "Séoul\n---\nTexte.\n')).rejects.toThrow(UnparsableFileError);
    await expect(parseMarkdown('---\n- a\n- b\n---\nTexte.\n')).rejects.toThrow(/invalid YAML front-matter/);
  });

  it('treats a lone "---" rule at the top as Markdown, not as front-matter', async () => {
    const parsed = await parseMarkdown('---\n\nLa Manche signe avec Séoul.\n');
    expect(parsed.blocks).toEqual(['La Manche signe avec Séoul.']);
    expect(parsed.title).toBeUndefined();
  });

  it('reads the lines typed after a quoted line without ">" as the article going on, not as the quote', async () => {
    const page = [
      "Le réseau de l'agglomération est achevé.",
      '>LIRE AUSSI : La médiathèque rouvre ses portes',
      'Des capteurs installés sur les conteneurs mesureront leur remplissage. Mille seront posés d’ici 2026.',
      '',
      '> « Nous voulons passer de l’infrastructure',
      '> aux usages », explique le directeur.',
    ].join('\n');
    expect((await parseMarkdown(page)).blocks).toEqual([
      "Le réseau de l'agglomération est achevé.",
      'LIRE AUSSI : La médiathèque rouvre ses portes',
      'Des capteurs installés sur les conteneurs mesureront leur remplissage. Mille seront posés d’ici 2026.',
      '« Nous voulons passer de l’infrastructure aux usages », explique le directeur.',
    ]);
  });

  it('reads a page pasted with a line per paragraph: a heading or a caption line is a block of its own', async () => {
    const page = [
      'La commune a choisi un terrain communal pour le pylône.',
      'Mise en service d’ici février 2026',
      'Les travaux commenceront au printemps, après le feu vert de la préfecture.',
      'Photo : le terrain retenu, près du lavoir',
      'Le conseil municipal a voté la convention avec',
      'Orange le 12 mars, à l’unanimité.',
    ].join('\n');
    expect((await parseMarkdown(page)).blocks).toEqual([
      'La commune a choisi un terrain communal pour le pylône.',
      'Mise en service d’ici février 2026',
      'Les travaux commenceront au printemps, après le feu vert de la préfecture.',
      'Photo : le terrain retenu, près du lavoir',
      'Le conseil municipal a voté la convention avec Orange le 12 mars, à l’unanimité.',
    ]);
  });
});
