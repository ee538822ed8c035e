// The pure Reply → Block Kit rendering: Slack's limits, bold highlights, escaping, links.
import { describe, expect, it } from 'vitest';
import type { Reply, ReplySection } from '../../../commands/reply.ts';
import { escapeMrkdwn, mrkdwnLink } from '../../../src/platforms/slack/rendering/mrkdwn.ts';
import {
  highlightedMrkdwn,
  renderSlackReply,
  SLACK_LIMITS,
  type SlackBlock,
} from '../../../src/platforms/slack/rendering/renderSlackReply.ts';

const textsOf = (blocks: SlackBlock[]) =>
  blocks.map((b) =>
    b.type === 'section'
      ? b.text.text
      : b.type === 'context'
        ? b.elements.map((e) => e.text).join('\n')
        : b.elements.map((e) => e.text.text).join('\n'),
  );

function fact(excerpt: string, extra: Partial<Extract<ReplySection, { type: 'fact' }>> = {}): ReplySection {
  return {
    type: 'fact',
    excerpt,
    highlights: [],
    citation: { source: 'corpus/001_a_b.txt', title: 'Titre', date: '2019-03-12' },
    ...extra,
  };
}

function expectWithinLimits(message: ReturnType<typeof renderSlackReply>): void {
  expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
  for (const t of textsOf(message.blocks)) {
    expect(t.length).toBeGreaterThan(0);
    expect(t.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
  }
  expect(message.text.length).toBeGreaterThan(0);
  expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.messageText);
}

