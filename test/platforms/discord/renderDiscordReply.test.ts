import { describe, expect, it } from 'vitest';
import type { Reply, ReplySection } from '../../../commands/reply.ts';
import {
  DiscordLimits,
  escapeMaskedLinks,
  neutraliseMentions,
  renderDiscordReply,
  renderHighlighted,
  truncate,
} from '../../../src/platforms/discord/renderDiscordReply.ts';
import { hasUnescapedBracket } from './helpers.ts';

const fact = (excerpt: string, i = 0, highlights = [{ start: 0, end: 5 }]): ReplySection => ({
  type: 'fact',
  excerpt,
  highlights,
  citation: {
    source: `corpus/${String(i).padStart(3, '0')}_x.txt`,
    title: `Communiqué n°${i}`,
    date: '2024-03-12',
    url: i % 2 ? `https://example.org/${i}` : undefined,
  },
});

function embedTotal(embeds: ReturnType<typeof renderDiscordReply>['embeds']): number {
  return embeds.reduce(
    (n, e) =>
      n +
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text.length ?? 0) +
      (e.fields ?? []).reduce((m, f) => m + f.name.length + f.value.length, 0),
    0,
  );
}

function expectWithinLimits(out: ReturnType<typeof renderDiscordReply>): void {
  expect(out.content.length).toBeLessThanOrEqual(DiscordLimits.content);
  expect(out.embeds.length).toBeLessThanOrEqual(DiscordLimits.embeds);
  expect(embedTotal(out.embeds)).toBeLessThanOrEqual(DiscordLimits.embedTotal);
  for (const e of out.embeds) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(DiscordLimits.title);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(DiscordLimits.description);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(DiscordLimits.fields);
    for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(DiscordLimits.fieldValue);
  }
}

