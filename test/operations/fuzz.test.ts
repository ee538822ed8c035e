// Fuzz (fast-check): thousands of generated questions — control characters, emoji, right-to-left
// text, 100 KB strings, MiniSearch query syntax, lone surrogates, mention syntax — through the
// engine and the ask command, and generated replies through each platform's renderer. Never a throw
// (a UserError from ask is the expected refusal, shown as a short reply), always within the
// platform's limits, never a mass or user mention, never a surrogate pair cut in two.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/allCommands.ts';
import { askCommand } from '../../commands/ask.ts';
import type { CommandContext } from '../../commands/command.ts';
import type { Reply, ReplySection } from '../../commands/reply.ts';
import { runCommand } from '../../commands/runCommand.ts';
import { silentLogger, UserError } from '../../src/engine/index.ts';
import { DiscordLimits, renderDiscordReply } from '../../src/platforms/discord/renderDiscordReply.ts';
import { renderSlackReply, SLACK_LIMITS } from '../../src/platforms/slack/rendering/renderSlackReply.ts';
import { hasUnescapedBracket } from '../platforms/discord/helpers.ts';
import { fuzzParameters } from './fuzzSettings.ts';
import { openTestEngine, type TestEngine } from './helpers.ts';

let t: TestEngine;
let context: CommandContext;
beforeAll(async () => {
  t = await openTestEngine();
  context = { engine: t.engine, logger: silentLogger, commands: allCommands, progress: async () => {} };
});
afterAll(async () => {
  await t?.cleanup();
});

// ------------------------------------------------------------------ generators

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const controls = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u200b',
  '\u200e',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\r',
  '\n',
  '\t',
  '\u2028',
);
const rtlAndEmoji = fc.constantFrom('مرحبا', 'שלום', 'الألياف', '👍', '👨‍👩‍👧', '🇫🇷', 'é', 'e\u0301', '𝔉𝔦𝔟𝔯𝔢', 'ﬁbre');
const mentions = fc.constantFrom(
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U0123ABC>',
  '<@U1|bob>',
  '<#C01|général>',
  '<!subteam^S1>',
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@&456>',
  '<@!42>',
  '＠everyone',
);
const markup = fc.constantFrom(
  '*gras*',
  '_it_',
  '~barré~',
  '`code`',
  '```bloc```',
  '> cite',
  '&amp;',
  '&lt;',
  '<https://x.fr|lien>',
  '[lien](https://x.fr)',
  '||spoiler||',
  '\\',
  '**',
);
const querySyntax = fc.constantFrom(
  'fibre AND Gers',
  'Gers OR Manche',
  'NOT fibre',
  'fib*',
  'fibre~2',
  '"très haut débit"',
  '+fibre -Gers',
  'title:Gers',
  '(a OR b)',
  'Gers^3',
  '*',
  '?',
  '~',
  ':',
  'AND',
  'OR',
);
const corpusWords = fc.constantFrom(
  'fibre',
  'Gers',
  'prises',
  'éligibles',
  'Combien',
  'personnes',
  'chantiers',
  'Manche',
  'Séoul',
  'directeur',
  'très haut débit',
  'Qui',
  'Quand',
  'How many',
  'homes',
);
const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: controls, maxLength: 6 }),
  fc.string({ unit: loneSurrogate, minLength: 1, maxLength: 3 }),
  rtlAndEmoji,
  mentions,
  markup,
  querySyntax,
  corpusWords,
  corpusWords,
);
const question = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(' '));
const hugeQuestions = ['a', 'fibre Gers ', '👍', '\u0000', '\ud800', '<!channel> '].map((unit) =>
  unit.repeat(Math.ceil(100_000 / unit.length)),
);

// 100 KB strings go where one long field is plausible (heading, excerpt, title, a paragraph); lists
// hold many short items. Both overflow every platform limit.
const huge = fc.constantFrom(...hugeQuestions);
const text = question;
const longText = fc.oneof({ weight: 5, arbitrary: question }, { weight: 1, arbitrary: huge });
const span = fc.record({ start: fc.integer({ min: -5, max: 600 }), end: fc.integer({ min: -5, max: 600 }) });
const section: fc.Arbitrary<ReplySection> = fc.oneof(
  fc.record({ type: fc.constant('text' as const), text: longText }),
  fc.record({ type: fc.constant('context' as const), text: longText }),
  fc.record({ type: fc.constant('list' as const), items: fc.array(text, { maxLength: 40 }) }),
  fc.record({
    type: fc.constant('fact' as const),
    excerpt: longText,
    highlights: fc.array(span, { maxLength: 6 }),
    citation: fc.record({
      source: text,
      title: longText,
      date: fc.option(text, { nil: undefined }),
      url: fc.option(fc.oneof(fc.webUrl(), text, fc.constant('javascript:alert(1)'), fc.constant('https://x.fr/a|b>c')), {
        nil: undefined,
      }),
    }),
  }),
);
const reply: fc.Arbitrary<Reply> = fc.record({
  ephemeral: fc.boolean(),
  heading: longText,
  sections: fc.array(section, { maxLength: 60 }),
});

