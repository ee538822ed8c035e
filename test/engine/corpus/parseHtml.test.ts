import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/engine/corpus/loadCorpus.ts';
import { parseHtml } from '../../../src/engine/corpus/parseHtml.ts';

const formatsDir = fileURLToPath(new URL('../../fixtures/corpus/formats', import.meta.url));

describe('HTML press releases', () => {
  it('keeps the article text in reading order, with entities decoded, and its metadata', async () => {
    const { documents } = await loadCorpus(formatsDir);
    const paris = documents.find((document) => document.file === 'fibre-paris.html');
    expect(paris).toMatchObject({
      source: 'formats/fibre-paris.html',
      title: 'Paris incube la fibre optique d’Orange',
      date: '2013-02-12',
      url: 'https://www.zdnet.fr/actualites/paris-incube-la-fibre-optique-d-orange.htm',
      tags: ['fibre optique', 'incubateurs', 'Paris'],
    });
    expect(paris?.blocks).toEqual([
      'La Ville de Paris et Orange ont signé un partenariat pour le raccordement en fibre optique des 50\u00a0sites d’accueil d’entreprises innovantes dans la capitale.',
      'Cet accord va concerner 1500 entreprises hébergées au sein des incubateurs, pépinières et hôtels d’entreprises éparpillés dans Paris.',
      'Orange Business Services pourrait gagner en visibilité',
      'avec son offre «\u00a0Le Cloud Pro\u00a0».',
      'Palaiseau',
      'Essonne',
    ]);
  });

  it('lets nothing from scripts, styles, navigation, header, footer, aside, noscript, template or svg leak', async () => {
    const { documents } = await loadCorpus(formatsDir);
    const text = documents.find((document) => document.file === 'fibre-paris.html')?.blocks.join('\n') ?? '';
    for (const leak of ['dataLayer', 'font-family', 'Cloud\n', 'Télécoms', 'ZDNet', 'Actualités des entreprises',
      'CBS Interactive', 'plus lus', 'JavaScript', 'Partager', 'Icône', 'Gabarit', 'Publicité']) {
      expect(text).not.toContain(leak);
    }
  });

  it('leaves out figure captions', () => {
    const parsed = parseHtml(
      '<article><p>Le bus numérique passe à Privas le mardi.</p>' +
        '<figure><img src="bus.jpg" alt=""><figcaption>Le bus sur la place du marché, le 4 mai.</figcaption></figure></article>',
    );
    expect(parsed.blocks.map((block) => block.trim())).toEqual(['Le bus numérique passe à Privas le mardi.']);
  });

  it('leaves out chrome marked by class, id, role or aria-hidden', () => {
    const parsed = parseHtml(
      '<div class="bandeau-cookies">Ce site utilise des cookies. Accepter</div>' +
        '<div id="menu-principal"><a href="/">Accueil</a></div>' +
        '<ol class="fil-ariane"><li>Accueil</li><li>Actualités</li></ol>' +
        '<div role="navigation">Plan du site</div><span aria-hidden="true">★</span>' +
        '<div class="entry-header"><h1>La médiathèque de Privas ouvre</h1></div>' +
        '<div class="contenu"><p>La médiathèque ouvre le 3 mars.</p></div>' +
        '<div class="share-buttons">Partager sur Facebook</div><aside>Lire aussi</aside>' +
        '<div class="site-footer-col">Mentions légales</div>',
    );
    expect(parsed.blocks.map((block) => block.trim())).toEqual(['La médiathèque de Privas ouvre', 'La médiathèque ouvre le 3 mars.']);
  });

  it('keeps the page when its wrappers carry layout or chrome-like classes', () => {
    // WordPress marks the body with its layout; a theme may wrap the article in "content-share".
    const parsed = parseHtml(
      '<body class="single has-sidebar"><div class="content-share"><p>La médiathèque de Privas ouvre le 3 mars.</p>' +
        '<p>Elle compte douze postes en accès libre.</p></div><div class="sidebar">Agenda</div></body>',
    );
    expect(parsed.blocks.map((block) => block.trim())).toEqual([
      'La médiathèque de Privas ouvre le 3 mars.',
      'Elle compte douze postes en accès libre.',
      'Agenda',
    ]);
    const layout = parseHtml('<body class="page has-sidebar"><main class="with-menu"><p>Le bus passe le mardi.</p></main></body>');
    expect(layout.blocks.map((block) => block.trim())).toEqual(['Le bus passe le mardi.']);
  });

  it('falls back to the first <h1> for the title and to <time datetime> or og:url', () => {
    const parsed = parseHtml(
      '<html><head><meta property="og:url" content="https://example.org/gers"></head><body>' +
        '<header><h1>Le Département</h1></header>' +
        '<h1>Gers  numérique &amp; Orange</h1><p>Publié le <time datetime="2019-03-15T10:00:00+01:00">15 mars</time>.</p>' +
        '<p hidden>Brouillon</p><table><tr><td>Auch</td><td>13&#160;000 prises</td></tr></table></body></html>',
    );
    expect(parsed.title?.replace(/\s+/g, ' ')).toBe('Gers numérique & Orange');
    expect(parsed.date).toBe('2019-03-15');
    expect(parsed.url).toBe('https://example.org/gers');
    expect(parsed.blocks.map((block) => block.trim())).toEqual([
      'Gers  numérique & Orange',
      'Publié le 15 mars.',
      // a table row is one block, its cells joined as the .docx and .odt readers join them
      'Auch | 13\u00a0000 prises',
    ]);
  });

  it('takes article:published_time when there is no date meta, and keeps <pre> lines apart', () => {
    const parsed = parseHtml(
      '<meta property="article:published_time" content="2018-04-06T08:00:00Z">' +
        '<pre>Contact presse :\nAlicia Bellance</pre>',
    );
    expect(parsed.date).toBe('2018-04-06');
    expect(parsed.blocks).toEqual(['Contact presse :', 'Alicia Bellance']);
  });
});
