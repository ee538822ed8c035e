// help: what Relais knows, how to ask, and the commands.
import { inBothLanguages, messagesFor } from '../src/messages/catalogue.ts';
import { defineCommand } from './command.ts';

export const helpCommand = defineCommand({
  name: 'help',
  localizedNames: { fr: 'aide' },
  description: inBothLanguages((m) => m.help.description),
  options: [],
  preconditions: [],
  slow: false,
  async run(input, { engine, commands }) {
    const m = messagesFor(input.locale).help;
    const status = engine.status();
    const usage = (c: (typeof commands)[number]) => `${c.name}${c.options.map((o) => (o.required ? ` <${o.name}>` : ` [${o.name}]`)).join('')}`;
    return {
      ephemeral: true,
      heading: m.heading(status.documents),
      sections: [
        { type: 'text', text: m.howToAsk },
        { type: 'list', items: commands.map((c) => `${usage(c)} — ${c.description[input.locale]}`) },
        { type: 'context', text: `${m.lastIndexed} : ${status.indexedAt} · ${status.passages} passages` },
      ],
    };
  },
});