// ------------------------------------------------------------------ invariants

/** No lone surrogate (String.prototype.isWellFormed, which the ES2022 typings do not declare). */
const wellFormed = (s: string): boolean => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

const strings = (reply: Reply): string[] => [
  reply.heading,
  ...reply.sections.flatMap((s) =>
    s.type === 'list'
      ? s.items
      : s.type === 'fact'
        ? [s.excerpt, s.citation.source, s.citation.title, s.citation.date ?? '', s.citation.url ?? '']
        : [s.text],
  ),
];

function checkSlack(r: Reply): void {
  const message = renderSlackReply(r);
  expect(message.text.length).toBeGreaterThan(0);
  expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.messageText);
  expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
  const blockTexts = (b: (typeof message.blocks)[number]): string[] =>
    b.type === 'section' ? [b.text.text] : b.type === 'context' ? b.elements.map((e) => e.text) : b.elements.map((e) => e.text.text);
  const texts = [message.text, ...message.blocks.flatMap(blockTexts)];
  for (const block of message.blocks) {
    for (const s of blockTexts(block)) {
      expect(s.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    }
  }
  for (const s of texts) {
    // Mentions, channel links and special commands all start with <! <@ <# : only Relais's own <http…|…> links may open a <.
    expect(s).not.toMatch(/<[!@#]/);
    expect(s.replace(/<https?:\/\/[^|<>\s]+\|[^<>]*>/g, '')).not.toMatch(/[<>]/);
  }
  if (strings(r).every(wellFormed)) for (const s of texts) expect(wellFormed(s)).toBe(true);
}

function checkDiscord(r: Reply, embeds: boolean): void {
  const message = renderDiscordReply(r, { embeds });
  expect(message.content.length).toBeLessThanOrEqual(DiscordLimits.content);
  expect(message.embeds.length).toBeLessThanOrEqual(DiscordLimits.embeds);
  let total = 0;
  const texts = [message.content];
  for (const e of message.embeds) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(DiscordLimits.title);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(DiscordLimits.description);
    expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(DiscordLimits.footer);
    if (e.url !== undefined) expect(e.url).toMatch(/^https?:\/\/\S+$/);
    total += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0);
    texts.push(e.title ?? '', e.description ?? '', e.footer?.text ?? '');
  }
  expect(total).toBeLessThanOrEqual(DiscordLimits.embedTotal);
  for (const s of texts) {
    expect(s).not.toMatch(/@(everyone|here)/i);
    expect(s).not.toMatch(/<@(?!\u200b)/);
  }
  // No masked link [text](url) out of corpus or user text: every [ shown where markdown renders is escaped.
  for (const s of [message.content, ...message.embeds.flatMap((e) => [e.title ?? '', e.description ?? ''])])
    expect(hasUnescapedBracket(s)).toBe(false);
  if (strings(r).every(wellFormed)) for (const s of texts) expect(wellFormed(s)).toBe(true);
}

// ------------------------------------------------------------------ properties

describe('fuzz', () => {
  it('engine.ask never throws anything but a UserError, and its answers are well-formed', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 30, arbitrary: question }, { weight: 1, arbitrary: fc.constantFrom(...hugeQuestions) }),
        async (q) => {
          try {
            const answer = await t.engine.ask(q);
            expect(typeof answer.answered).toBe('boolean');
            // A refusal may show the closest passages, as such.
            expect(answer.answered ? answer.facts.length > 0 : answer.facts.length <= 3).toBe(true);
            expect(answer.confidence).toBeGreaterThanOrEqual(0);
            for (const f of answer.facts) expect(f.excerpt.length).toBeLessThanOrEqual(1000);
          } catch (error) {
            expect(error).toBeInstanceOf(UserError);
            refused++;
          }
        },
      ),
      fuzzParameters(1500),
    );
    expect(refused).toBeGreaterThan(0);
  });

  it('the ask command turns any question into a reply that renders within Slack and Discord limits, pinging nobody', async () => {
    await fc.assert(
      fc.asyncProperty(question, async (q) => {
        const r = await runCommand(
          askCommand,
          { options: { question: q }, locale: 'fr', invoker: { platform: 'slack', userId: 'U1', isAdmin: false } },
          context,
        );
        checkSlack(r);
        checkDiscord(r, true);
        checkDiscord(r, false);
      }),
      fuzzParameters(500),
    );
  });

  it('renderSlackReply: any reply stays within limits, mentions nobody, cuts no character in two', () => {
    fc.assert(
      fc.property(reply, (r) => checkSlack(r)),
      fuzzParameters(200),
    );
  });

  it('renderDiscordReply: any reply stays within limits, with embeds or as plain text, and never pings', () => {
    fc.assert(
      fc.property(reply, fc.boolean(), (r, embeds) => checkDiscord(r, embeds)),
      fuzzParameters(200),
    );
  });
});