describe('renderDiscordReply', () => {
  it('one embed per fact: excerpt with the emphasised spans in bold, citation as title and link, date in the footer', () => {
    const excerpt = 'Un chantier parmi les quatorze en cours qui mobilisent 163 personnes à temps plein.';
    const out = renderDiscordReply({
      ephemeral: false,
      heading: "Un fait trouvé, le plus pertinent d'abord :",
      sections: [
        {
          type: 'fact',
          excerpt,
          highlights: [
            { start: 3, end: 11 },
            { start: 59, end: 68 },
          ],
          citation: { source: 'corpus/002.txt', title: 'Gers numérique', date: '2016-05-10', url: 'https://www.gers.fr/x' },
        },
      ],
    });
    expect(out.content).toBe("Un fait trouvé, le plus pertinent d'abord :");
    expect(out.embeds).toHaveLength(1);
    expect(out.embeds[0]).toMatchObject({
      title: 'Gers numérique',
      url: 'https://www.gers.fr/x',
      description: 'Un **chantier** parmi les quatorze en cours qui mobilisent 163 **personnes** à temps plein.',
      footer: { text: '2016-05-10' },
    });
  });

  it('the title is the citation when there is no link (the file only when there is no title), and no embed url is invented', () => {
    const out = renderDiscordReply({ ephemeral: false, heading: 'h', sections: [fact('Texte du fait.', 2)] });
    expect(out.embeds[0]?.url).toBeUndefined();
    expect(out.embeds[0]?.title).toBe('Communiqué n°2');
    expect(out.embeds[0]?.footer?.text).toBe('2024-03-12');
    const untitled = renderDiscordReply({
      ephemeral: false,
      heading: '',
      sections: [{ type: 'fact', excerpt: 'x', highlights: [], citation: { source: 'corpus/009_y.txt', title: '' } }],
    });
    expect(untitled.embeds[0]?.title).toBe('corpus/009\\_y.txt');
  });

  it('a title naming another address is not the link: the address is shown in the footer', () => {
    const citation = { source: 'corpus/1.txt', title: 'Voir impots.gouv.fr', url: 'https://evil.example/x' };
    const out = renderDiscordReply({ ephemeral: false, heading: '', sections: [{ type: 'fact', excerpt: 'x', highlights: [], citation }] });
    expect(out.embeds[0]?.url).toBeUndefined();
    expect(out.embeds[0]?.footer?.text).toBe('https://evil.example/x');
  });

  it('escapes Discord markdown in corpus text (and keeps the bold of highlights working)', () => {
    const excerpt = 'Le *plan* __THD__ ~~2020~~ coûte 10 € `code` > cité | spoiler ||x||';
    const out = renderHighlighted(excerpt, [{ start: 3, end: 9 }], 4096);
    expect(out).toBe('Le **\\*plan\\*** \\_\\_THD\\_\\_ \\~\\~2020\\~\\~ coûte 10 € \\`code\\` > cité | spoiler \\|\\|x\\|\\|');
    const heading = renderDiscordReply({ ephemeral: false, heading: '**gras** _pas_', sections: [] }).content;
    expect(heading).toBe('\\*\\*gras\\*\\* \\_pas\\_');
  });

  it('keeps spaces outside the bold markers', () => {
    expect(renderHighlighted('a fibre b', [{ start: 1, end: 8 }], 100)).toBe('a **fibre** b');
  });

  it('never splits an emoji: highlights and cuts that fall inside one move to its start', () => {
    const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
    expect(renderHighlighted('👍👍 fibre', [{ start: 0, end: 1 }], 100)).toBe('👍👍 fibre');
    expect(renderHighlighted('👍 fibre 👍', [{ start: 1, end: 8 }], 100)).toBe('**👍 fibre** 👍');
    expect(wellFormed(renderHighlighted('👍'.repeat(50), [{ start: 0, end: 3 }], 31))).toBe(true);
  });

  it('neutralises @everyone, @here and <@…> in every part of the message', () => {
    expect(neutraliseMentions('@everyone @here <@123> <@!4> <@&5>')).toBe(
      '@\u200beveryone @\u200bhere <@\u200b123> <@\u200b!4> <@\u200b&5>',
    );
    const out = renderDiscordReply({
      ephemeral: false,
      heading: 'Réponse pour @here',
      sections: [
        {
          type: 'fact',
          excerpt: 'La mairie a prévenu @everyone selon <@123>.',
          highlights: [{ start: 20, end: 29 }],
          citation: { source: 'corpus/<@1>.txt', title: 'Note @everyone', date: undefined, url: undefined },
        },
        { type: 'text', text: 'Voir <@&456> @here' },
        { type: 'list', items: ['@everyone'] },
        { type: 'context', text: '<@789>' },
      ],
    });
    const all = JSON.stringify(out);
    expect(all).not.toMatch(/@everyone|@here|<@\d|<@&|<@!/);
    expect(out.embeds.some((e) => e.description?.includes('**@\u200beveryone**'))).toBe(true);
  });

  it('80 facts: as many embeds as the limits allow, the others listed in content, all within limits', () => {
    const facts = Array.from({ length: 80 }, (_, i) => fact(`Fait numéro ${i} : ${'la fibre arrive dans le département. '.repeat(10)}`, i));
    const out = renderDiscordReply({ ephemeral: false, heading: "80 faits trouvés, le plus pertinent d'abord :", sections: facts });
    expectWithinLimits(out);
    expect(out.embeds.length).toBeGreaterThan(3);
    expect(out.embeds[0]?.title).toBe('Communiqué n°0');
    expect(out.content).toMatch(/^80 faits trouvés/);
    expect(out.content).toContain(`+${80 - out.embeds.length}`);
    expect(out.content).toContain('Communiqué n°' + out.embeds.length);
  });

  it('a 10,000-character excerpt is cut to fit (4,096 description, 6,000 total), bold intact', () => {
    const excerpt = `${'fibre '.repeat(1700)}fin`;
    const highlights = Array.from({ length: 1700 }, (_, i) => ({ start: i * 6, end: i * 6 + 5 }));
    const out = renderDiscordReply({
      ephemeral: false,
      heading: 'h',
      sections: [fact(excerpt, 0, highlights), fact(excerpt, 1, highlights)],
    });
    expectWithinLimits(out);
    const description = out.embeds[0]!.description!;
    expect(description.length).toBeGreaterThan(3000);
    expect(description.endsWith('…')).toBe(true);
    expect((description.match(/\*\*/g) ?? []).length % 2).toBe(0);
  });

  it('a huge list (sources, help) stays within 4,096 characters of description', () => {
    const items = Array.from({ length: 500 }, (_, i) => `Communiqué ${i} — 2024-01-01 — corpus/${i}.txt`);
    const out = renderDiscordReply({
      ephemeral: false,
      heading: 'x'.repeat(3000),
      sections: [
        { type: 'list', items },
        { type: 'context', text: 'Page 1 sur 50' },
      ],
    });
    expectWithinLimits(out);
    expect(out.embeds[0]?.footer?.text).toBe('Page 1 sur 50');
  });

  it('text fallback: everything in content when embeds are not allowed', () => {
    const reply: Reply = { ephemeral: false, heading: 'Un fait :', sections: [fact('La fibre @everyone.', 1)] };
    const out = renderDiscordReply(reply, { embeds: false });
    expect(out.embeds).toEqual([]);
    expect(out.content).toContain('« La fibre @\u200beveryone. »');
    expect(out.content).toContain('Communiqué n°1 — 2024-03-12 — https://example.org/1');
    const long = renderDiscordReply(
      { ...reply, sections: Array.from({ length: 80 }, (_, i) => fact('x'.repeat(400), i)) },
      { embeds: false },
    );
    expect(long.content.length).toBeLessThanOrEqual(2000);
  });

  it('an error reply is content only', () => {
    expect(renderDiscordReply({ ephemeral: true, heading: 'Posez une question avec des mots.', sections: [] })).toEqual({
      content: 'Posez une question avec des mots.',
      embeds: [],
      components: [],
    });
  });

  it('truncate never splits a surrogate pair', () => {
    expect(truncate('😀😀😀', 4)).toBe('😀…');
    expect(truncate('abc', 3)).toBe('abc');
  });
});