describe('renderSlackReply', () => {
  it('keeps 80 facts within 50 blocks, with a closing count of those not shown, and all of them in the fallback', () => {
    const reply: Reply = {
      ephemeral: false,
      heading: '80 faits trouvés',
      sections: Array.from({ length: 80 }, (_, i) => fact(`Fait numéro ${i + 1}.`)),
    };
    const message = renderSlackReply(reply);
    expectWithinLimits(message);
    expect(message.blocks).toHaveLength(50);
    // Heading + 24 facts (section + citation each) + the closing line.
    expect(textsOf(message.blocks).filter((t) => t.startsWith('Fait numéro'))).toHaveLength(24);
    expect(textsOf(message.blocks).at(-1)).toContain('56 de plus');
    expect(message.text).toContain('Fait numéro 80.');
    expect(renderSlackReply(reply, { locale: 'en' }).blocks.at(-1)).toMatchObject({
      type: 'context',
      elements: [{ text: expect.stringContaining('56 more') }],
    });
  });

  it('cuts a 10,000-character excerpt (even one made of characters that escape long) to 3,000 per text', () => {
    const long = 'Le réseau & la fibre <optique> '.repeat(330);
    const ampersands = '&'.repeat(10_000);
    for (const excerpt of [long, ampersands]) {
      const message = renderSlackReply({
        ephemeral: false,
        heading: 'H'.repeat(10_000),
        sections: [
          fact(excerpt, { highlights: [{ start: 0, end: 9_999 }] }),
          { type: 'text', text: excerpt },
          { type: 'context', text: excerpt },
          { type: 'list', items: [excerpt, excerpt, 'court'] },
        ],
      });
      expectWithinLimits(message);
      for (const t of textsOf(message.blocks)) {
        // Never a cut entity (&am…) or an unbalanced bold marker.
        expect(t).not.toMatch(/&(?!amp;|lt;|gt;)/);
        expect((t.match(/\*/g) ?? []).length % 2).toBe(0);
      }
    }
  });

  it('puts the highlighted spans in bold, without bolding the spaces around them', () => {
    const excerpt = 'Un chantier qui mobilise 163 personnes à temps plein.';
    const start = excerpt.indexOf('163');
    const text = highlightedMrkdwn(
      excerpt,
      [
        { start: 3, end: 11 },
        { start: start - 1, end: start + 'personnes'.length + 5 },
      ],
      3000,
    );
    expect(text).toBe('Un *chantier* qui mobilise *163 personnes* à temps plein.');
    const message = renderSlackReply({
      ephemeral: false,
      heading: 'Un fait',
      sections: [fact(excerpt, { highlights: [{ start: 3, end: 11 }] })],
    });
    expect(message.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '*Un fait*' } });
    expect(message.blocks[1]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: 'Un *chantier* qui mobilise 163 personnes à temps plein.' },
    });
  });

  it('cites the title when there is no link (the file in code only when there is no title), and links only http(s) URLs', () => {
    const withTitle = renderSlackReply({ ephemeral: false, heading: 'x', sections: [fact('a')] });
    expect(withTitle.blocks[2]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Titre · 2019-03-12' }] });
    const untitled = renderSlackReply({
      ephemeral: false,
      heading: 'x',
      sections: [fact('a', { citation: { source: 'corpus/001_a_b.txt', title: ' ' } })],
    });
    expect(untitled.blocks[2]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '`corpus/001_a_b.txt`' }] });
    const linked = renderSlackReply({
      ephemeral: false,
      heading: 'x',
      sections: [fact('a', { citation: { source: 'corpus/x.md', title: 'Gers & <Orange>', url: 'https://example.org/a b?x=1&y=<2>|z' } })],
    });
    expect(linked.blocks[2]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '<https://example.org/a%20b?x=1&amp;y=%3C2%3E%7Cz|Gers &amp; &lt;Orange&gt;>' }],
    });
    for (const url of ['javascript:alert(1)', 'slack://channel?id=C1', 'mailto:a@b.c', 'not a url']) {
      expect(mrkdwnLink(url, 't')).toBeUndefined();
      const rendered = renderSlackReply({
        ephemeral: false,
        heading: 'x',
        sections: [fact('a', { citation: { source: 'corpus/y.txt', title: 'T', url } })],
      });
      expect(JSON.stringify(rendered.blocks)).not.toContain('<');
    }
  });

  it('never makes a title naming another address the label of a link (issue 14, item 6)', () => {
    const deceptive = renderSlackReply({
      ephemeral: false,
      heading: 'x',
      sections: [
        fact('a', {
          citation: { source: 'corpus/x.md', title: 'impots.gouv.fr : votre remboursement', url: 'https://exemple-piege.net/formulaire' },
        }),
      ],
    });
    const context = textsOf(deceptive.blocks)[2] ?? '';
    expect(context).not.toMatch(/\|impots\.gouv\.fr/);
    expect(context).toContain('<https://exemple-piege.net/formulaire|https://exemple-piege.net/formulaire>');
    // A title naming the link's own site is still the label.
    const honest = renderSlackReply({
      ephemeral: false,
      heading: 'x',
      sections: [fact('a', { citation: { source: 'corpus/x.md', title: 'Le site gers.fr ouvre', url: 'https://www.gers.fr/actu' } })],
    });
    expect(textsOf(honest.blocks)[2]).toContain('<https://www.gers.fr/actu|Le site gers.fr ouvre>');
  });

  it('escapes &, < and > everywhere, so no mention, broadcast or link can come from text', () => {
    const hostile = 'Alerte <!channel> <!here> <!everyone> @everyone <@U123> <#C123> <https://evil.example|ici> & co';
    const message = renderSlackReply({
      ephemeral: false,
      heading: hostile,
      sections: [
        fact(hostile, { citation: { source: 'corpus/<!here>.txt', title: hostile } }),
        { type: 'text', text: hostile },
        { type: 'list', items: [hostile] },
        { type: 'context', text: hostile },
      ],
    });
    const all = JSON.stringify(message);
    expect(all).not.toMatch(/<[!@#h]/);
    expect(all).toContain('&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; @everyone &lt;@U123&gt;');
    expect(message.text).toContain('&amp; co');
  });

  it('neutralises formatting markers at word boundaries but keeps them inside words', () => {
    expect(escapeMrkdwn('*gras* _italique_ ~barré~ `code`')).toBe(
      '\u2217gras\u2217 \uFF3Fitalique\uFF3F \u223Cbarré\u223C \u02CBcode\u02CB',
    );
    expect(escapeMrkdwn('fichier_2019_v2.txt et 3*4')).toBe('fichier_2019_v2.txt et 3*4');
    // A corpus * next to a highlight cannot pair with Relais's own markers.
    expect(highlightedMrkdwn('*Gers* numérique', [{ start: 1, end: 5 }], 3000)).toBe('\u2217*Gers*\u2217 numérique');
  });

  it('always has a fallback, even for an empty reply', () => {
    const message = renderSlackReply({ ephemeral: true, heading: '', sections: [] });
    expect(message.blocks).toEqual([]);
    expect(message.text).toBe('…');
  });

  it('answer first: no heading block, the lead fact then its citation, further facts compact, the buttons last', () => {
    const reply: Reply = {
      ephemeral: false,
      heading: '',
      sections: [
        fact('Le réseau compte 4 200 prises.', { highlights: [{ start: 17, end: 22 }], lead: true }),
        { type: 'context', text: 'Également :' },
        fact('Le syndicat vise 6 000 prises.', { highlights: [{ start: 17, end: 22 }], lead: false }),
      ],
      actions: [{ kind: 'read-passage', label: 'Lire le passage', passage: 'AbCdEfGhIj.4.KlMnOpQr' }],
    };
    const { blocks } = renderSlackReply(reply);
    expect(blocks.map((b) => b.type)).toEqual(['section', 'context', 'context', 'context', 'actions']);
    expect(textsOf(blocks.slice(0, 4))).toEqual([
      'Le réseau compte *4 200* prises.',
      'Titre · 2019-03-12',
      'Également :',
      'Le syndicat vise *6 000* prises.\nTitre · 2019-03-12',
    ]);
    expect(blocks[4]).toEqual({
      type: 'actions',
      block_id: 'relais-actions',
      elements: [
        {
          type: 'button',
          action_id: 'relais_read_passage',
          text: { type: 'plain_text', text: 'Lire le passage', emoji: true },
          value: 'AbCdEfGhIj.4.KlMnOpQr',
        },
      ],
    });
  });

  it('keeps a block for the buttons when the facts overflow', () => {
    const reply: Reply = {
      ephemeral: false,
      heading: 'h',
      sections: Array.from({ length: 80 }, (_, i) => fact(`Fait ${i}.`)),
      actions: [{ kind: 'read-passage', label: 'Lire le passage', passage: 'a.1.b' }],
    };
    const { blocks } = renderSlackReply(reply);
    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    expect(blocks.at(-1)?.type).toBe('actions');
    expect(blocks.at(-2)?.type).toBe('context');
  });
});
