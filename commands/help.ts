// help: what Relais knows and how to ask it, as it is done where the help is read — the Slack slash
// command, a mention or a DM; Discord's commands under the names the reader's client shows (/question,
// /aide in French); plain words in the terminal. Example questions come from the corpus's own titles;
// admin commands are listed to admins only.
import { inBothLanguages, messagesFor, type Messages } from '../src/messages/catalogue.ts';
import { shortTitle } from './citation.ts';
import { type CommandDefinition, defineCommand, type Invoker, type Locale, needsAdmin } from './command.ts';

const EXAMPLES = 2;
/** Example titles are cut shorter than citations: a question reads at a glance. */
const EXAMPLE_TITLE_LENGTH = 60;

/** The name a reader types: Discord shows the localized name to French clients, Slack accepts both. */
function shownName(command: CommandDefinition, locale: Locale): string {
  return (locale === 'fr' ? command.localizedNames?.fr : undefined) ?? command.name;
}

function usage(command: CommandDefinition, platform: Invoker['platform'], locale: Locale, m: Messages['help']): string {
  const placeholders = command.options.map((o) => {
    const name = m.placeholders[o.name] ?? o.name;
    return o.required ? ` <${name}>` : ` [${name}]`;
  });
  const name = shownName(command, locale);
  const typed = platform === 'slack' ? `/relais ${name}` : platform === 'discord' ? `/${name}` : name;
  return `${typed}${placeholders.join('')}`;
}

/** Questions built from the titles of the most recent documents (undated ones last). */
function exampleQuestions(titles: readonly { title: string; date?: string }[], m: Messages['help']): string[] {
  const recentFirst = [...titles].filter((d) => d.title.trim()).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  return recentFirst.slice(0, EXAMPLES).map((d) => m.exampleQuestion(shortTitle(d.title, EXAMPLE_TITLE_LENGTH).replace(/…$/, '')));
}

export const helpCommand = defineCommand({
  name: 'help',
  localizedNames: { fr: 'aide' },
  description: inBothLanguages((m) => m.help.description),
  options: [],
  preconditions: [],
  slow: false,
  async run(input, { engine, commands }) {
    const { locale, invoker } = input;
    const m = messagesFor(locale).help;
    const status = engine.status();
    const examples = exampleQuestions(engine.documents(), m);
    const shown = commands.filter((c) => c.name !== 'ask' && (!needsAdmin(c) || invoker.isAdmin));
    const ask = commands.find((c) => c.name === 'ask');
    return {
      ephemeral: true,
      heading: m.heading(status.documents),
      sections: [
        { type: 'text', text: m.howToAsk },
        { type: 'list', items: m.waysToAsk[invoker.platform](ask ? usage(ask, invoker.platform, locale, m) : '') },
        ...(examples.length > 0
          ? [
              { type: 'text' as const, text: m.examples },
              { type: 'list' as const, items: examples },
            ]
          : []),
        { type: 'text', text: m.commands },
        { type: 'list', items: shown.map((c) => `${usage(c, invoker.platform, locale, m)} — ${c.description[locale]}`) },
        { type: 'context', text: `${m.lastIndexed} : ${status.indexedAt} · ${status.passages} passages` },
      ],
    };
  },
});