describe('masked links from the corpus or a user (issue 14, item 6)', () => {
  const link = '[cliquez ici](https://exemple-piege.net/connexion)';
  const twoLinks = `Deux liens : ${link} et [le formulaire](https://exemple-piege.net/f)`;

  it('shows [text](url) as typed everywhere Discord renders markdown: heading, text, lists, excerpts', () => {
    const out = renderDiscordReply({
      ephemeral: false,
      heading: `3 communiqué(s) contenant « ${link} » :`,
      sections: [
        { type: 'text', text: twoLinks },
        { type: 'list', items: [twoLinks, `\\${link}`] },
        {
          type: 'fact',
          excerpt: `Le Gers raccorde 13 000 prises. ${twoLinks}`,
          highlights: [
            { start: 3, end: 7 },
            { start: 40, end: 52 },
          ],
          citation: { source: 'corpus/a.txt', title: link },
        },
      ],
    });
    for (const text of [out.content, ...out.embeds.flatMap((e) => [e.title ?? '', e.description ?? ''])]) {
      expect(hasUnescapedBracket(text), text).toBe(false);
    }
    expect(out.content).toContain('\\[cliquez ici](https://exemple-piege.net/connexion)');
    const plain = renderDiscordReply({ ephemeral: false, heading: link, sections: [{ type: 'text', text: twoLinks }] }, { embeds: false });
    expect(hasUnescapedBracket(plain.content)).toBe(false);
  });

  it('escapes a backslash before a bracket too, so the text cannot undo the escaping', () => {
    expect(escapeMaskedLinks('a [b](c)')).toBe('a \\[b](c)');
    expect(hasUnescapedBracket(renderDiscordReply({ ephemeral: false, heading: `\\${link}`, sections: [] }).content)).toBe(false);
  });

  it('does not link a title that names another address than its url', () => {
    const out = renderDiscordReply({
      ephemeral: false,
      heading: 'h',
      sections: [
        {
          type: 'fact',
          excerpt: 'Texte.',
          highlights: [],
          citation: { source: 'corpus/a.md', title: 'www.impots.gouv.fr', url: 'https://exemple-piege.net/' },
        },
      ],
    });
    expect(out.embeds[0]?.url).toBeUndefined();
    expect(out.embeds[0]?.footer?.text).toContain('https://exemple-piege.net/');
  });

  it("answer first: no content, the lead fact's embed first, further facts headed by their introduction, the button as a component", () => {
    const out = renderDiscordReply({
      ephemeral: false,
      heading: '',
      sections: [
        { ...fact('Le réseau compte 4 200 prises.', 1, [{ start: 17, end: 22 }]), lead: true } as ReplySection,
        { type: 'context', text: 'Également :' },
        { ...fact('Le syndicat vise 6 000 prises.', 2, [{ start: 17, end: 22 }]), lead: false } as ReplySection,
      ],
      actions: [{ kind: 'read-passage', label: 'Lire le passage', passage: 'AbCdEfGhIj.4.KlMnOpQr' }],
    });
    expect(out.content).toBe('');
    expect(out.embeds.map((e) => e.description)).toEqual(['Le réseau compte **4 200** prises.', 'Le syndicat vise **6 000** prises.']);
    expect(out.embeds[1]?.author?.name).toBe('Également :');
    expect(out.components).toEqual([
      { type: 1, components: [{ type: 2, style: 2, custom_id: 'relais:read:AbCdEfGhIj.4.KlMnOpQr', label: 'Lire le passage' }] },
    ]);
  });

  it("drops a button whose custom_id would pass Discord's 100 characters", () => {
    const out = renderDiscordReply({
      ephemeral: false,
      heading: 'h',
      sections: [],
      actions: [{ kind: 'read-passage', label: 'L', passage: 'x'.repeat(95) }],
    });
    expect(out.components).toEqual([]);
  });
});
