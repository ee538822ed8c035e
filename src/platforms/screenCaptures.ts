// Text captures of replies as each platform receives them, for the README's "Screens": questions asked
// of a small sample corpus (docs/screens-corpus) through the ask command, rendered by the real Slack,
// Discord and terminal renderers. Shown as the payloads' text, one line per block, embed field or button.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { allCommands } from '../../commands/allCommands.ts';
import { askCommand } from '../../commands/ask.ts';
import type { Reply } from '../../commands/reply.ts';
import { detectLocale, type Locale, RelaisEngine, silentLogger } from '../engine/index.ts';
import { renderDiscordReply } from './discord/renderDiscordReply.ts';
import { renderSlackReply } from './slack/rendering/renderSlackReply.ts';
import { renderTerminalReply } from './terminal/renderTerminalReply.ts';

export const SCREEN_QUESTIONS: ReadonlyArray<{ kind: string; question: string }> = [
  { kind: 'A number', question: "Combien d'écoles rurales la Mayenne va-t-elle raccorder ?" },
  { kind: 'A list', question: 'Quels départements ont ouvert des espaces numériques ?' },
  { kind: 'A miss', question: 'Quel est le budget du plan satellite en Corrèze ?' },
];

function slackScreen(reply: Reply, locale: Locale): string[] {
  const message = renderSlackReply(reply, { locale });
  return message.blocks.map((b) => {
    if (b.type === 'section') return `[section] ${b.text.text}`;
    if (b.type === 'context') return `[context] ${b.elements.map((e) => e.text).join(' ')}`;
    return `[actions] ${b.elements.map((e) => `(${e.text.text}) value=${e.value}`).join(' ')}`;
  });
}

function discordScreen(reply: Reply): string[] {
  const message = renderDiscordReply(reply);
  const lines = message.content ? [`content: ${message.content}`] : [];
  message.embeds.forEach((e, i) => {
    if (e.author) lines.push(`embed ${i + 1} author: ${e.author.name}`);
    if (e.title) lines.push(`embed ${i + 1} title: ${e.title}${e.url ? ` (link: ${e.url})` : ''}`);
    if (e.description) lines.push(`embed ${i + 1} description: ${e.description}`);
    if (e.footer) lines.push(`embed ${i + 1} footer: ${e.footer.text}`);
  });
  for (const row of message.components) for (const b of row.components) lines.push(`button: (${b.label}) custom_id=${b.custom_id}`);
  return lines;
}

const fenced = (lines: readonly string[]): string => ['```text', ...lines.flatMap((l) => l.split('\n')), '```'].join('\n');

/** The Markdown of the captures, asked of the corpus in `corpusDir`. */
export async function screenCaptures(corpusDir: string): Promise<string> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'relais-screens-'));
  try {
    const engine = await RelaisEngine.open({ corpusDir, dataDir, useSnapshot: false });
    const parts: string[] = [];
    for (const { kind, question } of SCREEN_QUESTIONS) {
      const locale = detectLocale(question);
      const invoker = { platform: 'terminal' as const, userId: 'screens', isAdmin: false };
      const context = { engine, logger: silentLogger, commands: allCommands, progress: async () => {} };
      const reply = await askCommand.run({ options: { question }, locale, invoker }, context);
      parts.push(
        `### ${kind}: « ${question} »`,
        '',
        'Slack (Block Kit blocks):',
        '',
        fenced(slackScreen(reply, locale)),
        '',
        'Discord (message payload):',
        '',
        fenced(discordScreen(reply)),
        '',
        'Terminal:',
        '',
        fenced([renderTerminalReply(reply, false)]),
        '',
      );
    }
    return parts.join('\n');
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
